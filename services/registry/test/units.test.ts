import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { sharedDocumentClient } from '@shequ/ddb';
import { tableOf } from '@shequ/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { outboxEvents } from '../../../test/support/outbox.ts';
import { handler as applyToMutualAid } from '../src/handlers/apply-to-mutual-aid.ts';
import { handler as decideApplication } from '../src/handlers/decide-mutual-aid-application.ts';
import { handler as defineGrid } from '../src/handlers/define-grid.ts';
import { handler as getLegalAdvisor } from '../src/handlers/get-legal-advisor.ts';
import { handler as getUnit } from '../src/handlers/get-unit.ts';
import { handler as grantAward } from '../src/handlers/grant-mutual-aid-award.ts';
import { handler as listAgreements } from '../src/handlers/list-agreements.ts';
import { handler as listApplications } from '../src/handlers/list-mutual-aid-applications.ts';
import { handler as listAwards } from '../src/handlers/list-mutual-aid-awards.ts';
import { handler as listMembers } from '../src/handlers/list-mutual-aid-members.ts';
import { handler as listOffers } from '../src/handlers/list-mutual-aid-offers.ts';
import { handler as listUnits } from '../src/handlers/list-units.ts';
import { handler as postOffer } from '../src/handlers/post-mutual-aid-offer.ts';
import { handler as registerUnit } from '../src/handlers/register-unit.ts';
import { handler as setLegalAdvisor } from '../src/handlers/set-legal-advisor.ts';
import { handler as signAgreement } from '../src/handlers/sign-agreement.ts';
import { handler as updateUnit } from '../src/handlers/update-unit.ts';
import { defaultRegistryDeps } from '../src/store/deps.ts';
import { seedDistrictAreas } from '../src/store/places.ts';
import { call, claimsFor, createServiceTables } from './support.ts';

const community = '350203006029';
const neighbour = '350203006002';
const worker = claimsFor('community-worker', [community]);
const otherWorker = claimsFor('community-worker', [neighbour]);
const gridWorker = claimsFor('grid-worker', [`${community}-01`]);
const unitAccount = claimsFor('unit', [community]);

// A slice of the real division data is enough here; places.test.ts seeds the whole district.
const divisions = {
  findDistrict: () => ({ code: '350203', name: '思明区' }),
  subdistrictsOf: () => [{ code: '350203006', name: '鹭江街道' }],
  communitiesOf: () => [
    { code: neighbour, name: '营平社区居委会' },
    { code: community, name: '小学社区居委会' },
  ],
};

let names = 0;
const unitBody = (overrides: Record<string, unknown> = {}) => ({
  name: `思明第${++names}中学`,
  kind: 'school',
  area: `${community}-01`,
  address: '公园南路 1 号',
  contactName: '黄老师',
  contactPhone: '13600003333',
  ...overrides,
});
const register = (body: unknown, claims = worker) => call(registerUnit, 'POST', '/registry/units', { body, claims });
const patchUnit = (id: string, body: unknown, claims = worker) =>
  call(updateUnit, 'PATCH', '/registry/units/{id}', { params: { id }, body, claims });
const apply = (unitId: string, claims = unitAccount) =>
  call(applyToMutualAid, 'POST', '/registry/mutual-aid/applications', {
    body: { unitId, statement: '愿提供场地和志愿者，参与社区共建' },
    claims,
  });
const decide = (id: string, body: unknown, claims = worker) =>
  call(decideApplication, 'POST', '/registry/mutual-aid/applications/{id}/decision', { params: { id }, body, claims });

/** A registered unit that the council has admitted. */
async function memberUnit(): Promise<{ id: string; name: string }> {
  const unit = (await register(unitBody({ kind: 'enterprise' }))).json;
  const application = (await apply(unit.id)).json;
  expect((await decide(application.id, { decision: 'approved', reason: '符合章程', version: 1 })).status).toBe(200);
  return unit;
}

beforeAll(async () => {
  await createServiceTables();
  await seedDistrictAreas(defaultRegistryDeps(), '350203', divisions);
  for (const number of [1, 2]) {
    const grid = await call(defineGrid, 'POST', '/registry/communities/{community}/grids', {
      params: { community },
      body: { number, focus: 'units' },
      claims: worker,
    });
    expect(grid.status).toBe(201);
  }
});

