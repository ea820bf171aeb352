import { createEvent, PersonRegistered } from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import type { ObjectStore } from '@shequ/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { sqsBatch } from '../../../test/support/events.ts';
import { call, claimsFor } from '../../../test/support/http.ts';
import { outboxEvents } from '../../../test/support/outbox.ts';
import { createServiceTables } from '../../../test/support/tables.ts';
import { createHandler as cancelAt } from '../src/handlers/cancel-activity-sign-up.ts';
import { createHandler as checkInAt } from '../src/handlers/check-in-to-activity.ts';
import { createHandler as checkOutAt } from '../src/handlers/check-out-of-activity.ts';
import { createHandler as createAt } from '../src/handlers/create-activity.ts';
import { createHandler as photoAt } from '../src/handlers/create-activity-photo-upload.ts';
import { createHandler as getAt } from '../src/handlers/get-activity.ts';
import { createHandler as culturalAt } from '../src/handlers/get-cultural-event-report.ts';
import { createHandler as commitmentReportAt } from '../src/handlers/get-unit-commitment-report.ts';
import { handler as keepPersons } from '../src/handlers/keep-persons.ts';
import { createHandler as listAt } from '../src/handlers/list-activities.ts';
import { createHandler as signUpsAt } from '../src/handlers/list-activity-sign-ups.ts';
import { createHandler as personSignUpsAt } from '../src/handlers/list-person-sign-ups.ts';
import { createHandler as recordAt } from '../src/handlers/record-activity.ts';
import { createHandler as setCommitmentAt } from '../src/handlers/set-unit-commitment.ts';
import { createHandler as signUpAt } from '../src/handlers/sign-up-for-activity.ts';
import { creditedHoursOf } from '../src/store/activities.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../src/store/deps.ts';
import { volunteerHours } from '../src/store/hours.ts';

const community = '350203006029';
const grid = `${community}-03`;
const worker = claimsFor('community-worker', [community]);
const otherWorker = claimsFor('community-worker', ['350203007001']);

const clock = { now: new Date('2026-03-02T02:00:00Z') };
/** Presigning needs S3; the test store hands out a recognisable URL instead. */
const objects: ObjectStore = {
  put: async () => undefined,
  get: async () => undefined,
  presignPut: async (key) => `https://uploads.example/${key}`,
};
const deps = (): VolunteeringDeps => ({ ...defaultVolunteeringDeps(), objects: () => objects, now: () => clock.now });

const create = createAt(deps);
const get = getAt(deps);
const list = listAt(deps);
const signUp = signUpAt(deps);
const cancel = cancelAt(deps);
const signUps = signUpsAt(deps);
const personSignUps = personSignUpsAt(deps);
const checkIn = checkInAt(deps);
const checkOut = checkOutAt(deps);
const photo = photoAt(deps);
const record = recordAt(deps);
const cultural = culturalAt(deps);
const setCommitment = setCommitmentAt(deps);
const commitmentReport = commitmentReportAt(deps);

let sequence = 0;

/** A person as this service learns of them: the registry's PersonRegistered through the real consumer. */
async function knownPerson(birthDate = '1960-05-01', name = `居民${++sequence}`): Promise<string> {
  const personId = newId();
  const facts = {
    personId,
    name,
    citizenIdMasked: `350203********${String(1000 + sequence).slice(-4)}`,
    area: grid,
    birthDate,
    sex: 'female' as const,
    residence: 'registered' as const,
  };
  const result = await keepPersons(
    sqsBatch([createEvent(PersonRegistered, { id: newId(), district: '350203', area: grid, data: facts })]),
  );
  if (result.batchItemFailures.length > 0) throw new Error('person not kept');
  return personId;
}

const residentClaims = (personId: string) =>
  claimsFor('resident', [community], { sub: `resident-${personId}`, person: personId });

async function schedule(body: Record<string, unknown> = {}) {
  const created = await call(create, 'POST', '/volunteering/activities', {
    claims: worker,
    body: {
      community,
      kind: 'free-clinic',
      title: '周四上午义诊',
      place: '社区卫生服务站',
      startsAt: '2026-03-05T09:00:00+08:00',
      endsAt: '2026-03-05T11:30:00+08:00',
      capacity: 10,
      ...body,
    },
  });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  return created.json as { id: string; day: string; [field: string]: unknown };
}

