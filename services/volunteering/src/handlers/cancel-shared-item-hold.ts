import { assertInScope, Conflict, Forbidden, httpHandler, isStaff, NotFound } from '@shequ/kit';
import { effectiveStatus } from '../domain/sharing.ts';
import { presentItem, cancelHold as route } from '../schemas/sharing.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { getSharedItem, releaseHold } from '../store/sharing.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const d = deps();
    const now = d.now();
    const item = await getSharedItem(d, params.itemId, true);
    if (!item) throw new NotFound('未找到该物品');
    const staff = isStaff(caller);
    if (staff) assertInScope(caller, item.area);
    if (effectiveStatus(item, now) !== 'held' || !item.hold) throw new Conflict('not-held', `“${item.name}”当前没有有效的预约`);
    if (!staff && item.hold.personId !== caller.personId) throw new Forbidden('只能取消本人的预约');
    const next = await releaseHold(d, item, 'cancelled');
    return { body: presentItem(next, now, { staff, personId: caller.personId }) };
  });
}

export const handler = createHandler();
