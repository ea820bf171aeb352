import { batchEventConsumer } from '@shequ/kit';
import { type CasesDeps, defaultCasesDeps } from '../store/deps.ts';
import { keepPersons } from '../store/persons.ts';

/** Keeps this service's copy of the registry's persons (names, areas) for filers and representatives, a batch at a time. */
export function createHandler(deps: () => CasesDeps = defaultCasesDeps) {
  return batchEventConsumer('keep-persons', async (events, log) => {
    const { failed, kept, skipped, transactions } = await keepPersons(deps(), events);
    log.debug('persons kept', { kept, skipped, transactions });
    return failed;
  });
}

export const handler = createHandler();
