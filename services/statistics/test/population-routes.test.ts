import { createEvent, type EventEnvelope, GroupMembershipChanged, type PersonFacts, PersonRegistered } from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { sqsBatch } from '../../../test/support/events.ts';
import { call, claimsFor } from '../../../test/support/http.ts';
import { createServiceTables } from '../../../test/support/tables.ts';
import { handler as countGroups, handler as countPersons } from '../src/handlers/count-registry.ts';
import { createHandler as getDisabledAt } from '../src/handlers/get-disabled.ts';
import { createHandler as getGroupsAt } from '../src/handlers/get-groups.ts';
import { createHandler as getPopulationAt } from '../src/handlers/get-population.ts';
import { defaultStatisticsDeps } from '../src/store/deps.ts';
import { compileDisabledTable, compilePopulationTable } from '../src/store/population-report.ts';

const community = '350203006029';
const admin = claimsFor('district-admin', ['350203']);
/** 00:30 on 15 June in Shanghai (still 14 June in UTC): ages are counted on the Shanghai day. */
const depsAt = (instant: string) => () => ({ ...defaultStatisticsDeps(), now: () => new Date(instant) });
const june15 = depsAt('2026-06-14T16:30:00Z');
const population = (day: () => ReturnType<ReturnType<typeof depsAt>>, area: string, claims = admin) =>
  call(getPopulationAt(day), 'GET', '/statistics/population', { claims, query: { area } });

const person = (area: string, sex: 'male' | 'female', birthDate: string, residence: 'registered' | 'migrant'): PersonFacts => ({
  personId: newId(),
  name: `居民${birthDate}`,
  citizenIdMasked: '350203********0042',
  area,
  birthDate,
  sex,
  residence,
});
const registered = (facts: PersonFacts) =>
  createEvent(PersonRegistered, {
    id: newId(),
    district: '350203',
    area: facts.area,
    occurredAt: new Date('2026-01-01T00:00:00Z'),
    data: facts,
  });

/** The seed's 63 disabled residents: 29 limb, 11 intellectual, 4 visual, 8 hearing, 11 mental; grades spread 1–4. */
const seedDisabled = [
  ...Array.from({ length: 29 }, () => 'limb'),
  ...Array.from({ length: 11 }, () => 'intellectual'),
  ...Array.from({ length: 4 }, () => 'visual'),
  ...Array.from({ length: 8 }, () => 'hearing'),
  ...Array.from({ length: 11 }, () => 'mental'),
].map((category, index) => ({ category, grade: (index % 4) + 1, grid: `${community}-0${(index % 2) + 1}` }));

async function deliver(handler: typeof countPersons, events: EventEnvelope[]) {
  expect((await handler(sqsBatch(events))).batchItemFailures).toEqual([]);
}

beforeAll(async () => {
  await createServiceTables();
  await deliver(countPersons, [
    registered(person(`${community}-01`, 'female', '2011-06-15', 'registered')),
    registered(person(`${community}-01`, 'female', '2011-06-16', 'migrant')),
    registered(person(`${community}-02`, 'female', '1976-06-16', 'registered')),
    registered(person(`${community}-02`, 'male', '1966-06-15', 'registered')),
    registered(person('350203006004', 'female', '1946-06-16', 'migrant')),
  ]);
  await deliver(
    countGroups,
    seedDisabled.map(({ category, grade, grid }) =>
      createEvent(GroupMembershipChanged, {
        id: newId(),
        district: '350203',
        area: grid,
        data: {
          personId: newId(),
          area: grid,
          group: 'disabled',
          change: 'joined',
          attributes: { category, grade },
          birthDate: '1970-01-01',
          sex: 'male',
        },
      }),
    ),
  );
  await deliver(countGroups, [
    createEvent(GroupMembershipChanged, {
      id: newId(),
      district: '350203',
      area: `${community}-02`,
      data: {
        personId: newId(),
        area: `${community}-02`,
        group: 'left-behind-child',
        change: 'joined',
        attributes: {},
        birthDate: '2016-01-01',
        sex: 'female',
      },
    }),
  ]);
}, 60_000);

