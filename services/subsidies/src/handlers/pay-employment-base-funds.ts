import { ConcurrentModificationError } from '@shequ/ddb';
import { assertInScope, Conflict, httpHandler, NotFound } from '@shequ/kit';
import { decideBase } from '../domain/employment.ts';
import { toFen } from '../domain/money.ts';
import { baseView, payEmploymentBaseFunds as route } from '../schemas/employment.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';
import { FundAlreadyPaidError, getBase, payBaseFunds, presentBase, refusalProblem } from '../store/employment.ts';

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const base = await getBase(d, params.id, true);
    if (!base) throw new NotFound('未找到该就业扶贫基地');
    assertInScope(caller, base.area);
    const decided = decideBase(base, { type: 'pay-funds', amountFen: toFen(body.amountYuan) }, caller.subject, d.now());
    if (!decided.ok) throw refusalProblem(decided);
    if (base.version !== body.version) throw new ConcurrentModificationError('stale version');
    try {
      return { body: baseView.parse(presentBase(await payBaseFunds(d, base, decided.base))) };
    } catch (error) {
      if (error instanceof FundAlreadyPaidError) {
        throw new Conflict('fund-already-paid', `该基地 ${base.year} 年度扶持资金已拨付，每年只拨付一次`);
      }
      throw error;
    }
  });
}

export const handler = createHandler();
