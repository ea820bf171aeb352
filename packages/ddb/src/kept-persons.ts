import { type EventEnvelope, type PersonFacts, personFactsChange } from '@shequ/contracts';
import { putIfNewer } from './guarded-put.ts';
import { key } from './keys.ts';
import { getItem, type TableAccess } from './query.ts';

/**
 * A registry person as another service keeps it from the registry's events (never from its table): who they
 * are, where they live, their birth date and whether they still live here. The sealed phone is not kept:
 * only notifications, which sends messages, holds it.
 */
export interface KeptPerson extends Omit<PersonFacts, 'phoneCipher'> {
  status: 'active' | 'moved-out' | 'deceased';
  /** The time of the event these facts came from: an older or repeated event changes nothing. */
  asOf: string;
}

const keptPersonKey = (personId: string) => ({ pk: key('PERSON', personId), sk: 'FACTS' });

/** Keeps the facts a registry person event carries; false when it was not one, or not newer than what is kept. */
export async function keepPersonFacts(table: TableAccess, envelope: EventEnvelope): Promise<boolean> {
  const change = personFactsChange(envelope);
  if (!change) return false;
  const { phoneCipher: _phone, ...facts } = change.facts;
  const record: KeptPerson = { ...facts, status: change.status, asOf: change.asOf };
  return putIfNewer(table, { ...keptPersonKey(facts.personId), entity: 'person', ...record });
}

/** The person as last heard of from the registry, or undefined. */
export function keptPerson(table: TableAccess, personId: string): Promise<KeptPerson | undefined> {
  return getItem<KeptPerson>(table, keptPersonKey(personId), true);
}
