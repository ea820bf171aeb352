import { Forbidden, httpHandler, NotFound } from '@shequ/kit';
import { recipientOf } from '../recipients.ts';
import { getMessageStatus as route } from '../schemas/messages.ts';
import { defaultNotificationsDeps, type NotificationsDeps } from '../store/deps.ts';
import { getMessage } from '../store/messages.ts';

/** Staff who send to residents may follow a message through; everyone else sees only their own. */
const followers = new Set(['district-admin', 'subdistrict-staff', 'community-worker']);

export function createHandler(deps: () => NotificationsDeps = defaultNotificationsDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const found = await getMessage(deps(), params.id);
    if (!found) throw new NotFound('未找到该消息');
    if (found.message.recipient !== recipientOf(caller) && !followers.has(caller.role))
      throw new Forbidden('只能查看发给自己的消息');
    const { message, deliveries } = found;
    return {
      body: {
        id: message.id,
        recipient: message.recipient,
        kind: message.kind,
        title: message.title,
        body: message.body,
        urgent: message.urgent,
        templateKey: message.templateKey,
        templateVersion: message.templateVersion,
        channels: message.channels,
        createdAt: message.createdAt,
        deliveries: deliveries.map((d) => ({
          channel: d.channel,
          status: d.status,
          attempts: d.attempts,
          ...(d.holdUntil ? { holdUntil: d.holdUntil } : {}),
          ...(d.lastError ? { lastError: d.lastError } : {}),
          ...(d.sentAt ? { sentAt: d.sentAt } : {}),
          ...(d.suppressedReason ? { suppressedReason: d.suppressedReason } : {}),
        })),
      },
    };
  });
}

export const handler = createHandler();
