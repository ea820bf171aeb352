import { beforeAll, describe, expect, it } from 'vitest';
import { createHandler as actAt } from '../src/handlers/act-on-application.ts';
import { createHandler as checkAt } from '../src/handlers/check-eligibility.ts';
import { createHandler as getAt } from '../src/handlers/get-application.ts';
import { createHandler as noticeBoardAt } from '../src/handlers/get-notice-board.ts';
import { createHandler as listAt } from '../src/handlers/list-applications.ts';
import { createHandler as printAt } from '../src/handlers/print-notice-board.ts';
import { createHandler as submitAt } from '../src/handlers/submit-application.ts';
import {
  account,
  at,
  call,
  claimsFor,
  clockAt,
  createServiceTables,
  knownResident,
  outboxEvents,
  plusDays,
  setDay,
} from './support.ts';

const community = '350203006029';
const grid = `${community}-03`;
const worker = claimsFor('community-worker', [community]);
const gridWorker = claimsFor('grid-worker', [grid]);
const subdistrict = claimsFor('subdistrict-staff', ['350203006']);
const otherWorker = claimsFor('community-worker', ['350203007001']);

const clock = clockAt('2026-03-02T02:00:00Z');
const deps = at(clock);
const submit = submitAt(deps);
const act = actAt(deps);
const get = getAt(deps);
const list = listAt(deps);
const check = checkAt(deps);
const board = noticeBoardAt(deps);
const print = printAt(deps);

const day = (d: string) => setDay(clock, d);

async function dibaoHousehold(perCapitaIncome: number, size = 1, name = '林秀英') {
  return knownResident({ area: grid, name, household: { size, perCapitaIncome } });
}

async function apply(personId: string, name: string, extra: Record<string, unknown> = {}, claims = worker) {
  return call(submit, 'POST', '/subsidies/applications', {
    claims,
    body: { programme: 'dibao', personId, statement: '家庭收入低于低保标准', account: account(name), ...extra },
  });
}

async function command(id: string, body: Record<string, unknown>, claims = worker) {
  const current = await call(get, 'GET', '/subsidies/applications/{id}', { params: { id }, claims: worker });
  return call(act, 'POST', '/subsidies/applications/{id}/commands', {
    params: { id },
    claims,
    body: { version: current.json.version, ...body },
  });
}

/** Takes a submitted application through review and the three rounds (7 days each) to the sub-district. */
async function throughNotice(id: string, start: string) {
  day(start);
  expect((await command(id, { type: 'start-review' })).status).toBe(200);
  const visit = await command(
    id,
    { type: 'record-home-visit', visit: { visitedOn: start, findings: '家中确无其他收入', passed: true } },
    gridWorker,
  );
  expect(visit.status).toBe(200);
  expect((await command(id, { type: 'post-notice' })).status).toBe(200);
  let closeOn = start;
  for (let round = 1; round <= 3; round++) {
    closeOn = plusDays(closeOn, 7);
    day(closeOn);
    const closed = await command(id, { type: 'close-notice' });
    expect(closed.status, JSON.stringify(closed.json)).toBe(200);
  }
  return closeOn;
}

beforeAll(async () => {
  await createServiceTables();
});

