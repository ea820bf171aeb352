import { z } from 'zod';
import { areaCodeSchema, defineEvent, type EventEnvelope, parseEvent } from '../envelope.ts';

/**
 * Facts about a person that other services keep as their own projection (subsidies: eligibility;
 * notifications: contact; statistics: counters), so none of them ever reads the registry table.
 */
export const personFactsSchema = z.object({
  personId: z.string(),
  /** As registered: subsidies posts it on the 公示 list, notifications addresses the person by it. */
  name: z.string().min(1),
  /** Always masked (`350203********1234`): what a public list may show, never the number itself. */
  citizenIdMasked: z.string().regex(/^\d{6}\*{8}[\dX]{4}$/),
  /**
   * The registry's ciphertext of the phone number, never the number: only a service holding the district's
   * personal-data key can open it (notifications, to send an SMS). Absent when no phone is known.
   */
  phoneCipher: z.string().optional(),
  area: areaCodeSchema,
  birthDate: z.iso.date(),
  sex: z.enum(['male', 'female']),
  residence: z.enum(['registered', 'migrant']),
});
export type PersonFacts = z.infer<typeof personFactsSchema>;

export const PersonRegistered = defineEvent('registry', 'PersonRegistered', personFactsSchema);

/** Details were corrected (name, phone, address within the area, residence); `changed` names the fields, never their values. */
export const PersonUpdated = defineEvent(
  'registry',
  'PersonUpdated',
  personFactsSchema.extend({ changed: z.array(z.string()).min(1) }),
);

/** A move within the district: the same person, now in `to` (also `area`). */
export const PersonMoved = defineEvent(
  'registry',
  'PersonMoved',
  personFactsSchema.extend({ from: areaCodeSchema, to: areaCodeSchema, date: z.iso.date() }),
);

/** Left the district: the record is kept, but the person no longer counts in any area. `area` is the last one. */
export const PersonMovedOut = defineEvent(
  'registry',
  'PersonMovedOut',
  personFactsSchema.extend({ date: z.iso.date(), destination: z.string() }),
);

/** Died: ends benefits and feeds the death and burial ledger and the monthly report's deaths. */
export const PersonDeceased = defineEvent(
  'registry',
  'PersonDeceased',
  personFactsSchema.extend({
    dateOfDeath: z.iso.date(),
    burialMethod: z.enum(['cremation', 'burial', 'other']).optional(),
  }),
);

/** A mistyped citizen ID was corrected; birth date and sex (which derive from it) may have changed with it. */
export const PersonCitizenIdCorrected = defineEvent('registry', 'PersonCitizenIdCorrected', personFactsSchema);

/** Every registry event that carries a person's facts. */
export const personFactEvents = [
  PersonRegistered,
  PersonUpdated,
  PersonMoved,
  PersonMovedOut,
  PersonDeceased,
  PersonCitizenIdCorrected,
] as const;

/** What a projection of persons learns from one of those events. */
export interface PersonFactsChange {
  facts: PersonFacts;
  /** The event's time: a projection keeps the newest facts and ignores older ones. */
  asOf: string;
  status: 'active' | 'moved-out' | 'deceased';
  /** The day the person died or left the district. */
  leftOn?: string;
  /** After a move within the district, the new area. */
  movedTo?: string;
}

/**
 * The facts a person event carries, read the same way by every service that keeps persons (subsidies'
 * eligibility, notifications' contacts), or undefined for an event that is not about a person's facts.
 */
export function personFactsChange(envelope: EventEnvelope): PersonFactsChange | undefined {
  const contract = personFactEvents.find((candidate) => candidate.type === envelope.type);
  if (!contract) return undefined;
  const event = parseEvent(contract, envelope);
  const data = event.data as Record<string, unknown>;
  const facts = personFactsSchema.parse(event.data);
  if (contract === PersonDeceased) return { facts, asOf: event.occurredAt, status: 'deceased', leftOn: String(data.dateOfDeath) };
  if (contract === PersonMovedOut) return { facts, asOf: event.occurredAt, status: 'moved-out', leftOn: String(data.date) };
  if (contract === PersonMoved) return { facts, asOf: event.occurredAt, status: 'active', movedTo: String(data.to) };
  return { facts, asOf: event.occurredAt, status: 'active' };
}
