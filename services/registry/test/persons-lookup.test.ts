import { readWorkbook } from '@shequ/sheets';
import { beforeAll, describe, expect, it } from 'vitest';
import { withCheckCharacter } from '../src/domain/citizen-id.ts';
import { createHandler as createExportHandler, handler as exportPersons } from '../src/handlers/export-persons.ts';
import { handler as getPerson } from '../src/handlers/get-person.ts';
import { handler as listPersonAudit } from '../src/handlers/list-person-audit.ts';
import { handler as movePerson } from '../src/handlers/move-person.ts';
import { handler as registerPerson } from '../src/handlers/register-person.ts';
import { handler as searchPersons } from '../src/handlers/search-persons.ts';
import { handler as updatePerson } from '../src/handlers/update-person.ts';
import { defaultRegistryDeps } from '../src/store/deps.ts';
import { call, claimsFor, createServiceTables, nextCitizenId, personBody } from './support.ts';

const community = '350203006029';
const otherCommunity = '350203006030';
const admin = claimsFor('district-admin', ['350203']);

async function register(overrides: Record<string, unknown> = {}) {
  const body = personBody({ area: `${community}-03`, ...overrides });
  const response = await call(registerPerson, 'POST', '/registry/persons', { body, claims: admin });
  expect(response.status).toBe(201);
  return { ...(response.json as { id: string; name: string }), citizenId: body.citizenId as string };
}

const search = (body: Record<string, unknown>, claims = admin) =>
  call(searchPersons, 'POST', '/registry/persons/search', { body, claims });
const ids = (response: { json: { items: { id: string }[] } }) => response.json.items.map((item) => item.id);

beforeAll(createServiceTables);

describe('POST /registry/persons/search', () => {
  let person: Awaited<ReturnType<typeof register>>;
  let neighbour: Awaited<ReturnType<typeof register>>;
  const sharedPhone = '13800001111';

  beforeAll(async () => {
    person = await register({ name: '郑海', phone: sharedPhone });
    neighbour = await register({ name: '郑洋', phone: sharedPhone, area: `${otherCommunity}-01` });
  });

  it('finds a person by full citizen ID, masked', async () => {
    const response = await search({ citizenId: person.citizenId });
    expect(response.status).toBe(200);
    expect(response.json.items).toHaveLength(1);
    expect(response.json.items[0]).toMatchObject({
      id: person.id,
      name: '郑海',
      citizenId: `${person.citizenId.slice(0, 6)}********${person.citizenId.slice(-4)}`,
      phone: '138****1111',
      status: 'active',
    });
    expect(JSON.stringify(response.json)).not.toContain(person.citizenId);
  });

  it('accepts a lower-case x and surrounding spaces the way registration does', async () => {
    const withX = Array.from({ length: 1000 }, (_, n) => withCheckCharacter(`35020319700101${String(n).padStart(3, '0')}`)).find(
      (id) => id.endsWith('X'),
    ) as string;
    const xPerson = await register({ citizenId: withX });
    expect(ids(await search({ citizenId: ` ${withX.toLowerCase()} ` }))).toEqual([xPerson.id]);
    expect(ids(await search({ citizenId: ` ${person.citizenId} ` }))).toEqual([person.id]);
  });

  it('finds everyone sharing a phone number, but only within the caller scope', async () => {
    expect(ids(await search({ phone: sharedPhone })).sort()).toEqual([person.id, neighbour.id].sort());
    expect(ids(await search({ phone: sharedPhone }, claimsFor('community-worker', [community])))).toEqual([person.id]);
    expect(ids(await search({ phone: sharedPhone }, claimsFor('grid-worker', [`${otherCommunity}-01`])))).toEqual([neighbour.id]);
  });

  it('hides out-of-scope matches instead of refusing, so numbers cannot be probed', async () => {
    const response = await search({ citizenId: person.citizenId }, claimsFor('grid-worker', [`${community}-04`]));
    expect(response.status).toBe(200);
    expect(response.json.items).toEqual([]);
    expect((await search({ citizenId: nextCitizenId() })).json.items).toEqual([]);
  });

  it('refuses asking for both or neither, bad numbers and residents', async () => {
    const both = await search({ citizenId: person.citizenId, phone: sharedPhone });
    expect(both.status).toBe(422);
    expect(both.json.errors[0].message).toBe('请填写公民身份号码或电话号码其中一项');
    expect((await search({})).status).toBe(422);
    expect((await search({ phone: '12345' })).json.errors[0].field).toBe('body.phone');
    expect(
      (await search({ citizenId: person.citizenId }, claimsFor('resident', [community], { person: person.id }))).status,
    ).toBe(403);
  });
});

