import { labelledEnum } from '@shequ/kit';
import { noticeKindLabels } from '../domain/board.ts';
import { kindLabels } from '../domain/preferences.ts';

/** The enums this service's views answer with, each named once with its Chinese labels for the reference and the console. */
export const messageKindSchema = labelledEnum('MessageKind', '消息类型', kindLabels);

export const channelSchema = labelledEnum('NotificationChannel', '渠道', { 'in-app': '站内信', sms: '短信', email: '邮件' });

export const broadcastStatusSchema = labelledEnum('BroadcastStatus', '群发状态', {
  queued: '排队中',
  sending: '发送中',
  done: '已完成',
  cancelled: '已取消',
});

export const deliveryStatusSchema = labelledEnum('DeliveryStatus', '发送状态', {
  queued: '待发送',
  held: '免打扰暂缓',
  sending: '发送中',
  sent: '已发送',
  failed: '发送失败',
  suppressed: '不发送',
});

export const noticeKindSchema = labelledEnum('NoticeKind', '公告类型', noticeKindLabels);
