import { eventConsumer } from '@shequ/kit';
import { defaultStatisticsDeps, type StatisticsDeps } from '../store/deps.ts';
import { countVolunteerHours } from '../store/flows.ts';

/** Volunteer service time per month: activity hours credited, self-logged hours once approved. */
export function createHandler(deps: () => StatisticsDeps = defaultStatisticsDeps) {
  return eventConsumer('count-volunteer-hours', async (envelope, log) => {
    if (!(await countVolunteerHours(deps(), envelope))) log.info('event already counted, skipped');
  });
}

export const handler = createHandler();