describe('GET /registry/persons/{id}/audit', () => {
  const auditOf = (id: string, query: Record<string, string> = {}, claims = admin) =>
    call(listPersonAudit, 'GET', '/registry/persons/{id}/audit', { params: { id }, query, claims });

  it('shows every write and reveal, newest first, with who and which fields', async () => {
    const person = await register({ phone: '13800002222' });
    const worker = claimsFor('community-worker', [community]);
    await call(getPerson, 'GET', '/registry/persons/{id}', {
      params: { id: person.id },
      query: { reveal: 'true' },
      claims: worker,
    });
    await call(updatePerson, 'PATCH', '/registry/persons/{id}', {
      params: { id: person.id },
      body: { version: 1, room: '301' },
      claims: worker,
    });
    await call(movePerson, 'POST', '/registry/persons/{id}/move', {
      params: { id: person.id },
      body: { area: otherCommunity, date: '2024-04-01', reason: '租房搬迁', version: 2 },
      claims: worker,
    });

    const response = await auditOf(person.id);
    expect(response.status).toBe(200);
    expect(response.json.items).toEqual([
      { at: expect.any(String), action: 'move', actor: worker.sub, fields: ['area', 'room'], reason: '租房搬迁' },
      { at: expect.any(String), action: 'update', actor: worker.sub, fields: ['room'] },
      { at: expect.any(String), action: 'reveal', actor: worker.sub, fields: ['citizenId', 'phone'] },
      { at: expect.any(String), action: 'create', actor: admin.sub },
    ]);
    const times = response.json.items.map((item: { at: string }) => item.at);
    expect([...times].sort().reverse()).toEqual(times);

    const first = await auditOf(person.id, { limit: '3' });
    expect(first.json.items).toHaveLength(3);
    const rest = await auditOf(person.id, { limit: '3', cursor: first.json.cursor });
    expect(rest.json.items.map((item: { action: string }) => item.action)).toEqual(['create']);
  });

  it('is for district admins of the person district only', async () => {
    const person = await register();
    expect((await auditOf(person.id, {}, claimsFor('subdistrict-staff', ['350203006']))).status).toBe(403);
    expect((await auditOf(person.id, {}, claimsFor('district-admin', ['350206']))).status).toBe(403);
    expect((await auditOf('0000000000000000000')).status).toBe(404);
  });
});

describe('GET /registry/persons/export', () => {
  const exportCommunity = '350203006033';
  const worker = claimsFor('community-worker', [exportCommunity]);
  const registered: Awaited<ReturnType<typeof register>>[] = [];

  beforeAll(async () => {
    registered.push(
      await register({ name: '黄一', area: `${exportCommunity}-01`, phone: '13800003333', building: '1号楼', room: '101' }),
      await register({ name: '黄二', area: exportCommunity, citizenId: nextCitizenId('19900615', 'female') }),
      await register({
        name: '吴三',
        area: `${exportCommunity}-02`,
        residence: 'migrant',
        migrant: { origin: '江西省', arrivalDate: '2021-01-01' },
      }),
    );
  });

  const exportList = (query: Record<string, string>, claims = worker, handler = exportPersons) =>
    call(handler, 'GET', '/registry/persons/export', { query, claims });

  it('downloads the community list as an xlsx that reads back with Chinese headers and masked numbers', async () => {
    const response = await exportList({ area: exportCommunity });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''.+\.xlsx$/);
    expect(decodeURIComponent(response.headers['content-disposition'] as string)).toContain(`人员名单-${exportCommunity}-`);

    const rows = await readWorkbook(Buffer.from(response.json as string, 'base64'));
    expect(String(rows[0]?.[0])).toMatch(new RegExp(`^人员名单 ${exportCommunity} .+（共 3 人）$`));
    expect(rows[1]).toEqual(['姓名', '公民身份号码(脱敏)', '性别', '出生日期', '年龄', '户籍类型', '地址', '网格', '电话(脱敏)']);
    const [first, second, third] = registered;
    const masked = (id: string) => `${id.slice(0, 6)}********${id.slice(-4)}`;
    // gsi1 sorts by the name's code points: 吴 (U+5434) before 黄 (U+9EC4); 一 before 二.
    expect(rows.slice(2).map((row) => row.slice(0, 2))).toEqual([
      ['吴三', masked(third?.citizenId ?? '')],
      ['黄一', masked(first?.citizenId ?? '')],
      ['黄二', masked(second?.citizenId ?? '')],
    ]);
    expect(rows[3]).toEqual([
      '黄一',
      masked(first?.citizenId ?? ''),
      expect.stringMatching(/^[男女]$/),
      '1956-03-12',
      expect.any(Number),
      '户籍',
      '1号楼 101',
      `${exportCommunity}-01`,
      '138****3333',
    ]);
    expect(rows[4]?.slice(2, 6)).toEqual(['女', '1990-06-15', expect.any(Number), '户籍']);
    expect(rows[2]?.[5]).toBe('流动');
    const text = JSON.stringify(rows);
    for (const person of registered) expect(text).not.toContain(person.citizenId);
    expect(text).not.toContain('13800003333');
  });

  it('exports a grid or a name prefix only', async () => {
    const grid = await readWorkbook(Buffer.from((await exportList({ area: `${exportCommunity}-01` })).json, 'base64'));
    expect(grid.slice(2).map((row) => row[0])).toEqual(['黄一']);
    const byName = await readWorkbook(Buffer.from((await exportList({ area: exportCommunity, name: '黄' })).json, 'base64'));
    expect(byName.slice(2).map((row) => row[0])).toEqual(['黄一', '黄二']);
  });

  it('refuses more rows than the limit, telling to narrow the area, and areas out of scope', async () => {
    const small = createExportHandler(defaultRegistryDeps, 2);
    const tooMany = await exportList({ area: exportCommunity }, worker, small);
    expect(tooMany.status).toBe(422);
    expect(tooMany.json).toMatchObject({
      code: 'export-too-large',
      detail: `${exportCommunity} 的人员超过 2 人，一次导出不了；请按网格或姓名缩小范围后分批导出`,
    });
    expect((await exportList({ area: `${exportCommunity}-01` }, worker, small)).status).toBe(200);
    expect((await exportList({ area: community })).status).toBe(403);
    expect((await exportList({ area: '350203006' }, admin)).status).toBe(422);
  });
});