describe('submitting an application', () => {
  it('checks eligibility on the kept registry facts and explains a refusal in Chinese, writing nothing', async () => {
    day('2026-03-02');
    const { personId } = await dibaoHousehold(950, 1, '陈国强');
    const refused = await apply(personId, '陈国强');
    expect(refused.status).toBe(422);
    expect(refused.json.code).toBe('not-eligible');
    expect(refused.json.detail).toContain('家庭人均收入');
    const mine = await call(list, 'GET', '/subsidies/applications', { claims: worker, query: { person: personId } });
    expect(mine.json.items).toEqual([]);

    const eligibility = await call(check, 'GET', '/subsidies/persons/{id}/eligibility', {
      params: { id: personId },
      claims: worker,
      query: { programme: 'dibao' },
    });
    expect(eligibility.status).toBe(200);
    expect(eligibility.json.items[0]).toMatchObject({ programme: 'dibao', eligible: false });
  });

  it('records the application with the amount the notice will show, the account sealed and masked', async () => {
    const { personId } = await dibaoHousehold(600, 2, '王丽华');
    const created = await apply(personId, '王丽华');
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    expect(created.json).toMatchObject({
      state: 'submitted',
      programme: 'dibao',
      applicantName: '王丽华',
      householdSize: 2,
      proposedYuan: 600,
      account: { holder: '王丽华', numberMasked: '**** **** **** 4567' },
    });
    expect(JSON.stringify(created.json)).not.toContain('6222020402001234567');
    const events = await outboxEvents('subsidies', 'ApplicationStatusChanged', { applicationId: created.json.id });
    expect(events.map((e) => e.data.to)).toEqual(['submitted']);
  });

  it('pays only into the applicant’s own account', async () => {
    const { personId } = await dibaoHousehold(600, 1, '李明');
    const refused = await apply(personId, '李明', { account: account('张三') });
    expect(refused.status).toBe(422);
    expect(refused.json.errors[0]).toMatchObject({ field: 'body.account.holder' });
  });

  it('refuses a second open application of the same programme, for the person and for the household', async () => {
    const partner = await knownResident({ area: grid, name: '周桂兰' });
    const { personId } = await knownResident({
      area: grid,
      name: '周建国',
      household: { size: 2, perCapitaIncome: 500, joins: [partner.personId] },
    });
    expect((await apply(personId, '周建国')).status).toBe(201);
    const again = await apply(personId, '周建国');
    expect(again.status).toBe(409);
    expect(again.json.code).toBe('already-applied');
    const sameHousehold = await apply(partner.personId, '周桂兰');
    expect(sameHousehold.status).toBe(409);
    expect(sameHousehold.json.detail).toContain('该家庭');
  });

  it('lets a resident apply for themself only, and shows them only their own applications', async () => {
    const { personId } = await dibaoHousehold(700, 1, '黄小梅');
    const other = await dibaoHousehold(700, 1, '郑大海');
    const self = claimsFor('resident', [], { person: personId });
    expect((await apply(other.personId, '郑大海', {}, self)).status).toBe(403);
    const created = await apply(personId, '黄小梅', {}, self);
    expect(created.status).toBe(201);
    expect(created.json.filedBy).toBe(self.sub);
    const seen = await call(get, 'GET', '/subsidies/applications/{id}', { params: { id: created.json.id }, claims: self });
    expect(seen.status).toBe(200);
    const otherResident = claimsFor('resident', [], { person: other.personId });
    expect(
      (await call(get, 'GET', '/subsidies/applications/{id}', { params: { id: created.json.id }, claims: otherResident })).status,
    ).toBe(403);
    expect(
      (await call(get, 'GET', '/subsidies/applications/{id}', { params: { id: created.json.id }, claims: otherWorker })).status,
    ).toBe(403);
  });

  it('answers bad input with Chinese field errors', async () => {
    const bad = await call(submit, 'POST', '/subsidies/applications', {
      claims: worker,
      body: { programme: 'no-such', personId: 'x', statement: '' },
    });
    expect(bad.status).toBe(422);
    const fields = bad.json.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.programme', 'body.personId', 'body.statement']));
    expect(bad.json.errors.find((e: { field: string }) => e.field === 'body.programme').message).toContain('补助项目须为');
  });
});

