import { shanghaiDay } from '@shequ/contracts';
import { httpHandler, inScope, isStaff, NotFound } from '@shequ/kit';
import { presentWish, getWish as route } from '../schemas/wishes.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { getWish } from '../store/wishes.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const d = deps();
    const wish = await getWish(d, params.wishId);
    if (!wish) throw new NotFound('未找到该心愿');
    const viewer = { staff: isStaff(caller) && inScope(caller, wish.area), subject: caller.subject };
    return { body: presentWish(wish, shanghaiDay(d.now()), viewer) };
  });
}

export const handler = createHandler();
