import { assertInScope, httpHandler } from '@shequ/kit';
import { paymentView } from '../application-view.ts';
import { listPayments as route } from '../schemas/ledger.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';
import { listPayments } from '../store/payments.ts';

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(caller, query.area);
    const page = await listPayments(deps(), query, { limit: query.limit, cursor: query.cursor });
    return { body: { items: page.items.map(paymentView), ...(page.cursor ? { cursor: page.cursor } : {}) } };
  });
}

export const handler = createHandler();