describe('review, 三榜公示 and approval', () => {
  it('will not post a list before the home visit, nor close a round early or with an open objection', async () => {
    const { personId } = await dibaoHousehold(650, 1, '吴淑芬');
    const { json: created } = await apply(personId, '吴淑芬');
    day('2026-03-02');
    await command(created.id, { type: 'start-review' });
    const early = await command(created.id, { type: 'post-notice' });
    expect(early.status).toBe(409);
    expect(early.json.code).toBe('home-visit-required');
    await command(created.id, { type: 'record-home-visit', visit: { visitedOn: '2026-03-02', findings: '属实', passed: true } });
    expect((await command(created.id, { type: 'post-notice' })).json.state).toBe('notice-1');

    day('2026-03-08');
    const tooSoon = await command(created.id, { type: 'close-notice' });
    expect(tooSoon.status).toBe(409);
    expect(tooSoon.json).toMatchObject({ code: 'notice-period-not-over' });
    expect(tooSoon.json.detail).toContain('2026-03-08');

    day('2026-03-09');
    expect((await command(created.id, { type: 'close-notice' })).json.state).toBe('notice-2');
    day('2026-03-10');
    const objection = await command(created.id, { type: 'raise-objection', content: '邻居反映其子女有稳定收入' }, gridWorker);
    expect(objection.json.objections).toHaveLength(1);
    day('2026-03-16');
    const blocked = await command(created.id, { type: 'close-notice' });
    expect(blocked.status).toBe(409);
    expect(blocked.json.code).toBe('objection-unresolved');
    await command(created.id, {
      type: 'resolve-objection',
      objectionId: 'r2-1',
      outcome: 'dismissed',
      note: '经核实子女已分户且无赡养能力',
    });
    expect((await command(created.id, { type: 'close-notice' })).json.state).toBe('notice-3');
  });

  it('shows the posted lists publicly with IDs masked, and prints a round for the board', async () => {
    const { personId } = await dibaoHousehold(700, 1, '何春燕');
    const { json: created } = await apply(personId, '何春燕');
    day('2026-04-01');
    await command(created.id, { type: 'start-review' });
    await command(created.id, { type: 'record-home-visit', visit: { visitedOn: '2026-04-01', findings: '属实', passed: true } });
    await command(created.id, { type: 'post-notice' });
    const shown = await call(board, 'GET', '/subsidies/notices', { query: { area: community } });
    expect(shown.status).toBe(200);
    const first = shown.json.rounds.find((r: { round: number }) => r.round === 1);
    const entry = first.entries.find((e: { applicantName: string }) => e.applicantName === '何春燕');
    expect(entry).toMatchObject({
      programmeName: '最低生活保障（低保）',
      amountYuan: 200,
      postedOn: '2026-04-01',
      lastDay: '2026-04-07',
    });
    expect(entry.applicantIdMasked).toMatch(/^\d{6}\*{8}\d{4}$/);

    const page = await call(print, 'GET', '/subsidies/notices/print', { query: { area: community, round: '1' } });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.json).toContain('何春燕');
    expect(page.json).toContain('第一榜公示');
    expect(page.json).toContain('2026-04-01 至 2026-04-07');
    expect((await call(print, 'GET', '/subsidies/notices/print', { query: { area: community, round: '4' } })).status).toBe(422);
  });

  it('lets only the sub-district approve, re-checks the facts and fixes the amount', async () => {
    const { personId } = await dibaoHousehold(610, 1, '许文斌');
    const { json: created } = await apply(personId, '许文斌');
    await throughNotice(created.id, '2026-05-04');
    const byCommunity = await command(created.id, { type: 'approve' });
    expect(byCommunity.status).toBe(403);
    const approved = await command(created.id, { type: 'approve', startsOn: '2026-06-01' }, subdistrict);
    expect(approved.status, JSON.stringify(approved.json)).toBe(200);
    expect(approved.json).toMatchObject({ state: 'active', amountYuan: 290, startsOn: '2026-06-01', approvedOn: '2026-05-25' });
    const steps = approved.json.history.map((h: { command: string }) => h.command);
    expect(steps).toEqual([
      'submit',
      'start-review',
      'record-home-visit',
      'post-notice',
      'close-notice',
      'close-notice',
      'close-notice',
      'approve',
    ]);
    const events = await outboxEvents('subsidies', 'ApplicationStatusChanged', { applicationId: created.id });
    expect(events).toHaveLength(steps.length);
    // Steps taken at the same instant may come back in either order: find the approval by what it did.
    expect(events.find((e) => e.data.command === 'approve')?.data).toMatchObject({
      from: 'subdistrict-approval',
      to: 'active',
      amountFen: 29_000,
    });
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const { personId } = await dibaoHousehold(610, 1, '邓志明');
    const { json: created } = await apply(personId, '邓志明');
    const stale = await call(act, 'POST', '/subsidies/applications/{id}/commands', {
      params: { id: created.id },
      claims: worker,
      body: { type: 'start-review', version: created.version + 1 },
    });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe('concurrent-modification');
    const after = await call(get, 'GET', '/subsidies/applications/{id}', { params: { id: created.id }, claims: worker });
    expect(after.json).toMatchObject({ state: 'submitted', version: created.version });
  });

  it('withdraws or rejects only with a reason, and frees the programme for a new application', async () => {
    const { personId } = await dibaoHousehold(610, 1, '蔡美玲');
    const { json: created } = await apply(personId, '蔡美玲');
    const noReason = await command(created.id, { type: 'withdraw', reason: ' ' });
    expect(noReason.status).toBe(422);
    const withdrawn = await command(
      created.id,
      { type: 'withdraw', reason: '已找到工作' },
      claimsFor('resident', [], { person: personId }),
    );
    expect(withdrawn.json.state).toBe('withdrawn');
    expect((await apply(personId, '蔡美玲')).status).toBe(201);
  });
});

