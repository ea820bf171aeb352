import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  createEvent,
  type EventEnvelope,
  GroupMembershipChanged,
  PersonDeceased,
  type PersonFacts,
  PersonRegistered,
} from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { countingClient } from '../../../test/support/write-count.ts';
import { createHandler } from '../src/handlers/keep-registry-facts.ts';
import { defaultSubsidiesDeps } from '../src/store/deps.ts';
import { eligibilityFacts, knownPerson } from '../src/store/facts.ts';
import { createServiceTables, sqsBatch } from './support.ts';

const area = '350203006061-01';
const counting = countingClient();
/** Reads of one person's applications fail, as a database outage would for that event alone. */
let unreachable: string | undefined;
const client = {
  send: (command: { input: { ExpressionAttributeValues?: Record<string, unknown> } }) => {
    if (unreachable && String(command.input.ExpressionAttributeValues?.[':pk']).includes(unreachable)) {
      return Promise.reject(new Error('database unavailable'));
    }
    return counting.client.send(command as never);
  },
} as unknown as DynamoDBDocumentClient;
const keepRegistryFacts = createHandler(() => ({ ...defaultSubsidiesDeps(), client }));

let sequence = 0;
const at = (second: number) => new Date(Date.UTC(2026, 4, 1, 0, 0, second));

function resident(): PersonFacts {
  sequence += 1;
  return {
    personId: newId(),
    name: `居民${sequence}`,
    citizenIdMasked: '350203********1234',
    area,
    birthDate: '1956-03-12',
    sex: 'female',
    residence: 'registered',
  };
}

const registered = (person: PersonFacts, second: number) =>
  createEvent(PersonRegistered, { id: newId(at(second)), district: '350203', area, occurredAt: at(second), data: person });

const joined = (person: PersonFacts, second: number, group: string) =>
  createEvent(GroupMembershipChanged, {
    id: newId(at(second)),
    district: '350203',
    area,
    occurredAt: at(second),
    data: {
      personId: person.personId,
      area,
      group,
      change: 'joined',
      attributes: {},
      birthDate: person.birthDate,
      sex: person.sex,
    },
  });

const deceased = (person: PersonFacts, second: number) =>
  createEvent(PersonDeceased, {
    id: newId(at(second)),
    district: '350203',
    area,
    occurredAt: at(second),
    data: { ...person, dateOfDeath: '2026-05-01' },
  });

async function deliver(events: EventEnvelope[]) {
  return (await keepRegistryFacts(sqsBatch(events))).batchItemFailures;
}

beforeAll(async () => {
  await createServiceTables();
});

describe('keep-registry-facts applies a batch of events in a few transactions', () => {
  it('keeps an import’s person and group facts in one transaction, and a redelivery changes nothing', async () => {
    const persons = Array.from({ length: 60 }, () => resident());
    const events = [
      ...persons.map((person, index) => registered(person, index)),
      ...persons.slice(0, 30).map((person, index) => joined(person, 100 + index, 'dibao')),
    ];
    counting.reset();
    expect(await deliver(events)).toEqual([]);
    expect(counting.count).toEqual({ transactions: 1, transactionItems: 90, singleWrites: 0 });
    const first = await knownPerson(defaultSubsidiesDeps(), persons[0]?.personId as string);
    expect(eligibilityFacts(first as NonNullable<typeof first>).groups).toEqual(['dibao']);

    // Every put is older than what is kept: the transaction is refused whole, and nothing is written.
    counting.reset();
    expect(await deliver(events)).toEqual([]);
    expect(counting.count.singleWrites).toBe(0);
    const again = await knownPerson(defaultSubsidiesDeps(), persons[0]?.personId as string);
    expect(again).toEqual(first);
  });

  it('fails an unreadable event and a death whose benefits could not be ended alone; the rest of the batch is kept', async () => {
    const [alive, dying, unlucky] = [resident(), resident(), resident()];
    const broken = { ...joined(alive as PersonFacts, 9, 'dibao'), data: { group: 'dibao' } } as unknown as EventEnvelope;
    const unluckyDeath = deceased(unlucky as PersonFacts, 8);
    unreachable = unlucky?.personId;
    try {
      const failures = await deliver([
        registered(alive as PersonFacts, 1),
        registered(dying as PersonFacts, 2),
        registered(unlucky as PersonFacts, 3),
        deceased(dying as PersonFacts, 7),
        unluckyDeath,
        broken,
      ]);
      expect(failures.map((failure) => failure.itemIdentifier).sort()).toEqual([unluckyDeath.id, broken.id].sort());
    } finally {
      unreachable = undefined;
    }
    expect((await knownPerson(defaultSubsidiesDeps(), alive?.personId as string))?.person).toMatchObject({ status: 'active' });
    expect((await knownPerson(defaultSubsidiesDeps(), dying?.personId as string))?.person).toMatchObject({ status: 'deceased' });
    // The death's facts are kept already; delivered again it finishes ending the benefits.
    expect((await knownPerson(defaultSubsidiesDeps(), unlucky?.personId as string))?.person).toMatchObject({
      status: 'deceased',
    });
    expect(await deliver([unluckyDeath])).toEqual([]);
  });
});
