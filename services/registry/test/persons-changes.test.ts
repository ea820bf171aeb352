import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { sharedDocumentClient } from '@shequ/ddb';
import { tableOf } from '@shequ/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { outboxEvents } from '../../../test/support/outbox.ts';
import { handler as correctCitizenId } from '../src/handlers/correct-citizen-id.ts';
import { handler as getPerson } from '../src/handlers/get-person.ts';
import { handler as listDeathLedger } from '../src/handlers/list-death-ledger.ts';
import { handler as listPersons } from '../src/handlers/list-persons.ts';
import { handler as movePerson } from '../src/handlers/move-person.ts';
import { handler as movePersonOut } from '../src/handlers/move-person-out.ts';
import { handler as recordDeath } from '../src/handlers/record-death.ts';
import { handler as registerPerson } from '../src/handlers/register-person.ts';
import { handler as searchPersons } from '../src/handlers/search-persons.ts';
import { handler as updatePerson } from '../src/handlers/update-person.ts';
import { auditOf, call, claimsFor, createServiceTables, nextCitizenId, personBody } from './support.ts';

const communityA = '350203006029';
const communityB = '350203006031';
const staff = claimsFor('district-admin', ['350203']);
const workerA = claimsFor('community-worker', [communityA]);

async function register(overrides: Record<string, unknown> = {}) {
  const response = await call(registerPerson, 'POST', '/registry/persons', {
    body: personBody({ area: `${communityA}-03`, ...overrides }),
    claims: staff,
  });
  expect(response.status).toBe(201);
  return response.json as { id: string; version: number; [field: string]: unknown };
}

const patch = (id: string, body: Record<string, unknown>, claims = workerA) =>
  call(updatePerson, 'PATCH', '/registry/persons/{id}', { params: { id }, body, claims });
const lifeEvent = (handler: typeof movePerson, action: string, id: string, body: Record<string, unknown>, claims = workerA) =>
  call(handler, 'POST', `/registry/persons/{id}/${action}`, { params: { id }, body, claims });
const get = (id: string) => call(getPerson, 'GET', '/registry/persons/{id}', { params: { id }, claims: staff });
const names = async (area: string) =>
  (await call(listPersons, 'GET', '/registry/persons', { query: { area, limit: '100' }, claims: staff })).json.items.map(
    (item: { id: string }) => item.id,
  );

const eventsOf = (personId: string, type: string) => outboxEvents('registry', type, { personId });

const search = (body: Record<string, unknown>, claims = staff) =>
  call(searchPersons, 'POST', '/registry/persons/search', { body, claims });

beforeAll(createServiceTables);

