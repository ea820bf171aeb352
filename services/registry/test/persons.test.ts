import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { sharedDocumentClient } from '@shequ/ddb';
import { tableOf } from '@shequ/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, claimsFor } from '../../../test/support/http.ts';
import { createServiceTables } from '../../../test/support/tables.ts';
import { withCheckCharacter } from '../src/domain/citizen-id.ts';
import { handler as getPerson } from '../src/handlers/get-person.ts';
import { handler as listPersons } from '../src/handlers/list-persons.ts';
import { handler as registerPerson } from '../src/handlers/register-person.ts';
import { auditOf } from './support.ts';

const community = '350203006029';
const worker = claimsFor('community-worker', [community]);
let sequence = 100;
const nextId = (birth = '19800101') => withCheckCharacter(`350203${birth}${String(sequence++).padStart(3, '0')}`);

const register = (body: Record<string, unknown>, claims = worker, headers: Record<string, string> = {}) =>
  call(registerPerson, 'POST', '/registry/persons', { body, claims, headers });

const personBody = (overrides: Record<string, unknown> = {}) => ({
  name: '林秀英',
  citizenId: nextId('19560312'),
  phone: '13812345678',
  residence: 'registered',
  area: `${community}-03`,
  building: '3号楼',
  room: '502',
  ...overrides,
});

const countAudit = async (personId: string) => (await auditOf(personId)).length;

beforeAll(createServiceTables);

describe('POST /registry/persons', () => {
  it('stores the ID encrypted, derives birth date and sex, and returns it masked', async () => {
    const body = personBody();
    const response = await register(body);

    expect(response.status).toBe(201);
    expect(response.json).toMatchObject({
      name: '林秀英',
      citizenId: `350203********${body.citizenId.slice(-4)}`,
      phone: '138****5678',
      birthDate: '1956-03-12',
      sex: body.citizenId[16] && Number(body.citizenId[16]) % 2 === 1 ? 'male' : 'female',
      residence: 'registered',
      area: `${community}-03`,
      version: 1,
    });
    const stored = await sharedDocumentClient().send(
      new GetCommand({ TableName: tableOf('registry'), Key: { pk: `PERSON#${response.json.id}`, sk: 'PERSON' } }),
    );
    expect(JSON.stringify(stored.Item)).not.toContain(body.citizenId);
    expect(JSON.stringify(stored.Item)).not.toContain('13812345678');
    expect(await countAudit(response.json.id)).toBe(1);
  });

  it('refuses a wrong check digit with a Chinese problem and stores nothing', async () => {
    const valid = nextId();
    const wrong = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
    const response = await register(personBody({ citizenId: wrong, name: '校验位错误' }));

    expect(response.status).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json).toMatchObject({ code: 'validation-failed', title: '数据校验未通过', status: 422 });
    expect(response.json.errors).toEqual([{ field: 'body.citizenId', message: '公民身份号码校验位错误，请核对后重新输入' }]);
    const listed = await sharedDocumentClient().send(
      new QueryCommand({
        TableName: tableOf('registry'),
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :name)',
        ExpressionAttributeValues: { ':pk': `AREA#${community}#PERSON`, ':name': '校验位错误' },
      }),
    );
    expect(listed.Count).toBe(0);
  });

  it('explains every missing field in Chinese', async () => {
    const response = await register({ residence: 'migrant', area: community });
    expect(response.status).toBe(422);
    const fields = response.json.errors.map((error: { field: string }) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['body.name', 'body.citizenId']));
    for (const error of response.json.errors) expect(error.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('requires origin and arrival date for migrants', async () => {
    const response = await register(personBody({ residence: 'migrant' }));
    expect(response.status).toBe(422);
    expect(response.json.errors).toEqual([{ field: 'body.migrant', message: '流动人口须填写流出地和来本地日期' }]);
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const response = await register('{"name":' as unknown as Record<string, unknown>);
    expect(response.status).toBe(400);
    expect(response.json.code).toBe('malformed-json');
  });

  it('registers one citizen ID once per district', async () => {
    const body = personBody();
    expect((await register(body)).status).toBe(201);
    const again = await register({ ...body, name: '另一个名字' });
    expect(again.status).toBe(409);
    expect(again.json.code).toBe('citizen-id-registered');
  });

  it('lets only one of two racing registrations of the same ID win', async () => {
    const body = personBody();
    const results = await Promise.all([register(body), register(body), register(body)]);
    expect(results.map((result) => result.status).sort()).toEqual([201, 409, 409]);
  });

  it('refuses a community outside the caller scope with 403', async () => {
    const response = await register(personBody({ area: '350203006002' }));
    expect(response.status).toBe(403);
    expect(response.json.title).toBe('无权访问');
  });

  it('refuses residents and missing tokens', async () => {
    expect((await register(personBody(), claimsFor('resident', [community]))).status).toBe(403);
    expect((await call(registerPerson, 'POST', '/registry/persons', { body: personBody() })).status).toBe(401);
  });

  it('returns the first answer to a retry with the same Idempotency-Key', async () => {
    const body = personBody();
    const headers = { 'idempotency-key': `reg-${body.citizenId}` };
    const first = await register(body, worker, headers);
    const retry = await register(body, worker, headers);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.json.id).toBe(first.json.id);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    const reused = await register({ ...body, name: '不同请求' }, worker, headers);
    expect(reused.status).toBe(422);
    expect(reused.json.code).toBe('idempotency-key-reused');
  });
});

