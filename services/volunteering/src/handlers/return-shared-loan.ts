import { shanghaiDay } from '@shequ/contracts';
import { assertInScope, Conflict, httpHandler, NotFound } from '@shequ/kit';
import { presentLoan, returnSharedLoan as route } from '../schemas/sharing.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { getLoan, getSharedItem, returnSharedLoan } from '../store/sharing.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const loan = await getLoan(d, params.loanId, true);
    if (!loan) throw new NotFound('未找到该借用记录');
    assertInScope(caller, loan.area);
    if (loan.status === 'returned') throw new Conflict('already-returned', `“${loan.itemName}”已于 ${loan.returnedOn} 归还`);
    const item = await getSharedItem(d, loan.itemId, true);
    if (!item) throw new NotFound('未找到借出的物品');
    const returned = await returnSharedLoan(d, item, loan, { condition: body.condition ?? item.condition, by: caller.subject });
    return { body: presentLoan(returned, shanghaiDay(d.now())) };
  });
}

export const handler = createHandler();
