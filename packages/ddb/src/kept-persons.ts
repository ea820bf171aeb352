import { type EventEnvelope, type PersonFacts, type PersonFactsChange, personFactsChange } from '@shequ/contracts';
import { putAllIfNewer, putIfNewer } from './guarded-put.ts';
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
  return putIfNewer(table, keptPersonItem(change));
}

function keptPersonItem(change: PersonFactsChange) {
  const { phoneCipher: _phone, ...facts } = change.facts;
  const record: KeptPerson = { ...facts, status: change.status, asOf: change.asOf };
  return { ...keptPersonKey(facts.personId), entity: 'person', ...record };
}

export interface KeptPersonsBatch {
  /** Events that could not be read as a person's facts: each is to be redelivered alone. */
  failed: EventEnvelope[];
  /** Persons whose facts were written, and events that changed nothing (older, repeated, not about a person). */
  kept: number;
  skipped: number;
  transactions: number;
}

/**
 * `keepPersonFacts` for a batch of events, as if handled one by one in the order given: per person only the
 * newest facts are written, all in as few transactions as fit.
 */
export async function keepAllPersonFacts(table: TableAccess, envelopes: readonly EventEnvelope[]): Promise<KeptPersonsBatch> {
  const failed: EventEnvelope[] = [];
  const items: ReturnType<typeof keptPersonItem>[] = [];
  let ignored = 0;
  for (const envelope of envelopes) {
    try {
      const change = personFactsChange(envelope);
      if (change) items.push(keptPersonItem(change));
      else ignored += 1;
    } catch {
      failed.push(envelope);
    }
  }
  const written = await putAllIfNewer(table, items);
  return { failed, kept: written.kept.length, skipped: written.skipped.length + ignored, transactions: written.transactions };
}

/** The person as last heard of from the registry, or undefined. */
export function keptPerson(table: TableAccess, personId: string): Promise<KeptPerson | undefined> {
  return getItem<KeptPerson>(table, keptPersonKey(personId), true);
}
