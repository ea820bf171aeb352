import { assertInScope, httpHandler } from '@shequ/kit';
import { broadcastView } from '../broadcast-view.ts';
import { createBroadcast as route } from '../schemas/broadcasts.ts';
import { createBroadcast } from '../store/broadcasts.ts';
import { segmentSize } from '../store/contacts.ts';
import { defaultNotificationsDeps, type NotificationsDeps } from '../store/deps.ts';

export function createHandler(deps: () => NotificationsDeps = defaultNotificationsDeps) {
  return httpHandler(route, async ({ body, caller }) => {
    assertInScope(caller, body.community);
    const d = deps();
    // The list's size as the worker saw it before sending: the report's progress is measured against it.
    const audience = await segmentSize(d, body);
    const broadcast = await createBroadcast(d, { ...body, audience }, caller.subject);
    return { status: 202, body: broadcastView(broadcast) };
  });
}

export const handler = createHandler();
