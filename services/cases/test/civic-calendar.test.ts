import { createEvent, PersonMovedOut, PersonRegistered } from '@shequ/contracts';
import { newId, sharedDocumentClient, writeWithEvents } from '@shequ/ddb';
import { tableOf } from '@shequ/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { sqsBatch } from '../../../test/support/events.ts';
import { call, claimsFor } from '../../../test/support/http.ts';
import { outboxEvents } from '../../../test/support/outbox.ts';
import { createServiceTables } from '../../../test/support/tables.ts';
import { type OfficialCalendar, weekdayOf } from '../src/domain/civic-calendar.ts';
import { topicIdOf } from '../src/domain/topics.ts';
import { createHandler as calendarAt } from '../src/handlers/get-civic-calendar.ts';
import { createHandler as getRepresentativesAt } from '../src/handlers/get-representatives.ts';
import { handler as keepPersons } from '../src/handlers/keep-persons.ts';
import { createHandler as recordAt } from '../src/handlers/record-civic-day.ts';
import { createHandler as setRepresentativesAt } from '../src/handlers/set-representatives.ts';
import { createHandler as serviceWeekAt } from '../src/handlers/set-service-week.ts';
import { remindCivicDays } from '../src/jobs/remind-civic-days.ts';
import { type CasesDeps, defaultCasesDeps } from '../src/store/deps.ts';
import { countTowardsTopic } from '../src/store/topics.ts';

const community = '350203006029';
const neighbour = '350203006030';
const clock = { now: new Date('2026-02-10T02:00:00Z') };
/** Shanghai 10:00 on `day`. */
const at = (day: string) => new Date(`${day}T10:00:00+08:00`);
const deps = (): CasesDeps => ({ ...defaultCasesDeps(), now: () => clock.now });

const calendar = calendarAt(deps);
const record = recordAt(deps);
const serviceWeek = serviceWeekAt(deps);
const setRepresentatives = setRepresentativesAt(deps);
const getRepresentatives = getRepresentativesAt(deps);

const worker = claimsFor('community-worker', [community]);
const outsider = claimsFor('community-worker', [neighbour]);
const resident = claimsFor('resident', [], { person: 'someone' });

const CALENDAR = '/cases/communities/{community}/calendar/{month}';
const DAY = '/cases/communities/{community}/calendar/{month}/days/{kind}';
const WEEK = '/cases/communities/{community}/calendar/{month}/service-week';
const REPRESENTATIVES = '/cases/communities/{community}/representatives';

let sequence = 0;

/** A registry person cases has heard of, living in `area`. */
async function person(area: string, name = `代表${++sequence}`): Promise<string> {
  const personId = newId();
  const data = {
    personId,
    name,
    citizenIdMasked: '350203********0001',
    area,
    birthDate: '1960-01-01',
    sex: 'female' as const,
    residence: 'registered' as const,
  };
  const registered = createEvent(PersonRegistered, {
    id: newId(),
    district: '350203',
    area,
    occurredAt: new Date('2025-01-01T00:00:00Z'),
    data,
  });
  expect((await keepPersons(sqsBatch([registered]))).batchItemFailures).toEqual([]);
  return personId;
}

async function movedOut(personId: string, area: string, name: string) {
  const event = createEvent(PersonMovedOut, {
    id: newId(),
    district: '350203',
    area,
    occurredAt: new Date('2025-06-01T00:00:00Z'),
    data: {
      personId,
      name,
      citizenIdMasked: '350203********0001',
      area,
      birthDate: '1960-01-01',
      sex: 'female',
      residence: 'registered',
      date: '2025-06-01',
      destination: '福州市',
    },
  });
  expect((await keepPersons(sqsBatch([event]))).batchItemFailures).toEqual([]);
}

/** Files `count` cases on one topic towards a deliberation day, as the filing transaction counts them. */
async function topicCases(code: string, deliberationDate: string, topic: string, count: number) {
  const d = deps();
  for (let i = 0; i < count; i++) {
    const group = {
      community: code,
      deliberationDate,
      topicId: topicIdOf('environment', topic),
      category: 'environment',
      categoryLabel: '环境卫生',
      topic,
    };
    await writeWithEvents(sharedDocumentClient(), tableOf('cases'), [countTowardsTopic(d, group, newId())], []);
  }
}

