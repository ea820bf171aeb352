import type { Platform } from '@shequ/local/platform';
import { withCheckCharacter } from '@shequ/registry/domain/citizen-id';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type ApiClient, apiClient, eventually, startTestPlatform } from '../support/platform.ts';

/**
 * The cases acceptance scenario for 350203006029 through the local gateway with every service's events
 * flowing: a resident's request goes through the four stages of the 民生流水线 and its outcome appears on the
 * public board; a request left past its deadline is escalated by the scheduled job; the 五日一周 calendars of
 * February 2026 (Spring Festival) and June 2026 (a quarter's end); and evaluation day with 50 cards.
 */
const community = '350203006029';
const grid = `${community}-03`;

let platform: Platform;
let api: ApiClient;
const tokens = { worker: '', admin: '', resident: '' };
let residentId = '';

async function travelTo(day: string, time = '10:00') {
  vi.setSystemTime(new Date(`${day}T${time}:00+08:00`));
  tokens.worker = await platform.issuer.sign({ sub: 'worker-029', role: 'community-worker', areas: [community] });
  tokens.admin = await platform.issuer.sign({ sub: 'admin', role: 'district-admin', areas: ['350203'] });
  if (residentId)
    tokens.resident = await platform.issuer.sign({ sub: 'resident-wang', role: 'resident', areas: [], person: residentId });
}

let sequence = 0;
async function register(name: string): Promise<string> {
  sequence++;
  const citizenId = withCheckCharacter(
    `350203195${sequence % 10}0${1 + (sequence % 9)}1${sequence % 9}${String(500 + sequence).padStart(3, '0')}`,
  );
  const created = await api.request('POST', '/registry/persons', {
    token: tokens.worker,
    body: { name, citizenId, residence: 'registered', area: grid },
  });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  return created.json.id;
}

/** Cases learns of a new resident by event: the first request about them is retried until it has. */
function once<T extends { status: number; json: any }>(send: () => Promise<T>): Promise<T> {
  return eventually(async () => {
    const answer = await send();
    return answer.status === 404 && JSON.stringify(answer.json).includes('未找到该居民') ? undefined : answer;
  });
}

async function step(caseId: string, body: Record<string, unknown>, token = tokens.worker) {
  const { version } = (await api.request('GET', `/cases/items/${caseId}`, { token: tokens.worker })).json;
  const done = await api.request('POST', `/cases/items/${caseId}/commands`, { token, body: { version, ...body } });
  expect(done.status, JSON.stringify(done.json)).toBe(200);
  return done.json;
}

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  platform = await startTestPlatform({ services: ['registry', 'cases', 'notifications'] });
  api = apiClient(platform.url);
  await travelTo('2026-03-02');
}, 60_000);

afterAll(async () => {
  await platform?.stop();
  vi.useRealTimers();
});

