import { addDays, shanghaiDay } from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { assertInScope, Conflict, HttpProblem, httpHandler, isStaff, NotFound } from '@shequ/kit';
import { holdExpired, LOAN_DAYS, lendRefusal, overdueBlock } from '../domain/sharing.ts';
import { presentLoan, borrowSharedItem as route } from '../schemas/sharing.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { actingResident, borrowSharedItem, getSharedItem, openLoansOf } from '../store/sharing.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const now = d.now();
    const today = shanghaiDay(now);
    const item = await getSharedItem(d, params.itemId, true);
    if (!item) throw new NotFound('未找到该物品');
    if (isStaff(caller)) assertInScope(caller, item.area);
    const person = await actingResident(d, caller, body.personId, item.area);
    const blocked = overdueBlock(await openLoansOf(d, person.personId), today);
    if (blocked) throw new HttpProblem(422, 'overdue-loan', '有逾期未还的物品', blocked);
    const refusal = lendRefusal(item, person.personId, now);
    if (refusal) throw new Conflict('item-unavailable', refusal);
    const fromHold = item.status === 'held' && item.hold?.personId === person.personId && !holdExpired(item, now);
    const loan = await borrowSharedItem(d, item, {
      id: newId(now),
      itemId: item.id,
      itemName: item.name,
      area: item.area,
      personId: person.personId,
      borrowerName: person.name,
      borrowedOn: today,
      dueOn: addDays(today, body.days ?? LOAN_DAYS),
      renewals: 0,
      fromHold,
      status: 'open',
      lentBy: caller.subject,
      version: 1,
    });
    return { status: 201, body: presentLoan(loan, today) };
  });
}

export const handler = createHandler();