describe('PATCH /registry/persons/{id}', () => {
  it('changes details, moves the phone index, and records the changed fields with an event', async () => {
    const person = await register({ name: '林秀英', phone: '13812340001', building: '3号楼', room: '502' });
    const response = await patch(person.id, { version: 1, name: '林秀兰', phone: '13912340001', building: null });

    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ name: '林秀兰', phone: '139****0001', room: '502', version: 2 });
    expect(response.json.building).toBeUndefined();
    expect((await search({ phone: '13812340001' })).json.items).toEqual([]);
    expect((await search({ phone: '13912340001' })).json.items.map((item: { id: string }) => item.id)).toEqual([person.id]);
    const byName = await call(listPersons, 'GET', '/registry/persons', {
      query: { area: communityA, name: '林秀兰' },
      claims: staff,
    });
    expect(byName.json.items.map((item: { id: string }) => item.id)).toContain(person.id);

    const audit = await auditOf(person.id);
    expect(audit.find((entry) => entry.action === 'update')).toMatchObject({
      actor: workerA.sub,
      fields: ['name', 'phone', 'building'],
    });
    const [event] = await eventsOf(person.id, 'PersonUpdated');
    expect(event?.data).toEqual({
      personId: person.id,
      // The new name goes out (the 公示 list and messages use it); the citizen ID only ever masked.
      name: '林秀兰',
      citizenIdMasked: person.citizenId,
      // The new phone travels only sealed, for the services that may send to it.
      phoneCipher: expect.any(String),
      area: `${communityA}-03`,
      birthDate: '1956-03-12',
      sex: person.sex,
      residence: 'registered',
      changed: ['name', 'phone', 'building'],
    });
    expect(JSON.stringify(event)).not.toContain('13912340001');
  });

  it('lets exactly one of two updates at the same version win', async () => {
    const person = await register({ phone: '13812340002' });
    const results = await Promise.all([
      patch(person.id, { version: 1, name: '甲', phone: '13912340002' }),
      patch(person.id, { version: 1, name: '乙', phone: '13712340002' }),
    ]);

    expect(results.map((result) => result.status).sort()).toEqual([200, 409]);
    const lost = results.find((result) => result.status === 409);
    expect(lost?.json).toMatchObject({ code: 'concurrent-modification', detail: '该记录已被他人修改，请刷新后重试' });
    const winner = results.find((result) => result.status === 200)?.json;
    expect((await get(person.id)).json).toMatchObject({ name: winner.name, version: 2 });
    expect((await auditOf(person.id)).filter((entry) => entry.action === 'update')).toHaveLength(1);
    expect(await eventsOf(person.id, 'PersonUpdated')).toHaveLength(1);
    // Only the winner's number finds the person: the loser left no index item behind.
    const found = await Promise.all(
      ['13912340002', '13712340002'].map(async (phone) => (await search({ phone })).json.items.length),
    );
    expect(found.sort()).toEqual([0, 1]);
  });

  it('answers a stale version with 409 and changes nothing', async () => {
    const person = await register();
    expect((await patch(person.id, { version: 1, room: '101' })).status).toBe(200);
    const stale = await patch(person.id, { version: 1, room: '202' });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe('concurrent-modification');
    expect((await get(person.id)).json).toMatchObject({ room: '101', version: 2 });
  });

  it('turns a migrant into a registered resident and back, keeping the rule on migrant details', async () => {
    const person = await register({ residence: 'migrant', migrant: { origin: '福建省龙岩市', arrivalDate: '2020-03-01' } });
    const registered = await patch(person.id, { version: 1, residence: 'registered' });
    expect(registered.json.residence).toBe('registered');
    expect(registered.json.migrant).toBeUndefined();
    const missing = await patch(person.id, { version: 2, residence: 'migrant' });
    expect(missing.status).toBe(422);
    expect(missing.json.errors).toEqual([{ field: 'body.migrant', message: '流动人口须填写流出地和来本地日期' }]);
  });

  it('answers a patch that changes nothing without a new version', async () => {
    const person = await register({ name: '不变' });
    const response = await patch(person.id, { version: 1, name: '不变' });
    expect(response.json.version).toBe(1);
    expect(await auditOf(person.id)).toHaveLength(1);
  });

  it('refuses the citizen ID, the area, an empty patch and a missing version with Chinese reasons', async () => {
    const person = await register();
    const refused = await patch(person.id, { version: 1, citizenId: nextCitizenId(), area: communityB });
    expect(refused.status).toBe(422);
    expect(refused.json.errors).toEqual([
      { field: 'body.citizenId', message: '公民身份号码不能在此修改；号码有误请由街道或区级工作人员办理“更正公民身份号码”' },
      { field: 'body.area', message: '所属社区或网格不能在此修改；搬家请办理“区内迁移”' },
    ]);
    const empty = await patch(person.id, { version: 1 });
    expect(empty.json.errors[0].message).toMatch(/^请至少填写一项要修改的内容/);
    const noVersion = await patch(person.id, { name: '某' });
    expect(noVersion.json.errors).toEqual([{ field: 'body.version', message: '请提供记录的版本号 version（查看人员时返回）' }]);
    expect((await get(person.id)).json.version).toBe(1);
  });

  it('refuses staff of another community (403), residents (403) and unknown persons (404)', async () => {
    const person = await register();
    expect((await patch(person.id, { version: 1, room: '1' }, claimsFor('community-worker', [communityB]))).status).toBe(403);
    expect(
      (await patch(person.id, { version: 1, room: '1' }, claimsFor('resident', [communityA], { person: person.id }))).status,
    ).toBe(403);
    expect((await patch('0000000000000000000', { version: 1, room: '1' })).status).toBe(404);
  });
});

