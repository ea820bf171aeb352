import { SHANGHAI_OFFSET_MS } from '@shequ/contracts';
import { z } from 'zod';

/**
 * Who is told what, how and when: the channels a person chose per kind of message, their quiet hours and
 * the daily cap on messages that reach their phone or mailbox. Pure: times are Asia/Shanghai wall-clock.
 */

export const channels = ['in-app', 'sms', 'email'] as const;
export type ChannelName = (typeof channels)[number];

/** The kinds of message a person can set channels for; each template belongs to one. */
export const messageKinds = ['application', 'payment', 'notice', 'reminder', 'case', 'broadcast', 'task'] as const;
export type MessageKind = (typeof messageKinds)[number];

export const kindLabels: Record<MessageKind, string> = {
  application: '补助申请进度',
  payment: '补助发放',
  notice: '公示公告',
  reminder: '活动和办事提醒',
  case: '诉求办理',
  broadcast: '社区通知',
  task: '工作待办',
};

export const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间须为 HH:MM，如 22:00');

export const PreferencesSchema = z.object({
  /** Channels per kind; a kind not listed uses the defaults. In-app is always kept: the inbox is the record. */
  channels: z.partialRecord(z.enum(messageKinds), z.array(z.enum(channels))).default({}),
  quietHours: z.object({ from: timeSchema, to: timeSchema }).default({ from: '22:00', to: '08:00' }),
  /** Messages a day that may reach the phone or mailbox, urgent ones not counted. */
  dailyLimit: z.number().int().min(1).max(50).default(10),
});
export type Preferences = z.output<typeof PreferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = PreferencesSchema.parse({});

/** By default a message goes to the inbox and, when a phone is known, by SMS; e-mail only when chosen. */
export function channelsFor(
  preferences: Preferences,
  kind: MessageKind,
  reachable: { phone: boolean; email: boolean },
): ChannelName[] {
  const chosen = preferences.channels[kind] ?? ['in-app', 'sms'];
  const wanted = new Set<ChannelName>(['in-app', ...chosen]);
  if (!reachable.phone) wanted.delete('sms');
  if (!reachable.email) wanted.delete('email');
  return channels.filter((channel) => wanted.has(channel));
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * When a non-urgent message created at `now` may reach a phone: `now` itself outside quiet hours, else the
 * end of the quiet hours (22:00–08:00 by default: 23:00 waits for 08:00 the next morning, 06:00 for 08:00
 * the same morning). Quiet hours may span midnight or not.
 */
export function releaseAt(now: Date, quietHours: Preferences['quietHours']): Date {
  const local = new Date(now.getTime() + SHANGHAI_OFFSET_MS);
  const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
  const from = minutesOf(quietHours.from);
  const to = minutesOf(quietHours.to);
  if (from === to) return now;
  const spansMidnight = from > to;
  const quiet = spansMidnight ? minute >= from || minute < to : minute >= from && minute < to;
  if (!quiet) return now;
  const release = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), 0, to));
  // Before midnight in a span across it, the quiet hours end tomorrow.
  if (spansMidnight && minute >= from) release.setUTCDate(release.getUTCDate() + 1);
  return new Date(release.getTime() - SHANGHAI_OFFSET_MS);
}
