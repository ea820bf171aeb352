import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { createEvent, PersonRegistered } from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { sqsBatch } from '../../../test/support/events.ts';
import { call, claimsFor } from '../../../test/support/http.ts';
import { outboxEvents } from '../../../test/support/outbox.ts';
import { createServiceTables } from '../../../test/support/tables.ts';
import type { HoursEntry } from '../src/domain/hours.ts';
import { createHandler as addMemberAt } from '../src/handlers/add-team-member.ts';
import { createHandler as createTeamAt } from '../src/handlers/create-team.ts';
import { createHandler as communityHoursAt } from '../src/handlers/get-community-hours.ts';
import { createHandler as teamHoursAt } from '../src/handlers/get-team-hours.ts';
import { handler as keepPersons } from '../src/handlers/keep-persons.ts';
import { createHandler as listHoursAt } from '../src/handlers/list-volunteer-hours.ts';
import { createHandler as logAt } from '../src/handlers/log-hours.ts';
import { createHandler as printAt } from '../src/handlers/print-hours-certificate.ts';
import { createHandler as registerAt } from '../src/handlers/register-volunteer.ts';
import { createHandler as reviewAt } from '../src/handlers/review-hours.ts';
import { defaultVolunteeringDeps } from '../src/store/deps.ts';
import { hoursItem } from '../src/store/hours.ts';

const community = '350203006029';
const clock = { now: new Date('2026-03-10T02:00:00Z') };
const deps = () => ({ ...defaultVolunteeringDeps(), now: () => clock.now });
const worker = claimsFor('community-worker', [community]);
const availability = { weekdays: ['sat'], slots: ['morning'] };

const register = registerAt(deps);
const log = logAt(deps);
const review = reviewAt(deps);
const listHours = listHoursAt(deps);
const print = printAt(deps);
const teamHours = teamHoursAt(deps);
const communityHours = communityHoursAt(deps);
const createTeam = createTeamAt(deps);
const addMember = addMemberAt(deps);

let sequence = 0;
async function volunteer(name = `志愿者${++sequence}`, approve = true) {
  const personId = newId();
  const area = `${community}-02`;
  const data = {
    personId,
    name,
    citizenIdMasked: '350203********1234',
    area,
    birthDate: '1990-01-01',
    sex: 'male' as const,
    residence: 'registered' as const,
  };
  await keepPersons(sqsBatch([createEvent(PersonRegistered, { id: newId(), district: '350203', area, data })]));
  const claims = claimsFor('volunteer', [area], { sub: `user-${personId}`, person: personId });
  const res = approve
    ? await call(register, 'POST', '/volunteering/volunteers', { claims: worker, body: { personId, availability } })
    : await call(register, 'POST', '/volunteering/volunteers', { claims, body: { availability } });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return { personId, name, claims, volunteerId: res.json.volunteerId as string };
}

const logHours = (v: { volunteerId: string; claims: Record<string, unknown> }, body: Record<string, unknown>) =>
  call(log, 'POST', '/volunteering/volunteers/{id}/hours', { claims: v.claims, params: { id: v.volunteerId }, body });

const decide = (claims: Record<string, unknown>, volunteerId: string, entryId: string, body: Record<string, unknown>) =>
  call(review, 'POST', '/volunteering/volunteers/{id}/hours/{entryId}/review', {
    claims,
    params: { id: volunteerId, entryId },
    body,
  });

/** Hours an activity credited, written in the shape the activities module writes them. */
async function creditedByActivity(volunteerId: string, date: string, hours: number) {
  const d = deps();
  const entry: HoursEntry = {
    volunteerId,
    hours,
    source: 'activity',
    activityId: newId(),
    community,
    month: date.slice(0, 7),
    date,
    status: 'approved',
  };
  await d.client.send(new PutCommand({ TableName: d.tableName, Item: hoursItem(entry) }));
}

beforeAll(async () => {
  await createServiceTables();
});

