import { PutCommand } from '@aws-sdk/lib-dynamodb';
import {
  createEvent,
  type EventEnvelope,
  GroupMembershipChanged,
  type PersonFacts,
  PersonMoved,
  PersonRegistered,
} from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { sqsBatch } from '../../../test/support/events.ts';
import { createServiceTables } from '../../../test/support/tables.ts';
import { countingClient } from '../../../test/support/write-count.ts';
import { createHandler } from '../src/handlers/count-registry.ts';
import { readCounter } from '../src/store/counters.ts';
import { defaultStatisticsDeps } from '../src/store/deps.ts';

const counting = countingClient();
const countRegistry = createHandler(() => ({ ...defaultStatisticsDeps(), client: counting.client }));
const deps = () => defaultStatisticsDeps();
const population = (area: string) => readCounter(deps(), area, 'POPULATION');
const groups = (area: string) => readCounter(deps(), area, 'GROUPS');

let sequence = 0;
const at = (second: number) => new Date(Date.UTC(2026, 2, 1, 0, 0, second));

function resident(area: string, overrides: Partial<PersonFacts> = {}): PersonFacts {
  sequence += 1;
  return {
    personId: newId(),
    name: `居民${sequence}`,
    citizenIdMasked: '350203********0023',
    area,
    birthDate: `${1940 + (sequence % 70)}-0${1 + (sequence % 9)}-1${sequence % 10}`,
    sex: sequence % 2 === 0 ? 'female' : 'male',
    residence: sequence % 3 === 0 ? 'migrant' : 'registered',
    ...overrides,
  };
}

const registered = (person: PersonFacts, second: number) =>
  createEvent(PersonRegistered, {
    id: newId(at(second)),
    district: '350203',
    area: person.area,
    occurredAt: at(second),
    data: person,
  });

const joined = (person: PersonFacts, second: number, group: string, attributes: Record<string, unknown> = {}) =>
  createEvent(GroupMembershipChanged, {
    id: newId(at(second)),
    district: '350203',
    area: person.area,
    occurredAt: at(second),
    data: {
      personId: person.personId,
      area: person.area,
      group,
      change: 'joined',
      attributes,
      birthDate: person.birthDate,
      sex: person.sex,
    },
  });

const moved = (person: PersonFacts, second: number, to: string) =>
  createEvent(PersonMoved, {
    id: newId(at(second)),
    district: '350203',
    area: to,
    occurredAt: at(second),
    data: { ...person, area: to, from: person.area, to, date: '2026-03-01' },
  });

async function deliver(events: EventEnvelope[]) {
  return (await countRegistry(sqsBatch(events))).batchItemFailures;
}

beforeAll(async () => {
  await createServiceTables();
});

