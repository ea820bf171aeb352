import { createEvent, GroupMembershipChanged, HouseholdChanged, type PersonFacts, PersonRegistered } from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { sqsBatch } from '../../../test/support/events.ts';
import { handler as keepRegistryFacts } from '../src/handlers/keep-registry-facts.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../src/store/deps.ts';

export { sqsBatch } from '../../../test/support/events.ts';
export { call, claimsFor } from '../../../test/support/http.ts';
export { outboxEvents } from '../../../test/support/outbox.ts';
export { createServiceTables } from '../../../test/support/tables.ts';

/** A clock tests move by hand; handlers built with `at(clock)` read it on every request. */
export interface Clock {
  now: Date;
}

export const clockAt = (iso: string): Clock => ({ now: new Date(iso) });

/** Dependencies whose `now` is the test's clock. */
export const at = (clock: Clock) => (): SubsidiesDeps => ({ ...defaultSubsidiesDeps(), now: () => clock.now });

let sequence = 0;

export interface ResidentInput {
  area?: string;
  name?: string;
  birthDate?: string;
  sex?: 'male' | 'female';
  residence?: 'registered' | 'migrant';
  groups?: { group: string; attributes?: Record<string, unknown> }[];
  /** The household this resident heads; others join through `joins`. */
  household?: { size: number; perCapitaIncome?: number; joins?: string[] };
}

/**
 * A resident as this service learns of them: the registry's PersonRegistered, group and household events
 * through the real consumer, so the facts are kept exactly as in production.
 */
export async function knownResident(
  input: ResidentInput = {},
): Promise<{ personId: string; householdId?: string; facts: PersonFacts }> {
  sequence++;
  const personId = newId();
  const area = input.area ?? '350203006029-03';
  const facts: PersonFacts = {
    personId,
    name: input.name ?? `居民${sequence}`,
    citizenIdMasked: `350203********${String(1000 + sequence).slice(-4)}`,
    area,
    birthDate: input.birthDate ?? '1970-05-01',
    sex: input.sex ?? 'male',
    residence: input.residence ?? 'registered',
  };
  const events = [createEvent(PersonRegistered, { id: newId(), district: '350203', area, data: facts })];
  for (const { group, attributes = {} } of input.groups ?? []) {
    events.push(
      createEvent(GroupMembershipChanged, {
        id: newId(),
        district: '350203',
        area,
        data: { personId, area, group, change: 'joined', attributes, birthDate: facts.birthDate, sex: facts.sex },
      }) as never,
    );
  }
  let householdId: string | undefined;
  if (input.household) {
    householdId = newId();
    const memberIds = [personId, ...(input.household.joins ?? [])];
    events.push(
      createEvent(HouseholdChanged, {
        id: newId(),
        district: '350203',
        area,
        data: {
          householdId,
          area,
          change: 'created',
          version: 1,
          size: input.household.size,
          ...(input.household.perCapitaIncome !== undefined ? { perCapitaIncome: input.household.perCapitaIncome } : {}),
          housingHardship: { kind: 'none' },
          memberIds,
          headPersonId: personId,
        },
      }) as never,
    );
  }
  const result = await keepRegistryFacts(sqsBatch(events));
  if (result.batchItemFailures.length > 0) throw new Error('registry facts were not kept');
  return { personId, facts, ...(householdId ? { householdId } : {}) };
}

export const account = (holder: string) => ({ bank: '中国工商银行厦门思明支行', holder, number: '6222020402001234567' });
