import { beforeAll, describe, expect, it } from 'vitest';
import { handler as applyToMutualAid } from '../src/handlers/apply-to-mutual-aid.ts';
import { handler as decideApplication } from '../src/handlers/decide-mutual-aid-application.ts';
import { handler as getYear } from '../src/handlers/get-mutual-aid-year.ts';
import { handler as grantAward } from '../src/handlers/grant-mutual-aid-award.ts';
import { handler as listLegalAdvisors } from '../src/handlers/list-legal-advisors.ts';
import { handler as listActivities } from '../src/handlers/list-mutual-aid-activities.ts';
import { handler as recordActivity } from '../src/handlers/record-mutual-aid-activity.ts';
import { handler as registerUnit } from '../src/handlers/register-unit.ts';
import { handler as setLegalAdvisor } from '../src/handlers/set-legal-advisor.ts';
import { defaultRegistryDeps } from '../src/store/deps.ts';
import { seedDistrictAreas } from '../src/store/places.ts';
import { call, claimsFor, createServiceTables } from './support.ts';

const community = '350203006029';
const neighbour = '350203006002';
const third = '350203006003';
const worker = claimsFor('community-worker', [community]);
const staff = claimsFor('subdistrict-staff', ['350203006']);
const divisions = {
  findDistrict: () => ({ code: '350203', name: '思明区' }),
  subdistrictsOf: () => [{ code: '350203006', name: '鹭江街道' }],
  communitiesOf: () => [
    { code: neighbour, name: '营平社区居委会' },
    { code: third, name: '大同社区居委会' },
    { code: community, name: '小学社区居委会' },
  ],
};

let names = 0;
async function unit(area = community): Promise<{ id: string; name: string }> {
  const answer = await call(registerUnit, 'POST', '/registry/units', {
    body: { name: `鹭江第${++names}物业公司`, kind: 'enterprise', area },
    claims: claimsFor('community-worker', [area]),
  });
  expect(answer.status, JSON.stringify(answer.json)).toBe(201);
  return answer.json;
}

async function applied(unitId: string, decision?: 'approved' | 'rejected') {
  const application = await call(applyToMutualAid, 'POST', '/registry/mutual-aid/applications', {
    body: { unitId, statement: '愿开放食堂办养老助残餐桌' },
    claims: worker,
  });
  expect(application.status).toBe(201);
  if (decision) {
    const decided = await call(decideApplication, 'POST', '/registry/mutual-aid/applications/{id}/decision', {
      params: { id: application.json.id },
      body: { decision, reason: '理事会审议', version: 1 },
      claims: worker,
    });
    expect(decided.status).toBe(200);
  }
}

const record = (body: Record<string, unknown>, claims = worker) =>
  call(recordActivity, 'POST', '/registry/mutual-aid/activities', { body: { community, ...body }, claims });

beforeAll(async () => {
  await createServiceTables();
  await seedDistrictAreas(defaultRegistryDeps(), '350203', divisions);
});

