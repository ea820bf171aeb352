import { ApplicationStatusChanged, createEvent, type EventEnvelope, type PersonFacts } from '@shequ/contracts';
import { ensureTable, newId, sharedDocumentClient } from '@shequ/ddb';
import { tableOf } from '@shequ/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { sqsBatch } from '../../../test/support/events.ts';
import { call, claimsFor } from '../../../test/support/http.ts';
import {
  boardAreasOf,
  isPostedOn,
  maskPersonalNumbers,
  personalNumberProblems,
  postingPeriodProblems,
  roundNoticeId,
  roundStep,
} from '../src/domain/board.ts';
import { createHandler as boardAt } from '../src/handlers/get-board.ts';
import { createHandler as postAt } from '../src/handlers/post-notice.ts';
import { createHandler as postNoticesAt } from '../src/handlers/post-notices.ts';
import { createHandler as printAt } from '../src/handlers/print-board.ts';
import { createHandler as takeDownAt } from '../src/handlers/take-down-notice.ts';
import { manifest } from '../src/manifest.ts';
import { noticeOf } from '../src/store/board.ts';
import { keepContact } from '../src/store/contacts.ts';
import { defaultNotificationsDeps, type NotificationsDeps } from '../src/store/deps.ts';

const district = '350203';
const subdistrict = '350203006';
const community = '350203006029';
const grid = `${community}-03`;

/** Dependencies whose clock reads 10:00 in Shanghai on `day`. */
const on = (day: string) => (): NotificationsDeps => ({ ...defaultNotificationsDeps(), now: () => new Date(`${day}T02:00:00Z`) });

const consumer = postNoticesAt(on('2026-03-02'));
const board = (day: string) => boardAt(on(day));

async function deliver(...events: EventEnvelope[]) {
  return consumer(sqsBatch(events));
}

async function delivered(...events: EventEnvelope[]) {
  const result = await deliver(...events);
  expect(result.batchItemFailures).toEqual([]);
}

let sequence = 0;

/** A resident this service already knows from the registry's events. */
async function knownContact(area = grid): Promise<PersonFacts> {
  sequence++;
  const facts: PersonFacts = {
    personId: newId(),
    name: `林秀英${sequence}`,
    citizenIdMasked: `350203********${String(1000 + sequence).slice(-4)}`,
    area,
    birthDate: '1956-03-12',
    sex: 'female',
    residence: 'registered',
  };
  await keepContact(defaultNotificationsDeps(), facts, '2026-01-01T00:00:00Z');
  return facts;
}

const noticeStates = { 1: 'notice-1', 2: 'notice-2', 3: 'notice-3' } as const;

/** The subsidies' ApplicationStatusChanged for one application. */
function statusChanged(
  application: { id: string; personId: string; area?: string },
  change: { to: string; from?: string; command: string; at: string; round?: 1 | 2 | 3; postedOn?: string; lastDay?: string },
) {
  return createEvent(ApplicationStatusChanged, {
    id: newId(),
    district,
    area: application.area ?? grid,
    occurredAt: new Date(change.at),
    data: {
      applicationId: application.id,
      programme: 'dibao',
      programmeName: '最低生活保障（低保）',
      personId: application.personId,
      area: application.area ?? grid,
      ...(change.from ? { from: change.from as 'community-review' } : {}),
      to: change.to as 'notice-1',
      command: change.command,
      by: 'community-worker-350203006029',
      ...(change.round ? { round: change.round, postedOn: change.postedOn, lastDay: change.lastDay } : {}),
      amountFen: 78_000,
    },
  });
}

