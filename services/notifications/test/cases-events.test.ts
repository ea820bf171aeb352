import {
  CaseEscalated,
  CaseOutcomePublished,
  CaseStatusChanged,
  CivicDayDue,
  createEvent,
  type EventEnvelope,
} from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { caseNoticeId } from '../src/domain/board.ts';
import { createHandler as boardAt } from '../src/handlers/get-board.ts';
import { createHandler as inboxAt } from '../src/handlers/list-inbox.ts';
import { createHandler as notifyAt } from '../src/handlers/notify.ts';
import { createHandler as postNoticesAt } from '../src/handlers/post-notices.ts';
import { manifest } from '../src/manifest.ts';
import { noticeOf } from '../src/store/board.ts';
import { type Clock, call, claimsFor, createServiceTables, knownResident, shanghai, sqsBatch, testDeps } from './support.ts';

const community = '350203006029';
const grid = `${community}-03`;
const clock: Clock = { now: shanghai('2026-02-23', '10:00') };
const { deps } = testDeps(clock);
const notify = notifyAt(deps);
const postNotices = postNoticesAt(deps);
const inbox = inboxAt(deps);
const board = boardAt(deps);

const residentClaims = (personId: string) => claimsFor('resident', [], { person: personId });
const staffClaims = (subject: string) => claimsFor('community-worker', [community], { sub: subject });

async function inboxOf(claims: Record<string, unknown>) {
  const box = await call(inbox, 'GET', '/notifications/inbox', { claims });
  expect(box.status, JSON.stringify(box.json)).toBe(200);
  return box.json.items as { title: string; body: string }[];
}

async function delivered(handler: typeof notify, ...events: EventEnvelope[]) {
  expect((await handler(sqsBatch(events))).batchItemFailures).toEqual([]);
}

function statusChanged(personId: string | undefined, change: Record<string, unknown>) {
  return createEvent(CaseStatusChanged, {
    id: newId(),
    district: '350203',
    area: grid,
    data: {
      caseId: newId(),
      area: grid,
      category: 'environment',
      categoryLabel: '环境卫生',
      topic: '楼道堆物',
      ...(personId ? { personId } : {}),
      level: 'community',
      by: 'worker-029',
      on: '2026-02-23',
      to: 'accepted',
      ...change,
    } as never,
  });
}

beforeAll(async () => {
  await createServiceTables();
});