describe('the mutual-aid association’s year', () => {
  it('counts the year’s applications, activities held and the units that took part', async () => {
    const units = [await unit(), await unit(), await unit(), await unit()];
    await applied(units[0]!.id, 'approved');
    await applied(units[1]!.id, 'approved');
    await applied(units[2]!.id, 'rejected');
    await applied(units[3]!.id);
    const ids = (...indexes: number[]) => indexes.map((index) => units[index]!.id);

    expect((await record({ title: '企业税务政策讲座', kind: 'training', heldOn: '2026-03-12', unitIds: ids(0, 1) })).status).toBe(
      201,
    );
    expect((await record({ title: '会员沙龙', kind: 'salon', heldOn: '2026-05-20', unitIds: ids(0, 2) })).status).toBe(201);
    const culture = await record({
      title: '中秋联谊会',
      kind: 'culture',
      heldOn: '2026-09-18',
      unitIds: ids(0),
      note: '文体联谊',
    });
    expect(culture.status).toBe(201);
    expect(culture.json).toMatchObject({ kindLabel: '文体联谊', units: [{ unitId: units[0]!.id, unitName: units[0]!.name }] });
    expect((await record({ title: '往年沙龙', kind: 'salon', heldOn: '2025-11-02', unitIds: ids(1) })).status).toBe(201);
    const award = await call(grantAward, 'POST', '/registry/mutual-aid/awards', {
      body: { year: 2026, unitId: units[0]!.id, title: '优秀会员单位' },
      claims: worker,
    });
    expect(award.status).toBe(201);

    const year = await call(getYear, 'GET', '/registry/mutual-aid/years/{year}', {
      params: { year: '2026' },
      query: { area: community },
      claims: worker,
    });
    expect(year.status, JSON.stringify(year.json)).toBe(200);
    expect(year.json).toMatchObject({
      community,
      communityName: '小学社区居委会',
      year: 2026,
      members: 2,
      activities: 3,
      participatingUnits: 3,
      awards: 1,
    });
    expect(year.json.applications).toEqual({ submitted: 4, approved: 2, rejected: 1, pending: 1 });
    expect(year.json.units[0]).toEqual({ unitId: units[0]!.id, unitName: units[0]!.name, activities: 3 });
    expect(year.json.activitiesByKind).toContainEqual({ kind: 'salon', label: '会员沙龙', count: 1 });

    const list = await call(listActivities, 'GET', '/registry/mutual-aid/activities', {
      query: { area: community, year: '2026' },
      claims: claimsFor('unit', [community]),
    });
    expect(list.status).toBe(200);
    expect(list.json.items.map((activity: { heldOn: string }) => activity.heldOn)).toEqual([
      '2026-09-18',
      '2026-05-20',
      '2026-03-12',
    ]);
  });

  it('puts a unit from elsewhere, an unknown unit or no unit at the field, and keeps other communities out', async () => {
    const outsider = await unit(neighbour);
    const elsewhere = await record({ title: '联谊', kind: 'culture', heldOn: '2026-06-01', unitIds: [outsider.id] });
    expect(elsewhere.status).toBe(422);
    expect(JSON.stringify(elsewhere.json.errors)).toContain('不是本社区的辖内单位');
    const unknown = await record({ title: '联谊', kind: 'culture', heldOn: '2026-06-01', unitIds: ['0000000000000000000x'] });
    expect(unknown.status).toBe(422);
    expect((await record({ title: '联谊', kind: 'culture', heldOn: '2026-06-01', unitIds: [] })).status).toBe(422);
    const foreign = await record(
      { title: '联谊', kind: 'culture', heldOn: '2026-06-01', unitIds: [outsider.id] },
      claimsFor('community-worker', [neighbour]),
    );
    expect(foreign.status).toBe(403);
    const read = await call(getYear, 'GET', '/registry/mutual-aid/years/{year}', {
      params: { year: '2026' },
      query: { area: community },
      claims: claimsFor('community-worker', [neighbour]),
    });
    expect(read.status).toBe(403);
  });
});

describe('legal advisors of a sub-district', () => {
  it('lists each lawyer with the communities they cover, and the communities without one', async () => {
    const lawyer = { name: '孔律师', firm: '山东众成清泰律师事务所', phone: '0537-2345678' };
    for (const [target, hours] of [
      [community, '每周三下午'],
      [neighbour, '每周五上午'],
    ] as const) {
      const set = await call(setLegalAdvisor, 'PUT', '/registry/communities/{community}/legal-advisor', {
        params: { community: target },
        body: { ...lawyer, serviceHours: hours },
        claims: staff,
      });
      expect(set.status, JSON.stringify(set.json)).toBe(200);
    }
    const answer = await call(listLegalAdvisors, 'GET', '/registry/legal-advisors', {
      query: { area: '350203006' },
      claims: staff,
    });
    expect(answer.status, JSON.stringify(answer.json)).toBe(200);
    expect(answer.json).toMatchObject({ areaName: '鹭江街道', communities: 3, covered: 2 });
    expect(answer.json.advisors).toEqual([
      {
        ...lawyer,
        communities: [
          { community: neighbour, name: '营平社区居委会', serviceHours: '每周五上午' },
          { community, name: '小学社区居委会', serviceHours: '每周三下午' },
        ],
      },
    ]);
    expect(answer.json.uncovered).toEqual([{ community: third, name: '大同社区居委会' }]);

    const own = await call(listLegalAdvisors, 'GET', '/registry/legal-advisors', { query: { area: community }, claims: worker });
    expect(own.json).toMatchObject({ communities: 1, covered: 1 });
    expect(
      (await call(listLegalAdvisors, 'GET', '/registry/legal-advisors', { query: { area: '350203006' }, claims: worker })).status,
    ).toBe(403);
    expect(
      (await call(listLegalAdvisors, 'GET', '/registry/legal-advisors', { query: { area: `${community}-01` }, claims: worker }))
        .status,
    ).toBe(422);
  });
});
