import { beforeAll, describe, expect, it } from 'vitest';
import { outboxEvents } from '../../../test/support/outbox.ts';
import { handler as addMember } from '../src/handlers/add-household-member.ts';
import { handler as changeHead } from '../src/handlers/change-household-head.ts';
import { handler as createHousehold } from '../src/handlers/create-household.ts';
import { handler as getHousehold } from '../src/handlers/get-household.ts';
import { handler as listHouseholds } from '../src/handlers/list-households.ts';
import { handler as registerPerson } from '../src/handlers/register-person.ts';
import { handler as removeMember } from '../src/handlers/remove-household-member.ts';
import { handler as updateHousehold } from '../src/handlers/update-household.ts';
import { auditOf, call, claimsFor, createServiceTables, personBody } from './support.ts';

const community = '350203006029';
const grid = `${community}-03`;
const worker = claimsFor('community-worker', [community]);
/** Registers the test's people anywhere in the district. */
const registrar = claimsFor('district-admin', ['350203']);

async function person(name: string, area = grid): Promise<string> {
  const response = await call(registerPerson, 'POST', '/registry/persons', {
    body: personBody({ name, area }),
    claims: registrar,
  });
  expect(response.status).toBe(201);
  return response.json.id;
}

const create = (body: Record<string, unknown>, claims = worker) =>
  call(createHousehold, 'POST', '/registry/households', { body, claims });
const get = (id: string, claims = worker) => call(getHousehold, 'GET', '/registry/households/{id}', { params: { id }, claims });
const patch = (id: string, body: Record<string, unknown>, claims = worker) =>
  call(updateHousehold, 'PATCH', '/registry/households/{id}', { params: { id }, body, claims });
const add = (id: string, body: Record<string, unknown>, claims = worker) =>
  call(addMember, 'POST', '/registry/households/{id}/members', { params: { id }, body, claims });
const remove = (id: string, personId: string, version: number) =>
  call(removeMember, 'DELETE', '/registry/households/{id}/members/{personId}', {
    params: { id, personId },
    query: { version: String(version) },
    claims: worker,
  });
const setHead = (id: string, body: Record<string, unknown>) =>
  call(changeHead, 'PUT', '/registry/households/{id}/head', { params: { id }, body, claims: worker });

const householdEvents = async (householdId: string) =>
  (await outboxEvents('registry', 'HouseholdChanged', { householdId })).sort((a, b) => a.data.version - b.data.version);

const auditActions = async (personId: string) => (await auditOf(personId)).flatMap((item) => item.fields ?? []);

beforeAll(createServiceTables);

