import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { sharedDocumentClient } from '@shequ/ddb';
import { tableOf } from '@shequ/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { outboxEvents } from '../../../test/support/outbox.ts';
import { handler as createBuilding } from '../src/handlers/create-building.ts';
import { handler as createFacility } from '../src/handlers/create-facility.ts';
import { handler as defineGrid } from '../src/handlers/define-grid.ts';
import { handler as getArea } from '../src/handlers/get-area.ts';
import { handler as getOfficeHours } from '../src/handlers/get-office-hours.ts';
import { handler as listBuildings } from '../src/handlers/list-buildings.ts';
import { handler as listFacilities } from '../src/handlers/list-facilities.ts';
import { handler as listGrids } from '../src/handlers/list-grids.ts';
import { handler as setOfficeHours } from '../src/handlers/set-office-hours.ts';
import { handler as updateBuilding } from '../src/handlers/update-building.ts';
import { handler as updateFacility } from '../src/handlers/update-facility.ts';
import { handler as updateGrid } from '../src/handlers/update-grid.ts';
import { createHandler as seedAreasJob } from '../src/jobs/seed-areas.ts';
import { call, claimsFor, createServiceTables } from './support.ts';

const community = '350203006029';
const worker = claimsFor('community-worker', [community]);
const otherWorker = claimsFor('community-worker', ['350203006002']);
const gridWorker = claimsFor('grid-worker', [`${community}-03`]);
const seedAreas = seedAreasJob();

const client = () => sharedDocumentClient();
const table = () => tableOf('registry');

const postGrid = (body: unknown, claims = worker, target = community) =>
  call(defineGrid, 'POST', '/registry/communities/{community}/grids', { params: { community: target }, body, claims });
const patchGrid = (number: string, body: unknown, claims = worker) =>
  call(updateGrid, 'PATCH', '/registry/communities/{community}/grids/{number}', { params: { community, number }, body, claims });
const area = (code: string) => call(getArea, 'GET', '/registry/areas/{code}', { params: { code } });

let firstSeed: Awaited<ReturnType<typeof seedAreas>>;

beforeAll(async () => {
  await createServiceTables();
  firstSeed = await seedAreas();
  expect((await postGrid({ number: 3, focus: 'hardship-help', leaderName: '陈美华', leaderPhone: '13912345678' })).status).toBe(
    201,
  );
});

describe('registry.seed-areas', () => {
  it('writes the district, its 10 sub-districts and their communities once', () => {
    expect(firstSeed).toEqual({ district: '350203', areas: 110, created: 110, updated: 0 });
  });

  it('changes nothing when run again', async () => {
    const before = await client().send(
      new QueryCommand({
        TableName: table(),
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': 'AREA#350203006#CHILDREN' },
      }),
    );
    expect(await seedAreas()).toEqual({ district: '350203', areas: 110, created: 0, updated: 0 });
    const after = await client().send(
      new QueryCommand({
        TableName: table(),
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': 'AREA#350203006#CHILDREN' },
      }),
    );
    expect(after.Items).toEqual(before.Items);
    expect(after.Items?.every((item) => item.version === 1)).toBe(true);
  });

  it('follows a renamed community in the division data, and only it', async () => {
    const renamed = seedAreasJob(undefined, {
      findDistrict: () => ({ code: '350203', name: '思明区' }),
      subdistrictsOf: () => [{ code: '350203006', name: '鹭江街道' }],
      communitiesOf: () => [{ code: '350203006029', name: '小学社区' }],
    });
    expect(await renamed()).toMatchObject({ created: 0, updated: 1 });
    expect((await area(community)).json.name).toBe('小学社区');
    expect(await seedAreas()).toMatchObject({ created: 0, updated: 1 });
    expect((await area(community)).json.name).toBe('小学社区居委会');
  });
});

