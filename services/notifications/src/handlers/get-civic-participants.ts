import { assertInScope, httpHandler } from '@shequ/kit';
import { getCivicParticipants as route } from '../schemas/civic-days.ts';
import { participantsOf } from '../store/civic-days.ts';
import { defaultNotificationsDeps, type NotificationsDeps } from '../store/deps.ts';

export function createHandler(deps: () => NotificationsDeps = defaultNotificationsDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    assertInScope(caller, params.community);
    const found = await participantsOf(deps(), params.community);
    return {
      body: {
        community: params.community,
        persons: found?.persons ?? [],
        staff: found?.staff ?? [],
        version: found?.version ?? 0,
      },
    };
  });
}

export const handler = createHandler();