/** Round `round` posted on `postedOn` for 7 days. */
function roundPosted(application: { id: string; personId: string; area?: string }, round: 1 | 2 | 3, postedOn: string) {
  const lastDay = new Date(Date.parse(`${postedOn}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);
  return statusChanged(application, {
    from: round === 1 ? 'community-review' : noticeStates[(round - 1) as 1 | 2],
    to: noticeStates[round],
    command: round === 1 ? 'post-notice' : 'close-notice',
    at: `${postedOn}T02:00:00Z`,
    round,
    postedOn,
    lastDay,
  });
}

async function boardOf(area: string, day: string) {
  const response = await call(board(day), 'GET', '/notifications/board', { query: { area } });
  expect(response.status, JSON.stringify(response.json)).toBe(200);
  return response.json as { area: string; day: string; notices: any[] };
}

const roundsOf = (notices: any[], applicationId: string) =>
  notices.filter((n) => n.id.startsWith(`sa-${applicationId}-`)).map((n) => n.title as string);

beforeAll(async () => {
  await ensureTable(sharedDocumentClient() as never, tableOf('notifications'), manifest.table);
});

describe('the public board rules', () => {
  it('shows a board its own notices and its parents’, never a child’s or a sibling’s', () => {
    expect(boardAreasOf(grid)).toEqual([district, subdistrict, community]);
    expect(boardAreasOf(subdistrict)).toEqual([district, subdistrict]);
    expect(boardAreasOf(district)).toEqual([district]);
  });

  it('keeps a notice up from its first day through its last, and never once taken down', () => {
    const notice = { postedFrom: '2026-03-02', postedUntil: '2026-03-08' };
    expect(['2026-03-01', '2026-03-02', '2026-03-08', '2026-03-09'].map((day) => isPostedOn(notice, day))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(isPostedOn({ ...notice, takenDownAt: '2026-03-03T01:00:00Z' }, '2026-03-04')).toBe(false);
  });

  it('refuses full citizen IDs and mobile numbers in Chinese, and lets masked ones and office phones through', () => {
    expect(personalNumberProblems('申请人 350203195603121234 已公示')[0]).toContain('身份证号码');
    expect(personalNumberProblems('身份证 35020319560312123X')).toHaveLength(1);
    expect(personalNumberProblems('联系电话 138 1234 5678')[0]).toContain('手机号码');
    expect(personalNumberProblems('联系 +8613812345678')).toHaveLength(1);
    expect(personalNumberProblems('林秀英 350203********1234，电话 138****5678，办公电话 0592-5123456，2026年3月2日')).toEqual(
      [],
    );
    expect(maskPersonalNumbers('350203195603121234 与 13812345678')).toBe('350203********1234 与 138****5678');
  });

  it('limits a worker’s posting period to 90 days from today', () => {
    expect(postingPeriodProblems({ postedFrom: '2026-03-02', postedUntil: '2026-05-30' }, '2026-03-02')).toEqual([]);
    expect(postingPeriodProblems({ postedFrom: '2026-03-02', postedUntil: '2026-05-31' }, '2026-03-02')[0]?.field).toBe(
      'postedUntil',
    );
    expect(postingPeriodProblems({ postedFrom: '2026-03-01', postedUntil: '2026-03-05' }, '2026-03-02')[0]?.field).toBe(
      'postedFrom',
    );
  });

  it('moves an application only forward across the board', () => {
    const posted = { applicationId: 'a', to: 'notice-1', round: 1, postedOn: '2026-03-02', lastDay: '2026-03-08' };
    expect(roundStep(undefined, posted)).toMatchObject({ kind: 'advance', stage: 1, post: { round: 1 } });
    expect(roundStep({ stage: 1, noticeId: 'sa-a-1' }, posted)).toEqual({ kind: 'ignore', why: 'not-newer' });
    expect(roundStep({ stage: 1, noticeId: 'sa-a-1' }, { applicationId: 'a', to: 'rejected' })).toEqual({
      kind: 'advance',
      stage: 4,
      takeDown: 'sa-a-1',
    });
    expect(roundStep({ stage: 4 }, posted)).toEqual({ kind: 'ignore', why: 'not-newer' });
    expect(roundStep(undefined, { applicationId: 'a', to: 'notice-2' })).toEqual({ kind: 'ignore', why: 'incomplete' });
    expect(roundStep(undefined, { applicationId: 'a', to: 'community-review' })).toEqual({ kind: 'ignore', why: 'not-on-board' });
  });
});

describe('subsidy rounds on the community board', () => {
  it('posts round 1 on the applicant’s community board, readable with no token, the ID masked', async () => {
    const person = await knownContact();
    const application = { id: newId(), personId: person.personId };
    await delivered(roundPosted(application, 1, '2026-03-02'));

    const shown = await boardOf(community, '2026-03-02');
    const notice = shown.notices.find((n) => n.id === roundNoticeId(application.id, 1));
    expect(notice).toEqual({
      id: roundNoticeId(application.id, 1),
      area: community,
      areaLevel: 'community',
      source: 'subsidies',
      kind: 'subsidy-round',
      kindLabel: '补助公示',
      title: '最低生活保障（低保）第一榜公示',
      entries: [
        { name: person.name, citizenIdMasked: person.citizenIdMasked, programmeName: '最低生活保障（低保）', amountYuan: 780 },
      ],
      postedFrom: '2026-03-02',
      postedUntil: '2026-03-08',
    });
    expect(person.citizenIdMasked).toMatch(/^350203\*{8}\d{4}$/);
    // The poster and the bookkeeping stay off the public board.
    expect(JSON.stringify(shown)).not.toMatch(/postedBy|version|community-worker/);

    expect(roundsOf((await boardOf(grid, '2026-03-08')).notices, application.id)).toEqual(['最低生活保障（低保）第一榜公示']);
    expect(roundsOf((await boardOf(community, '2026-03-01')).notices, application.id)).toEqual([]);
    expect(roundsOf((await boardOf(community, '2026-03-09')).notices, application.id)).toEqual([]);
    // A community's list is not its sub-district's.
    expect(roundsOf((await boardOf(subdistrict, '2026-03-02')).notices, application.id)).toEqual([]);
  });

  it('leaves the round for a retry while the applicant’s contact is not known yet', async () => {
    const application = { id: newId(), personId: newId() };
    const posted = roundPosted(application, 1, '2026-03-02');
    expect((await deliver(posted)).batchItemFailures).toEqual([{ itemIdentifier: posted.id }]);
    expect(roundsOf((await boardOf(community, '2026-03-02')).notices, application.id)).toEqual([]);

    await keepContact(
      defaultNotificationsDeps(),
      {
        personId: application.personId,
        name: '陈阿婆',
        citizenIdMasked: '350203********2222',
        area: grid,
        birthDate: '1950-01-01',
        sex: 'female',
        residence: 'registered',
      },
      '2026-03-02T03:00:00Z',
    );
    await delivered(posted);
    expect(roundsOf((await boardOf(community, '2026-03-02')).notices, application.id)).toHaveLength(1);
  });

  it('posts a round once however often its event, or an objection recorded on it, arrives', async () => {
    const person = await knownContact();
    const application = { id: newId(), personId: person.personId };
    const posted = roundPosted(application, 1, '2026-03-02');
    const objection = statusChanged(application, {
      from: 'notice-1',
      to: 'notice-1',
      command: 'raise-objection',
      at: '2026-03-04T02:00:00Z',
      round: 1,
      postedOn: '2026-03-02',
      lastDay: '2026-03-08',
    });
    await delivered(posted, posted, objection);
    await delivered(objection, posted);

    expect(roundsOf((await boardOf(community, '2026-03-04')).notices, application.id)).toEqual([
      '最低生活保障（低保）第一榜公示',
    ]);
    expect(await noticeOf(defaultNotificationsDeps(), roundNoticeId(application.id, 1))).toMatchObject({
      version: 1,
      postedAt: '2026-03-02T02:00:00.000Z',
    });
  });

  it('takes round 1 down when round 2 goes up, and the last round when the application moves on', async () => {
    const person = await knownContact();
    const application = { id: newId(), personId: person.personId };
    const round1 = roundPosted(application, 1, '2026-03-02');
    const round2 = roundPosted(application, 2, '2026-03-09');
    await delivered(round1, round2);

    expect(roundsOf((await boardOf(community, '2026-03-09')).notices, application.id)).toEqual([
      '最低生活保障（低保）第二榜公示',
    ]);
    const down = await noticeOf(defaultNotificationsDeps(), roundNoticeId(application.id, 1));
    expect(down).toMatchObject({ takenDownAt: round2.occurredAt, takeDownReason: '上一榜公示期满，进入第二榜公示' });
    // Taken down means off the board at once, even on a day its period still covers.
    expect(roundsOf((await boardOf(community, '2026-03-08')).notices, application.id)).toEqual([]);

    await delivered(roundPosted(application, 3, '2026-03-16'));
    await delivered(
      statusChanged(application, {
        from: 'notice-3',
        to: 'subdistrict-approval',
        command: 'close-notice',
        at: '2026-03-23T02:00:00Z',
      }),
    );
    expect(roundsOf((await boardOf(community, '2026-03-22')).notices, application.id)).toEqual([]);
    expect(await noticeOf(defaultNotificationsDeps(), roundNoticeId(application.id, 3))).toMatchObject({
      takeDownReason: '三榜公示结束，报街道审批',
    });
  });

  it('does not put an old round back when its event arrives late', async () => {
    const person = await knownContact();
    const application = { id: newId(), personId: person.personId };
    const round1 = roundPosted(application, 1, '2026-03-02');
    const round2 = roundPosted(application, 2, '2026-03-09');
    await delivered(round2);
    await delivered(round1);
    expect(roundsOf((await boardOf(community, '2026-03-09')).notices, application.id)).toEqual([
      '最低生活保障（低保）第二榜公示',
    ]);
    expect(await noticeOf(defaultNotificationsDeps(), roundNoticeId(application.id, 1))).toBeUndefined();

    await delivered(
      statusChanged(application, { from: 'notice-2', to: 'rejected', command: 'reject', at: '2026-03-10T02:00:00Z' }),
    );
    await delivered(round2, round1);
    expect(roundsOf((await boardOf(community, '2026-03-10')).notices, application.id)).toEqual([]);
    expect(await noticeOf(defaultNotificationsDeps(), roundNoticeId(application.id, 2))).toMatchObject({
      takeDownReason: '申请已驳回',
    });
  });

  it('prints a posted round for the board it is on, and nothing for another board', async () => {
    const person = await knownContact();
    const application = { id: newId(), personId: person.personId };
    await delivered(roundPosted(application, 1, '2026-03-02'));
    const print = printAt(on('2026-03-03'));
    const id = roundNoticeId(application.id, 1);

    const page = await call(print, 'GET', '/notifications/board/print', { query: { area: community, id } });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.json).toContain('最低生活保障（低保）第一榜公示');
    expect(page.json).toContain(person.citizenIdMasked);
    expect(page.json).toContain('公示期：2026-03-02 至 2026-03-08');

    const elsewhere = await call(print, 'GET', '/notifications/board/print', { query: { area: '350203007001', id } });
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.json.detail).toContain('公示栏上当前没有');
  });
});

describe('notices workers post', () => {
  const worker = claimsFor('community-worker', [community]);
  const admin = claimsFor('district-admin', [district]);
  const post = postAt(on('2026-03-02'));
  const takeDown = takeDownAt(on('2026-03-05'));

  const policy = (overrides: Record<string, unknown> = {}) => ({
    area: community,
    kind: 'activity',
    title: '三月学雷锋志愿服务活动',
    body: '3 月 5 日上午 9 点在社区广场集合。\n咨询电话 0592-5123456。',
    postedFrom: '2026-03-02',
    postedUntil: '2026-03-10',
    ...overrides,
  });

  it('posts a notice for the period given and takes it down early with a reason', async () => {
    const posted = await call(post, 'POST', '/notifications/notices', { claims: worker, body: policy() });
    expect(posted.status, JSON.stringify(posted.json)).toBe(201);
    expect(posted.json).toMatchObject({
      source: 'worker',
      kind: 'activity',
      kindLabel: '活动通知',
      postedBy: worker.sub,
      version: 1,
    });
    const id = posted.json.id as string;
    expect((await boardOf(community, '2026-03-04')).notices.map((n) => n.id)).toContain(id);

    const down = await call(takeDown, 'POST', '/notifications/notices/{id}/take-down', {
      claims: worker,
      params: { id },
      body: { reason: '活动改期' },
    });
    expect(down.status, JSON.stringify(down.json)).toBe(200);
    expect(down.json).toMatchObject({ takenDownAt: '2026-03-05T02:00:00.000Z', takeDownReason: '活动改期', version: 2 });
    expect((await boardOf(community, '2026-03-05')).notices.map((n) => n.id)).not.toContain(id);

    const again = await call(takeDown, 'POST', '/notifications/notices/{id}/take-down', {
      claims: worker,
      params: { id },
      body: { reason: '再次撤下' },
    });
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ takeDownReason: '活动改期', version: 2 });
  });

  it('posts once for a retried request with the same Idempotency-Key', async () => {
    const headers = { 'idempotency-key': `notice-${newId()}` };
    const body = policy({ title: '老年人助餐点开放公告' });
    const first = await call(post, 'POST', '/notifications/notices', { claims: worker, body, headers });
    const retry = await call(post, 'POST', '/notifications/notices', { claims: worker, body, headers });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.json.id).toBe(first.json.id);
    const titles = (await boardOf(community, '2026-03-02')).notices.map((n) => n.title);
    expect(titles.filter((title) => title === '老年人助餐点开放公告')).toHaveLength(1);
  });

  it('shows a district-wide policy on every community’s board, newest first, and a community’s notice on its own only', async () => {
    const policyNotice = await call(post, 'POST', '/notifications/notices', {
      claims: admin,
      body: policy({
        area: district,
        kind: 'policy',
        title: '2026 年城乡低保标准调整公告',
        body: '自 2026 年 4 月起城乡低保标准调整为每人每月 1100 元。',
        postedFrom: '2026-03-03',
      }),
    });
    expect(policyNotice.status, JSON.stringify(policyNotice.json)).toBe(201);
    const local = await call(post, 'POST', '/notifications/notices', {
      claims: worker,
      body: policy({ title: '社区议事会通知' }),
    });
    expect(local.status).toBe(201);

    const ours = (await boardOf(community, '2026-03-03')).notices;
    const ids = ours.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining([policyNotice.json.id, local.json.id]));
    expect(ids.indexOf(policyNotice.json.id)).toBeLessThan(ids.indexOf(local.json.id));
    expect(ours.find((n) => n.id === policyNotice.json.id)).toMatchObject({ areaLevel: 'district', kindLabel: '政策公告' });

    const sibling = (await boardOf('350203007001', '2026-03-03')).notices.map((n) => n.id);
    expect(sibling).toContain(policyNotice.json.id);
    expect(sibling).not.toContain(local.json.id);
    // Not yet up the day before its posting starts.
    expect((await boardOf(community, '2026-03-02')).notices.map((n) => n.id)).not.toContain(policyNotice.json.id);
  });

  it('refuses a full citizen ID or mobile number, and a period too long or back-dated, with 422 in Chinese', async () => {
    const withId = await call(post, 'POST', '/notifications/notices', {
      claims: worker,
      body: policy({ body: '经审核，林秀英（350203195603121234）符合条件。' }),
    });
    expect(withId.status).toBe(422);
    expect(withId.json.errors).toEqual([{ field: 'body.body', message: expect.stringContaining('身份证号码') }]);

    const withPhone = await call(post, 'POST', '/notifications/notices', {
      claims: worker,
      body: policy({ title: '有事请联系 13812345678' }),
    });
    expect(withPhone.status).toBe(422);
    expect(withPhone.json.errors[0]).toMatchObject({ field: 'body.title', message: expect.stringContaining('手机号码') });

    const tooLong = await call(post, 'POST', '/notifications/notices', {
      claims: worker,
      body: policy({ postedUntil: '2026-06-30' }),
    });
    expect(tooLong.status).toBe(422);
    expect(tooLong.json.errors[0]).toMatchObject({ field: 'body.postedUntil', message: expect.stringContaining('90 天') });

    const backDated = await call(post, 'POST', '/notifications/notices', {
      claims: worker,
      body: policy({ postedFrom: '2026-02-20' }),
    });
    expect(backDated.status).toBe(422);
    expect(backDated.json.errors[0].field).toBe('body.postedFrom');

    const gridBoard = await call(post, 'POST', '/notifications/notices', { claims: worker, body: policy({ area: grid }) });
    expect(gridBoard.status).toBe(422);
    expect(gridBoard.json.errors[0]).toMatchObject({ field: 'body.area' });
  });

  it('refuses boards outside the caller’s scope, roles that keep no board, and callers with no token', async () => {
    const elsewhere = await call(post, 'POST', '/notifications/notices', {
      claims: worker,
      body: policy({ area: '350203007001' }),
    });
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.json.detail).toContain('管辖范围');
    const upwards = await call(post, 'POST', '/notifications/notices', { claims: worker, body: policy({ area: district }) });
    expect(upwards.status).toBe(403);

    const gridWorker = await call(post, 'POST', '/notifications/notices', {
      claims: claimsFor('grid-worker', [grid]),
      body: policy(),
    });
    expect(gridWorker.status).toBe(403);
    expect((await call(post, 'POST', '/notifications/notices', { body: policy() })).status).toBe(401);

    const posted = await call(post, 'POST', '/notifications/notices', {
      claims: worker,
      body: policy({ title: '垃圾分类宣传' }),
    });
    const otherWorker = claimsFor('community-worker', ['350203007001']);
    const refused = await call(takeDown, 'POST', '/notifications/notices/{id}/take-down', {
      claims: otherWorker,
      params: { id: posted.json.id },
      body: { reason: '不是我们社区的' },
    });
    expect(refused.status).toBe(403);
    expect((await boardOf(community, '2026-03-05')).notices.map((n) => n.id)).toContain(posted.json.id);
  });

  it('leaves a subsidy round to its workflow: no taking it down by hand', async () => {
    const person = await knownContact();
    const application = { id: newId(), personId: person.personId };
    await delivered(roundPosted(application, 1, '2026-03-02'));
    const refused = await call(takeDown, 'POST', '/notifications/notices/{id}/take-down', {
      claims: worker,
      params: { id: roundNoticeId(application.id, 1) },
      body: { reason: '手动撤下' },
    });
    expect(refused.status).toBe(409);
    expect(refused.json.code).toBe('notice-not-manual');

    const missing = await call(takeDown, 'POST', '/notifications/notices/{id}/take-down', {
      claims: worker,
      params: { id: 'no-such-notice' },
      body: { reason: '撤下' },
    });
    expect(missing.status).toBe(404);
  });
});
