import { ConcurrentModificationError } from '@shequ/ddb';
import { assertInScope, Conflict, httpHandler, NotFound } from '@shequ/kit';
import { broadcastView } from '../broadcast-view.ts';
import { cancelBroadcast as route } from '../schemas/broadcasts.ts';
import { cancelBroadcast, getBroadcast } from '../store/broadcasts.ts';
import { defaultNotificationsDeps, type NotificationsDeps } from '../store/deps.ts';

export function createHandler(deps: () => NotificationsDeps = defaultNotificationsDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const d = deps();
    const broadcast = await getBroadcast(d, params.id);
    if (!broadcast) throw new NotFound('未找到该群发');
    assertInScope(caller, broadcast.community);
    try {
      await cancelBroadcast(d, broadcast.id, caller.subject);
    } catch (error) {
      if (error instanceof ConcurrentModificationError)
        throw new Conflict('broadcast-finished', '群发已完成或已取消，不能再取消');
      throw error;
    }
    return { body: broadcastView((await getBroadcast(d, broadcast.id)) ?? broadcast) };
  });
}

export const handler = createHandler();