describe('GET /statistics/population', () => {
  it('gives the totals and the ages on the day asked, with each community of the sub-district', async () => {
    const response = await population(june15, '350203006');
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({
      area: '350203006',
      name: '鹭江街道',
      asOf: '2026-06-15',
      total: 5,
      registered: 3,
      migrant: 2,
      male: 1,
      female: 4,
      women15to49: 2,
      elderly60plus: 2,
      elderly80plus: 0,
    });
    const children = response.json.children as { area: string; name: string; total: number }[];
    expect(children.find((child) => child.area === community)).toMatchObject({
      name: '小学社区居委会',
      total: 4,
      women15to49: 2,
      elderly60plus: 1,
    });
    expect(children.find((child) => child.area === '350203006004')).toMatchObject({
      name: '大同社区居委会',
      total: 1,
      migrant: 1,
      elderly60plus: 1,
    });
    // Communities with nobody counted yet are listed with zeros, so the table has every community.
    expect(children.find((child) => child.area === '350203006002')).toMatchObject({ name: '营平社区居委会', total: 0 });
  });

  it('keeps the age figures right across birthdays without any event', async () => {
    const before = (await population(depsAt('2026-06-13T16:30:00Z'), '350203006')).json;
    const after = (await population(depsAt('2026-06-15T16:30:00Z'), '350203006')).json;
    expect(before).toMatchObject({ asOf: '2026-06-14', women15to49: 1, elderly60plus: 1, elderly80plus: 0 });
    expect(after).toMatchObject({ asOf: '2026-06-16', women15to49: 2, elderly60plus: 2, elderly80plus: 1 });
  });

  it('drills down from a community to its grids, named by code', async () => {
    const response = await population(june15, community, claimsFor('community-worker', [community]));
    expect(response.json).toMatchObject({ name: '小学社区居委会', total: 4, registered: 3, migrant: 1 });
    expect(response.json.children).toEqual([
      expect.objectContaining({ area: `${community}-01`, name: `${community}-01`, total: 2, women15to49: 1, elderly60plus: 0 }),
      expect.objectContaining({ area: `${community}-02`, name: `${community}-02`, total: 2, women15to49: 1, elderly60plus: 1 }),
    ]);
  });

  it('answers only within the caller’s areas and refuses a malformed area', async () => {
    const gridWorker = claimsFor('grid-worker', [`${community}-01`]);
    expect((await population(june15, community, gridWorker)).status).toBe(403);
    expect((await population(june15, `${community}-01`, gridWorker)).json).toMatchObject({ total: 2, children: [] });
    const bad = await population(june15, '35020');
    expect(bad.status).toBe(422);
    expect(bad.json.errors).toContainEqual({ field: 'query.area', message: expect.stringMatching(/地区代码/) });
    expect((await population(june15, community, claimsFor('resident', [community]))).status).toBe(403);
  });
});

describe('GET /statistics/groups and /statistics/disabled', () => {
  it('lists special groups per child area, left-behind people per village', async () => {
    const response = await call(getGroupsAt(june15), 'GET', '/statistics/groups', {
      claims: admin,
      query: { area: '350203006' },
    });
    expect(response.status).toBe(200);
    expect(response.json.groups).toContainEqual({ group: 'disabled', label: '残疾人', members: 63 });
    expect(response.json.groups).toContainEqual({ group: 'left-behind-child', label: '留守儿童', members: 1 });
    expect(response.json.leftBehind).toBe(1);
    const village = response.json.children.find((child: { area: string }) => child.area === community);
    expect(village).toMatchObject({
      name: '小学社区居委会',
      leftBehind: 1,
      groups: expect.objectContaining({ disabled: 63, dibao: 0 }),
    });
  });

  it('crosses category and grade with totals, per grid', async () => {
    const response = await call(getDisabledAt(june15), 'GET', '/statistics/disabled', {
      claims: admin,
      query: { area: community },
    });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({
      total: 63,
      byCategory: { limb: 29, intellectual: 11, visual: 4, hearing: 8, mental: 11, speech: 0, multiple: 0 },
      byGrade: { 1: 16, 2: 16, 3: 16, 4: 15 },
    });
    const limb = response.json.categories.find((row: { category: string }) => row.category === 'limb');
    expect(limb).toEqual({ category: 'limb', label: '肢体残疾', total: 29, byGrade: { 1: 8, 2: 7, 3: 7, 4: 7 } });
    const grids = response.json.children as { area: string; total: number }[];
    expect(grids.map((grid) => [grid.area, grid.total])).toEqual([
      [`${community}-01`, 32],
      [`${community}-02`, 31],
    ]);
  });
});

describe('report tables for the monthly snapshots', () => {
  it('compiles the population table with a row per grid and the community as totals', async () => {
    const table = await compilePopulationTable(june15(), community, '2026-06-15');
    expect(table).toMatchObject({
      kind: 'population',
      title: '人口统计表',
      areaName: '小学社区居委会',
      period: '2026-06',
      asOf: '2026-06-15',
    });
    expect(table.columns.map((column) => column.key)).toEqual([
      'total',
      'registered',
      'migrant',
      'male',
      'female',
      'women15to49',
      'elderly60plus',
      'elderly80plus',
    ]);
    expect(table.totals).toEqual({
      total: 4,
      registered: 3,
      migrant: 1,
      male: 1,
      female: 3,
      women15to49: 2,
      elderly60plus: 1,
      elderly80plus: 0,
    });
    expect(table.columns.at(-1)?.label).toBe('80 岁以上高龄老人');
    expect(table.rows.map((row) => row.values.total)).toEqual([2, 2]);
  });

  it('compiles the disabled table by category and grade', async () => {
    const table = await compileDisabledTable(june15(), community, '2026-06-30');
    expect(table).toMatchObject({ kind: 'disabled', title: '残疾人统计表', period: '2026-06' });
    expect(table.totals).toMatchObject({
      total: 63,
      limb: 29,
      intellectual: 11,
      visual: 4,
      hearing: 8,
      mental: 11,
      grade1: 16,
      grade4: 15,
    });
    const sum = (key: string) => table.rows.reduce((total, row) => total + (row.values[key] ?? 0), 0);
    for (const column of table.columns) expect(sum(column.key)).toBe(table.totals[column.key]);
  });
});
