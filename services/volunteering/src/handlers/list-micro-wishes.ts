import { shanghaiDay } from '@shequ/contracts';
import { httpHandler, inScope, isStaff } from '@shequ/kit';
import { effectiveWishStatus } from '../domain/wishes.ts';
import { presentWish, listWishes as route } from '../schemas/wishes.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { listWishes } from '../store/wishes.ts';

/** The pool is open to every signed-in user; children are named only to staff in scope. */
export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    const d = deps();
    const today = shanghaiDay(d.now());
    const page = await listWishes(d, query.community, query);
    // Status filters after reading: a lapsed claim reads as open.
    const items = page.items.filter((wish) => !query.status || effectiveWishStatus(wish, today) === query.status);
    const viewer = { staff: isStaff(caller) && inScope(caller, query.community), subject: caller.subject };
    return {
      body: { items: items.map((wish) => presentWish(wish, today, viewer)), ...(page.cursor ? { cursor: page.cursor } : {}) },
    };
  });
}

export const handler = createHandler();
