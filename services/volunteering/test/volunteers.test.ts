import { createEvent, PersonRegistered } from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { sqsBatch } from '../../../test/support/events.ts';
import { call, claimsFor } from '../../../test/support/http.ts';
import { outboxEvents } from '../../../test/support/outbox.ts';
import { createServiceTables } from '../../../test/support/tables.ts';
import { createHandler as addMemberAt } from '../src/handlers/add-team-member.ts';
import { createHandler as createPostAt } from '../src/handlers/create-party-post.ts';
import { createHandler as createTeamAt } from '../src/handlers/create-team.ts';
import { createHandler as decideAt } from '../src/handlers/decide-volunteer.ts';
import { createHandler as getMyAt } from '../src/handlers/get-my-volunteer.ts';
import { createHandler as getTeamAt } from '../src/handlers/get-team.ts';
import { handler as keepPersons } from '../src/handlers/keep-persons.ts';
import { createHandler as listPostsAt } from '../src/handlers/list-party-posts.ts';
import { createHandler as listTeamsAt } from '../src/handlers/list-teams.ts';
import { createHandler as listVolunteersAt } from '../src/handlers/list-volunteers.ts';
import { createHandler as registerAt } from '../src/handlers/register-volunteer.ts';
import { createHandler as removeMemberAt } from '../src/handlers/remove-team-member.ts';
import { createHandler as updateTeamAt } from '../src/handlers/update-team.ts';
import { createHandler as updateProfileAt } from '../src/handlers/update-volunteer-profile.ts';
import { defaultVolunteeringDeps } from '../src/store/deps.ts';

const community = '350203006029';
const otherCommunity = '350203007001';
const clock = { now: new Date('2026-03-02T02:00:00Z') };
const deps = () => ({ ...defaultVolunteeringDeps(), now: () => clock.now });
const worker = claimsFor('community-worker', [community]);
const otherWorker = claimsFor('community-worker', [otherCommunity]);
const availability = { weekdays: ['sat', 'sun'], slots: ['morning'] };

const register = registerAt(deps);
const decide = decideAt(deps);
const getMy = getMyAt(deps);
const listVolunteers = listVolunteersAt(deps);
const updateProfile = updateProfileAt(deps);
const createTeam = createTeamAt(deps);
const updateTeam = updateTeamAt(deps);
const getTeam = getTeamAt(deps);
const listTeams = listTeamsAt(deps);
const addMember = addMemberAt(deps);
const removeMember = removeMemberAt(deps);
const createPost = createPostAt(deps);
const listPosts = listPostsAt(deps);

let sequence = 0;
async function resident(area = `${community}-03`, name = `居民${++sequence}`) {
  const personId = newId();
  const data = {
    personId,
    name,
    citizenIdMasked: '350203********1234',
    area,
    birthDate: '1980-01-01',
    sex: 'female' as const,
    residence: 'registered' as const,
  };
  const result = await keepPersons(sqsBatch([createEvent(PersonRegistered, { id: newId(), district: '350203', area, data })]));
  expect(result.batchItemFailures).toEqual([]);
  return { personId, name, claims: claimsFor('resident', [area], { sub: `user-${personId}`, person: personId }) };
}

