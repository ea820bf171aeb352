import { httpHandler } from '@shequ/kit';
import { recipientOf } from '../recipients.ts';
import { listInbox as route } from '../schemas/inbox.ts';
import { defaultNotificationsDeps, type NotificationsDeps } from '../store/deps.ts';
import { inboxPage } from '../store/messages.ts';

export function createHandler(deps: () => NotificationsDeps = defaultNotificationsDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    const page = await inboxPage(
      deps(),
      recipientOf(caller),
      { limit: query.limit, cursor: query.cursor },
      query.unread === 'true',
    );
    const items = page.items.map(({ recipient: _recipient, ...entry }) => entry);
    return { body: { items, unread: page.unread, ...(page.cursor ? { cursor: page.cursor } : {}) } };
  });
}

export const handler = createHandler();