describe('a household from creation to dissolution', () => {
  let father: string;
  let mother: string;
  let son: string;
  let householdId: string;

  beforeAll(async () => {
    [father, mother, son] = await Promise.all([person('王建华'), person('李桂芳'), person('王小明')]);
  });

  it('is created with its head as the first member and announces the facts subsidies need', async () => {
    const response = await create({
      area: grid,
      address: '鹭江道 3 号楼 502',
      headPersonId: father,
      perCapitaIncome: 820.456,
      housingHardship: { kind: 'low-rent-housing', note: '租住廉租房' },
    });
    expect(response.status).toBe(201);
    householdId = response.json.id;
    expect(response.json).toMatchObject({
      area: grid,
      headPersonId: father,
      status: 'active',
      size: 1,
      perCapitaIncome: 820.46,
      housingHardship: { kind: 'low-rent-housing', label: '廉租房', note: '租住廉租房' },
      version: 1,
    });
    expect(response.json.members).toEqual([
      expect.objectContaining({ personId: father, relationship: 'head', relationshipLabel: '户主' }),
    ]);
    expect(response.json.members[0].person.citizenId).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    const [event] = await householdEvents(householdId);
    expect(event).toMatchObject({
      type: 'HouseholdChanged',
      area: grid,
      data: {
        householdId,
        change: 'created',
        version: 1,
        size: 1,
        perCapitaIncome: 820.46,
        housingHardship: { kind: 'low-rent-housing', note: '租住廉租房' },
        memberIds: [father],
        headPersonId: father,
      },
    });
    expect(await auditActions(father)).toContain('household.created');
  });

  it('adds members with their relationship to the head, bumping the version each time', async () => {
    const first = await add(householdId, { personId: mother, relationship: 'spouse', version: 1 });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ size: 2, version: 2 });
    const second = await add(householdId, { personId: son, relationship: 'child', version: 2 });
    expect(
      second.json.members.map((m: { personId: string; relationshipLabel: string }) => [m.personId, m.relationshipLabel]),
    ).toEqual([
      [father, '户主'],
      [mother, '配偶'],
      [son, '子女'],
    ]);
    const events = await householdEvents(householdId);
    expect(events.at(-1)?.data).toMatchObject({ change: 'member-added', size: 3, version: 3, memberIds: [father, mother, son] });
  });

  it('refuses a stale version, a second household for anyone, and bad relationships', async () => {
    const stranger = await person('赵刚');
    const stale = await add(householdId, { personId: stranger, relationship: 'other', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe('concurrent-modification');

    const twice = await create({ area: grid, headPersonId: son });
    expect(twice.status).toBe(409);
    expect(twice.json.code).toBe('person-in-household');
    expect(twice.json.detail).toMatch(/一人只能属于一户/);

    const other = await create({ area: grid, headPersonId: stranger });
    const poach = await add(other.json.id, { personId: mother, relationship: 'spouse', version: 1 });
    expect(poach.status).toBe(409);
    expect(poach.json.code).toBe('person-in-household');

    const asHead = await add(householdId, { personId: stranger, relationship: 'head', version: 3 });
    expect(asHead.status).toBe(422);
    expect(asHead.json.errors[0]).toMatchObject({ field: 'body.relationship' });
    expect(asHead.json.errors[0].message).toMatch(/^与户主关系须为：spouse（配偶）、child（子女）/);
    expect((await get(householdId)).json.version).toBe(3);
  });

  it('keeps members to the household community and to the caller scope', async () => {
    const elsewhere = await person('外社区', '350203006002-01');
    const response = await add(
      householdId,
      { personId: elsewhere, relationship: 'other', version: 3 },
      claimsFor('community-worker', ['350203006']),
    );
    expect(response.status).toBe(422);
    expect(response.json.errors).toEqual([{ field: 'body.personId', message: '户成员须登记在本户所在社区' }]);
    const outOfScope = await add(
      householdId,
      { personId: elsewhere, relationship: 'other', version: 3 },
      claimsFor('community-worker', ['350203006002']),
    );
    expect(outOfScope.status).toBe(403);
    const missing = await add(householdId, { personId: '0000000000000000000', relationship: 'other', version: 3 });
    expect(missing.status).toBe(422);
    expect(missing.json.errors[0].message).toBe('未找到该人员，请先登记人员');
  });

  it('updates income and housing, refusing bad values in Chinese', async () => {
    const negative = await patch(householdId, { perCapitaIncome: -1, version: 3 });
    expect(negative.status).toBe(422);
    expect(negative.json.errors).toEqual([{ field: 'body.perCapitaIncome', message: '人均月收入不能为负数' }]);
    const kind = await patch(householdId, { housingHardship: { kind: 'mansion' }, version: 3 });
    expect(kind.json.errors[0].message).toMatch(
      /^住房情况须为：none（无住房困难）、hardship（住房困难）、low-rent-housing（廉租房）/,
    );
    const empty = await patch(householdId, { version: 3 });
    expect(empty.status).toBe(422);
    expect(empty.json.errors[0].message).toBe('请至少修改地址、人均月收入或住房情况中的一项');
    const noVersion = await patch(householdId, { perCapitaIncome: 600 });
    expect(noVersion.json.errors).toEqual([{ field: 'body.version', message: '请提供户的版本号 version（查看户时返回）' }]);

    const response = await patch(householdId, { perCapitaIncome: 610, housingHardship: { kind: 'hardship' }, version: 3 });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({
      perCapitaIncome: 610,
      housingHardship: { kind: 'hardship', label: '住房困难' },
      version: 4,
    });
    const cleared = await patch(householdId, { perCapitaIncome: null, version: 4 });
    expect(cleared.json.perCapitaIncome).toBeUndefined();
    const events = await householdEvents(householdId);
    expect(events.at(-2)?.data).toMatchObject({
      change: 'updated',
      perCapitaIncome: 610,
      housingHardship: { kind: 'hardship' },
      size: 3,
    });
    expect(events.at(-1)?.data.perCapitaIncome).toBeUndefined();
    for (const member of [father, mother, son]) expect(await auditActions(member)).toContain('household.perCapitaIncome');
  });

  it('changes the head only with every relationship restated, then lets the former head go', async () => {
    expect((await remove(householdId, father, 5)).json.code).toBe('head-must-change');
    const partial = await setHead(householdId, { personId: son, relationships: { [father]: 'parent' }, version: 5 });
    expect(partial.status).toBe(422);
    expect(partial.json.errors).toEqual([
      { field: 'body.relationships', message: '变更户主时须重新填写其他每名成员与新户主的关系' },
    ]);

    const changed = await setHead(householdId, {
      personId: son,
      relationships: { [father]: 'parent', [mother]: 'parent' },
      version: 5,
    });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({ headPersonId: son, version: 6 });
    expect(changed.json.members.map((m: { relationship: string }) => m.relationship)).toEqual(['head', 'parent', 'parent']);

    const removed = await remove(householdId, father, 6);
    expect(removed.status).toBe(200);
    expect(removed.json).toMatchObject({ size: 2, version: 7 });
    expect((await householdEvents(householdId)).at(-1)?.data).toMatchObject({
      change: 'member-removed',
      memberIds: [son, mother],
    });

    // Free again: the former head can now found a household of his own.
    const own = await create({ area: grid, headPersonId: father });
    expect(own.status).toBe(201);
  });

  it('is dissolved when its last member leaves, and takes no further changes', async () => {
    expect((await remove(householdId, mother, 7)).status).toBe(200);
    const dissolved = await remove(householdId, son, 8);
    expect(dissolved.status).toBe(200);
    expect(dissolved.json).toMatchObject({ status: 'dissolved', size: 0, members: [], version: 9 });
    expect(dissolved.json.headPersonId).toBeUndefined();
    expect((await householdEvents(householdId)).at(-1)?.data).toMatchObject({ change: 'dissolved', size: 0, memberIds: [] });
    const after = await patch(householdId, { perCapitaIncome: 1, version: 9 });
    expect(after.status).toBe(409);
    expect(after.json.code).toBe('household-dissolved');
  });
});

