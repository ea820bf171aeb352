import {
  CertificateIssued,
  createEvent,
  type EventEnvelope,
  GroupMembershipChanged,
  PersonDeceased,
  type PersonFacts,
  PersonMoved,
  PersonRegistered,
} from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { sqsBatch } from '../../../test/support/events.ts';
import { createServiceTables } from '../../../test/support/tables.ts';
import { handler as countCertificates } from '../src/handlers/count-certificates.ts';
import { handler as countGroups, handler as countPersons } from '../src/handlers/count-registry.ts';
import { readCounter } from '../src/store/counters.ts';
import { defaultStatisticsDeps } from '../src/store/deps.ts';

const groups = (area: string) => readCounter(defaultStatisticsDeps(), area, 'GROUPS');
const at = (time: string) => new Date(`2026-${time}Z`);

const personFacts = (area: string): PersonFacts => ({
  personId: newId(),
  name: '陈建国',
  citizenIdMasked: '350203********0031',
  area,
  birthDate: '1955-04-01',
  sex: 'male',
  residence: 'registered',
});

function membership(
  person: PersonFacts,
  time: string,
  group: string,
  change: 'joined' | 'changed' | 'left',
  attributes: Record<string, unknown> = {},
  area = person.area,
): EventEnvelope {
  return createEvent(GroupMembershipChanged, {
    id: newId(at(time)),
    district: '350203',
    area,
    occurredAt: at(time),
    data: { personId: person.personId, area, group, change, attributes, birthDate: person.birthDate, sex: person.sex },
  });
}

const personEvent = (contract: Parameters<typeof createEvent>[0], time: string, data: Record<string, unknown>) =>
  createEvent(contract as never, {
    id: newId(at(time)),
    district: '350203',
    area: String(data.area),
    occurredAt: at(time),
    data: data as never,
  });

async function deliver(handler: typeof countGroups, ...events: EventEnvelope[]) {
  expect((await handler(sqsBatch(events))).batchItemFailures).toEqual([]);
}

beforeAll(async () => {
  await createServiceTables();
});

describe('special-group counters kept from membership events', () => {
  it('counts the disabled by category and grade as they join, change and leave, ignoring redeliveries', async () => {
    const grid = '350203006011-01';
    const person = personFacts(grid);
    const joined = membership(person, '01-01T01:00:00', 'disabled', 'joined', { category: 'limb', grade: 2, needs: [] });
    const changed = membership(person, '01-02T01:00:00', 'disabled', 'changed', { category: 'limb', grade: 1, needs: [] });
    await deliver(countGroups, joined, joined);
    expect(await groups('350203006011')).toEqual({
      disabled: 1,
      'disabled:limb': 1,
      'disabled:grade:2': 1,
      'disabled:limb:2': 1,
    });
    await deliver(countGroups, changed, joined);
    expect(await groups(grid)).toEqual({
      disabled: 1,
      'disabled:limb': 1,
      'disabled:grade:2': 0,
      'disabled:limb:2': 0,
      'disabled:grade:1': 1,
      'disabled:limb:1': 1,
    });
    const left = membership(person, '01-03T01:00:00', 'disabled', 'left', { category: 'limb', grade: 1 });
    await deliver(countGroups, left, changed, joined, left);
    expect(await groups('350203')).toMatchObject({
      disabled: 0,
      'disabled:limb': 0,
      'disabled:grade:1': 0,
      'disabled:limb:1': 0,
    });
  });

  it('counts members where the person lives, moving their memberships with them and dropping them at death', async () => {
    const first = '350203006012-01';
    const second = '350203006013-02';
    const person = personFacts(first);
    // The group event arrives before the person's registration, naming the grid the registry had then.
    await deliver(countGroups, membership(person, '01-05T01:00:00', 'dibao', 'joined', { householdId: 'h1' }));
    expect(await groups(first)).toEqual({ dibao: 1 });
    await deliver(countPersons, personEvent(PersonRegistered, '01-04T01:00:00', person));
    expect(await groups(first)).toEqual({ dibao: 1 });
    // The registry moves memberships without a group event: the person's move carries them.
    await deliver(
      countPersons,
      personEvent(PersonMoved, '01-06T01:00:00', { ...person, area: second, from: first, to: second, date: '2026-01-06' }),
    );
    expect(await groups('350203006012')).toEqual({ dibao: 0 });
    expect(await groups(second)).toEqual({ dibao: 1 });
    // A late group event still naming the old grid counts where the person is now.
    await deliver(countGroups, membership(person, '01-07T01:00:00', 'unemployed', 'joined', { registered: true }, first));
    expect(await groups(first)).toEqual({ dibao: 0 });
    expect(await groups('350203006013')).toEqual({ dibao: 1, unemployed: 1 });
    await deliver(
      countPersons,
      personEvent(PersonDeceased, '01-08T01:00:00', { ...person, area: second, dateOfDeath: '2026-01-08' }),
    );
    expect(await groups('350203006')).toMatchObject({ dibao: 0, unemployed: 0 });
  });

  it('counts left-behind people per village, each person once whatever their groups', async () => {
    const village = '350203006014';
    const grandmother = personFacts(`${village}-01`);
    const child = personFacts(`${village}-02`);
    await deliver(
      countGroups,
      membership(grandmother, '01-10T01:00:00', 'left-behind-woman', 'joined'),
      membership(grandmother, '01-10T01:00:01', 'left-behind-elderly', 'joined'),
      membership(child, '01-10T01:00:02', 'left-behind-child', 'joined'),
    );
    expect(await groups(village)).toEqual({
      'left-behind-woman': 1,
      'left-behind-elderly': 1,
      'left-behind-child': 1,
      'left-behind': 2,
    });
    await deliver(countGroups, membership(grandmother, '01-11T01:00:00', 'left-behind-woman', 'left'));
    expect(await groups(village)).toEqual({
      'left-behind-woman': 0,
      'left-behind-elderly': 1,
      'left-behind-child': 1,
      'left-behind': 2,
    });
    await deliver(countGroups, membership(grandmother, '01-12T01:00:00', 'left-behind-elderly', 'left'));
    expect(await groups(village)).toMatchObject({ 'left-behind': 1 });
  });
});

describe('certificates issued', () => {
  it('counts each certificate once, by type, in the month of issue in Shanghai', async () => {
    const grid = '350203006015-01';
    const issued = (time: string, type: 'senior-preferential' | 'only-child') =>
      createEvent(CertificateIssued, {
        id: newId(new Date(time)),
        district: '350203',
        area: grid,
        occurredAt: new Date(time),
        data: { certificateId: newId(), personId: newId(), area: grid, type, number: 'LY-2026-0001', issuedAt: time },
      });
    // 17:00 UTC on 31 March is already 1 April in Shanghai.
    const late = issued('2026-03-31T17:00:00.000Z', 'senior-preferential');
    await deliver(countCertificates, late, issued('2026-04-02T02:00:00.000Z', 'only-child'), late);
    await deliver(countCertificates, late);
    const april = { 'certificates:issued': 2, 'certificates:senior-preferential': 1, 'certificates:only-child': 1 };
    expect(await readCounter(defaultStatisticsDeps(), grid, 'FLOW#2026-04')).toEqual(april);
    expect(await readCounter(defaultStatisticsDeps(), '350203006', 'FLOW#2026-04')).toEqual(april);
    expect(await readCounter(defaultStatisticsDeps(), grid, 'FLOW#2026-03')).toEqual({});
  });
});
