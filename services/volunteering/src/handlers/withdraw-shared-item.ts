import { assertInScope, Conflict, httpHandler, NotFound } from '@shequ/kit';
import { effectiveStatus } from '../domain/sharing.ts';
import { presentItem, withdrawSharedItem as route } from '../schemas/sharing.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { getSharedItem, withdrawSharedItem } from '../store/sharing.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const item = await getSharedItem(d, params.itemId, true);
    if (!item) throw new NotFound('未找到该物品');
    assertInScope(caller, item.area);
    const status = effectiveStatus(item, d.now());
    if (status === 'withdrawn') throw new Conflict('item-withdrawn', `“${item.name}”已下架`);
    if (status === 'on-loan') throw new Conflict('item-on-loan', `“${item.name}”借出中，归还后才能下架`);
    if (status === 'held') throw new Conflict('item-held', `“${item.name}”已被预约，请先取消预约再下架`);
    const next = await withdrawSharedItem(d, item, body.reason, caller.subject);
    return { body: presentItem(next, d.now(), { staff: true }) };
  });
}

export const handler = createHandler();
