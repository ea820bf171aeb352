import { PersonRegistered, parseEvent } from '@shequ/contracts';
import { eventConsumer } from '@shequ/kit';
import { countRegistration, defaultStatisticsDeps, type StatisticsDeps } from '../store.ts';

export function createHandler(deps: () => StatisticsDeps = defaultStatisticsDeps) {
  return eventConsumer('count-population', async (envelope, log) => {
    const event = parseEvent(PersonRegistered, envelope);
    const applied = await countRegistration(deps(), event.id, event.data);
    if (!applied) log.info('event already counted, skipped');
  });
}

export const handler = createHandler();
