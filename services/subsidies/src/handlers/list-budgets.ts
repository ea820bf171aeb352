import { httpHandler } from '@shequ/kit';
import { budgetView } from '../ledger-view.ts';
import { listBudgets as route } from '../schemas/ledger.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';
import { ledgerOfYear, listBudgets } from '../store/ledger.ts';

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return httpHandler(route, async ({ query }) => {
    const d = deps();
    const budgets = await listBudgets(d, query.year);
    const items = await Promise.all(budgets.map(async (b) => budgetView(b, await ledgerOfYear(d, b.programme, b.year))));
    return { body: { items } };
  });
}

export const handler = createHandler();