describe('POST /registry/persons/{id}/move', () => {
  it('moves the same person to another community: both lists show it, with the event and audit', async () => {
    const person = await register({ building: '3号楼', room: '502' });
    expect(await names(communityA)).toContain(person.id);
    const body = {
      area: `${communityB}-01`,
      building: '8号楼',
      room: '1201',
      date: '2024-04-20',
      reason: '购房搬迁',
      version: 1,
    };
    const response = await lifeEvent(movePerson, 'move', person.id, body);

    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ id: person.id, area: `${communityB}-01`, building: '8号楼', room: '1201', version: 2 });
    expect(await names(communityA)).not.toContain(person.id);
    expect(await names(communityB)).toContain(person.id);
    expect(await names(`${communityB}-01`)).toContain(person.id);
    const [event] = await eventsOf(person.id, 'PersonMoved');
    expect(event).toMatchObject({
      area: `${communityB}-01`,
      data: {
        personId: person.id,
        from: `${communityA}-03`,
        to: `${communityB}-01`,
        date: '2024-04-20',
        birthDate: '1956-03-12',
      },
    });
    expect((await auditOf(person.id)).find((entry) => entry.action === 'move')).toMatchObject({
      fields: ['area', 'building', 'room'],
      reason: '购房搬迁',
    });
    // The new community's worker now has the person; the old one no longer does.
    expect((await patch(person.id, { version: 2, room: '1202' }, claimsFor('community-worker', [communityB]))).status).toBe(200);
    expect((await patch(person.id, { version: 3, room: '1203' })).status).toBe(403);
  });

  it('refuses destinations outside the district or above community level, the same area, and bad dates', async () => {
    const person = await register();
    const move = (overrides: Record<string, unknown>) =>
      lifeEvent(movePerson, 'move', person.id, {
        area: communityB,
        date: '2024-04-20',
        reason: '搬家',
        version: 1,
        ...overrides,
      });

    const elsewhere = await move({ area: '350206001001' });
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.json.errors[0]).toEqual({
      field: 'body.area',
      message: '迁入地须为本区（350203）的社区或网格；迁往区外请办理迁出',
    });
    expect((await move({ area: '350203006' })).json.errors[0].message).toBe('人员须登记到社区（12 位代码）或网格');
    expect((await move({ area: `${communityA}-03` })).json.errors[0].message).toMatch(/^迁入地与现住地相同/);
    expect((await move({ date: '2999-01-01' })).json.errors[0]).toMatchObject({ field: 'body.date' });
    expect((await move({ date: '1900-01-01' })).json.errors[0].message).toBe('日期 1900-01-01 早于出生日期 1956-03-12');
    expect((await move({ reason: '' })).json.errors[0]).toEqual({ field: 'body.reason', message: '请填写办理原因' });
    expect((await move({})).status).toBe(200);
  });

  it('needs scope over where the person lives now', async () => {
    const person = await register();
    const response = await lifeEvent(
      movePerson,
      'move',
      person.id,
      { area: communityB, date: '2024-04-20', reason: '搬家', version: 1 },
      claimsFor('community-worker', [communityB]),
    );
    expect(response.status).toBe(403);
  });
});

describe('POST /registry/persons/{id}/move-out', () => {
  it('closes the record: readable by id, gone from the lists and the birth-date index, with an event', async () => {
    const person = await register({ phone: '13812340003' });
    const response = await lifeEvent(movePersonOut, 'move-out', person.id, {
      date: '2024-04-01',
      destination: '湖里区',
      reason: '投靠子女',
      version: 1,
    });

    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({
      status: 'moved-out',
      movedOut: { date: '2024-04-01', destination: '湖里区' },
      version: 2,
    });
    expect(response.json.elderly).toBeUndefined();
    expect((await get(person.id)).json.status).toBe('moved-out');
    expect(await names(communityA)).not.toContain(person.id);
    const stored = await sharedDocumentClient().send(
      new GetCommand({ TableName: tableOf('registry'), Key: { pk: `PERSON#${person.id}`, sk: 'PERSON' } }),
    );
    expect(stored.Item).not.toHaveProperty('gsi1pk');
    expect(stored.Item).not.toHaveProperty('gsi2pk');
    const [event] = await eventsOf(person.id, 'PersonMovedOut');
    expect(event?.data).toMatchObject({
      personId: person.id,
      area: `${communityA}-03`,
      date: '2024-04-01',
      destination: '湖里区',
    });
    // Still found by an exact search, marked as moved out.
    expect((await search({ phone: '13812340003' })).json.items[0]).toMatchObject({ id: person.id, status: 'moved-out' });
  });

  it('answers a retried move-out with the same Idempotency-Key with the first answer', async () => {
    const person = await register();
    const send = () =>
      call(movePersonOut, 'POST', '/registry/persons/{id}/move-out', {
        params: { id: person.id },
        body: { date: '2024-04-01', destination: '湖里区', reason: '迁出', version: 1 },
        claims: workerA,
        headers: { 'idempotency-key': `move-out-${person.id}` },
      });
    const first = await send();
    const retry = await send();
    expect([first.status, retry.status]).toEqual([200, 200]);
    expect(retry.json).toEqual(first.json);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await eventsOf(person.id, 'PersonMovedOut')).toHaveLength(1);
  });

  it('refuses every further change of a moved-out person with 409 and a Chinese reason', async () => {
    const person = await register();
    const out = { date: '2024-04-01', destination: '湖里区', reason: '迁出', version: 1 };
    expect((await lifeEvent(movePersonOut, 'move-out', person.id, out)).status).toBe(200);

    const again = await lifeEvent(movePersonOut, 'move-out', person.id, { ...out, version: 2 });
    expect(again.status).toBe(409);
    expect(again.json).toMatchObject({ code: 'person-moved-out', detail: '该人员已迁出本区，不能再办理迁出登记；记录仅供查阅' });
    const move = await lifeEvent(movePerson, 'move', person.id, {
      area: communityB,
      date: '2024-04-20',
      reason: '回迁',
      version: 2,
    });
    expect(move.json.detail).toBe('该人员已迁出本区，不能再办理区内迁移；记录仅供查阅');
    const died = await lifeEvent(recordDeath, 'deceased', person.id, {
      dateOfDeath: '2024-04-20',
      reason: '家属申报',
      version: 2,
    });
    expect(died.status).toBe(409);
    expect((await patch(person.id, { version: 2, room: '1' })).json.code).toBe('person-moved-out');
  });
});