describe('units', () => {
  it('registers a unit with its contact phone encrypted and masked, and a UnitRegistered event', async () => {
    const response = await register(unitBody({ name: '厦门市第一医院', kind: 'hospital' }));
    expect(response.status).toBe(201);
    expect(response.json).toMatchObject({
      name: '厦门市第一医院',
      kind: 'hospital',
      kindLabel: '医院',
      area: `${community}-01`,
      contactName: '黄老师',
      contactPhone: '136****3333',
      version: 1,
    });
    const stored = await sharedDocumentClient().send(
      new GetCommand({ TableName: tableOf('registry'), Key: { pk: `UNIT#${response.json.id}`, sk: 'UNIT' } }),
    );
    expect(JSON.stringify(stored.Item)).not.toContain('13600003333');
    expect((await outboxEvents('registry', 'UnitRegistered')).map((event) => event.data)).toContainEqual({
      unitId: response.json.id,
      area: `${community}-01`,
      name: '厦门市第一医院',
      kind: 'hospital',
    });
  });

  it('answers a retried registration with the first answer, registering once', async () => {
    const body = unitBody();
    const headers = { 'idempotency-key': `unit-retry-${names}` };
    const first = await call(registerUnit, 'POST', '/registry/units', { body, claims: worker, headers });
    const retry = await call(registerUnit, 'POST', '/registry/units', { body, claims: worker, headers });
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json.id).toBe(first.json.id);
    expect((await outboxEvents('registry', 'UnitRegistered')).filter((event) => event.data.name === body.name)).toHaveLength(1);
  });

  it('keeps names unique within a community only', async () => {
    const body = unitBody({ name: '鹭江道小学' });
    expect((await register(body)).status).toBe(201);
    const again = await register({ ...body, area: community });
    expect(again.status).toBe(409);
    expect(again.json.code).toBe('unit-name-taken');
    expect((await register({ ...body, area: neighbour }, otherWorker)).status).toBe(201);
  });

  it('refuses unknown areas, undefined grids, bad kinds, other communities and grid workers', async () => {
    const unknown = await register(unitBody({ area: '350203006099' }), claimsFor('district-admin', ['350203']));
    expect(unknown.status).toBe(422);
    expect(unknown.json.errors).toEqual([{ field: 'body.area', message: '本区没有社区或网格 350203006099' }]);
    expect((await register(unitBody({ area: `${community}-42` }))).status).toBe(422);
    expect((await register(unitBody({ kind: 'bank' }))).status).toBe(422);
    expect((await register(unitBody({ area: '350203006' }))).status).toBe(422);
    expect((await register(unitBody(), otherWorker)).status).toBe(403);
    expect((await register(unitBody(), gridWorker)).status).toBe(403);
  });

  it('lists units by name, prefix, kind and grid, page by page, to readers of the community', async () => {
    await register(unitBody({ name: '营平派出所', kind: 'agency', area: `${community}-02` }));
    await register(unitBody({ name: '营平卫生服务站', kind: 'hospital', area: `${community}-02` }));
    const list = (query: Record<string, string>, claims = gridWorker) =>
      call(listUnits, 'GET', '/registry/units', { query, claims });

    const byPrefix = await list({ area: community, name: '营平' });
    expect(byPrefix.status).toBe(200);
    expect(byPrefix.json.items.map((unit: { name: string }) => unit.name)).toEqual(['营平卫生服务站', '营平派出所']);
    const agencies = await list({ area: community, kind: 'agency' });
    expect(agencies.json.items.map((unit: { name: string }) => unit.name)).toEqual(['营平派出所']);
    const inGrid = await list({ area: `${community}-02` });
    expect(inGrid.json.items).toHaveLength(2);

    const first = await list({ area: community, name: '营平', limit: '1' });
    expect(first.json.items).toHaveLength(1);
    const second = await list({ area: community, name: '营平', limit: '1', cursor: first.json.cursor });
    expect(second.json.items[0].name).toBe('营平派出所');

    expect((await list({ area: community }, unitAccount)).status).toBe(200);
    expect((await list({ area: community }, otherWorker)).status).toBe(403);
    expect((await list({ area: community, cursor: 'garbage' })).status).toBe(400);
  });

  it('shows a unit to readers of its community only', async () => {
    const unit = (await register(unitBody())).json;
    const get = (id: string, claims: Record<string, unknown>) =>
      call(getUnit, 'GET', '/registry/units/{id}', { params: { id }, claims });
    expect((await get(unit.id, gridWorker)).json).toMatchObject({ id: unit.id, contactPhone: '136****3333' });
    expect((await get(unit.id, otherWorker)).status).toBe(403);
    expect((await get('0000000000000000000', worker)).status).toBe(404);
    expect((await get('NOT-AN-ID', worker)).status).toBe(422);
  });

  it('updates at the read version: rename, move between its grids, clear the contact', async () => {
    const unit = (await register(unitBody({ name: '旧名单位' }))).json;
    const changed = await patchUnit(unit.id, { version: 1, name: '新名单位', area: `${community}-02`, contactPhone: null });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({ name: '新名单位', area: `${community}-02`, version: 2 });
    expect(changed.json.contactPhone).toBeUndefined();
    expect((await register(unitBody({ name: '旧名单位' }))).status).toBe(201);

    const moved = await patchUnit(unit.id, { version: 2, area: neighbour });
    expect(moved.status).toBe(422);
    expect(moved.json.errors[0].field).toBe('body.area');
    expect((await patchUnit(unit.id, { version: 1, name: '过期' })).status).toBe(409);
    expect((await patchUnit(unit.id, { version: 2, name: '越权' }, otherWorker)).status).toBe(403);
    const results = await Promise.all([
      patchUnit(unit.id, { version: 2, kind: 'other' }),
      patchUnit(unit.id, { version: 2, kind: 'agency' }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual([200, 409]);
  });
});

describe('co-building agreements', () => {
  it('records agreements with their commitments and tells active from expired', async () => {
    const unit = (await register(unitBody())).json;
    const sign = (body: unknown) =>
      call(signAgreement, 'POST', '/registry/units/{id}/agreements', { params: { id: unit.id }, body, claims: worker });
    const old = await sign({ signedOn: '2019-01-01', validUntil: '2020-12-31', commitments: { jobOpenings: 10 } });
    expect(old.status).toBe(201);
    expect(old.json.status).toBe('expired');
    const current = await sign({
      signedOn: '2024-01-01',
      validUntil: '2099-12-31',
      commitments: { jobOpenings: 12, featureCoursesPerQuarter: 1, venues: ['学校操场', '多功能厅'] },
    });
    expect(current.json).toMatchObject({ status: 'active', commitments: { jobOpenings: 12, featureCoursesPerQuarter: 1 } });

    const listed = await call(listAgreements, 'GET', '/registry/units/{id}/agreements', {
      params: { id: unit.id },
      claims: unitAccount,
    });
    expect(listed.json.items.map((agreement: { status: string }) => agreement.status)).toEqual(['active', 'expired']);

    const backwards = await sign({ signedOn: '2024-01-01', validUntil: '2023-12-31' });
    expect(backwards.status).toBe(422);
    expect(backwards.json.errors).toEqual([{ field: 'body.validUntil', message: '协议有效期须晚于签订日期' }]);
    expect((await sign({ signedOn: '2024-13-01', validUntil: '2025-01-01' })).status).toBe(422);
  });
});

describe('mutual-aid association', () => {
  it('takes one application at a time, decided once by the council, with an event', async () => {
    const unit = (await register(unitBody())).json;
    const application = await apply(unit.id);
    expect(application.status).toBe(201);
    expect(application.json).toMatchObject({ unitId: unit.id, status: 'pending', version: 1 });
    const twice = await apply(unit.id);
    expect(twice.status).toBe(409);
    expect(twice.json.code).toBe('application-pending');

    expect((await decide(application.json.id, { decision: 'approved', reason: '同意', version: 1 }, gridWorker)).status).toBe(
      403,
    );
    expect((await decide(application.json.id, { decision: 'approved', reason: '同意', version: 1 }, otherWorker)).status).toBe(
      403,
    );
    expect((await decide(application.json.id, { decision: 'maybe', reason: '', version: 1 })).status).toBe(422);

    const approved = await decide(application.json.id, { decision: 'approved', reason: '理事会一致同意', version: 1 });
    expect(approved.status).toBe(200);
    expect(approved.json).toMatchObject({ status: 'approved', reason: '理事会一致同意', version: 2 });
    const again = await decide(application.json.id, { decision: 'rejected', reason: '改主意', version: 2 });
    expect(again.status).toBe(409);
    expect(again.json.code).toBe('application-decided');

    const member = await call(getUnit, 'GET', '/registry/units/{id}', { params: { id: unit.id }, claims: worker });
    expect(member.json).toMatchObject({ mutualAid: 'member', version: 3 });
    expect(member.json.memberSince).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const alreadyMember = await apply(unit.id);
    expect(alreadyMember.status).toBe(409);
    expect(alreadyMember.json.code).toBe('already-member');
    expect((await outboxEvents('registry', 'MutualAidApplicationDecided')).map((event) => event.data)).toContainEqual({
      applicationId: application.json.id,
      unitId: unit.id,
      area: `${community}-01`,
      decision: 'approved',
    });
  });

  it('lets a rejected unit apply again, and lists applications by status', async () => {
    const unit = (await register(unitBody())).json;
    const first = (await apply(unit.id)).json;
    expect((await decide(first.id, { decision: 'rejected', reason: '材料不全', version: 1 })).json.status).toBe('rejected');
    expect(
      (await call(getUnit, 'GET', '/registry/units/{id}', { params: { id: unit.id }, claims: worker })).json.mutualAid,
    ).toBeUndefined();
    const second = await apply(unit.id);
    expect(second.status).toBe(201);

    const pending = await call(listApplications, 'GET', '/registry/mutual-aid/applications', {
      query: { area: community, status: 'pending' },
      claims: worker,
    });
    expect(pending.json.items.map((application: { id: string }) => application.id)).toContain(second.json.id);
    expect(pending.json.items.every((application: { status: string }) => application.status === 'pending')).toBe(true);
  });

  it('lets only one of two racing decisions win, and refuses a stale version', async () => {
    const unit = (await register(unitBody())).json;
    const application = (await apply(unit.id)).json;
    expect((await decide(application.id, { decision: 'approved', reason: '旧版本', version: 2 })).status).toBe(409);
    const results = await Promise.all([
      decide(application.id, { decision: 'approved', reason: '同意', version: 1 }),
      decide(application.id, { decision: 'rejected', reason: '不同意', version: 1 }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual([200, 409]);
    const events = (await outboxEvents('registry', 'MutualAidApplicationDecided')).filter(
      (event) => event.data.applicationId === application.id,
    );
    expect(events).toHaveLength(1);
  });

  it('lists members by name', async () => {
    const unit = await memberUnit();
    const members = await call(listMembers, 'GET', '/registry/mutual-aid/members', {
      query: { area: community },
      claims: unitAccount,
    });
    expect(members.status).toBe(200);
    expect(members.json.items.map((member: { id: string }) => member.id)).toContain(unit.id);
    expect(members.json.items.every((member: { mutualAid: string }) => member.mutualAid === 'member')).toBe(true);
    expect(
      (await call(listMembers, 'GET', '/registry/mutual-aid/members', { query: { area: community }, claims: otherWorker }))
        .status,
    ).toBe(403);
  });

  it('matches resources and needs posted by members only', async () => {
    const outsider = (await register(unitBody())).json;
    const post = (body: unknown) => call(postOffer, 'POST', '/registry/mutual-aid/offers', { body, claims: unitAccount });
    const refused = await post({ unitId: outsider.id, kind: 'resource', title: '场地', description: '周末开放操场' });
    expect(refused.status).toBe(409);
    expect(refused.json.code).toBe('not-a-member');

    const member = await memberUnit();
    expect(
      (await post({ unitId: member.id, kind: 'resource', title: '就业岗位', description: '每年提供 10 个岗位' })).status,
    ).toBe(201);
    const need = await post({ unitId: member.id, kind: 'need', title: '志愿者', description: '重阳节活动需要 5 名志愿者' });
    expect(need.json).toMatchObject({ kind: 'need', kindLabel: '需求', unitName: member.name });
    expect((await post({ unitId: '0000000000000000000', kind: 'need', title: '无', description: '无' })).status).toBe(422);

    const needs = await call(listOffers, 'GET', '/registry/mutual-aid/offers', {
      query: { area: community, kind: 'need' },
      claims: worker,
    });
    expect(needs.json.items.map((offer: { title: string }) => offer.title)).toEqual(['志愿者']);
    const all = await call(listOffers, 'GET', '/registry/mutual-aid/offers', { query: { area: community }, claims: worker });
    expect(all.json.items).toHaveLength(2);
  });

  it('grants yearly awards once and lists them by year', async () => {
    const member = await memberUnit();
    const grant = (body: unknown, claims = worker) => call(grantAward, 'POST', '/registry/mutual-aid/awards', { body, claims });
    const award = await grant({ year: 2024, unitId: member.id, title: '优秀共建单位' });
    expect(award.status).toBe(201);
    expect(award.json).toMatchObject({ year: 2024, unitName: member.name, title: '优秀共建单位' });
    const twice = await grant({ year: 2024, unitId: member.id, title: '优秀共建单位' });
    expect(twice.status).toBe(409);
    expect(twice.json.code).toBe('award-exists');
    expect((await grant({ year: 2025, unitId: member.id, title: '优秀共建单位' })).status).toBe(201);
    expect((await grant({ year: 2024, unitId: member.id, title: '表彰' }, unitAccount)).status).toBe(403);
    const outsider = (await register(unitBody())).json;
    expect((await grant({ year: 2024, unitId: outsider.id, title: '优秀共建单位' })).json.code).toBe('not-a-member');

    const list = (query: Record<string, string>) =>
      call(listAwards, 'GET', '/registry/mutual-aid/awards', { query, claims: worker });
    expect((await list({ area: community, year: '2024' })).json.items).toHaveLength(1);
    expect((await list({ area: community })).json.items.map((item: { year: number }) => item.year)).toEqual([2025, 2024]);
    expect((await list({ area: community, year: '24' })).status).toBe(422);
  });
});

describe('legal advisor', () => {
  const put = (body: unknown, target = community, claims = worker) =>
    call(setLegalAdvisor, 'PUT', '/registry/communities/{community}/legal-advisor', {
      params: { community: target },
      body,
      claims,
    });
  const card = (target = community) =>
    call(getLegalAdvisor, 'GET', '/registry/communities/{community}/legal-advisor', { params: { community: target } });
  const advisor = { name: '林律师', firm: '福建鹭江律师事务所', phone: '0592-5551234', serviceHours: '每周三下午 14:30–17:30' };

  it('publishes a contact card with the work phone in full', async () => {
    expect((await card()).status).toBe(404);
    expect((await put(advisor)).json).toMatchObject({ ...advisor, community, version: 1 });
    const shown = await card();
    expect(shown.status).toBe(200);
    expect(shown.json).toMatchObject({ name: '林律师', phone: '0592-5551234', serviceHours: '每周三下午 14:30–17:30' });

    const again = await put(advisor);
    expect(again.status).toBe(409);
    expect(again.json.code).toBe('already-set');
    expect((await put({ ...advisor, name: '陈律师', version: 1 })).json).toMatchObject({ name: '陈律师', version: 2 });
    expect((await put({ ...advisor, version: 1 })).status).toBe(409);
  });

  it('refuses bad phones, unknown communities and callers from elsewhere', async () => {
    expect((await put({ ...advisor, phone: '12345' })).status).toBe(422);
    expect((await put(advisor, '350203006099', claimsFor('district-admin', ['350203']))).status).toBe(404);
    expect((await put(advisor, community, otherWorker)).status).toBe(403);
    expect((await put(advisor, community, claimsFor('unit', [community]))).status).toBe(403);
  });
});
