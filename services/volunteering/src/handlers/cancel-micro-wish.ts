import { shanghaiDay } from '@shequ/contracts';
import { assertInScope, Conflict, httpHandler, NotFound } from '@shequ/kit';
import { presentWish, cancelWish as route } from '../schemas/wishes.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { cancelWish, getWish } from '../store/wishes.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const wish = await getWish(d, params.wishId, true);
    if (!wish) throw new NotFound('未找到该心愿');
    assertInScope(caller, wish.area);
    if (wish.status === 'fulfilled') throw new Conflict('wish-fulfilled', '该心愿已经实现，不能撤回');
    if (wish.status === 'cancelled') throw new Conflict('wish-cancelled', '该心愿已撤回');
    const cancelled = await cancelWish(d, wish, body.reason, caller.subject);
    return { body: presentWish(cancelled, shanghaiDay(d.now()), { staff: true, subject: caller.subject }) };
  });
}

export const handler = createHandler();
