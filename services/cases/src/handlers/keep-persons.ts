import { eventConsumer } from '@shequ/kit';
import { type CasesDeps, defaultCasesDeps } from '../store/deps.ts';
import { keepPerson } from '../store/persons.ts';

/** Keeps this service's copy of the registry's persons (names, areas), for filers and representatives. */
export function createHandler(deps: () => CasesDeps = defaultCasesDeps) {
  return eventConsumer('keep-persons', async (envelope, log) => {
    if (!(await keepPerson(deps(), envelope))) log.info('not newer than what is kept, skipped');
  });
}

export const handler = createHandler();
