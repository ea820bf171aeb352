import { addDays, shanghaiDay } from '@shequ/contracts';
import { assertInScope, Forbidden, HttpProblem, httpHandler, isStaff, NotFound } from '@shequ/kit';
import { RENEW_DAYS, renewRefusal } from '../domain/sharing.ts';
import { presentLoan, renewSharedLoan as route } from '../schemas/sharing.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { getLoan, renewSharedLoan } from '../store/sharing.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const d = deps();
    const today = shanghaiDay(d.now());
    const loan = await getLoan(d, params.loanId, true);
    if (!loan) throw new NotFound('未找到该借用记录');
    if (isStaff(caller)) assertInScope(caller, loan.area);
    else if (loan.personId !== caller.personId) throw new Forbidden('只能续借本人借用的物品');
    const refusal = renewRefusal(loan, today);
    if (refusal) throw new HttpProblem(422, 'renewal-refused', '不能续借', refusal);
    const renewed = await renewSharedLoan(d, loan, addDays(loan.dueOn, RENEW_DAYS));
    return { body: presentLoan(renewed, today) };
  });
}

export const handler = createHandler();