describe('the cases service’s events, as messages', () => {
  it('listens for the cases events and no longer runs a 五日一周 job of its own', () => {
    const events = manifest.subscriptions.find((s) => s.name === 'notify')?.events;
    expect(events).toEqual(expect.arrayContaining(['CivicDayDue', 'CaseStatusChanged', 'CaseEscalated', 'ActivityReminderDue']));
    expect(manifest.subscriptions.find((s) => s.name === 'post-notices')?.events).toContain('CaseOutcomePublished');
    expect(manifest.schedules.map((s) => s.name)).not.toContain('remind-civic-days');
    expect(manifest.routes.map((r) => r.route.path).filter((path) => path.includes('civic'))).toEqual([]);
  });

  it('reminds each representative and staff member of tomorrow’s 五日一周 day once, with its agenda', async () => {
    clock.now = shanghai('2026-02-23', '09:00');
    const representative = await knownResident({ name: '居民代表甲' });
    const due = createEvent(CivicDayDue, {
      id: newId(),
      district: '350203',
      area: community,
      data: {
        community,
        date: '2026-02-24',
        kind: 'publicity',
        name: '宣传日',
        what: '宣传政策法规，解答居民疑问',
        agenda: ['宣传居委会组织法', '解答低保政策问题'],
        persons: [representative.personId, representative.personId],
        staff: ['worker-029', 'worker-030'],
      },
    });
    await delivered(notify, due, due);
    await delivered(notify, due);
    expect(await inboxOf(residentClaims(representative.personId))).toEqual([
      expect.objectContaining({
        title: '明天是社区宣传日',
        body: '2026年2月24日 是社区宣传日：宣传政策法规，解答居民疑问。议程：宣传居委会组织法；解答低保政策问题。请按时参加。',
      }),
    ]);
    expect(await inboxOf(staffClaims('worker-029'))).toHaveLength(1);
    expect(await inboxOf(staffClaims('worker-030'))).toHaveLength(1);
  });

  it('tells the resident when their case is accepted, handled, referred or declined, and nobody for a worker’s own case', async () => {
    clock.now = shanghai('2026-02-23', '10:00');
    const resident = await knownResident({ name: '林秀英' });
    await delivered(
      notify,
      statusChanged(resident.personId, { from: 'received', to: 'accepted', dueOn: '2026-03-09' }),
      statusChanged(resident.personId, { from: 'accepted', to: 'handled', outcome: '物业已清理楼道，并张贴提示' }),
      statusChanged(resident.personId, { from: 'received', to: 'referred', referredTo: '区市场监管局' }),
      statusChanged(resident.personId, { from: 'received', to: 'declined', reason: '属于民事纠纷，请通过人民调解解决' }),
      statusChanged(resident.personId, { from: 'accepted', to: 'accepted', dueOn: '2026-03-09' }),
      statusChanged(undefined, { from: 'received', to: 'accepted', dueOn: '2026-03-09' }),
    );
    const bodies = (await inboxOf(residentClaims(resident.personId))).map((message) => message.body).sort();
    expect(bodies).toEqual(
      [
        '林秀英，您反映的「楼道堆物」（环境卫生）已受理，将在 2026年3月9日 前办理并答复您。',
        '林秀英，您反映的「楼道堆物」已办理完毕：物业已清理楼道，并张贴提示。如不满意，可向社区反映。',
        '林秀英，您反映的「楼道堆物」已转交区市场监管局办理，请留意对方的答复。',
        '林秀英，您反映的「楼道堆物」未予受理。原因：属于民事纠纷，请通过人民调解解决。如有疑问请联系社区。',
      ].sort(),
    );
  });

  it('tells each handler named in an escalation, urgently', async () => {
    const escalated = createEvent(CaseEscalated, {
      id: newId(),
      district: '350203',
      area: grid,
      data: {
        caseId: newId(),
        area: grid,
        categoryLabel: '环境卫生',
        topic: '路灯不亮',
        level: 'subdistrict',
        overdueSince: '2026-02-21',
        dueOn: '2026-02-20',
        notify: ['worker-041', 'head-006'],
      },
    });
    await delivered(notify, escalated, escalated);
    for (const subject of ['worker-041', 'head-006']) {
      expect(await inboxOf(staffClaims(subject))).toEqual([
        expect.objectContaining({
          title: '诉求办理逾期，已上报街道',
          body: '「路灯不亮」（环境卫生）应于 2026年2月20日 办结，已逾期，现由街道督办，请尽快办理并答复居民。',
        }),
      ]);
    }
  });
});

describe('case outcomes on the community board', () => {
  it('posts a published outcome once for its period, topic in the title, numbers masked, nobody named', async () => {
    const caseId = newId();
    const published = createEvent(CaseOutcomePublished, {
      id: newId(),
      district: '350203',
      area: grid,
      data: {
        caseId,
        area: grid,
        community,
        categoryLabel: '市政设施',
        topic: '路灯不亮',
        outcome: '已更换 3 盏路灯；如再有问题请联系 13912345678。',
        postedFrom: '2026-02-24',
        postedUntil: '2026-03-02',
        by: 'worker-029',
      },
    });
    await delivered(postNotices, published, published);
    await delivered(postNotices, { ...published, id: newId() });

    const stored = await noticeOf(deps(), caseNoticeId(caseId));
    expect(stored).toMatchObject({ source: 'cases', kind: 'case-outcome', area: community, version: 1, ref: { caseId } });
    const read = async (day: string) => {
      clock.now = shanghai(day, '10:00');
      const answer = await call(board, 'GET', '/notifications/board', { query: { area: grid } });
      expect(answer.status).toBe(200);
      return (answer.json.notices as { id: string }[]).filter((notice) => notice.id === caseNoticeId(caseId));
    };
    expect(await read('2026-02-23')).toEqual([]);
    expect(await read('2026-03-02')).toEqual([
      expect.objectContaining({
        kindLabel: '办理结果公示',
        title: '关于“路灯不亮”的办理结果',
        body: '已更换 3 盏路灯；如再有问题请联系 139****5678。',
        postedFrom: '2026-02-24',
        postedUntil: '2026-03-02',
      }),
    ]);
    expect(await read('2026-03-03')).toEqual([]);
  });
});
