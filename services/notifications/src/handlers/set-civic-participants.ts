import { assertInScope, httpHandler } from '@shequ/kit';
import { setCivicParticipants as route } from '../schemas/civic-days.ts';
import { saveParticipants } from '../store/civic-days.ts';
import { defaultNotificationsDeps, type NotificationsDeps } from '../store/deps.ts';

export function createHandler(deps: () => NotificationsDeps = defaultNotificationsDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    assertInScope(caller, params.community);
    const saved = await saveParticipants(
      deps(),
      { community: params.community, persons: [...new Set(body.persons)], staff: [...new Set(body.staff)] },
      body.version,
      caller.subject,
    );
    return { body: { community: saved.community, persons: saved.persons, staff: saved.staff, version: saved.version } };
  });
}

export const handler = createHandler();
