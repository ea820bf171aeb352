import { httpHandler } from '@shequ/kit';
import { toYuan } from '../domain/money.ts';
import { listPaymentRuns as route } from '../schemas/payment-runs.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';
import { paymentRunsOf } from '../store/payment-runs.ts';

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return httpHandler(route, async ({ query }) => {
    const runs = await paymentRunsOf(deps(), query.month);
    return { body: { items: runs.map(({ paidFen, ...run }) => ({ ...run, paidYuan: toYuan(paidFen) })) } };
  });
}

export const handler = createHandler();