/** An approved volunteer, registered by staff. */
async function approvedVolunteer(area = `${community}-03`, staff = worker) {
  const person = await resident(area);
  const res = await call(register, 'POST', '/volunteering/volunteers', {
    claims: staff,
    body: { personId: person.personId, skills: ['patrol'], availability },
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return { ...person, volunteerId: res.json.volunteerId as string };
}

beforeAll(async () => {
  await createServiceTables();
});

describe('volunteers', () => {
  it('lets a resident register themselves, pending until the community approves', async () => {
    const me = await resident(undefined, '陈美玲');
    const res = await call(register, 'POST', '/volunteering/volunteers', {
      claims: me.claims,
      body: { skills: ['medical', 'first-aid'], otherSkills: '会做心肺复苏', availability },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    expect(res.json).toMatchObject({
      personId: me.personId,
      name: '陈美玲',
      community,
      status: 'pending',
      selfRegistered: true,
      skillLabels: ['医疗护理', '急救'],
    });
    expect(res.json.registeredBy).toBeUndefined();

    const again = await call(register, 'POST', '/volunteering/volunteers', { claims: me.claims, body: { availability } });
    expect(again.status).toBe(409);
    expect(again.json.detail).toContain('已注册为志愿者');

    const pending = await call(listVolunteers, 'GET', '/volunteering/volunteers', {
      claims: worker,
      query: { community, status: 'pending' },
    });
    expect(pending.json.items.map((v: { volunteerId: string }) => v.volunteerId)).toContain(res.json.volunteerId);

    const refused = await call(decide, 'POST', '/volunteering/volunteers/{id}/decision', {
      claims: otherWorker,
      params: { id: res.json.volunteerId },
      body: { decision: 'approve', version: 1 },
    });
    expect(refused.status).toBe(403);

    const approved = await call(decide, 'POST', '/volunteering/volunteers/{id}/decision', {
      claims: worker,
      params: { id: res.json.volunteerId },
      body: { decision: 'approve', version: 1 },
    });
    expect(approved.status).toBe(200);
    expect(approved.json).toMatchObject({ status: 'approved', version: 2 });
    const twice = await call(decide, 'POST', '/volunteering/volunteers/{id}/decision', {
      claims: worker,
      params: { id: res.json.volunteerId },
      body: { decision: 'reject', reason: '重复', version: 2 },
    });
    expect(twice.status).toBe(409);

    const mine = await call(getMy, 'GET', '/volunteering/volunteers/me', { claims: me.claims });
    expect(mine.json).toMatchObject({ volunteerId: res.json.volunteerId, status: 'approved', teamIds: [] });
    expect(await outboxEvents('volunteering', 'VolunteerRegistered', { volunteerId: res.json.volunteerId })).toHaveLength(1);
    expect(
      await outboxEvents('volunteering', 'VolunteerStatusChanged', { volunteerId: res.json.volunteerId, to: 'approved' }),
    ).toHaveLength(1);
  });

  it('requires a reason to reject, and refuses a resident without a registry link or registering someone else', async () => {
    const me = await resident();
    const res = await call(register, 'POST', '/volunteering/volunteers', { claims: me.claims, body: { availability } });
    const noReason = await call(decide, 'POST', '/volunteering/volunteers/{id}/decision', {
      claims: worker,
      params: { id: res.json.volunteerId },
      body: { decision: 'reject', version: 1 },
    });
    expect(noReason.status).toBe(422);
    const rejected = await call(decide, 'POST', '/volunteering/volunteers/{id}/decision', {
      claims: worker,
      params: { id: res.json.volunteerId },
      body: { decision: 'reject', reason: '不在本社区居住', version: 1 },
    });
    expect(rejected.json).toMatchObject({ status: 'rejected', rejectReason: '不在本社区居住' });

    const unlinked = await call(register, 'POST', '/volunteering/volunteers', {
      claims: claimsFor('resident', [community]),
      body: { availability },
    });
    expect(unlinked.status).toBe(403);
    const other = await resident();
    const forOther = await call(register, 'POST', '/volunteering/volunteers', {
      claims: me.claims,
      body: { personId: other.personId, availability },
    });
    expect(forOther.status).toBe(403);
    const badSkill = await call(register, 'POST', '/volunteering/volunteers', {
      claims: other.claims,
      body: { skills: ['juggling'], availability },
    });
    expect(badSkill.status).toBe(422);
  });

  it('lets staff register someone not in the registry (approved at once) and the volunteer update the survey answers', async () => {
    const res = await call(register, 'POST', '/volunteering/volunteers', {
      claims: worker,
      body: { name: '外来志愿者张三', community, skills: ['photography'], availability },
    });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ status: 'approved', selfRegistered: false });
    expect(res.json.personId).toBeUndefined();
    const elsewhere = await call(register, 'POST', '/volunteering/volunteers', {
      claims: otherWorker,
      body: { name: '李四', community, availability },
    });
    expect(elsewhere.status).toBe(403);

    const v = await approvedVolunteer();
    const updated = await call(updateProfile, 'PUT', '/volunteering/volunteers/{id}/profile', {
      claims: v.claims,
      params: { id: v.volunteerId },
      body: { skills: ['tutoring', 'music'], availability: { weekdays: ['wed'], slots: ['evening'] }, version: 1 },
    });
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({ skills: ['tutoring', 'music'], version: 2 });
    const stranger = await resident();
    const notMine = await call(updateProfile, 'PUT', '/volunteering/volunteers/{id}/profile', {
      claims: stranger.claims,
      params: { id: v.volunteerId },
      body: { skills: [], availability, version: 2 },
    });
    expect(notMine.status).toBe(403);
    const stale = await call(updateProfile, 'PUT', '/volunteering/volunteers/{id}/profile', {
      claims: v.claims,
      params: { id: v.volunteerId },
      body: { skills: [], availability, version: 1 },
    });
    expect(stale.status).toBe(409);
  });
});

describe('teams and party posts', () => {
  it('sets up a team with a leader, takes approved members only, and lists them', async () => {
    const leader = await approvedVolunteer();
    const created = await call(createTeam, 'POST', '/volunteering/teams', {
      claims: worker,
      body: { community, kind: 'youth', name: '青春志愿服务队', leaderIds: [leader.volunteerId] },
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    expect(created.json).toMatchObject({ kindLabel: '青年志愿服务队', leaderIds: [leader.volunteerId], version: 1 });
    const teamId = created.json.teamId as string;

    const join = await call(addMember, 'PUT', '/volunteering/teams/{id}/members/{volunteerId}', {
      claims: worker,
      params: { id: teamId, volunteerId: leader.volunteerId },
    });
    expect(join.status).toBe(201);
    const rejoin = await call(addMember, 'PUT', '/volunteering/teams/{id}/members/{volunteerId}', {
      claims: worker,
      params: { id: teamId, volunteerId: leader.volunteerId },
    });
    expect(rejoin.status).toBe(200);

    const pendingPerson = await resident();
    const pending = await call(register, 'POST', '/volunteering/volunteers', {
      claims: pendingPerson.claims,
      body: { availability },
    });
    const refused = await call(addMember, 'PUT', '/volunteering/teams/{id}/members/{volunteerId}', {
      claims: worker,
      params: { id: teamId, volunteerId: pending.json.volunteerId },
    });
    expect(refused.status).toBe(409);
    expect(refused.json.detail).toContain('尚未通过社区审核');

    const team = await call(getTeam, 'GET', '/volunteering/teams/{id}', { claims: worker, params: { id: teamId } });
    expect(team.json.members).toEqual([expect.objectContaining({ volunteerId: leader.volunteerId, leader: true })]);
    const listed = await call(listTeams, 'GET', '/volunteering/teams', { claims: worker, query: { community, kind: 'youth' } });
    expect(listed.json.items.map((t: { teamId: string }) => t.teamId)).toContain(teamId);
    expect((await call(listTeams, 'GET', '/volunteering/teams', { claims: otherWorker, query: { community } })).status).toBe(403);

    const leaderOut = await call(removeMember, 'DELETE', '/volunteering/teams/{id}/members/{volunteerId}', {
      claims: worker,
      params: { id: teamId, volunteerId: leader.volunteerId },
    });
    expect(leaderOut.status).toBe(409);
    const stepDown = await call(updateTeam, 'PUT', '/volunteering/teams/{id}', {
      claims: worker,
      params: { id: teamId },
      body: { name: '青春志愿服务队', leaderIds: [], version: 1 },
    });
    expect(stepDown.status).toBe(200);
    const out = await call(removeMember, 'DELETE', '/volunteering/teams/{id}/members/{volunteerId}', {
      claims: worker,
      params: { id: teamId, volunteerId: leader.volunteerId },
    });
    expect(out.json).toMatchObject({ removed: true });
    expect(await outboxEvents('volunteering', 'TeamMembershipChanged', { teamId })).toHaveLength(2);
  });

  it('refuses a leader who is not an approved volunteer of the community', async () => {
    const elsewhere = await approvedVolunteer(`${otherCommunity}-01`, otherWorker);
    const res = await call(createTeam, 'POST', '/volunteering/teams', {
      claims: worker,
      body: { community, kind: 'culture', name: '文化队', leaderIds: [elsewhere.volunteerId] },
    });
    expect(res.status).toBe(422);
    expect(res.json.errors[0]).toMatchObject({ field: 'body.leaderIds.0' });
  });

  it('gives each vanguard squad up to 7 buildings, each building to one squad only', async () => {
    const buildings = ['1号楼', '2号楼', '3号楼', '4号楼', '5号楼', '6号楼'];
    const first = await call(createTeam, 'POST', '/volunteering/teams', {
      claims: worker,
      body: { community, kind: 'vanguard', name: '第一先锋小分队', buildings },
    });
    expect(first.status, JSON.stringify(first.json)).toBe(201);
    expect(first.json.buildings).toEqual(buildings);

    const overlap = await call(createTeam, 'POST', '/volunteering/teams', {
      claims: worker,
      body: { community, kind: 'vanguard', name: '第二先锋小分队', buildings: ['7号楼', '6号楼'] },
    });
    expect(overlap.status).toBe(409);
    expect(overlap.json.detail).toContain('第一先锋小分队');

    const tooMany = await call(createTeam, 'POST', '/volunteering/teams', {
      claims: worker,
      body: { community, kind: 'vanguard', name: '大分队', buildings: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] },
    });
    expect(tooMany.status).toBe(422);
    const none = await call(createTeam, 'POST', '/volunteering/teams', {
      claims: worker,
      body: { community, kind: 'vanguard', name: '空分队' },
    });
    expect(none.status).toBe(422);
    const patrolWithBuildings = await call(createTeam, 'POST', '/volunteering/teams', {
      claims: worker,
      body: { community, kind: 'party-patrol', name: '党员巡逻队', buildings: ['9号楼'] },
    });
    expect(patrolWithBuildings.status).toBe(422);

    const moved = await call(updateTeam, 'PUT', '/volunteering/teams/{id}', {
      claims: worker,
      params: { id: first.json.teamId },
      body: { name: '第一先锋小分队', buildings: ['1号楼', '2号楼', '3号楼', '4号楼', '5号楼', '8号楼'], version: 1 },
    });
    expect(moved.status, JSON.stringify(moved.json)).toBe(200);
    const second = await call(createTeam, 'POST', '/volunteering/teams', {
      claims: worker,
      body: { community, kind: 'vanguard', name: '第二先锋小分队', buildings: ['6号楼', '7号楼'] },
    });
    expect(second.status, JSON.stringify(second.json)).toBe(201);
    expect(await outboxEvents('volunteering', 'TeamSaved', { teamId: first.json.teamId })).toHaveLength(2);
  });

  it('sets up party-member posts held by residents of the community', async () => {
    const member = await resident(undefined, '王建国');
    const res = await call(createPost, 'POST', '/volunteering/party-posts', {
      claims: worker,
      body: { community, name: '楼道长岗', holderPersonId: member.personId, duties: ['每周巡查楼道', '收集居民诉求'] },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    expect(res.json).toMatchObject({ holderName: '王建国', version: 1 });
    const outsider = await resident(`${otherCommunity}-01`);
    const refused = await call(createPost, 'POST', '/volunteering/party-posts', {
      claims: worker,
      body: { community, name: '宣传岗', holderPersonId: outsider.personId, duties: ['政策宣传'] },
    });
    expect(refused.status).toBe(422);
    const listed = await call(listPosts, 'GET', '/volunteering/party-posts', { claims: worker, query: { community } });
    expect(listed.json.items).toEqual([
      expect.objectContaining({ postId: res.json.postId, duties: ['每周巡查楼道', '收集居民诉求'] }),
    ]);
    expect(await outboxEvents('volunteering', 'PartyPostSaved', { postId: res.json.postId })).toHaveLength(1);
  });
});
