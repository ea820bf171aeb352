import {
  createEvent,
  type EventEnvelope,
  GroupMembershipChanged,
  HouseholdChanged,
  type PersonFacts,
  PersonRegistered,
  PersonUpdated,
} from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { handler as keepRegistryFacts } from '../src/handlers/keep-registry-facts.ts';
import { defaultSubsidiesDeps } from '../src/store/deps.ts';
import { eligibilityFacts, knownPerson } from '../src/store/facts.ts';
import { createServiceTables, sqsBatch } from './support.ts';

const area = '350203006029-03';

function person(overrides: Partial<PersonFacts> = {}): PersonFacts {
  return {
    personId: newId(),
    name: '林秀英',
    citizenIdMasked: '350203********1234',
    area,
    birthDate: '1956-03-12',
    sex: 'female',
    residence: 'registered',
    ...overrides,
  };
}

const at = (iso: string) => new Date(iso);

async function deliver(...events: EventEnvelope[]) {
  const result = await keepRegistryFacts(sqsBatch(events));
  expect(result.batchItemFailures).toEqual([]);
}

const household = (householdId: string, version: number, memberIds: string[], perCapitaIncome?: number) =>
  createEvent(HouseholdChanged, {
    id: newId(),
    district: '350203',
    area,
    occurredAt: at(`2026-01-0${version}T00:00:00Z`),
    data: {
      householdId,
      area,
      change: version === 1 ? 'created' : 'updated',
      version,
      size: memberIds.length,
      ...(perCapitaIncome !== undefined ? { perCapitaIncome } : {}),
      housingHardship: { kind: 'none' },
      memberIds,
      ...(memberIds[0] ? { headPersonId: memberIds[0] } : {}),
    },
  });

const group = (
  facts: PersonFacts,
  change: 'joined' | 'changed' | 'left',
  when: string,
  attributes: Record<string, unknown> = {},
) =>
  createEvent(GroupMembershipChanged, {
    id: newId(),
    district: '350203',
    area,
    occurredAt: at(when),
    data: { personId: facts.personId, area, group: 'disabled', change, attributes, birthDate: facts.birthDate, sex: facts.sex },
  });

beforeAll(async () => {
  await createServiceTables();
});

describe('the registry facts subsidies keeps', () => {
  it('keeps the newest person facts whatever order the events arrive in, and ignores a repeat', async () => {
    const facts = person();
    const registered = createEvent(PersonRegistered, {
      id: newId(),
      district: '350203',
      area,
      occurredAt: at('2026-01-01T00:00:00Z'),
      data: facts,
    });
    const corrected = createEvent(PersonUpdated, {
      id: newId(),
      district: '350203',
      area,
      occurredAt: at('2026-01-02T00:00:00Z'),
      data: { ...facts, residence: 'migrant', changed: ['residence'] },
    });
    await deliver(corrected, registered, corrected);
    const known = await knownPerson(defaultSubsidiesDeps(), facts.personId);
    expect(known?.person).toMatchObject({ residence: 'migrant', status: 'active', asOf: '2026-01-02T00:00:00.000Z' });
  });

  it('keeps group membership and its attributes, a late "joined" never undoing a "left"', async () => {
    const facts = person();
    await deliver(createEvent(PersonRegistered, { id: newId(), district: '350203', area, data: facts }));
    await deliver(
      group(facts, 'left', '2026-02-02T00:00:00Z', { category: 'limb', grade: 2 }),
      group(facts, 'joined', '2026-02-01T00:00:00Z', { category: 'limb', grade: 2 }),
    );
    let known = await knownPerson(defaultSubsidiesDeps(), facts.personId);
    expect(eligibilityFacts(known as NonNullable<typeof known>).groups).toEqual([]);

    await deliver(group(facts, 'joined', '2026-02-03T00:00:00Z', { category: 'hearing', grade: 3 }));
    known = await knownPerson(defaultSubsidiesDeps(), facts.personId);
    expect(eligibilityFacts(known as NonNullable<typeof known>)).toMatchObject({
      groups: ['disabled'],
      disability: { category: 'hearing', grade: 3 },
    });
  });

  it('keeps the household at its highest version; members who leave stop pointing at it', async () => {
    const head = person({ name: '户主' });
    const spouse = person({ name: '配偶' });
    await deliver(
      createEvent(PersonRegistered, { id: newId(), district: '350203', area, data: head }),
      createEvent(PersonRegistered, { id: newId(), district: '350203', area, data: spouse }),
    );
    const householdId = newId();
    // Version 2 (the spouse has left, income assessed) overtakes version 1 on the way.
    await deliver(household(householdId, 2, [head.personId], 640), household(householdId, 1, [head.personId, spouse.personId]));
    const deps = defaultSubsidiesDeps();
    const headKnown = await knownPerson(deps, head.personId);
    expect(headKnown?.household).toMatchObject({ householdVersion: 2, size: 1, perCapitaIncome: 640 });
    expect((await knownPerson(deps, spouse.personId))?.household).toBeUndefined();

    // The spouse joins another household, then a late removal from the first arrives: the new one stands.
    const second = newId();
    await deliver(household(second, 1, [spouse.personId], 500));
    await deliver(household(householdId, 3, [head.personId], 640));
    expect((await knownPerson(deps, spouse.personId))?.household).toMatchObject({ householdId: second, perCapitaIncome: 500 });
  });

  it('answers undefined for a person it has not heard of, rather than guessing', async () => {
    expect(await knownPerson(defaultSubsidiesDeps(), newId())).toBeUndefined();
  });
});
