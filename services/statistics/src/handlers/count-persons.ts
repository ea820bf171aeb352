import { personFactsChange } from '@shequ/contracts';
import { eventConsumer } from '@shequ/kit';
import { defaultStatisticsDeps, type StatisticsDeps } from '../store/deps.ts';
import { countPersonChange } from '../store/persons.ts';

/** Keeps the population counters (totals, residence, sex, birthdays, deaths) from the registry's person events. */
export function createHandler(deps: () => StatisticsDeps = defaultStatisticsDeps) {
  return eventConsumer('count-persons', async (envelope, log) => {
    const change = personFactsChange(envelope);
    if (!change) {
      log.warn('not a person event, ignored');
      return;
    }
    if (!(await countPersonChange(deps(), envelope.id, change))) log.info('not newer than the facts kept, skipped');
  });
}

export const handler = createHandler();
