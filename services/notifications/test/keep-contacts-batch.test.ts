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
import { countingClient } from '../../../test/support/write-count.ts';
import { createHandler } from '../src/handlers/keep-contacts.ts';
import { contactOf, segmentMembers, segmentSize } from '../src/store/contacts.ts';
import { defaultNotificationsDeps } from '../src/store/deps.ts';
import { createServiceTables, sqsBatch } from './support.ts';

const counting = countingClient();
const keepContacts = createHandler(() => ({ ...defaultNotificationsDeps(), client: counting.client }));
const deps = () => defaultNotificationsDeps();

let sequence = 0;
const at = (second: number) => new Date(Date.UTC(2026, 3, 1, 0, 0, second));

function resident(area: string): PersonFacts {
  sequence += 1;
  return {
    personId: newId(),
    name: `居民${sequence}`,
    citizenIdMasked: '350203********0023',
    area,
    birthDate: '1960-01-01',
    sex: 'female',
    residence: 'registered',
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

const membership = (person: PersonFacts, second: number, group: string, change: 'joined' | 'left', area = person.area) =>
  createEvent(GroupMembershipChanged, {
    id: newId(at(second)),
    district: '350203',
    area,
    occurredAt: at(second),
    data: { personId: person.personId, area, group, change, attributes: {}, birthDate: person.birthDate, sex: person.sex },
  });

const moved = (person: PersonFacts, second: number, to: string) =>
  createEvent(PersonMoved, {
    id: newId(at(second)),
    district: '350203',
    area: to,
    occurredAt: at(second),
    data: { ...person, area: to, from: person.area, to, date: '2026-04-01' },
  });

const members = async (community: string, group: string) =>
  (await segmentMembers(deps(), { community, group }, { limit: 100 })).items.map((member) => member.personId).sort();

async function deliver(events: EventEnvelope[]) {
  return (await keepContacts(sqsBatch(events))).batchItemFailures;
}

beforeAll(async () => {
  await createServiceTables();
});

describe('keep-contacts applies a batch of events in a few transactions', () => {
  it('keeps an import’s contacts and segments in a few transactions, and a redelivery writes nothing', async () => {
    const community = '350203006051';
    const persons = Array.from({ length: 40 }, () => resident(`${community}-01`));
    const events = [
      ...persons.map((person, index) => registered(person, index)),
      ...persons.slice(0, 10).map((person, index) => membership(person, 100 + index, 'dibao', 'joined')),
    ];
    counting.reset();
    expect(await deliver(events)).toEqual([]);
    // A contact per person, and a membership and a segment item per group event.
    expect(counting.count).toEqual({ transactions: 1, transactionItems: 40 + 2 * 10, singleWrites: 0 });
    expect(await segmentSize(deps(), { community, group: 'dibao' })).toBe(10);
    expect(await contactOf(deps(), persons[39]?.personId as string)).toMatchObject({ name: persons[39]?.name, status: 'active' });

    counting.reset();
    expect(await deliver(events)).toEqual([]);
    expect(counting.count).toEqual({ transactions: 0, transactionItems: 0, singleWrites: 0 });
    expect(await segmentSize(deps(), { community, group: 'dibao' })).toBe(10);
  });

  it('folds one person’s events in order: a move takes every membership along, a late "joined" never undoes a "left"', async () => {
    const from = '350203006052';
    const to = '350203006053';
    const mover = resident(`${from}-01`);
    const leaver = resident(`${from}-01`);
    expect(
      await deliver([
        registered(mover, 1),
        membership(mover, 2, 'dibao', 'joined'),
        membership(mover, 3, 'disabled', 'joined'),
        registered(leaver, 1),
        membership(leaver, 5, 'dibao', 'left'),
        membership(leaver, 2, 'dibao', 'joined'),
      ]),
    ).toEqual([]);
    expect(await members(from, 'dibao')).toEqual([mover.personId]);
    expect(await members(from, 'disabled')).toEqual([mover.personId]);

    // The move and a later group event in one batch; the registration again, late, changes nothing.
    expect(
      await deliver([moved(mover, 10, `${to}-02`), membership(mover, 11, 'tekun', 'joined', `${to}-02`), registered(mover, 1)]),
    ).toEqual([]);
    expect(await members(from, 'dibao')).toEqual([]);
    expect(await members(from, 'disabled')).toEqual([]);
    expect(await members(to, 'dibao')).toEqual([mover.personId]);
    expect(await members(to, 'disabled')).toEqual([mover.personId]);
    expect(await members(to, 'tekun')).toEqual([mover.personId]);
    expect(await contactOf(deps(), mover.personId)).toMatchObject({ area: `${to}-02` });
  });

  it('fails an unreadable event alone, keeping the rest of its batch', async () => {
    const person = resident('350203006054-01');
    const broken = {
      ...membership(person, 2, 'dibao', 'joined'),
      data: { personId: person.personId },
    } as unknown as EventEnvelope;
    expect(await deliver([registered(person, 1), broken])).toEqual([{ itemIdentifier: broken.id }]);
    expect(await contactOf(deps(), person.personId)).toMatchObject({ name: person.name });
  });
});