describe('the 民生流水线', () => {
  it('takes a resident’s request through all four stages onto the public board', async () => {
    residentId = await register('王建国');
    await travelTo('2026-03-02');
    const filed = await once(() =>
      api.request('POST', '/cases', {
        token: tokens.resident,
        body: { category: 'environment', topic: '楼道堆物', description: '3号楼2单元楼道堆满杂物，消防通道被堵' },
      }),
    );
    expect(filed.status, JSON.stringify(filed.json)).toBe(201);
    const caseId = filed.json.id as string;
    expect(filed.json).toMatchObject({ status: 'received', channel: 'mailbox' });

    // 受理: five working days.
    const accepted = await step(caseId, {
      type: 'accept',
      assignee: { kind: 'person', name: '网格员小陈', subject: 'grid-chen' },
    });
    expect(accepted).toMatchObject({ status: 'accepted', dueOn: '2026-03-09' });
    // 限期办理.
    await travelTo('2026-03-05');
    expect(await step(caseId, { type: 'handle', outcome: '已联系物业清理楼道杂物，并张贴消防通道禁止堆物提示' })).toMatchObject({
      status: 'handled',
      handledInTime: true,
    });
    // 公示反馈: anyone can read it on the community board, without a name.
    await step(caseId, { type: 'publish', days: 7 });
    const board = await eventually(async () => {
      const read = await api.request('GET', `/notifications/board?area=${community}`);
      return read.json.notices?.find((notice: { kind: string; title: string }) => notice.kind === 'case-outcome')
        ? read.json
        : undefined;
    });
    const notice = board.notices.find((entry: { kind: string }) => entry.kind === 'case-outcome');
    expect(notice).toMatchObject({ source: 'cases', postedFrom: '2026-03-05', postedUntil: '2026-03-11' });
    expect(notice.title).toContain('楼道堆物');
    expect(notice.body).toContain('已联系物业清理楼道杂物');
    expect(JSON.stringify(notice)).not.toContain('王建国');
    // 跟踪监督.
    await travelTo('2026-03-10');
    expect(await step(caseId, { type: 'follow-up', satisfaction: 'satisfied', note: '上门回访，楼道已清空' })).toMatchObject({
      status: 'closed',
    });
    const mine = await api.request('GET', '/cases/mine', { token: tokens.resident });
    expect(mine.json.items[0]).toMatchObject({ id: caseId, status: 'closed' });
    // The resident was told of the acceptance and of the published outcome.
    const inbox = await eventually(async () => {
      const read = await api.request('GET', '/notifications/inbox?limit=50', { token: tokens.resident });
      return read.json.items?.length >= 2 ? read.json.items : undefined;
    });
    expect(inbox.map((message: { body: string }) => message.body).join('\n')).toContain('楼道堆物');
  }, 90_000);

  it('escalates a request left past its deadline when the scheduled job runs', async () => {
    await travelTo('2026-03-16');
    const filed = await api.request('POST', '/cases', {
      token: tokens.worker,
      body: {
        channel: 'reception-day',
        category: 'security',
        topic: '单元门禁损坏',
        description: '门禁坏了一个月',
        personId: residentId,
      },
    });
    expect(filed.status, JSON.stringify(filed.json)).toBe(201);
    const caseId = filed.json.id as string;
    await step(caseId, { type: 'accept', assignee: { kind: 'department', name: '物业服务中心' } });
    expect((await api.request('GET', `/cases/items/${caseId}`, { token: tokens.worker })).json.dueOn).toBe('2026-03-19');

    await travelTo('2026-03-20', '08:30');
    const ran = await api.request('POST', '/_local/jobs/cases.escalate-overdue', { token: tokens.admin });
    expect(ran.status, JSON.stringify(ran.json)).toBe(200);
    expect(ran.json.result.escalated).toContain(caseId);
    const escalated = (await api.request('GET', `/cases/items/${caseId}`, { token: tokens.worker })).json;
    expect(escalated).toMatchObject({ level: 'subdistrict', levelLabel: '街道', dueOn: '2026-03-27' });
    // Run again the same day: nothing more.
    const again = await api.request('POST', '/_local/jobs/cases.escalate-overdue', { token: tokens.admin });
    expect(again.json.result.escalated).toEqual([]);
  }, 60_000);
});

