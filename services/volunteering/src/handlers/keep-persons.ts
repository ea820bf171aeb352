import { batchEventConsumer } from '@shequ/kit';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { keepPersons } from '../store/persons.ts';

/** Keeps this service's copy of the registry's persons (names, areas, birth dates), a batch in a few transactions. */
export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return batchEventConsumer('keep-persons', async (events, log) => {
    const { failed, kept, skipped, transactions } = await keepPersons(deps(), events);
    log.debug('persons kept', { kept, skipped, transactions });
    return failed;
  });
}

export const handler = createHandler();
