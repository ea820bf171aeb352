import { shanghaiDay } from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { assertInScope, Conflict, HttpProblem, httpHandler, isStaff, NotFound } from '@shequ/kit';
import { holdUntil, lendRefusal, overdueBlock } from '../domain/sharing.ts';
import { presentItem, holdSharedItem as route } from '../schemas/sharing.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { actingResident, getSharedItem, holdSharedItem, openLoansOf } from '../store/sharing.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const now = d.now();
    const item = await getSharedItem(d, params.itemId, true);
    if (!item) throw new NotFound('未找到该物品');
    if (isStaff(caller)) assertInScope(caller, item.area);
    const person = await actingResident(d, caller, body.personId, item.area);
    const blocked = overdueBlock(await openLoansOf(d, person.personId), shanghaiDay(now));
    if (blocked) throw new HttpProblem(422, 'overdue-loan', '有逾期未还的物品', blocked);
    if (item.hold?.personId === person.personId && item.status === 'held' && item.hold.until > now.toISOString()) {
      throw new Conflict('already-held', `您已预约“${item.name}”，保留至 ${item.hold.until}`);
    }
    const refusal = lendRefusal(item, person.personId, now);
    if (refusal) throw new Conflict('item-unavailable', refusal);
    const hold = {
      id: newId(now),
      itemId: item.id,
      itemName: item.name,
      area: item.area,
      personId: person.personId,
      until: holdUntil(now),
      status: 'active' as const,
      createdAt: now.toISOString(),
      by: caller.subject,
    };
    const next = await holdSharedItem(d, item, hold);
    return {
      status: 201,
      body: {
        holdId: hold.id,
        until: hold.until,
        item: presentItem(next, now, { staff: isStaff(caller), personId: person.personId }),
      },
    };
  });
}

export const handler = createHandler();
