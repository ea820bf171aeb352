import { PaymentMade } from '@shequ/contracts';
import { eventConsumer } from '@shequ/kit';
import { countBenefitStatus, countPayment } from '../store/benefits.ts';
import { defaultStatisticsDeps, type StatisticsDeps } from '../store/deps.ts';

/** Benefits in force (households, persons, monthly amount), granted and ended in the month, and payments made. */
export function createHandler(deps: () => StatisticsDeps = defaultStatisticsDeps) {
  return eventConsumer('count-benefits', async (envelope, log) => {
    const counted =
      envelope.type === PaymentMade.type ? await countPayment(deps(), envelope) : await countBenefitStatus(deps(), envelope);
    if (!counted) log.info('event already counted, skipped');
  });
}

export const handler = createHandler();