describe('POST /registry/persons/{id}/deceased and the death ledger', () => {
  const subdistrictB = '350203007';
  const communityC = '350203007001';
  const ledger = (query: Record<string, string>, claims = claimsFor('subdistrict-staff', [subdistrictB])) =>
    call(listDeathLedger, 'GET', '/registry/death-ledger', { query, claims });
  const deaths = new Map<string, string>();

  beforeAll(async () => {
    const entries: [string, string, string][] = [
      ['陈一', `${communityC}-01`, '2024-01-15'],
      ['陈二', `${communityC}-02`, '2024-02-10'],
      ['陈三', '350203007002', '2024-03-05'],
    ];
    for (const [name, area, dateOfDeath] of entries) {
      const person = await register({ name, area });
      const response = await lifeEvent(
        recordDeath,
        'deceased',
        person.id,
        {
          dateOfDeath,
          placeOfDeath: '第一医院',
          cause: '病故',
          burial: { method: 'cremation', place: '薛岭山公墓', date: dateOfDeath },
          reason: '家属申报，凭死亡医学证明',
          version: 1,
        },
        claimsFor('subdistrict-staff', [subdistrictB]),
      );
      expect(response.status).toBe(200);
      deaths.set(name, person.id);
    }
  });

  it('marks the person deceased and out of the lists, with the PersonDeceased event', async () => {
    const id = deaths.get('陈一') as string;
    const person = await get(id);
    expect(person.json).toMatchObject({
      status: 'deceased',
      death: { dateOfDeath: '2024-01-15', placeOfDeath: '第一医院', burial: { method: 'cremation' } },
      version: 2,
    });
    expect(await names(communityC)).not.toContain(id);
    const [event] = await eventsOf(id, 'PersonDeceased');
    expect(event?.data).toEqual({
      personId: id,
      name: person.json.name,
      citizenIdMasked: person.json.citizenId,
      area: `${communityC}-01`,
      dateOfDeath: '2024-01-15',
      birthDate: '1956-03-12',
      sex: person.json.sex,
      residence: 'registered',
      burialMethod: 'cremation',
    });
    expect((await auditOf(id)).find((entry) => entry.action === 'deceased')).toMatchObject({
      fields: ['status', 'death'],
      reason: '家属申报，凭死亡医学证明',
    });
  });

  it('lists deaths by sub-district, community and grid in date order, between dates', async () => {
    const namesOf = (response: { json: { items: { name: string }[] } }) => response.json.items.map((item) => item.name);
    expect(namesOf(await ledger({ area: subdistrictB }))).toEqual(['陈一', '陈二', '陈三']);
    expect(namesOf(await ledger({ area: communityC }))).toEqual(['陈一', '陈二']);
    expect(namesOf(await ledger({ area: `${communityC}-02` }))).toEqual(['陈二']);
    expect(namesOf(await ledger({ area: subdistrictB, from: '2024-02-10', to: '2024-03-04' }))).toEqual(['陈二']);
    expect(namesOf(await ledger({ area: subdistrictB, to: '2024-03-05' }))).toEqual(['陈一', '陈二', '陈三']);

    const [first] = (await ledger({ area: communityC })).json.items;
    expect(first).toMatchObject({
      personId: deaths.get('陈一'),
      citizenId: expect.stringMatching(/^\d{6}\*{8}\d{3}[\dX]$/),
      birthDate: '1956-03-12',
      ageAtDeath: 67,
      dateOfDeath: '2024-01-15',
      cause: '病故',
      burial: { method: 'cremation', place: '薛岭山公墓', date: '2024-01-15' },
    });
  });

  it('pages the ledger with cursors', async () => {
    const first = await ledger({ area: subdistrictB, limit: '2' });
    expect(first.json.items).toHaveLength(2);
    const second = await ledger({ area: subdistrictB, limit: '2', cursor: first.json.cursor });
    expect(second.json.items.map((item: { name: string }) => item.name)).toEqual(['陈三']);
  });

  it('refuses a district-wide ledger, reversed dates and areas out of scope', async () => {
    const district = await ledger({ area: '350203' }, claimsFor('district-admin', ['350203']));
    expect(district.status).toBe(422);
    expect(district.json.errors[0].message).toBe('台帐请按街道（9 位）、社区（12 位）或网格查询');
    expect((await ledger({ area: subdistrictB, from: '2024-03-01', to: '2024-01-01' })).json.errors[0]).toEqual({
      field: 'query.to',
      message: '截止日期不能早于起始日期',
    });
    expect((await ledger({ area: subdistrictB }, workerA)).status).toBe(403);
  });

  it('refuses a second death, a death before birth and a burial before death', async () => {
    const again = await lifeEvent(
      recordDeath,
      'deceased',
      deaths.get('陈三') as string,
      { dateOfDeath: '2024-03-06', reason: '重复', version: 2 },
      claimsFor('subdistrict-staff', [subdistrictB]),
    );
    expect(again.status).toBe(409);
    expect(again.json).toMatchObject({ code: 'person-deceased', detail: '该人员已登记死亡，不能再办理死亡登记；记录仅供查阅' });

    const person = await register();
    const died = (body: Record<string, unknown>) =>
      lifeEvent(recordDeath, 'deceased', person.id, { dateOfDeath: '2024-03-06', reason: '家属申报', version: 1, ...body });
    expect((await died({ dateOfDeath: '1950-01-01' })).json.errors[0].field).toBe('body.dateOfDeath');
    expect((await died({ burial: { method: 'cremation', date: '2024-03-01' } })).json.errors[0]).toEqual({
      field: 'body.burial.date',
      message: '安葬日期不能早于死亡日期',
    });
    expect((await died({ burial: { method: 'sea' } })).json.errors[0].message).toBe(
      '殡葬方式须为：cremation（火化）、burial（土葬）或 other（其他）',
    );
    expect((await get(person.id)).json).toMatchObject({ status: 'active', version: 1 });
  });
});

