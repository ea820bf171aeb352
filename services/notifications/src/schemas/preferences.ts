import { defineRoute, type RouteBinding } from '@shequ/kit';
import { z } from 'zod';
import {
  type ChannelName,
  channels,
  channelsFor,
  kindLabels,
  type MessageKind,
  messageKinds,
  type Preferences,
  timeSchema,
} from '../domain/preferences.ts';
import type { PreferencesRecord } from '../store/preferences.ts';
import { channelSchema as channelView, messageKindSchema } from './enums.ts';

const channelSchema = z.enum(channels, '渠道须为 in-app（站内信）、sms（短信）或 email（邮件）');
const channelList = z.array(channelSchema, '渠道须为列表，如 ["in-app", "sms"]').max(3, '渠道最多 3 个');
// One optional field per kind, so the reference lists each kind with its Chinese name.
const kindChannels = z.strictObject(
  Object.fromEntries(messageKinds.map((kind) => [kind, channelList.optional().describe(kindLabels[kind])])) as Record<
    MessageKind,
    z.ZodOptional<typeof channelList>
  >,
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `没有消息类型 ${issue.keys.join('、')}；可设定的有 ${messageKinds.map((kind) => `${kind}（${kindLabels[kind]}）`).join('、')}`
        : '渠道设置须为对象：消息类型 → 渠道列表，如 {"payment": ["in-app", "sms"]}',
  },
);
const quietHoursSchema = z
  .object({ from: timeSchema, to: timeSchema }, '免打扰时段须为 {"from": "22:00", "to": "08:00"}')
  .describe(
    '免打扰时段（上海时间 HH:MM）：from 晚于 to 时跨过午夜（如 22:00 至次日 08:00），早于 to 时在当天之内（如 12:00 至 14:00）；from 与 to 相同表示不设免打扰。时段内的非紧急短信和邮件顺延到时段结束后发送。',
  );

/** What the caller is told about in-app messages whatever they choose. */
export const IN_APP_NOTE = '站内信（消息中心）始终开启，不能关闭：每条消息都会留在您的消息中心；短信和邮件按您的选择另行发送。';

export const setPreferencesBody = z.object({
  channels: kindChannels.describe(
    '各类消息经哪些渠道发送；未列出的类型按默认（站内信，登记了手机号的再发短信）。站内信总会保留，列表为空表示只发站内信。',
  ),
  quietHours: quietHoursSchema,
  dailyLimit: z
    .number('每日上限须为整数')
    .int('每日上限须为整数')
    .min(1, '每日上限至少 1 条')
    .max(50, '每日上限最多 50 条')
    .describe('每天最多发到手机或邮箱的消息条数，紧急消息不计'),
  version: z
    .number('请提供版本号 version（从未设置时为 0）')
    .int('版本号须为整数')
    .min(0, '版本号不能为负数')
    .describe('读取到的版本号；从未设置时为 0'),
});

export const preferencesView = z
  .object({
    recipient: z.string().describe('消息接收人：登记在册的居民为 person:<人员编号>，其他用户为 user:<用户编号>'),
    channels: kindChannels.describe('本人设定的各类消息渠道；未列出的类型按默认'),
    quietHours: z.object({ from: z.string(), to: z.string() }),
    quietHoursText: z.string().describe('免打扰时段的中文说明'),
    dailyLimit: z.number().int(),
    kinds: z
      .array(
        z.object({
          kind: messageKindSchema,
          label: z.string().describe('消息类型的中文名称'),
          channels: z.array(channelView).describe('该类消息实际使用的渠道；短信和邮件须登记了手机号或邮箱才会发送'),
          chosen: z.boolean().describe('是否本人设定（否则为默认）'),
        }),
      )
      .describe('各类消息的说明和实际使用的渠道'),
    inAppNote: z.string().describe('站内信始终开启的说明'),
    version: z.number().int().describe('版本号，修改时须提交；0 表示从未设置，使用默认'),
  })
  .meta({ id: 'NotificationPreferences' });

const keepInApp = (list: readonly ChannelName[]) => channels.filter((channel) => channel === 'in-app' || list.includes(channel));

/** The caller's chosen channels with in-app always kept, each once and in the usual order. */
export function withInApp(chosen: Preferences['channels']): Preferences['channels'] {
  return Object.fromEntries(Object.entries(chosen).map(([kind, list]) => [kind, keepInApp(list ?? [])]));
}

function quietHoursText({ from, to }: Preferences['quietHours']): string {
  if (from === to) return '不设免打扰时段';
  return from > to ? `每天 ${from} 至次日 ${to} 免打扰` : `每天 ${from} 至 ${to} 免打扰`;
}

export function toPreferencesView(record: PreferencesRecord): z.infer<typeof preferencesView> {
  return {
    recipient: record.recipient,
    channels: record.channels,
    quietHours: record.quietHours,
    quietHoursText: quietHoursText(record.quietHours),
    dailyLimit: record.dailyLimit,
    kinds: messageKinds.map((kind) => {
      // As if phone and mailbox were known: the reference explains that SMS and e-mail need them.
      const used = channelsFor(record, kind, { phone: true, email: true });
      return { kind, label: kindLabels[kind], channels: used, chosen: record.channels[kind] !== undefined };
    }),
    inAppNote: IN_APP_NOTE,
    version: record.version,
  };
}

export const getPreferences = defineRoute({
  method: 'GET',
  path: '/notifications/preferences',
  operationId: 'getPreferences',
  summary: '我的消息设置',
  description:
    '当前用户的消息设置：各类消息的渠道、免打扰时段和每日上限，并逐类说明消息的含义和实际使用的渠道。从未设置时返回默认设置（version 为 0）：站内信和短信，22:00 至次日 08:00 免打扰，每天最多 10 条。',
  auth: 'jwt',
  response: { status: 200, description: '消息设置', schema: preferencesView },
});

export const setPreferences = defineRoute({
  method: 'PUT',
  path: '/notifications/preferences',
  operationId: 'setPreferences',
  summary: '修改我的消息设置',
  description:
    '整体替换当前用户的消息设置。站内信始终开启，不能关闭。免打扰时段为上海时间 HH:MM：from 晚于 to 时跨过午夜，早于 to 时在当天之内，两者相同表示不设免打扰；紧急消息不受免打扰和每日上限限制。须提交读取到的 version（从未设置时为 0）；设置已在别处修改时返回 409。',
  auth: 'jwt',
  body: setPreferencesBody,
  response: { status: 200, description: '保存后的消息设置', schema: preferencesView },
});

export const preferenceRoutes: readonly RouteBinding[] = [
  { route: getPreferences, handler: 'handlers/get-preferences' },
  { route: setPreferences, handler: 'handlers/set-preferences' },
];