describe('GET /registry/areas/{code}', () => {
  it('lists the 10 sub-districts of 350203 without a token', async () => {
    const response = await area('350203');
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ code: '350203', name: '思明区', level: 'district' });
    expect(response.json.children).toHaveLength(10);
    expect(response.json.children[3]).toEqual({ code: '350203006', name: '鹭江街道', level: 'subdistrict' });
    expect(response.json.children.map((child: { code: string }) => child.code)).toEqual([
      '350203001',
      '350203003',
      '350203005',
      '350203006',
      '350203007',
      '350203008',
      '350203009',
      '350203010',
      '350203011',
      '350203012',
    ]);
  });

  it('lists the 7 communities of 鹭江街道', async () => {
    const response = await area('350203006');
    expect(response.json).toMatchObject({ code: '350203006', name: '鹭江街道', level: 'subdistrict', parent: '350203' });
    expect(response.json.children).toHaveLength(7);
    expect(response.json.children).toContainEqual({ code: community, name: '小学社区居委会', level: 'community' });
  });

  it("lists a community's grids as its children", async () => {
    const response = await area(community);
    expect(response.json).toMatchObject({ level: 'community', parent: '350203006' });
    expect(response.json.children).toContainEqual({ code: `${community}-03`, name: '第3网格', level: 'grid' });
  });

  it('answers 422 for a malformed code and 404 for an area outside the district', async () => {
    const malformed = await area('35020');
    expect(malformed.status).toBe(422);
    expect(malformed.json.errors[0].field).toBe('path.code');
    const elsewhere = await area('350205');
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.json.detail).toBe('本区没有地区 350205');
  });
});

describe('grids', () => {
  it('defines a grid with its focus, the leader phone encrypted and masked, and a GridDefined event', async () => {
    const response = await postGrid({
      number: 7,
      name: '高层楼宇网格',
      focus: 'high-rise',
      leaderName: '王建国',
      leaderPhone: '13800001111',
    });
    expect(response.status).toBe(201);
    expect(response.json).toEqual(
      expect.objectContaining({
        code: `${community}-07`,
        number: 7,
        name: '高层楼宇网格',
        focus: 'high-rise',
        focusLabel: '高层楼宇',
        leaderName: '王建国',
        leaderPhone: '138****1111',
        version: 1,
      }),
    );
    const stored = await client().send(new GetCommand({ TableName: table(), Key: { pk: `AREA#${community}-07`, sk: 'AREA' } }));
    expect(JSON.stringify(stored.Item)).not.toContain('13800001111');
    const events = await outboxEvents('registry', 'GridDefined');
    expect(events.map((event) => event.data)).toContainEqual({
      grid: `${community}-07`,
      community,
      number: 7,
      name: '高层楼宇网格',
      focus: 'high-rise',
      version: 1,
    });
  });

  it('refuses a number already taken, an unknown community, bad input, other communities and grid workers', async () => {
    const taken = await postGrid({ number: 3, focus: 'units' });
    expect(taken.status).toBe(409);
    expect(taken.json.code).toBe('grid-exists');

    const unknown = await postGrid({ number: 1, focus: 'units' }, claimsFor('district-admin', ['350203']), '350203006099');
    expect(unknown.status).toBe(404);
    expect(unknown.json.detail).toContain('350203006099');

    const bad = await postGrid({ number: 100, focus: 'parks' });
    expect(bad.status).toBe(422);
    expect(bad.json.errors.map((error: { field: string }) => error.field).sort()).toEqual(['body.focus', 'body.number']);

    const badPath = await postGrid({ number: 1, focus: 'units' }, worker, '3502030060');
    expect(badPath.status).toBe(422);

    expect((await postGrid({ number: 1, focus: 'units' }, otherWorker)).status).toBe(403);
    expect((await postGrid({ number: 1, focus: 'units' }, gridWorker)).status).toBe(403);
  });

  it('updates at the read version, clears the leader with null, and refuses stale versions', async () => {
    await postGrid({ number: 8, focus: 'units', leaderName: '李娜', leaderPhone: '13700002222' });
    const changed = await patchGrid('08', { version: 1, focus: 'estate-governance', leaderName: null, leaderPhone: null });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({ focus: 'estate-governance', focusLabel: '小区治理', version: 2 });
    expect(changed.json.leaderName).toBeUndefined();
    expect(changed.json.leaderPhone).toBeUndefined();

    const stale = await patchGrid('08', { version: 1, name: '过期' });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe('concurrent-modification');
    expect((await patchGrid('09', { version: 1, name: '无此网格' })).status).toBe(404);
    expect((await patchGrid('08', { name: '无版本' })).status).toBe(422);
  });

  it('lets one of two racing updates win', async () => {
    await postGrid({ number: 9, focus: 'other' });
    const results = await Promise.all([patchGrid('09', { version: 1, name: '甲' }), patchGrid('09', { version: 1, name: '乙' })]);
    expect(results.map((result) => result.status).sort()).toEqual([200, 409]);
  });

  it('lists grids in number order to the staff of the community, its grid workers and its sub-district', async () => {
    const list = (claims: Record<string, unknown>) =>
      call(listGrids, 'GET', '/registry/communities/{community}/grids', { params: { community }, claims });
    const response = await list(gridWorker);
    expect(response.status).toBe(200);
    expect(response.json.items.map((grid: { number: number }) => grid.number)).toEqual([3, 7, 8, 9]);
    expect(response.json.items[0]).toMatchObject({ leaderName: '陈美华', leaderPhone: '139****5678', focusLabel: '困难帮扶' });
    expect((await list(claimsFor('subdistrict-staff', ['350203006']))).status).toBe(200);
    expect((await list(claimsFor('subdistrict-staff', ['350203001']))).status).toBe(403);
    expect((await list(claimsFor('grid-worker', ['350203006002-01']))).status).toBe(403);
    expect((await list(claimsFor('resident', [community]))).status).toBe(403);
  });
});

