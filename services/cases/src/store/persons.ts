import { type EventEnvelope, type PersonFacts, personFactsChange } from '@shequ/contracts';
import { getItem, key, putIfNewer } from '@shequ/ddb';
import type { CasesDeps } from './deps.ts';

/**
 * The registry facts cases need, kept from its events: who filed, where they live (which community's
 * pipeline answers them) and whether they still live here.
 */
export interface PersonRecord extends PersonFacts {
  status: 'active' | 'moved-out' | 'deceased';
  asOf: string;
}

const personKey = (personId: string) => ({ pk: key('PERSON', personId), sk: 'FACTS' });

/** Keeps the facts an event carries; false when it was not a person event or an older one. */
export async function keepPerson(deps: CasesDeps, envelope: EventEnvelope): Promise<boolean> {
  const change = personFactsChange(envelope);
  if (!change) return false;
  const { phoneCipher: _phone, ...facts } = change.facts;
  const record: PersonRecord = { ...facts, status: change.status, asOf: change.asOf };
  return putIfNewer(deps, { ...personKey(facts.personId), entity: 'person', ...record });
}

/** The person as last heard of from the registry, or undefined. */
export function personOf(deps: CasesDeps, personId: string): Promise<PersonRecord | undefined> {
  return getItem<PersonRecord>(deps, personKey(personId), true);
}
