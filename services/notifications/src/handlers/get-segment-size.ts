import { assertInScope, httpHandler } from '@shequ/kit';
import { getSegmentSize as route } from '../schemas/broadcasts.ts';
import { segmentSize } from '../store/contacts.ts';
import { defaultNotificationsDeps, type NotificationsDeps } from '../store/deps.ts';

export function createHandler(deps: () => NotificationsDeps = defaultNotificationsDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(caller, query.community);
    return { body: { community: query.community, group: query.group, members: await segmentSize(deps(), query) } };
  });
}

export const handler = createHandler();