describe('buildings', () => {
  const post = (body: unknown, claims = worker) =>
    call(createBuilding, 'POST', '/registry/communities/{community}/buildings', { params: { community }, body, claims });
  const patch = (id: string, body: unknown) =>
    call(updateBuilding, 'PATCH', '/registry/communities/{community}/buildings/{id}', {
      params: { community, id },
      body,
      claims: worker,
    });

  it('registers buildings with a grid, once per name, and lists them by grid', async () => {
    const created = await post({ name: '1号楼', grid: `${community}-03`, floors: 18, households: 72 });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      community,
      name: '1号楼',
      grid: `${community}-03`,
      floors: 18,
      households: 72,
      version: 1,
    });
    expect((await post({ name: '2号楼' })).status).toBe(201);

    const again = await post({ name: '1号楼' });
    expect(again.status).toBe(409);
    expect(again.json.code).toBe('building-name-taken');

    const listed = await call(listBuildings, 'GET', '/registry/communities/{community}/buildings', {
      params: { community },
      query: { grid: `${community}-03` },
      claims: gridWorker,
    });
    expect(listed.json.items.map((building: { name: string }) => building.name)).toEqual(['1号楼']);
  });

  it('refuses a grid that is not defined or not in the community', async () => {
    const undefinedGrid = await post({ name: '3号楼', grid: `${community}-55` });
    expect(undefinedGrid.status).toBe(422);
    expect(undefinedGrid.json.errors).toEqual([{ field: 'body.grid', message: `网格 ${community}-55 尚未设立，请先设立网格` }]);
    const foreign = await post({ name: '3号楼', grid: '350203006002-01' });
    expect(foreign.status).toBe(422);
    expect((await post({ name: '3号楼' }, otherWorker)).status).toBe(403);
  });

  it('renames at the read version, freeing the old name and keeping names unique', async () => {
    const created = (await post({ name: '旧楼' })).json;
    const renamed = await patch(created.id, { version: 1, name: '新楼', floors: null, grid: `${community}-07` });
    expect(renamed.status).toBe(200);
    expect(renamed.json).toMatchObject({ name: '新楼', grid: `${community}-07`, version: 2 });
    expect((await post({ name: '旧楼' })).status).toBe(201);
    const clash = await patch(created.id, { version: 2, name: '2号楼' });
    expect(clash.status).toBe(409);
    expect(clash.json.code).toBe('building-name-taken');
    expect((await patch(created.id, { version: 1, name: '再改' })).status).toBe(409);
    expect((await patch('0000000000000000000', { version: 1, name: '无' })).status).toBe(404);
  });
});

