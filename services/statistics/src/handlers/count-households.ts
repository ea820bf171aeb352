import { eventConsumer } from '@shequ/kit';
import { defaultStatisticsDeps, type StatisticsDeps } from '../store/deps.ts';
import { countHousehold } from '../store/households.ts';

/** Households and their housing hardship (住房困难, 廉租房…) per area, from the registry's HouseholdChanged. */
export function createHandler(deps: () => StatisticsDeps = defaultStatisticsDeps) {
  return eventConsumer('count-households', async (envelope, log) => {
    if (!(await countHousehold(deps(), envelope))) log.info('household version already counted, skipped');
  });
}

export const handler = createHandler();