describe('count-registry applies a batch of events in a few transactions', () => {
  it('counts an import’s hundred events in a few transactions, one projection per person, and a redelivery changes nothing', async () => {
    const grid = '350203006041-01';
    const persons = Array.from({ length: 80 }, () => resident(grid));
    const events = [
      ...persons.map((person, index) => registered(person, index)),
      ...persons.slice(0, 20).map((person, index) => joined(person, 100 + index, 'dibao')),
    ];
    counting.reset();
    expect(await deliver(events)).toEqual([]);
    const migrants = persons.filter((person) => person.residence === 'migrant').length;
    const women = persons.filter((person) => person.sex === 'female').length;
    const expected = { total: 80, registered: 80 - migrants, migrant: migrants, female: women, male: 80 - women };
    for (const area of [grid, '350203006041', '350203006']) expect(await population(area)).toEqual(expected);
    expect(await groups('350203006041')).toEqual({ dibao: 20 });
    // One projection per person; each counter once per transaction, persons sharing one packed together.
    const birthBuckets = new Set(persons.map((person) => `${person.sex}${person.birthDate.slice(0, 4)}`)).size;
    const ideal = 80 + 4 * (2 + birthBuckets);
    const { transactions, transactionItems, singleWrites } = counting.count;
    expect(singleWrites).toBe(0);
    expect(transactions).toBe(Math.ceil(transactionItems / 100));
    expect(transactionItems).toBeGreaterThanOrEqual(ideal);
    // Across a transaction boundary only the shared population counter and one birth bucket repeat, at four levels.
    expect(transactionItems).toBeLessThanOrEqual(ideal + 8 * (transactions - 1));

    counting.reset();
    expect(await deliver(events)).toEqual([]);
    expect(counting.count).toEqual({ transactions: 0, transactionItems: 0, singleWrites: 0 });
    for (const area of [grid, '350203006041', '350203006']) expect(await population(area)).toEqual(expected);
    expect(await groups('350203006041')).toEqual({ dibao: 20 });
  });

  it('folds one person’s events of a batch in order into one write, whatever order they came in', async () => {
    const from = '350203006042-01';
    const to = '350203006042-02';
    const person = resident(from, { sex: 'female', residence: 'registered' });
    const late = resident(from, { sex: 'male', residence: 'registered' });
    counting.reset();
    // The move and the group event come before the registration they follow; the repeat changes nothing.
    expect(
      await deliver([
        moved(person, 3, to),
        joined(person, 2, 'disabled', { category: 'limb', grade: 2 }),
        registered(person, 1),
        registered(late, 4),
        registered(person, 1),
      ]),
    ).toEqual([]);
    expect(counting.count.transactions).toBe(1);
    expect(await population(from)).toEqual({ total: 1, registered: 1, male: 1 });
    expect(await population(to)).toEqual({ total: 1, registered: 1, female: 1 });
    expect(await groups(to)).toEqual({ disabled: 1, 'disabled:limb': 1, 'disabled:grade:2': 1, 'disabled:limb:2': 1 });
    expect(await groups(from)).toEqual({});
  });

  it('fails an unreadable event alone: the rest of its batch is counted, and counted once when it all comes again', async () => {
    const grid = '350203006043-01';
    const persons = Array.from({ length: 5 }, () => resident(grid));
    const broken = { ...joined(persons[0] as PersonFacts, 50, 'dibao'), data: { personId: 42 } } as unknown as EventEnvelope;
    const events = [...persons.map((person, index) => registered(person, index)), broken];
    expect(await deliver(events)).toEqual([{ itemIdentifier: broken.id }]);
    expect(await population(grid)).toMatchObject({ total: 5 });
    expect(await deliver(events)).toEqual([{ itemIdentifier: broken.id }]);
    expect(await population(grid)).toMatchObject({ total: 5 });
  });

  it('keeps counts right when overlapping batches for the same persons are handled at the same time', async () => {
    const community = '350203006044';
    const persons = Array.from({ length: 30 }, () => resident(`${community}-01`));
    expect(await deliver(persons.map((person, index) => registered(person, index)))).toEqual([]);
    // Every batch moves every person, to a different grid each time: one move per person wins, the latest.
    const batches = ['02', '03', '04', '05'].map((grid, round) =>
      persons.map((person, index) => moved(person, 100 + round * 40 + index, `${community}-${grid}`)),
    );
    const failures = await Promise.all(batches.map((batch) => deliver(batch)));
    expect(failures.flat()).toEqual([]);
    const counts = await Promise.all(
      ['01', '02', '03', '04', '05'].map(async (grid) => (await population(`${community}-${grid}`)).total ?? 0),
    );
    expect(counts).toEqual([0, 0, 0, 0, 30]);
    expect(await population(community)).toMatchObject({ total: 30 });
  });

  it('reads a projection kept before memberships moved into it, with its membership items', async () => {
    const grid = '350203006045-01';
    const person = resident(grid);
    const stamp = { asOf: at(1).toISOString(), eventId: newId(at(1)) };
    const facts = { area: grid, residence: person.residence, sex: person.sex, birthDate: person.birthDate };
    const pk = `PERSON#${person.personId}`;
    const legacy = [
      {
        pk,
        sk: 'PROJECTION',
        entity: 'person-projection',
        personId: person.personId,
        person: { facts, status: 'active', stamp },
        rev: 2,
      },
      {
        pk,
        sk: 'MEMBERSHIP#disabled',
        entity: 'membership-projection',
        membership: { group: 'disabled', area: grid, member: true, category: 'limb', grade: 2, stamp },
      },
    ];
    for (const item of legacy) await deps().client.send(new PutCommand({ TableName: deps().tableName, Item: item }));
    const left = { ...joined(person, 5, 'disabled'), data: { ...joined(person, 5, 'disabled').data, change: 'left' } };
    expect(await deliver([left])).toEqual([]);
    // Nothing was counted for this hand-made person, so the membership read shows as one less.
    expect(await groups('350203006045')).toEqual({
      disabled: -1,
      'disabled:limb': -1,
      'disabled:grade:2': -1,
      'disabled:limb:2': -1,
    });
    expect(await deliver([registered(person, 0)])).toEqual([]);
    expect(await population(grid)).toEqual({});
  });
});