describe('facilities', () => {
  const post = (body: unknown) =>
    call(createFacility, 'POST', '/registry/communities/{community}/facilities', { params: { community }, body, claims: worker });

  it('registers a 银龄幸福之家 with its stations and lists the stations of the home', async () => {
    const home = await post({ kind: 'silver-age-home', name: '小学社区银龄幸福之家', address: '公园南路 12 号' });
    expect(home.status).toBe(201);
    expect(home.json).toMatchObject({ kind: 'silver-age-home', kindLabel: '银龄幸福之家', version: 1 });
    for (const name of ['助餐站', '康复站']) {
      const station = await post({ kind: 'silver-age-station', name, parentId: home.json.id });
      expect(station.status).toBe(201);
    }
    await post({ kind: 'community-academy', name: '社区书院' });
    const stations = await call(listFacilities, 'GET', '/registry/communities/{community}/facilities', {
      params: { community },
      query: { parentId: home.json.id },
      claims: gridWorker,
    });
    expect(stations.json.items.map((facility: { name: string }) => facility.name)).toEqual(['助餐站', '康复站']);
    const academies = await call(listFacilities, 'GET', '/registry/communities/{community}/facilities', {
      params: { community },
      query: { kind: 'community-academy' },
      claims: worker,
    });
    expect(academies.json.items).toHaveLength(1);
  });

  it('refuses a station without a home, under a non-home, and a parent on anything else', async () => {
    const orphan = await post({ kind: 'silver-age-station', name: '孤站' });
    expect(orphan.status).toBe(422);
    expect(orphan.json.errors[0]).toEqual({
      field: 'body.parentId',
      message: '银龄幸福之家服务站须指明所属的银龄幸福之家（parentId）',
    });
    const academy = (await post({ kind: 'community-academy', name: '书院二' })).json;
    expect((await post({ kind: 'silver-age-station', name: '错站', parentId: academy.id })).status).toBe(422);
    expect((await post({ kind: 'party-home', name: '党群之家', parentId: academy.id })).status).toBe(422);
    expect((await post({ kind: 'silver-age-station', name: '无上级', parentId: '0000000000000000000' })).status).toBe(422);
    expect((await post({ kind: 'gym', name: '健身房' })).status).toBe(422);
  });

  it('updates at the read version', async () => {
    const created = (await post({ kind: 'women-children-home', name: '妇女儿童家园' })).json;
    const patch = (body: unknown) =>
      call(updateFacility, 'PATCH', '/registry/communities/{community}/facilities/{id}', {
        params: { community, id: created.id },
        body,
        claims: worker,
      });
    const changed = await patch({ version: 1, openHours: '周二至周日 9:00–17:00' });
    expect(changed.json).toMatchObject({ openHours: '周二至周日 9:00–17:00', version: 2 });
    expect((await patch({ version: 1, openHours: '过期' })).status).toBe(409);
  });
});

describe('office hours', () => {
  const put = (body: unknown, target = community) =>
    call(setOfficeHours, 'PUT', '/registry/communities/{community}/office-hours', {
      params: { community: target },
      body,
      claims: worker,
    });
  const get = (target = community) =>
    call(getOfficeHours, 'GET', '/registry/communities/{community}/office-hours', { params: { community: target } });
  const weekdays = {
    openDays: [1, 2, 3, 4, 5],
    periods: [
      { from: '08:30', to: '12:00' },
      { from: '14:30', to: '17:30' },
    ],
    certificateOfficeDays: [1, 3, 5],
  };

  it('sets the hours once, shows them publicly, and changes them at the read version', async () => {
    expect((await get()).status).toBe(404);
    const set = await put(weekdays);
    expect(set.status).toBe(200);
    expect(set.json).toMatchObject({ ...weekdays, version: 1 });
    const shown = await get();
    expect(shown.status).toBe(200);
    expect(shown.json.summary).toBe('周一至周五 08:30–12:00、14:30–17:30；三证办理日：周一、周三、周五');

    const again = await put(weekdays);
    expect(again.status).toBe(409);
    expect(again.json.code).toBe('already-set');
    const changed = await put({ ...weekdays, certificateOfficeDays: [2, 4, 5], version: 1 });
    expect(changed.json).toMatchObject({ certificateOfficeDays: [2, 4, 5], version: 2 });
    expect((await put({ ...weekdays, version: 1 })).status).toBe(409);
    // Each accepted change, and only those, goes out for the reminders of the certificate office days.
    const events = await outboxEvents('registry', 'OfficeHoursSet', { community });
    expect(events.map((event) => [event.data.version, event.data.certificateOfficeDays])).toEqual(
      expect.arrayContaining([
        [1, [1, 3, 5]],
        [2, [2, 4, 5]],
      ]),
    );
    expect(events).toHaveLength(2);
  });

  it('refuses overlapping periods, certificate days off the office days, and unknown communities', async () => {
    const overlapping = await put({
      ...weekdays,
      periods: [
        { from: '08:30', to: '12:00' },
        { from: '11:00', to: '17:30' },
      ],
    });
    expect(overlapping.status).toBe(422);
    expect(overlapping.json.errors).toEqual([{ field: 'body.periods.1', message: '办公时段须按时间先后排列且不能重叠' }]);
    const sunday = await put({ ...weekdays, certificateOfficeDays: [7] });
    expect(sunday.json.errors).toEqual([{ field: 'body.certificateOfficeDays', message: '三证办理日须是社区的办公日' }]);
    expect((await put({ ...weekdays, periods: [{ from: '8:30', to: '12:00' }] })).status).toBe(422);
    const unknown = await call(setOfficeHours, 'PUT', '/registry/communities/{community}/office-hours', {
      params: { community: '350203006099' },
      body: weekdays,
      claims: claimsFor('district-admin', ['350203']),
    });
    expect(unknown.status).toBe(404);
  });
});