describe('reading households', () => {
  const listed = '350203006033';
  const listedWorker = claimsFor('community-worker', [listed]);
  let householdId: string;
  let member: string;
  let gridOneHousehold: string;

  beforeAll(async () => {
    const heads = await Promise.all(['甲一', '乙二', '丙三'].map((name) => person(name, `${listed}-01`)));
    const others = await Promise.all(['丁四', '戊五'].map((name) => person(name, `${listed}-02`)));
    for (const head of [...heads, others[0] as string]) {
      const response = await create(
        { area: head === others[0] ? `${listed}-02` : `${listed}-01`, headPersonId: head },
        listedWorker,
      );
      expect(response.status).toBe(201);
      if (head === heads[0]) gridOneHousehold = response.json.id;
      if (head === others[0]) householdId = response.json.id;
    }
    member = others[1] as string;
    expect((await add(householdId, { personId: member, relationship: 'sibling', version: 1 }, listedWorker)).status).toBe(201);
  });

  it('lists a community by head name, and a grid inside it, with cursors', async () => {
    const names: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await call(listHouseholds, 'GET', '/registry/households', {
        query: { area: listed, limit: '2', ...(cursor ? { cursor } : {}) },
        claims: listedWorker,
      });
      expect(page.status).toBe(200);
      names.push(...page.json.items.map((item: { headName: string }) => item.headName));
      cursor = page.json.cursor;
    } while (cursor);
    expect(names.sort()).toEqual(['丁四', '丙三', '乙二', '甲一'].sort());

    const gridWorker = claimsFor('grid-worker', [`${listed}-01`]);
    const gridPage = await call(listHouseholds, 'GET', '/registry/households', {
      query: { area: `${listed}-01` },
      claims: gridWorker,
    });
    expect(gridPage.json.items).toHaveLength(3);
    const refused = await call(listHouseholds, 'GET', '/registry/households', { query: { area: listed }, claims: gridWorker });
    expect(refused.status).toBe(403);
  });

  it('shows a household to its members and to staff in scope only', async () => {
    const self = await get(householdId, claimsFor('resident', [listed], { person: member }));
    expect(self.status).toBe(200);
    expect(self.json.members).toHaveLength(2);
    expect((await get(householdId, claimsFor('resident', [listed], { person: 'someone-else' }))).status).toBe(404);
    expect((await get(householdId, claimsFor('grid-worker', [`${listed}-02`]))).status).toBe(200);
    expect((await get(gridOneHousehold, claimsFor('grid-worker', [`${listed}-02`]))).status).toBe(403);
    expect((await get('0000000000000000000', listedWorker)).status).toBe(404);
  });
});

describe('concurrent updates of one household', () => {
  it('lets exactly one of 20 parallel PATCHes at the same version win', async () => {
    const head = await person('并发户主');
    const created = await create({ area: grid, headPersonId: head, perCapitaIncome: 500 });
    const id = created.json.id;

    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) => patch(id, { perCapitaIncome: 1000 + index, version: 1 })),
    );

    const statuses = results.map((result) => result.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(19);
    for (const lost of results.filter((result) => result.status === 409)) expect(lost.json.code).toBe('concurrent-modification');
    const winner = results.find((result) => result.status === 200);
    const stored = await get(id);
    expect(stored.json.version).toBe(2);
    expect(stored.json.perCapitaIncome).toBe(winner?.json.perCapitaIncome);
    const events = await householdEvents(id);
    expect(events.map((event) => event.data.change)).toEqual(['created', 'updated']);
  });
});
