import { httpHandler, NotFound } from '@shequ/kit';
import { recipientOf } from '../recipients.ts';
import { markMessageRead as route } from '../schemas/inbox.ts';
import { defaultNotificationsDeps, type NotificationsDeps } from '../store/deps.ts';
import { inboxPage, markRead } from '../store/messages.ts';

export function createHandler(deps: () => NotificationsDeps = defaultNotificationsDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const d = deps();
    const recipient = recipientOf(caller);
    if (!(await markRead(d, recipient, params.id))) throw new NotFound('您的消息中没有这一条');
    const { unread } = await inboxPage(d, recipient, { limit: 1 });
    return { body: { unread } };
  });
}

export const handler = createHandler();
