import { assertInScope, httpHandler } from '@shequ/kit';
import { broadcastView } from '../broadcast-view.ts';
import { createBroadcast as route } from '../schemas/broadcasts.ts';
import { createBroadcast } from '../store/broadcasts.ts';
import { defaultNotificationsDeps, type NotificationsDeps } from '../store/deps.ts';

export function createHandler(deps: () => NotificationsDeps = defaultNotificationsDeps) {
  return httpHandler(route, async ({ body, caller }) => {
    assertInScope(caller, body.community);
    const broadcast = await createBroadcast(deps(), body, caller.subject);
    return { status: 202, body: broadcastView(broadcast) };
  });
}

export const handler = createHandler();