const signUpFor = (id: string, personId: string, claims = residentClaims(personId)) =>
  call(signUp, 'POST', '/volunteering/activities/{id}/sign-ups', { params: { id }, claims, body: { personId } });

const cancelFor = (id: string, personId: string, claims = residentClaims(personId)) =>
  call(cancel, 'POST', '/volunteering/activities/{id}/sign-ups/{personId}/cancel', { params: { id, personId }, claims });

const roster = async (id: string) =>
  (await call(signUps, 'GET', '/volunteering/activities/{id}/sign-ups', { params: { id }, claims: worker })).json;

const tick = () => {
  clock.now = new Date(clock.now.getTime() + 1000);
};

beforeAll(async () => {
  await createServiceTables();
});

describe('activities', () => {
  it('schedules an activity with its Chinese kind label and refuses staff of other areas', async () => {
    const clinic = await schedule();
    expect(clinic).toMatchObject({ kind: 'free-clinic', kindLabel: '义诊', usualSlot: '每周四上午', day: '2026-03-05' });
    expect(clinic).toMatchObject({ capacity: 10, taken: 0, available: 10, waitlisted: 0, version: 1 });
    const training = await schedule({ kind: 'job-training', trade: 'elder-carer', title: '养老护理员培训' });
    expect(training).toMatchObject({ kindLabel: '技能培训', tradeLabel: '养老护理员' });

    const noTrade = await call(create, 'POST', '/volunteering/activities', {
      claims: worker,
      body: {
        community,
        kind: 'job-training',
        title: '电工培训',
        place: '社区书院',
        startsAt: '2026-03-06T09:00:00+08:00',
        endsAt: '2026-03-06T11:00:00+08:00',
        capacity: 20,
      },
    });
    expect(noTrade.status).toBe(422);
    expect(noTrade.json.errors[0].message).toContain('培训工种');
    const elsewhere = await call(create, 'POST', '/volunteering/activities', {
      claims: otherWorker,
      body: {
        community,
        kind: 'lecture',
        title: '防诈骗讲座',
        place: '党群之家',
        startsAt: '2026-03-06T09:00:00+08:00',
        endsAt: '2026-03-06T10:00:00+08:00',
        capacity: 50,
      },
    });
    expect(elsewhere.status).toBe(403);

    const listed = await call(list, 'GET', '/volunteering/activities', {
      claims: residentClaims('x'),
      query: { community, from: '2026-03-05', to: '2026-03-05' },
    });
    expect(listed.json.items.map((item: { id: string }) => item.id)).toContain(clinic.id);
    expect(await outboxEvents('volunteering', 'ActivityScheduled', { activityId: clinic.id })).toHaveLength(1);
  });

  it('a clinic with 10 places and 12 sign-ups promotes the waitlist when two cancel', async () => {
    const clinic = await schedule();
    const people: string[] = [];
    for (let i = 0; i < 12; i++) {
      const personId = await knownPerson();
      people.push(personId);
      tick();
      const response = await signUpFor(clinic.id, personId);
      expect(response.status, JSON.stringify(response.json)).toBe(201);
      expect(response.json.status).toBe(i < 10 ? 'confirmed' : 'waitlisted');
      if (i >= 10) expect(response.json.position).toBe(i - 9);
    }
    const [first, second, third] = people as [string, string, string];
    expect((await signUpFor(clinic.id, first)).status).toBe(409);
    // Each waitlisted resident reads their own place in the queue among their sign-ups.
    for (const [index, personId] of [people[10], people[11]].entries()) {
      const mine = await call(personSignUps, 'GET', '/volunteering/persons/{personId}/sign-ups', {
        params: { personId: personId as string },
        claims: residentClaims(personId as string),
      });
      expect(mine.json.items).toMatchObject([{ activityId: clinic.id, status: 'waitlisted', position: index + 1 }]);
    }

    tick();
    const cancelled = await cancelFor(clinic.id, first);
    expect(cancelled.status).toBe(200);
    expect(cancelled.json.cancelled.status).toBe('cancelled');
    expect(cancelled.json.promoted).toMatchObject({ personId: people[10], status: 'confirmed' });
    tick();
    const byStaff = await cancelFor(clinic.id, second, worker);
    expect(byStaff.json.promoted).toMatchObject({ personId: people[11], status: 'confirmed' });

    const after = await roster(clinic.id);
    expect(after.activity).toMatchObject({ taken: 10, available: 0, waitlisted: 0 });
    expect(after.signUps.filter((s: { status: string }) => s.status === 'confirmed')).toHaveLength(10);
    const promoted = await outboxEvents('volunteering', 'ActivitySignUpChanged', { activityId: clinic.id, change: 'promoted' });
    expect(promoted.map((event) => event.data.personId)).toEqual([people[10], people[11]]);

    // With nobody waiting, a cancelled place is freed for the next sign-up.
    expect((await cancelFor(clinic.id, third)).json.promoted).toBeUndefined();
    expect(
      (await call(get, 'GET', '/volunteering/activities/{id}', { params: { id: clinic.id }, claims: worker })).json,
    ).toMatchObject({ taken: 9, available: 1 });
    expect((await signUpFor(clinic.id, first)).json.status).toBe('confirmed');

    const other = await knownPerson();
    expect((await cancelFor(clinic.id, people[4] as string, residentClaims(other))).status).toBe(403);
    expect((await cancelFor(clinic.id, other, worker)).status).toBe(422);
  });

  it('30 parallel sign-ups for 10 places admit exactly 10, and parallel cancels promote exactly as many', async () => {
    const clinic = await schedule();
    const people = await Promise.all(Array.from({ length: 30 }, () => knownPerson()));
    const results = await Promise.all(people.map((personId) => signUpFor(clinic.id, personId)));
    expect(results.map((result) => result.status)).toEqual(Array(30).fill(201));
    expect(results.filter((result) => result.json.status === 'confirmed')).toHaveLength(10);
    expect(results.filter((result) => result.json.status === 'waitlisted')).toHaveLength(20);
    const full = await roster(clinic.id);
    expect(full.activity).toMatchObject({ taken: 10, waitlisted: 20 });
    expect(
      full.signUps
        .filter((s: { status: string }) => s.status === 'waitlisted')
        .map((s: { position: number }) => s.position)
        .sort((a: number, b: number) => a - b),
    ).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));

    const leaving = results
      .filter((result) => result.json.status === 'confirmed')
      .slice(0, 5)
      .map((result) => result.json.personId as string);
    const cancels = await Promise.all(leaving.map((personId) => cancelFor(clinic.id, personId)));
    expect(cancels.map((result) => result.status)).toEqual(Array(5).fill(200));
    expect(new Set(cancels.map((result) => result.json.promoted?.personId)).size).toBe(5);
    const after = await roster(clinic.id);
    expect(after.activity).toMatchObject({ taken: 10, waitlisted: 15 });
    expect(after.signUps.filter((s: { status: string }) => s.status === 'confirmed')).toHaveLength(10);
  });

  it("refuses a child's fourth free early-education session with a Chinese reason", async () => {
    const parent = await knownPerson('1992-04-01', '王丽');
    const child = await knownPerson('2024-06-10', '王小宝');
    const sessions = await Promise.all(
      ['2026-03-07', '2026-03-14', '2026-03-21', '2026-03-28'].map((day) =>
        schedule({
          kind: 'early-education',
          title: `亲子早教 ${day}`,
          place: '妇女儿童家园',
          startsAt: `${day}T09:30:00+08:00`,
          endsAt: `${day}T10:30:00+08:00`,
          capacity: 12,
        }),
      ),
    );
    for (const session of sessions.slice(0, 3)) {
      const taken = await signUpFor(session.id, child, residentClaims(parent));
      expect(taken.status, JSON.stringify(taken.json)).toBe(201);
      expect(taken.json.status).toBe('confirmed');
    }
    const fourth = await signUpFor((sessions[3] as { id: string }).id, child, residentClaims(parent));
    expect(fourth.status).toBe(422);
    expect(fourth.json).toMatchObject({
      code: 'not-eligible',
      detail: '每名 0–36 月龄儿童可免费参加 3 次早教活动，该儿童已参加 3 次',
    });

    // Giving one up frees a session for another date.
    expect((await cancelFor((sessions[0] as { id: string }).id, child, residentClaims(parent))).status).toBe(200);
    expect((await signUpFor((sessions[3] as { id: string }).id, child, residentClaims(parent))).json.status).toBe('confirmed');
    const mine = await call(personSignUps, 'GET', '/volunteering/persons/{personId}/sign-ups', {
      params: { personId: child },
      claims: residentClaims(parent),
    });
    expect(mine.json.items).toHaveLength(4);

    const older = await knownPerson('2023-01-01', '李大宝');
    const tooOld = await signUpFor((sessions[0] as { id: string }).id, older, residentClaims(parent));
    expect(tooOld.status).toBe(422);
    expect(tooOld.json.detail).toContain('0–36 月龄');
    const adult = await knownPerson('1990-01-01');
    expect((await signUpFor((sessions[0] as { id: string }).id, adult, residentClaims(parent))).status).toBe(403);
    const unknown = await signUpFor((sessions[0] as { id: string }).id, newId(), worker);
    expect(unknown.status).toBe(422);
    expect(unknown.json.detail).toContain('户籍登记中没有该人员');
  });

  it('drops a waitlisted child whose free sessions ran out and promotes the next in line', async () => {
    const session = (day: string, capacity: number) =>
      schedule({
        kind: 'early-education',
        title: `早教 ${day}`,
        place: '妇女儿童家园',
        startsAt: `${day}T09:30:00+08:00`,
        endsAt: `${day}T10:30:00+08:00`,
        capacity,
      });
    const full = await session('2026-04-04', 1);
    const [holder, child, next] = await Promise.all([
      knownPerson('2025-01-01'),
      knownPerson('2024-09-01'),
      knownPerson('2025-02-01'),
    ]);
    expect((await signUpFor(full.id, holder, worker)).json.status).toBe('confirmed');
    tick();
    expect((await signUpFor(full.id, child, worker)).json.status).toBe('waitlisted');
    tick();
    expect((await signUpFor(full.id, next, worker)).json.status).toBe('waitlisted');
    for (const day of ['2026-04-11', '2026-04-18', '2026-04-25']) {
      expect((await signUpFor((await session(day, 5)).id, child, worker)).json.status).toBe('confirmed');
    }
    tick();
    const cancelled = await cancelFor(full.id, holder, worker);
    expect(cancelled.json.promoted).toMatchObject({ personId: next, status: 'confirmed' });
    const after = await roster(full.id);
    expect(after.activity).toMatchObject({ taken: 1, waitlisted: 0 });
    expect(after.signUps.find((s: { personId: string }) => s.personId === child)).toMatchObject({
      status: 'cancelled',
      reason: '每名 0–36 月龄儿童可免费参加 3 次早教活动，该儿童已参加 3 次',
    });
    expect(await outboxEvents('volunteering', 'ActivitySignUpChanged', { activityId: full.id, change: 'refused' })).toHaveLength(
      1,
    );
  });

  it('check-in and check-out credit the right hours to volunteers, once', async () => {
    const clinic = await schedule({ capacity: 1 });
    const patient = await knownPerson();
    const waiting = await knownPerson();
    await signUpFor(clinic.id, patient);
    await signUpFor(clinic.id, waiting);
    const volunteerId = newId();
    const attend = (handler: typeof checkIn, path: string, body: Record<string, unknown>) =>
      call(handler, 'POST', `/volunteering/activities/{id}/${path}`, { params: { id: clinic.id }, claims: worker, body });

    const inV = await attend(checkIn, 'check-ins', { volunteerId, volunteerName: '陈医生', at: '2026-03-05T08:40:00+08:00' });
    expect(inV.json.volunteer).toMatchObject({ volunteerId, name: '陈医生', checkedInAt: '2026-03-05T00:40:00.000Z' });
    expect(
      (await attend(checkIn, 'check-ins', { volunteerId, at: '2026-03-05T09:10:00+08:00' })).json.volunteer.checkedInAt,
    ).toBe('2026-03-05T00:40:00.000Z');
    expect((await attend(checkOut, 'check-outs', { volunteerId, at: '2026-03-05T08:00:00+08:00' })).status).toBe(422);

    const outV = await attend(checkOut, 'check-outs', { volunteerId, at: '2026-03-05T11:35:00+08:00' });
    expect(outV.json.volunteer).toMatchObject({ hours: 3 });
    const again = await attend(checkOut, 'check-outs', { volunteerId, at: '2026-03-05T12:35:00+08:00' });
    expect(again.json.volunteer).toMatchObject({ hours: 3, checkedOutAt: '2026-03-05T03:35:00.000Z' });
    expect(await creditedHoursOf(deps(), volunteerId)).toEqual([
      expect.objectContaining({
        hours: 3,
        source: 'activity',
        activityId: clinic.id,
        community,
        day: '2026-03-05',
        month: '2026-03',
      }),
    ]);
    expect(await outboxEvents('volunteering', 'ActivityHoursCredited', { volunteerId })).toHaveLength(1);
    // The hours module reads the credit like any entry: approved, dated the activity's day, named by its title.
    expect(await volunteerHours(deps(), volunteerId, '2026')).toEqual([
      expect.objectContaining({ status: 'approved', date: '2026-03-05', what: clinic.title, hours: 3 }),
    ]);

    expect((await attend(checkOut, 'check-outs', { personId: patient })).status).toBe(422);
    expect(
      (await attend(checkIn, 'check-ins', { personId: patient, at: '2026-03-05T09:05:00+08:00' })).json.signUp.checkedInAt,
    ).toBe('2026-03-05T01:05:00.000Z');
    expect(
      (await attend(checkOut, 'check-outs', { personId: patient, at: '2026-03-05T09:40:00+08:00' })).json.signUp.checkedOutAt,
    ).toBe('2026-03-05T01:40:00.000Z');
    expect((await attend(checkIn, 'check-ins', { personId: waiting })).json.code).toBe('not-signed-up');
    expect((await cancelFor(clinic.id, patient)).json.code).toBe('already-checked-in');
    expect((await attend(checkIn, 'check-ins', { personId: patient, volunteerId })).status).toBe(422);
    const attendance = await outboxEvents('volunteering', 'ActivityAttendanceRecorded', { activityId: clinic.id });
    // Events made on one test clock tie on time, so compare them as a set.
    expect(attendance.map((event) => `${event.data.role}:${event.data.action}`).sort()).toEqual([
      'participant:check-in',
      'participant:check-out',
      'volunteer:check-in',
      'volunteer:check-out',
    ]);
  });

  it('records cultural events with text and photos and shows the yearly minimum as met or not', async () => {
    const events = [];
    for (const day of ['2026-01-20', '2026-02-14', '2026-02-25', '2026-03-01', '2026-05-01']) {
      events.push(
        await schedule({
          kind: 'cultural-event',
          title: `文化活动 ${day}`,
          place: '社区书院',
          startsAt: `${day}T19:00:00+08:00`,
          endsAt: `${day}T21:00:00+08:00`,
          capacity: 100,
        }),
      );
    }
    const report = async () =>
      (
        await call(cultural, 'GET', '/volunteering/reports/cultural-events', {
          claims: worker,
          query: { community, year: '2026' },
        })
      ).json;
    expect(await report()).toMatchObject({ required: 4, held: 0, scheduled: 5, met: false });

    const first = events[0] as { id: string };
    const upload = await call(photo, 'POST', '/volunteering/activities/{id}/photo-uploads', {
      params: { id: first.id },
      claims: worker,
      body: { contentType: 'image/jpeg', size: 2_000_000 },
    });
    expect(upload.status).toBe(201);
    expect(upload.json.objectKey).toMatch(new RegExp(`^volunteering/activities/${community}/${first.id}/[0-9a-z]+\\.jpg$`));
    expect(upload.json.uploadUrl).toBe(`https://uploads.example/${upload.json.objectKey}`);

    const foreign = await call(record, 'PUT', '/volunteering/activities/{id}/record', {
      params: { id: first.id },
      claims: worker,
      body: { text: '元宵灯谜会', photoKeys: ['registry/uploads/x'] },
    });
    expect(foreign.status).toBe(422);
    const future = events[4] as { id: string };
    expect(
      (
        await call(record, 'PUT', '/volunteering/activities/{id}/record', {
          params: { id: future.id },
          claims: worker,
          body: { text: '尚未举办' },
        })
      ).json.code,
    ).toBe('not-held-yet');

    for (const [index, event] of events.slice(0, 4).entries()) {
      const photoKeys = index === 3 ? [] : [`volunteering/activities/${community}/${(event as { id: string }).id}/p${index}.jpg`];
      const filed = await call(record, 'PUT', '/volunteering/activities/{id}/record', {
        params: { id: (event as { id: string }).id },
        claims: worker,
        body: { text: '居民参与踊跃', photoKeys },
      });
      expect(filed.status, JSON.stringify(filed.json)).toBe(200);
      expect(filed.json.version).toBe(2);
    }
    expect(await report()).toMatchObject({ held: 3, met: false });
    const last = events[3] as { id: string };
    const stale = await call(record, 'PUT', '/volunteering/activities/{id}/record', {
      params: { id: last.id },
      claims: worker,
      body: { text: '补充照片', photoKeys: [`volunteering/activities/${community}/${last.id}/p3.jpg`], version: 1 },
    });
    expect(stale.status).toBe(409);
    await call(record, 'PUT', '/volunteering/activities/{id}/record', {
      params: { id: last.id },
      claims: worker,
      body: { text: '补充照片', photoKeys: [`volunteering/activities/${community}/${last.id}/p3.jpg`], version: 2 },
    });
    expect(await report()).toMatchObject({ held: 4, met: true });
    expect(await outboxEvents('volunteering', 'ActivityRecorded', { activityId: last.id })).toHaveLength(2);
  });

  it("tracks a unit's quarterly course commitment as delivered or missed", async () => {
    const unitId = newId();
    const offeredBy = { unitId, unitName: '厦门市第一医院' };
    const set = await call(setCommitment, 'PUT', '/volunteering/units/{unitId}/commitments/{year}', {
      params: { unitId, year: '2026' },
      claims: worker,
      body: { community, unitName: '厦门市第一医院', coursesPerQuarter: 1 },
    });
    expect(set.status).toBe(201);
    expect(
      (
        await call(setCommitment, 'PUT', '/volunteering/units/{unitId}/commitments/{year}', {
          params: { unitId, year: '2026' },
          claims: worker,
          body: { community, coursesPerQuarter: 2 },
        })
      ).status,
    ).toBe(409);
    await schedule({
      kind: 'feature-course',
      title: '急救知识课',
      startsAt: '2026-02-10T14:00:00+08:00',
      endsAt: '2026-02-10T16:00:00+08:00',
      offeredBy,
    });
    await schedule({
      kind: 'feature-course',
      title: '慢病管理课',
      startsAt: '2026-07-10T14:00:00+08:00',
      endsAt: '2026-07-10T16:00:00+08:00',
      offeredBy,
    });
    const saved = clock.now;
    clock.now = new Date('2026-08-15T02:00:00Z');
    const report = await call(commitmentReport, 'GET', '/volunteering/units/{unitId}/commitments/{year}', {
      params: { unitId, year: '2026' },
      claims: claimsFor('unit', [community]),
    });
    clock.now = saved;
    expect(report.status).toBe(200);
    expect(report.json.quarters.map((q: { status: string; delivered: number }) => `${q.delivered}:${q.status}`)).toEqual([
      '1:met',
      '0:missed',
      '1:met',
      '0:upcoming',
    ]);
  });
});
