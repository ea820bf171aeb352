import { httpHandler, isStaff } from '@shequ/kit';
import { effectiveStatus } from '../domain/sharing.ts';
import { presentItem, listSharedItems as route } from '../schemas/sharing.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { listSharedItems } from '../store/sharing.ts';

/** The catalogue is open to every signed-in user: it names no borrower or holder to anyone but staff in scope. */
export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    const d = deps();
    const now = d.now();
    const page = await listSharedItems(d, query.community, query, query);
    // Status filters after reading: a stored hold that ran out reads as available.
    const items = page.items.filter((item) => !query.status || effectiveStatus(item, now) === query.status);
    const viewer = {
      staff: isStaff(caller) && caller.areas.some((scope) => query.community.startsWith(scope)),
      personId: caller.personId,
    };
    return {
      body: {
        items: items.map((item) => presentItem(item, now, viewer)),
        ...(page.cursor ? { cursor: page.cursor } : {}),
      },
    };
  });
}

export const handler = createHandler();
