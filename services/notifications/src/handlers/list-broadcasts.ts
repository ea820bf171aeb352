import { assertInScope, httpHandler } from '@shequ/kit';
import { broadcastView } from '../broadcast-view.ts';
import { listBroadcasts as route } from '../schemas/broadcasts.ts';
import { listBroadcasts } from '../store/broadcasts.ts';
import { defaultNotificationsDeps, type NotificationsDeps } from '../store/deps.ts';

export function createHandler(deps: () => NotificationsDeps = defaultNotificationsDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(caller, query.community);
    const page = await listBroadcasts(deps(), query.community, { limit: query.limit, cursor: query.cursor });
    return { body: { items: page.items.map(broadcastView), ...(page.cursor ? { cursor: page.cursor } : {}) } };
  });
}

export const handler = createHandler();
