import { assertInScope, httpHandler } from '@shequ/kit';
import { ledgerView } from '../ledger-view.ts';
import { getLedger as route } from '../schemas/ledger.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';
import { ledgerOfMonth } from '../store/ledger.ts';

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(caller, query.area);
    const rows = await ledgerOfMonth(deps(), query.month, query.area, query.programme);
    return { body: ledgerView(query.month, query.area, rows) };
  });
}

export const handler = createHandler();