describe('in-kind aids and bad commands', () => {
  it('hands a wheelchair over and records who did it; no account, no payment', async () => {
    const { personId } = await knownResident({
      area: grid,
      name: '马建华',
      groups: [{ group: 'disabled', attributes: { category: 'limb', grade: 2 } }],
    });
    const created = await call(submit, 'POST', '/subsidies/applications', {
      claims: worker,
      body: { programme: 'aid-wheelchair', personId, statement: '下肢瘫痪，出行困难' },
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const id = created.json.id;
    await throughNotice(id, '2026-06-01');
    const approved = await command(id, { type: 'approve' }, subdistrict);
    expect(approved.json).toMatchObject({ state: 'active', amountYuan: 0 });
    expect(approved.json.endsOn).toBeUndefined();

    const tooEarly = await command(id, { type: 'hand-over', handedOverOn: '2026-07-01' });
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.json.code).toBe('date-in-future');
    const handed = await command(id, { type: 'hand-over', handedOverOn: '2026-06-22', note: '轮椅一台，本人签收' }, gridWorker);
    expect(handed.json).toMatchObject({
      state: 'ended',
      handover: { on: '2026-06-22', by: gridWorker.sub, note: '轮椅一台，本人签收' },
    });
  });

  it('refuses a hand-over for a cash benefit', async () => {
    const { personId } = await dibaoHousehold(600, 1, '彭桂英');
    const { json: created } = await apply(personId, '彭桂英');
    await throughNotice(created.id, '2026-06-01');
    await command(created.id, { type: 'approve' }, subdistrict);
    const refused = await command(created.id, { type: 'hand-over', handedOverOn: '2026-06-22' });
    expect(refused.status).toBe(409);
    expect(refused.json.code).toBe('not-in-kind');
  });

  it('answers an unknown command, a missing version and a bad date in Chinese, changing nothing', async () => {
    const { personId } = await dibaoHousehold(600, 1, '韩秀珍');
    const { json: created } = await apply(personId, '韩秀珍');
    const send = (body: unknown) =>
      call(act, 'POST', '/subsidies/applications/{id}/commands', { params: { id: created.id }, claims: worker, body });
    const unknown = await send({ type: 'approve-everything', version: 1 });
    expect(unknown.status).toBe(422);
    expect(unknown.json.errors[0].message).toContain('操作类型');
    const noVersion = await send({ type: 'start-review' });
    expect(noVersion.status).toBe(422);
    expect(noVersion.json.errors[0]).toMatchObject({ field: 'body.version' });
    const badDate = await send({ type: 'report-work', reportedOn: '2026-13-40', version: 1 });
    expect(badDate.status).toBe(422);
    expect(badDate.json.errors[0].message).toContain('YYYY-MM-DD');
    const after = await call(get, 'GET', '/subsidies/applications/{id}', { params: { id: created.id }, claims: worker });
    expect(after.json).toMatchObject({ state: 'submitted', version: 1 });
  });
});
