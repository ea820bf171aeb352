import { defineRoute, type RouteBinding } from '@shequ/kit';
import { z } from 'zod';
import { channelSchema, deliveryStatusSchema, messageKindSchema } from './enums.ts';
import { messageIdParams } from './inbox.ts';

const statusSchema = deliveryStatusSchema;

export const messageView = z
  .object({
    id: z.string(),
    recipient: z.string(),
    kind: messageKindSchema,
    title: z.string(),
    body: z.string(),
    urgent: z.boolean(),
    templateKey: z.string(),
    templateVersion: z.number(),
    channels: z.array(channelSchema),
    createdAt: z.string(),
    deliveries: z.array(
      z.object({
        channel: z.enum(['sms', 'email']),
        status: statusSchema.describe(
          'queued 待发送，held 免打扰时段暂缓，sending 发送中，sent 已发送，failed 发送失败，suppressed 不发送',
        ),
        holdUntil: z.string().optional(),
        attempts: z.number(),
        lastError: z.string().optional(),
        sentAt: z.string().optional(),
        suppressedReason: z.enum(['daily-limit', 'unreachable', 'cancelled']).optional(),
      }),
    ),
  })
  .meta({ id: 'Message' });

export const getMessageStatus = defineRoute({
  method: 'GET',
  path: '/notifications/messages/{id}',
  operationId: 'getMessageStatus',
  summary: '消息发送状态',
  description: '一条消息的内容和各渠道（短信、邮件）的发送状态、尝试次数和失败原因。收件人本人和社区以上工作人员可查看。',
  auth: 'jwt',
  params: messageIdParams,
  response: { status: 200, description: '消息及其发送状态', schema: messageView },
});

export const listSentMessages = defineRoute({
  method: 'GET',
  path: '/notifications/sink',
  operationId: 'listSentMessages',
  summary: '本地短信和邮件（开发用）',
  description:
    '本地平台和测试中短信、邮件不会真正发出，而是记录在这里（手机号打码），每发送一次记一条。部署到 AWS 后经 SNS 和 SES 发送，此处为空。仅区管理员可查看。',
  auth: 'jwt',
  roles: ['district-admin'],
  query: z.object({ channel: z.enum(['sms', 'email'], '渠道须为 sms 或 email').default('sms') }),
  response: {
    status: 200,
    description: '记录的发送',
    schema: z.object({
      items: z.array(z.object({ deliveryId: z.string(), to: z.string(), title: z.string(), body: z.string(), at: z.string() })),
    }),
  },
});

export const messageRoutes: readonly RouteBinding[] = [
  { route: getMessageStatus, handler: 'handlers/get-message-status' },
  { route: listSentMessages, handler: 'handlers/list-sent-messages' },
];
