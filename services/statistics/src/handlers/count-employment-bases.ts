import { eventConsumer } from '@shequ/kit';
import { defaultStatisticsDeps, type StatisticsDeps } from '../store/deps.ts';
import { countEmploymentBase } from '../store/employment.ts';

/** The year's disabled-employment bases: applied, inspected, plaqued, withdrawn, funded, statistics filed. */
export function createHandler(deps: () => StatisticsDeps = defaultStatisticsDeps) {
  return eventConsumer('count-employment-bases', async (envelope, log) => {
    if (!(await countEmploymentBase(deps(), envelope))) log.info('event already counted, skipped');
  });
}

export const handler = createHandler();
