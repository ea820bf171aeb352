import { assertInScope, httpHandler, NotFound } from '@shequ/kit';
import { broadcastView } from '../broadcast-view.ts';
import { getBroadcast as route } from '../schemas/broadcasts.ts';
import { getBroadcast } from '../store/broadcasts.ts';
import { defaultNotificationsDeps, type NotificationsDeps } from '../store/deps.ts';

export function createHandler(deps: () => NotificationsDeps = defaultNotificationsDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const broadcast = await getBroadcast(deps(), params.id);
    if (!broadcast) throw new NotFound('未找到该群发');
    assertInScope(caller, broadcast.community);
    return { body: broadcastView(broadcast) };
  });
}

export const handler = createHandler();
