import { httpHandler, inScope, isStaff, NotFound } from '@shequ/kit';
import { presentItem, getSharedItem as route } from '../schemas/sharing.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { getSharedItem } from '../store/sharing.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const d = deps();
    const item = await getSharedItem(d, params.itemId);
    if (!item) throw new NotFound('未找到该物品');
    const staff = isStaff(caller) && inScope(caller, item.area);
    return { body: presentItem(item, d.now(), { staff, personId: caller.personId }) };
  });
}

export const handler = createHandler();
