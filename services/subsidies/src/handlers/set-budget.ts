import { HttpProblem, httpHandler } from '@shequ/kit';
import { toFen, toYuan } from '../domain/money.ts';
import { budgetView } from '../ledger-view.ts';
import { setBudget as route } from '../schemas/ledger.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';
import { BudgetExceededError, ledgerOfYear, setBudget } from '../store/ledger.ts';

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    try {
      const budget = await setBudget(
        d,
        { programme: params.programme, year: params.year, totalFen: toFen(body.totalYuan), earmark: body.earmark },
        body.version,
        caller.subject,
      );
      return { body: budgetView(budget, await ledgerOfYear(d, params.programme, params.year)) };
    } catch (error) {
      if (error instanceof BudgetExceededError) {
        throw new HttpProblem(
          422,
          'budget-below-reserved',
          '预算不能低于已占用金额',
          `已审批的补助预计全年支出 ${toYuan(error.budget.reservedFen)} 元，预算不能低于此数`,
        );
      }
      throw error;
    }
  });
}

export const handler = createHandler();