describe('POST /registry/persons/{id}/correct-citizen-id', () => {
  const correct = (id: string, body: Record<string, unknown>, claims = staff) =>
    call(correctCitizenId, 'POST', '/registry/persons/{id}/correct-citizen-id', { params: { id }, body, claims });

  it('moves the claim to the right number and derives birth date and sex again', async () => {
    const wrong = nextCitizenId('19560312', 'female');
    const person = await register({ citizenId: wrong });
    const right = nextCitizenId('19650312', 'male');
    const response = await correct(person.id, { citizenId: right, reason: '登记时录错出生年份', version: 1 });

    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({
      birthDate: '1965-03-12',
      sex: 'male',
      citizenId: `${right.slice(0, 6)}********${right.slice(-4)}`,
    });
    expect((await search({ citizenId: right })).json.items.map((item: { id: string }) => item.id)).toEqual([person.id]);
    expect((await search({ citizenId: wrong })).json.items).toEqual([]);
    // The wrong number is free again for whoever really holds it.
    await register({ citizenId: wrong, name: '真正持有人' });
    const [event] = await eventsOf(person.id, 'PersonCitizenIdCorrected');
    expect(event?.data).toMatchObject({ birthDate: '1965-03-12', sex: 'male' });
    expect((await auditOf(person.id)).find((entry) => entry.action === 'correct-citizen-id')).toMatchObject({
      fields: ['citizenId', 'birthDate', 'sex'],
      reason: '登记时录错出生年份',
    });
  });

  it('refuses a number someone else holds, the same number, and community workers', async () => {
    const other = nextCitizenId();
    await register({ citizenId: other });
    const own = nextCitizenId();
    const person = await register({ citizenId: own });

    const taken = await correct(person.id, { citizenId: other, reason: '更正', version: 1 });
    expect(taken.status).toBe(409);
    expect(taken.json.code).toBe('citizen-id-registered');
    expect((await get(person.id)).json.version).toBe(1);
    expect((await search({ citizenId: own })).json.items).toHaveLength(1);

    expect((await correct(person.id, { citizenId: own, reason: '更正', version: 1 })).json.errors[0].message).toBe(
      '新号码与原登记号码相同，无需更正',
    );
    expect((await correct(person.id, { citizenId: nextCitizenId(), reason: '更正', version: 1 }, workerA)).status).toBe(403);
  });
});