async function representativesFor(code: string, persons: string[], staff: string[] = [`worker-${code}`]) {
  const set = await call(setRepresentatives, 'PUT', REPRESENTATIVES, {
    claims: claimsFor('community-worker', [code]),
    params: { community: code },
    body: { persons, staff, version: 0 },
  });
  expect(set.status, JSON.stringify(set.json)).toBe(200);
  return set.json;
}

beforeAll(async () => {
  await createServiceTables();
});

describe('resident representatives', () => {
  it('keeps registry persons living in the community, named as the registry names them, at a version', async () => {
    clock.now = at('2026-02-10');
    const first = await person(`${community}-01`, '林秀英');
    const second = await person(community, '陈建国');
    const set = await call(setRepresentatives, 'PUT', REPRESENTATIVES, {
      claims: worker,
      params: { community },
      body: { persons: [first, second], staff: ['worker-029'], version: 0 },
    });
    expect(set.status, JSON.stringify(set.json)).toBe(200);
    expect(set.json).toMatchObject({
      community,
      persons: [
        { personId: first, name: '林秀英' },
        { personId: second, name: '陈建国' },
      ],
      staff: ['worker-029'],
      version: 1,
    });
    const stale = await call(setRepresentatives, 'PUT', REPRESENTATIVES, {
      claims: worker,
      params: { community },
      body: { persons: [first], version: 0 },
    });
    expect(stale.status).toBe(409);
    const read = await call(getRepresentatives, 'GET', REPRESENTATIVES, { claims: worker, params: { community } });
    expect(read.json).toMatchObject({ version: 1, persons: [{ name: '林秀英' }, { name: '陈建国' }] });
    expect((await call(getRepresentatives, 'GET', REPRESENTATIVES, { claims: outsider, params: { community } })).status).toBe(
      403,
    );
  });

  it('refuses strangers, people moved away or living elsewhere, duplicates and other scopes, in Chinese', async () => {
    const elsewhere = await person(`${neighbour}-02`, '王芳');
    const gone = await person(community, '李四');
    await movedOut(gone, community, '李四');
    const here = await person(community);
    const refused = await call(setRepresentatives, 'PUT', REPRESENTATIVES, {
      claims: claimsFor('community-worker', ['350203006031']),
      params: { community: '350203006031' },
      body: { persons: [newId(), elsewhere, gone, here, here], version: 0 },
    });
    expect(refused.status).toBe(422);
    expect(refused.json.errors).toEqual([{ field: 'body.persons.4', message: `居民代表 ${here} 重复` }]);
    const wrong = await call(setRepresentatives, 'PUT', REPRESENTATIVES, {
      claims: claimsFor('community-worker', ['350203006031']),
      params: { community: '350203006031' },
      body: { persons: [newId(), elsewhere, gone], version: 0 },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.json.errors.map((e: { field: string }) => e.field)).toEqual([
      'body.persons.0',
      'body.persons.1',
      'body.persons.2',
    ]);
    expect(wrong.json.errors[1].message).toBe('王芳不住在社区 350203006031，不能担任本社区居民代表');
    expect(wrong.json.errors[2].message).toBe('李四已迁出或已故，不能担任居民代表');
    const tooMany = await call(setRepresentatives, 'PUT', REPRESENTATIVES, {
      claims: worker,
      params: { community },
      body: { persons: Array.from({ length: 101 }, () => newId()), version: 1 },
    });
    expect(tooMany.json.errors[0].message).toBe('居民代表最多 100 人');
    const outOfScope = await call(setRepresentatives, 'PUT', REPRESENTATIVES, {
      claims: outsider,
      params: { community },
      body: { persons: [], version: 1 },
    });
    expect(outOfScope.status).toBe(403);
    const gridWorker = await call(setRepresentatives, 'PUT', REPRESENTATIVES, {
      claims: claimsFor('grid-worker', [`${community}-01`]),
      params: { community },
      body: { persons: [], version: 1 },
    });
    expect(gridWorker.status).toBe(403);
  });
});

describe('the monthly calendar', () => {
  it('plans February 2026 around the Spring Festival with no evaluation day, and puts recurring topics on deliberation day', async () => {
    clock.now = at('2026-02-10');
    await topicCases(community, '2026-02-28', '楼道堆物', 3);
    await topicCases(community, '2026-02-28', '路灯不亮', 2);
    const answer = await call(calendar, 'GET', CALENDAR, { claims: worker, params: { community, month: '2026-02' } });
    expect(answer.status, JSON.stringify(answer.json)).toBe(200);
    expect(answer.json.officialCalendarKnown).toBe(true);
    expect(answer.json.note).toBeUndefined();
    expect(answer.json.days.map((day: { kind: string; date: string }) => `${day.kind} ${day.date}`)).toEqual([
      'reception 2026-02-02',
      'disclosure 2026-02-05',
      'publicity 2026-02-24',
      'service-week 2026-02-24',
      'deliberation 2026-02-28',
    ]);
    const deliberation = answer.json.days.find((day: { kind: string }) => day.kind === 'deliberation');
    expect(deliberation.agenda).toEqual([
      expect.objectContaining({ text: '环境卫生：楼道堆物（3 件）', source: 'recurring-topic', caseCount: 3 }),
    ]);
    expect(deliberation.agenda[0].caseIds).toHaveLength(3);
    expect(deliberation.version).toBe(0);
    expect(answer.json.serviceWeek).toEqual({ start: '2026-02-16', custom: false, version: 0 });

    const residentView = await call(calendar, 'GET', CALENDAR, { claims: resident, params: { community, month: '2026-02' } });
    expect(residentView.status).toBe(200);
    expect(residentView.json.days.find((day: { kind: string }) => day.kind === 'deliberation').agenda[0].caseIds).toBeUndefined();
  });

  it('holds evaluation day on 30 June 2026, and notes a year whose holiday notice is not known', async () => {
    const june = await call(calendar, 'GET', CALENDAR, { claims: worker, params: { community, month: '2026-06' } });
    expect(june.json.days.find((day: { kind: string }) => day.kind === 'evaluation')).toMatchObject({
      date: '2026-06-30',
      name: '评议日',
    });
    const later = await call(calendar, 'GET', CALENDAR, { claims: worker, params: { community, month: '2099-03' } });
    expect(later.json.officialCalendarKnown).toBe(false);
    expect(later.json.note).toContain('2099 年的国务院节假日安排尚未收录');
  });

  it('refuses a malformed month or community in Chinese', async () => {
    const month = await call(calendar, 'GET', CALENDAR, { claims: worker, params: { community, month: '2026-13' } });
    expect(month.status).toBe(422);
    expect(month.json.errors).toEqual([{ field: 'path.month', message: '月份格式须为 YYYY-MM，如 2026-02' }]);
    const code = await call(calendar, 'GET', CALENDAR, { claims: worker, params: { community: '3502', month: '2026-02' } });
    expect(code.json.errors).toEqual([{ field: 'path.community', message: '社区代码须为 12 位数字，如 350203006029' }]);
    expect((await call(calendar, 'GET', CALENDAR, { params: { community, month: '2026-02' } })).status).toBe(401);
  });
});

describe('a day’s agenda, attendance and minutes', () => {
  it('takes the agenda beforehand, attendance and minutes only from the day, at a version', async () => {
    clock.now = at('2026-02-10');
    const params = { community, month: '2026-02', kind: 'publicity' };
    const agenda = await call(record, 'PATCH', DAY, {
      claims: worker,
      params,
      body: { agenda: ['宣传新修订的《居民委员会组织法》', '解答低保政策问题'], version: 0 },
    });
    expect(agenda.status, JSON.stringify(agenda.json)).toBe(200);
    expect(agenda.json).toMatchObject({ kind: 'publicity', date: '2026-02-24', version: 1 });
    expect(agenda.json.agenda.map((item: { text: string }) => item.text)).toEqual([
      '宣传新修订的《居民委员会组织法》',
      '解答低保政策问题',
    ]);

    const early = await call(record, 'PATCH', DAY, { claims: worker, params, body: { minutes: '会议纪要', version: 1 } });
    expect(early.status).toBe(422);
    expect(early.json.errors).toEqual([{ field: 'body.minutes', message: '宣传日在 2026-02-24 举行，当天或之后才能登记纪要' }]);
    const stale = await call(record, 'PATCH', DAY, { claims: worker, params, body: { agenda: ['另一项'], version: 0 } });
    expect(stale.status).toBe(409);
    const noEvaluation = await call(record, 'PATCH', DAY, {
      claims: worker,
      params: { ...params, kind: 'evaluation' },
      body: { agenda: ['评议'], version: 0 },
    });
    expect(noEvaluation.status).toBe(422);
    expect(noEvaluation.json.detail).toBe('2026-02 没有评议日：评议日只在季末月（3、6、9、12 月）的 30 日');
    const empty = await call(record, 'PATCH', DAY, { claims: worker, params, body: { version: 1 } });
    expect(empty.status).toBe(422);
    expect((await call(record, 'PATCH', DAY, { claims: outsider, params, body: { agenda: ['x'], version: 1 } })).status).toBe(
      403,
    );

    clock.now = at('2026-02-24');
    const representatives = (await call(getRepresentatives, 'GET', REPRESENTATIVES, { claims: worker, params: { community } }))
      .json;
    const [first] = representatives.persons;
    const stranger = newId();
    const wrong = await call(record, 'PATCH', DAY, {
      claims: worker,
      params,
      body: { attendance: { representatives: [first.personId, stranger] }, version: 1 },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.json.errors).toEqual([
      { field: 'body.attendance.representatives.1', message: `${stranger} 不在本社区居民代表名单中` },
    ]);
    const held = await call(record, 'PATCH', DAY, {
      claims: worker,
      params,
      body: {
        attendance: { representatives: [first.personId], staff: ['worker-029'], otherResidents: 23 },
        minutes: '宣讲居委会组织法，解答低保问题 6 个。',
        version: 1,
      },
    });
    expect(held.status, JSON.stringify(held.json)).toBe(200);
    expect(held.json).toMatchObject({
      version: 2,
      attendance: {
        representativesPresent: 1,
        representativesTotal: 2,
        representatives: [{ personId: first.personId, name: first.name }],
        staff: ['worker-029'],
        otherResidents: 23,
      },
      minutes: { text: '宣讲居委会组织法，解答低保问题 6 个。' },
    });
    // The agenda written before the day stays: only the parts sent are replaced.
    expect(held.json.agenda).toHaveLength(2);

    const publicView = await call(calendar, 'GET', CALENDAR, { claims: resident, params: { community, month: '2026-02' } });
    const day = publicView.json.days.find((d: { kind: string }) => d.kind === 'publicity');
    expect(day.attendance).toMatchObject({ representativesPresent: 1, representativesTotal: 2, otherResidents: 23 });
    expect(day.attendance.representatives).toBeUndefined();
    expect(day.minutes.text).toBe('宣讲居委会组织法，解答低保问题 6 个。');
  });
});

describe('the service week', () => {
  it('moves to a Monday of the month the community chooses, at a version', async () => {
    clock.now = at('2026-02-10');
    const params = { community, month: '2026-03' };
    const tuesday = await call(serviceWeek, 'PUT', WEEK, { claims: worker, params, body: { start: '2026-03-10', version: 0 } });
    expect(tuesday.status).toBe(422);
    expect(tuesday.json.errors).toEqual([{ field: 'body.start', message: '服务周须从星期一开始，2026-03-10 是星期二' }]);
    const otherMonth = await call(serviceWeek, 'PUT', WEEK, {
      claims: worker,
      params,
      body: { start: '2026-04-06', version: 0 },
    });
    expect(otherMonth.json.errors[0].message).toBe('服务周须在 2026-03 月内开始');
    const holiday = await call(serviceWeek, 'PUT', WEEK, {
      claims: worker,
      params: { community, month: '2026-02' },
      body: { start: '2026-02-16', version: 0 },
    });
    expect(holiday.json.errors[0].message).toBe('2026-02-16 起的一周都是法定节假日，请另选一周');
    const past = await call(serviceWeek, 'PUT', WEEK, {
      claims: worker,
      params: { community, month: '2026-02' },
      body: { start: '2026-02-02', version: 0 },
    });
    expect(past.json.errors[0].message).toBe('服务周不能改到已过去的日子（今天是 2026-02-10）');

    const moved = await call(serviceWeek, 'PUT', WEEK, { claims: worker, params, body: { start: '2026-03-09', version: 0 } });
    expect(moved.status, JSON.stringify(moved.json)).toBe(200);
    expect(moved.json.serviceWeek).toEqual({ start: '2026-03-09', custom: true, version: 1 });
    expect(moved.json.days.find((day: { kind: string }) => day.kind === 'service-week')).toMatchObject({
      date: '2026-03-09',
      days: ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13'],
    });
    expect(
      (await call(serviceWeek, 'PUT', WEEK, { claims: worker, params, body: { start: '2026-03-16', version: 0 } })).status,
    ).toBe(409);
  });
});

describe('the day-before reminder', () => {
  it('raises CivicDayDue once per community, day and kind, with agenda and participants, however often it runs', async () => {
    const other = '350203006032';
    const member = await person(`${other}-01`);
    await representativesFor(other, [member]);
    const representatives = (await call(getRepresentatives, 'GET', REPRESENTATIVES, { claims: worker, params: { community } }))
      .json;

    clock.now = new Date('2026-02-23T01:00:00Z'); // 09:00 in Shanghai: tomorrow is 24 February
    const first = await remindCivicDays(deps());
    expect(first).toMatchObject({ day: '2026-02-24', alreadyRaised: 0 });
    const again = await remindCivicDays(deps());
    expect(again).toMatchObject({ raised: 0, alreadyRaised: first.raised });

    const ours = await outboxEvents('cases', 'CivicDayDue', { community, date: '2026-02-24' });
    expect(ours.map((event) => event.data.kind).sort()).toEqual(['publicity', 'service-week']);
    expect(ours.find((event) => event.data.kind === 'publicity')?.data).toMatchObject({
      name: '宣传日',
      agenda: ['宣传新修订的《居民委员会组织法》', '解答低保政策问题'],
      persons: representatives.persons.map((p: { personId: string }) => p.personId),
      staff: ['worker-029'],
    });
    expect(ours[0]?.area).toBe(community);
    const theirs = await outboxEvents('cases', 'CivicDayDue', { community: other, date: '2026-02-24' });
    expect(theirs.map((event) => event.data.kind).sort()).toEqual(['publicity', 'service-week']);
    expect(theirs[0]?.data).toMatchObject({ persons: [member], staff: [`worker-${other}`] });

    clock.now = new Date('2026-02-27T01:00:00Z');
    await remindCivicDays(deps());
    const deliberation = await outboxEvents('cases', 'CivicDayDue', { community, kind: 'deliberation' });
    expect(deliberation).toHaveLength(1);
    expect(deliberation[0]?.data).toMatchObject({ date: '2026-02-28', agenda: ['环境卫生：楼道堆物（3 件）'] });

    clock.now = new Date('2026-02-25T01:00:00Z');
    expect(await remindCivicDays(deps())).toMatchObject({ day: '2026-02-26', raised: 0, alreadyRaised: 0 });
  });

  it('reminds of a day the month before moved into this one', async () => {
    const code = '350203006033';
    await representativesFor(code, [await person(code)]);
    // A made-up year: the last days of September and the first of October off, so September’s deliberation day (the 28th is
    // a Sunday) and evaluation day land on 6 October, with October’s reception and disclosure days.
    const off = new Set(['2031-09-29', '2031-09-30', '2031-10-01', '2031-10-02', '2031-10-03']);
    const made: OfficialCalendar = {
      isWorkday: (day) => !off.has(day) && weekdayOf(day) !== 0 && weekdayOf(day) !== 6,
      knowsYear: () => true,
    };
    clock.now = new Date('2031-10-05T01:00:00Z');
    await remindCivicDays({ ...deps(), calendar: made });
    const due = await outboxEvents('cases', 'CivicDayDue', { community: code, date: '2031-10-06' });
    expect(due.map((event) => event.data.kind).sort()).toEqual(['deliberation', 'disclosure', 'evaluation', 'reception']);
  });
});