describe('GET /registry/persons/{id}', () => {
  let personId: string;
  let citizenId: string;

  beforeAll(async () => {
    const body = personBody({ name: '陈建国' });
    citizenId = body.citizenId;
    personId = (await register(body)).json.id;
  });

  const get = (claims: Record<string, unknown>, query?: Record<string, string>) =>
    call(getPerson, 'GET', '/registry/persons/{id}', { params: { id: personId }, claims, ...(query ? { query } : {}) });

  it('shows a person to staff whose scope contains the grid', async () => {
    for (const scope of ['350203', '350203006', community, `${community}-03`]) {
      const response = await get(claimsFor('grid-worker', [scope]));
      expect(response.status).toBe(200);
      expect(response.json.name).toBe('陈建国');
      expect(response.json.citizenId).toMatch(/^350203\*{8}\d{3}[\dX]$/);
    }
  });

  it('refuses staff of another community', async () => {
    const response = await get(claimsFor('community-worker', ['350203006002']));
    expect(response.status).toBe(403);
  });

  it('lets residents see only themselves', async () => {
    expect((await get(claimsFor('resident', [community], { person: personId }))).status).toBe(200);
    expect((await get(claimsFor('resident', [community], { person: 'someoneelse' }))).status).toBe(404);
  });

  it('reveals the full ID only to roles allowed to, and audits each reveal', async () => {
    const before = await countAudit(personId);
    const revealed = await get(worker, { reveal: 'true' });
    expect(revealed.json.citizenId).toBe(citizenId);
    expect(revealed.json.phone).toBe('13812345678');
    expect(await countAudit(personId)).toBe(before + 1);

    const refused = await get(claimsFor('grid-worker', [community]), { reveal: 'true' });
    expect(refused.status).toBe(403);
    expect(await countAudit(personId)).toBe(before + 1);
  });

  it('answers an unknown id with 404 and a malformed one with 422', async () => {
    const missing = await call(getPerson, 'GET', '/registry/persons/{id}', {
      params: { id: '0000000000000000000' },
      claims: worker,
    });
    expect(missing.status).toBe(404);
    const malformed = await call(getPerson, 'GET', '/registry/persons/{id}', { params: { id: 'x' }, claims: worker });
    expect(malformed.status).toBe(422);
  });
});

describe('GET /registry/persons', () => {
  const grid = '350203006032-05';
  const names = ['蔡一', '蔡二', '蔡三', '蔡四', '蔡五'];

  beforeAll(async () => {
    const gridWorker = claimsFor('community-worker', ['350203006032']);
    for (const name of names) {
      expect((await register(personBody({ name, area: grid }), gridWorker)).status).toBe(201);
    }
    await register(personBody({ name: '洪别', area: '350203006032-01' }), gridWorker);
  });

  const list = (query: Record<string, string>, claims = claimsFor('grid-worker', [grid])) =>
    call(listPersons, 'GET', '/registry/persons', { query, claims });

  it('pages through a grid by name with opaque cursors, masked', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await list({ area: grid, limit: '2', ...(cursor ? { cursor } : {}) });
      expect(page.status).toBe(200);
      for (const item of page.json.items) expect(item.citizenId).toMatch(/\*{8}/);
      seen.push(...page.json.items.map((item: { name: string }) => item.name));
      cursor = page.json.cursor;
    } while (cursor);
    expect(seen.sort()).toEqual([...names].sort());
  });

  it('filters by name prefix within a community', async () => {
    const page = await list({ area: '350203006032', name: '洪' }, claimsFor('community-worker', ['350203006032']));
    expect(page.json.items.map((item: { name: string }) => item.name)).toEqual(['洪别']);
  });

  it('refuses a grid worker listing the whole community, and forged cursors', async () => {
    expect((await list({ area: '350203006032' })).status).toBe(403);
    const forged = await list({ area: grid, cursor: 'bm90LWEtY3Vyc29y' });
    expect(forged.status).toBe(400);
    expect(forged.json.code).toBe('invalid-cursor');
    expect((await list({ area: grid, limit: '1000' })).status).toBe(422);
  });
});

describe('person view: status and derived groups', () => {
  const idFor = (birth: string, sex: 'male' | 'female') => {
    let id = nextId(birth);
    while ((Number(id[16]) % 2 === 1 ? 'male' : 'female') !== sex) id = nextId(birth);
    return id;
  };
  const view = async (birth: string, sex: 'male' | 'female', claims: Record<string, unknown> = worker) => {
    const created = (await register(personBody({ citizenId: idFor(birth, sex) }))).json;
    const self = claims === worker ? {} : { person: created.id };
    return (
      await call(getPerson, 'GET', '/registry/persons/{id}', { params: { id: created.id }, claims: { ...claims, ...self } })
    ).json;
  };

  it('shows an elderly man, a woman of childbearing age and a child as they are today', async () => {
    expect(await view('19560312', 'male')).toMatchObject({ status: 'active', elderly: true, womanOfChildbearingAge: false });
    expect(await view('19900615', 'female')).toMatchObject({ status: 'active', elderly: false, womanOfChildbearingAge: true });
    expect(await view('20200101', 'female')).toMatchObject({ elderly: false, womanOfChildbearingAge: false });
  });

  it('shows the derived groups to the resident themselves', async () => {
    expect(await view('19560312', 'female', claimsFor('resident', [community]))).toMatchObject({
      status: 'active',
      elderly: true,
      womanOfChildbearingAge: false,
    });
  });
});