describe('the 五日一周 calendar', () => {
  const calendarOf = async (month: string) => {
    const read = await api.request('GET', `/cases/communities/${community}/calendar/${month}`, { token: tokens.worker });
    expect(read.status, JSON.stringify(read.json)).toBe(200);
    return read.json as {
      officialCalendarKnown: boolean;
      days: { kind: string; nominal: string; date: string; movedBecause?: string }[];
    };
  };

  it('has no evaluation day in February 2026 and moves each day in the Spring Festival holiday to the next working day', async () => {
    const february = await calendarOf('2026-02');
    expect(february.officialCalendarKnown).toBe(true);
    const byKind = Object.fromEntries(february.days.map((day) => [day.kind, day]));
    expect(byKind.evaluation).toBeUndefined();
    expect(byKind.reception).toMatchObject({ nominal: '2026-02-02', date: '2026-02-02' });
    expect(byKind.disclosure).toMatchObject({ nominal: '2026-02-05', date: '2026-02-05' });
    // 15–23 February is the holiday: publicity day is held on the first working day after it.
    expect(byKind.publicity).toMatchObject({ nominal: '2026-02-15', date: '2026-02-24' });
    expect(byKind.publicity?.movedBecause).toContain('2026-02-24');
    // Saturday the 28th is a make-up working day (调休), so deliberation day stays on it.
    expect(byKind.deliberation).toMatchObject({ nominal: '2026-02-28', date: '2026-02-28' });
    for (const day of february.days) expect(day.date < '2026-02-15' || day.date > '2026-02-23').toBe(true);
  });

  it('holds evaluation day on 30 June 2026, the end of the second quarter', async () => {
    const june = await calendarOf('2026-06');
    expect(june.days.find((day) => day.kind === 'evaluation')).toMatchObject({ nominal: '2026-06-30', date: '2026-06-30' });
  });

  it('puts a topic raised three times on the next deliberation day’s agenda', async () => {
    await travelTo('2026-07-06');
    const neighbours = [await register('邻居甲'), await register('邻居乙'), await register('邻居丙')];
    for (const personId of neighbours) {
      const filed = await once(() =>
        api.request('POST', '/cases', {
          token: tokens.worker,
          body: {
            channel: 'visit-diary',
            category: 'property',
            topic: '停车难',
            description: '小区车位不够，晚上停到消防通道',
            personId,
          },
        }),
      );
      expect(filed.status, JSON.stringify(filed.json)).toBe(201);
    }
    const july = await api.request('GET', `/cases/communities/${community}/calendar/2026-07`, { token: tokens.worker });
    const deliberation = july.json.days.find((day: { kind: string }) => day.kind === 'deliberation');
    expect(deliberation.date).toBe('2026-07-28');
    expect(deliberation.agenda).toEqual([expect.objectContaining({ source: 'recurring-topic', caseCount: 3 })]);
    expect(deliberation.agenda[0].text).toContain('停车难');
  }, 60_000);
});

describe('evaluation day', () => {
  it('issues 50 cards to the representatives: 50 answers are counted and a second answer on a card is refused', async () => {
    await travelTo('2026-09-01');
    const representatives: string[] = [];
    for (let index = 1; index <= 50; index++) representatives.push(await register(`居民代表${index}`));
    // Cases hears of the fifty registrations by event: the list is refused until it knows them all.
    const set = await eventually(async () => {
      const answer = await api.request('PUT', `/cases/communities/${community}/representatives`, {
        token: tokens.worker,
        body: { persons: representatives, staff: ['worker-029'], version: 0 },
      });
      return answer.status === 422 && JSON.stringify(answer.json).includes('尚未同步') ? undefined : answer;
    }, 60_000);
    expect(set.status, JSON.stringify(set.json)).toBe(200);
    const created = await api.request('POST', '/cases/evaluations', {
      token: tokens.worker,
      body: {
        community,
        month: '2026-09',
        workers: [
          { name: '林书记', title: '社区党委书记、居委会主任', subject: 'worker-029' },
          { name: '陈网格', title: '网格员' },
        ],
      },
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const evaluation = created.json;
    expect(evaluation.date).toBe('2026-09-30');
    const issued = await api.request('POST', `/cases/evaluations/${evaluation.id}/cards`, { token: tokens.worker });
    expect(issued.status, JSON.stringify(issued.json)).toBe(201);
    expect(issued.json.cards).toHaveLength(50);

    await travelTo('2026-09-30');
    const scores = Object.fromEntries(
      evaluation.workers.map((worker: { workerId: string }) => [
        worker.workerId,
        Object.fromEntries(evaluation.items.map((item: { itemId: string }) => [item.itemId, 'satisfied'])),
      ]),
    );
    const answers = await Promise.all(
      issued.json.cards.map((card: { code: string }) =>
        api.request('POST', `/cases/evaluation-cards/${card.code}/answer`, { body: { scores } }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(50).fill(201));
    const again = await api.request('POST', `/cases/evaluation-cards/${issued.json.cards[0].code}/answer`, { body: { scores } });
    expect(again.status).toBe(409);
    expect(again.json.detail).toMatch(/已/);

    const results = await api.request('GET', `/cases/evaluations/${evaluation.id}/results`, { token: tokens.worker });
    expect(results.json.cards).toMatchObject({ issued: 50, answered: 50, valid: true });
    for (const worker of results.json.workers) expect(worker.overall).toMatchObject({ average: 100, satisfactionRate: 1 });
    expect(results.json.commended.map((worker: { name: string }) => worker.name).sort()).toEqual(['林书记', '陈网格'].sort());
  }, 120_000);
});
