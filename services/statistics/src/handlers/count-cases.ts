import { eventConsumer } from '@shequ/kit';
import { defaultStatisticsDeps, type StatisticsDeps } from '../store/deps.ts';
import { countCase } from '../store/flows.ts';

/** Cases per month: filed, handled, and handled by their deadline. */
export function createHandler(deps: () => StatisticsDeps = defaultStatisticsDeps) {
  return eventConsumer('count-cases', async (envelope, log) => {
    if (!(await countCase(deps(), envelope))) log.info('event already counted, skipped');
  });
}

export const handler = createHandler();