describe('volunteer hours', () => {
  it('a volunteer logs own hours; a leader of their team approves once; only approved hours count', async () => {
    const leader = await volunteer('队长林');
    const member = await volunteer('队员郑');
    const team = await call(createTeam, 'POST', '/volunteering/teams', {
      claims: worker,
      body: { community, kind: 'elderly', name: '银龄服务队', leaderIds: [leader.volunteerId] },
    });
    for (const v of [leader, member]) {
      await call(addMember, 'PUT', '/volunteering/teams/{id}/members/{volunteerId}', {
        claims: worker,
        params: { id: team.json.teamId, volunteerId: v.volunteerId },
      });
    }

    const logged = await logHours(member, { date: '2026-03-08', hours: 2.5, what: '陪伴独居老人' });
    expect(logged.status, JSON.stringify(logged.json)).toBe(201);
    expect(logged.json).toMatchObject({ source: 'self', status: 'pending', month: '2026-03', community, hours: 2.5 });
    expect(logged.json.entryId).toMatch(/^2026-03-08_log-/);

    const forOther = await logHours(
      { volunteerId: member.volunteerId, claims: leader.claims },
      { date: '2026-03-08', hours: 1, what: '代登记' },
    );
    expect(forOther.status).toBe(403);
    expect((await logHours(member, { date: '2026-03-11', hours: 1, what: '明天的' })).status).toBe(422);
    expect((await logHours(member, { date: '2026-03-08', hours: 13, what: '太长' })).status).toBe(422);
    expect((await logHours(member, { date: '2026-03-08', hours: 0.3, what: '太短' })).status).toBe(422);

    const before = await call(listHours, 'GET', '/volunteering/volunteers/{id}/hours', {
      claims: member.claims,
      params: { id: member.volunteerId },
      query: { year: '2026' },
    });
    expect(before.json.totalHours).toBe(0);

    const own = await logHours(leader, { date: '2026-03-09', hours: 1, what: '组织活动' });
    expect((await decide(leader.claims, leader.volunteerId, own.json.entryId, { decision: 'approve' })).status).toBe(403);
    const stranger = await volunteer('路人');
    expect((await decide(stranger.claims, member.volunteerId, logged.json.entryId, { decision: 'approve' })).status).toBe(403);

    const approved = await decide(leader.claims, member.volunteerId, logged.json.entryId, { decision: 'approve' });
    expect(approved.status, JSON.stringify(approved.json)).toBe(200);
    expect(approved.json).toMatchObject({ status: 'approved', reviewedBy: leader.claims.sub });
    const again = await decide(worker, member.volunteerId, logged.json.entryId, { decision: 'reject', reason: '重复' });
    expect(again.status).toBe(409);

    const rejected = await decide(worker, leader.volunteerId, own.json.entryId, { decision: 'reject', reason: '活动未开展' });
    expect(rejected.json).toMatchObject({ status: 'rejected', rejectReason: '活动未开展' });

    await creditedByActivity(member.volunteerId, '2026-03-05', 3);
    const after = await call(listHours, 'GET', '/volunteering/volunteers/{id}/hours', {
      claims: worker,
      params: { id: member.volunteerId },
      query: { year: '2026' },
    });
    expect(after.json).toMatchObject({ totalHours: 5.5, byMonth: [{ month: '2026-03', hours: 5.5 }] });
    expect(after.json.entries).toHaveLength(2);

    const byTeam = await call(teamHours, 'GET', '/volunteering/teams/{id}/hours', {
      claims: leader.claims,
      params: { id: team.json.teamId },
      query: { month: '2026-03' },
    });
    expect(byTeam.status, JSON.stringify(byTeam.json)).toBe(200);
    expect(byTeam.json).toMatchObject({ totalHours: 5.5, pending: [] });
    expect(byTeam.json.members[0]).toMatchObject({ volunteerId: member.volunteerId, hours: 5.5, entries: 2 });
    expect(
      (
        await call(teamHours, 'GET', '/volunteering/teams/{id}/hours', {
          claims: member.claims,
          params: { id: team.json.teamId },
          query: { month: '2026-03' },
        })
      ).status,
    ).toBe(403);

    const month = await call(communityHours, 'GET', '/volunteering/hours', {
      claims: worker,
      query: { community, month: '2026-03' },
    });
    expect(month.status).toBe(200);
    expect(month.json).toMatchObject({ totalHours: 5.5, volunteers: 1, bySource: { activity: 3, self: 2.5 } });
    expect(month.json.byTeam).toEqual([{ teamId: team.json.teamId, name: '银龄服务队', hours: 5.5 }]);
    expect(month.json.byVolunteer).toEqual([{ volunteerId: member.volunteerId, name: '队员郑', hours: 5.5, entries: 2 }]);

    expect(await outboxEvents('volunteering', 'VolunteerHoursLogged', { volunteerId: member.volunteerId })).toHaveLength(1);
    expect(
      await outboxEvents('volunteering', 'VolunteerHoursReviewed', { volunteerId: member.volunteerId, decision: 'approved' }),
    ).toHaveLength(1);
  });

  it('only an approved volunteer logs hours, and activity hours need no review', async () => {
    const pending = await volunteer('待审核', false);
    const res = await logHours(pending, { date: '2026-03-08', hours: 1, what: '打扫' });
    expect(res.status).toBe(409);
    expect(res.json.detail).toContain('尚未通过社区审核');

    const v = await volunteer();
    await creditedByActivity(v.volunteerId, '2026-03-01', 2);
    const list = await call(listHours, 'GET', '/volunteering/volunteers/{id}/hours', {
      claims: v.claims,
      params: { id: v.volunteerId },
      query: { year: '2026' },
    });
    const entryId = list.json.entries[0].entryId as string;
    const refused = await decide(worker, v.volunteerId, entryId, { decision: 'reject', reason: '不认' });
    expect(refused.status).toBe(409);
    expect(refused.json.detail).toContain('无需审核');
    expect((await decide(worker, v.volunteerId, '2026-03-01_log-nope', { decision: 'approve' })).status).toBe(404);
  });

  it('prints a year certificate of approved hours, escaped', async () => {
    const v = await volunteer('<b>黄</b>');
    const logged = await logHours(v, { date: '2026-02-20', hours: 4, what: '<script>春节慰问</script>' });
    await decide(worker, v.volunteerId, logged.json.entryId, { decision: 'approve' });
    await logHours(v, { date: '2026-02-21', hours: 6, what: '未审核的不计' });
    const page = await call(print, 'GET', '/volunteering/volunteers/{id}/hours/certificate', {
      claims: v.claims,
      params: { id: v.volunteerId },
      query: { year: '2026' },
    });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.json).toContain('志愿服务时长证明（2026 年度）');
    expect(page.json).toContain('&lt;b&gt;黄&lt;/b&gt;');
    expect(page.json).toContain('&lt;script&gt;春节慰问&lt;/script&gt;');
    expect(page.json).not.toContain('<script>');
    expect(page.json).toContain('<strong>4</strong> 小时');
    expect(page.json).not.toContain('未审核的不计');
    const other = await volunteer();
    expect(
      (
        await call(print, 'GET', '/volunteering/volunteers/{id}/hours/certificate', {
          claims: other.claims,
          params: { id: v.volunteerId },
          query: { year: '2026' },
        })
      ).status,
    ).toBe(403);
  });
});
