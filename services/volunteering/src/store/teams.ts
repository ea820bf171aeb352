import { communityOf, createEvent, PartyPostSaved, TeamMembershipChanged, TeamSaved } from '@shequ/contracts';
import {
  ConcurrentModificationError,
  createPut,
  failedConditionIndex,
  getItem,
  isLostRace,
  key,
  newId,
  queryAll,
  recordOf,
  type TransactItem,
  versionedPut,
  writeWithEvents,
  writeWithEventsOrConflict,
} from '@shequ/ddb';
import { assertInScope, type Caller, Conflict, NotFound, ValidationFailed } from '@shequ/kit';
import type { PartyPost, Team } from '../domain/teams.ts';
import type { Volunteer } from '../domain/volunteers.ts';
import type { VolunteeringDeps } from './deps.ts';
import { type PersonRecord, personOf } from './persons.ts';
import { getVolunteer } from './volunteers.ts';

export interface Membership {
  teamId: string;
  volunteerId: string;
  personId?: string;
  name: string;
  community: string;
  joinedAt: string;
  joinedBy: string;
}

export const teamKey = (teamId: string) => ({ pk: key('TEAM', teamId), sk: 'TEAM' });
const memberKey = (teamId: string, volunteerId: string) => ({ pk: key('TEAM', teamId), sk: key('MEMBER', volunteerId) });
/** One squad per building: the claim is created with the squad and moved only by it. */
const buildingKey = (community: string, building: string) => ({ pk: key('BUILDING', community, building), sk: 'SQUAD' });
const postKey = (postId: string) => ({ pk: key('PARTYPOST', postId), sk: 'POST' });

/** gsi1 lists a community's teams by kind. */
function teamItem(team: Team) {
  return {
    ...teamKey(team.teamId),
    entity: 'team',
    ...team,
    gsi1pk: key('AREA', team.community, 'TEAM'),
    gsi1sk: key(team.kind, team.teamId),
  };
}

/** gsi2 finds a volunteer's teams (whose leaders may approve their hours). */
function memberItem(member: Membership) {
  return {
    ...memberKey(member.teamId, member.volunteerId),
    entity: 'team-member',
    ...member,
    gsi2pk: key('VOLUNTEER', member.volunteerId, 'TEAM'),
    gsi2sk: member.teamId,
  };
}

function teamEvent(deps: VolunteeringDeps, team: Team, change: 'created' | 'updated', by: string) {
  return createEvent(TeamSaved, {
    id: newId(deps.now()),
    district: deps.district,
    area: team.community,
    occurredAt: deps.now(),
    data: {
      teamId: team.teamId,
      community: team.community,
      kind: team.kind,
      name: team.name,
      leaderIds: team.leaderIds,
      ...(team.buildings ? { buildings: team.buildings } : {}),
      change,
      by,
    },
  });
}

/** A building another squad already covers: names it, so staff know which squad to change first. */
async function buildingTaken(deps: VolunteeringDeps, community: string, building: string): Promise<Conflict> {
  const claim = await getItem<{ teamId: string }>(deps, buildingKey(community, building), true);
  const squad = claim ? await getTeam(deps, claim.teamId) : undefined;
  return new Conflict(
    'building-covered',
    `${building} 已由先锋小分队「${squad?.name ?? '其他小分队'}」负责，一栋楼只能由一支小分队负责`,
  );
}

function claimBuildings(deps: VolunteeringDeps, team: Team, buildings: readonly string[]): TransactItem[] {
  return buildings.map((building) =>
    createPut(deps.tableName, {
      ...buildingKey(team.community, building),
      entity: 'building-squad',
      teamId: team.teamId,
      building,
    }),
  );
}

function releaseBuildings(deps: VolunteeringDeps, team: Team, buildings: readonly string[]): TransactItem[] {
  return buildings.map((building) => ({
    Delete: {
      TableName: deps.tableName,
      Key: buildingKey(team.community, building),
      ConditionExpression: 'teamId = :id',
      ExpressionAttributeValues: { ':id': team.teamId },
    },
  }));
}

/** Stores a new team with TeamSaved, claiming a squad's buildings in the same transaction. */
export async function createTeam(deps: VolunteeringDeps, team: Team, by: string): Promise<Team> {
  const buildings = team.buildings ?? [];
  try {
    await writeWithEvents(
      deps.client,
      deps.tableName,
      [createPut(deps.tableName, teamItem(team)), ...claimBuildings(deps, team, buildings)],
      [teamEvent(deps, team, 'created', by)],
    );
  } catch (error) {
    const index = failedConditionIndex(error);
    const building = buildings[index - 1];
    if (index >= 1 && building) throw await buildingTaken(deps, team.community, building);
    throw error;
  }
  return { ...team, version: 1 };
}

/** Stores an edited team at `expectedVersion`, moving building claims from what it covered to what it covers now. */
export async function updateTeam(deps: VolunteeringDeps, previous: Team, next: Team, by: string): Promise<Team> {
  const before = previous.buildings ?? [];
  const after = next.buildings ?? [];
  const added = after.filter((b) => !before.includes(b));
  const removed = before.filter((b) => !after.includes(b));
  try {
    await writeWithEvents(
      deps.client,
      deps.tableName,
      [
        versionedPut(deps.tableName, teamItem(next), previous.version),
        ...claimBuildings(deps, next, added),
        ...releaseBuildings(deps, next, removed),
      ],
      [teamEvent(deps, next, 'updated', by)],
    );
  } catch (error) {
    const index = failedConditionIndex(error);
    const building = added[index - 1];
    if (index >= 1 && building) throw await buildingTaken(deps, next.community, building);
    if (isLostRace(error)) throw new ConcurrentModificationError();
    throw error;
  }
  return { ...next, version: previous.version + 1 };
}

export function getTeam(deps: VolunteeringDeps, teamId: string): Promise<Team | undefined> {
  return getItem<Team>(deps, teamKey(teamId), true);
}

/** A community's teams (a few dozen at most), by kind. */
export async function listTeams(deps: VolunteeringDeps, community: string, kind?: string): Promise<Team[]> {
  const items = await queryAll(deps, {
    IndexName: 'gsi1',
    KeyConditionExpression: kind ? 'gsi1pk = :pk AND begins_with(gsi1sk, :kind)' : 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': key('AREA', community, 'TEAM'), ...(kind ? { ':kind': `${kind}#` } : {}) },
  });
  return items.map((item) => recordOf<Team>(item));
}

/** A team's members, in the order of their volunteer ids (registration order). */
export async function teamMembers(deps: VolunteeringDeps, teamId: string): Promise<Membership[]> {
  const items = await queryAll(deps, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :member)',
    ExpressionAttributeValues: { ':pk': key('TEAM', teamId), ':member': 'MEMBER#' },
    ConsistentRead: true,
  });
  return items.map((item) => recordOf<Membership>(item));
}

/** The ids of the teams a volunteer belongs to. */
export async function teamIdsOf(deps: VolunteeringDeps, volunteerId: string): Promise<string[]> {
  const items = await queryAll(deps, {
    IndexName: 'gsi2',
    KeyConditionExpression: 'gsi2pk = :pk',
    ExpressionAttributeValues: { ':pk': key('VOLUNTEER', volunteerId, 'TEAM') },
  });
  return items.map((item) => String(item.teamId));
}

function membershipEvent(
  deps: VolunteeringDeps,
  team: Team,
  volunteerId: string,
  personId: string | undefined,
  change: 'joined' | 'left',
  by: string,
) {
  return createEvent(TeamMembershipChanged, {
    id: newId(deps.now()),
    district: deps.district,
    area: team.community,
    occurredAt: deps.now(),
    data: { teamId: team.teamId, community: team.community, volunteerId, ...(personId ? { personId } : {}), change, by },
  });
}

/** Adds a volunteer to a team with TeamMembershipChanged; false when they were already a member. */
export async function joinTeam(deps: VolunteeringDeps, team: Team, volunteer: Volunteer, by: string): Promise<boolean> {
  const member: Membership = {
    teamId: team.teamId,
    volunteerId: volunteer.volunteerId,
    ...(volunteer.personId ? { personId: volunteer.personId } : {}),
    name: volunteer.name,
    community: team.community,
    joinedAt: deps.now().toISOString(),
    joinedBy: by,
  };
  try {
    await writeWithEvents(
      deps.client,
      deps.tableName,
      [createPut(deps.tableName, memberItem(member))],
      [membershipEvent(deps, team, volunteer.volunteerId, volunteer.personId, 'joined', by)],
    );
    return true;
  } catch (error) {
    if (failedConditionIndex(error) === 0) return false;
    throw error;
  }
}

/** Takes a volunteer off a team with TeamMembershipChanged; false when they were not a member. */
export async function leaveTeam(deps: VolunteeringDeps, team: Team, volunteerId: string, by: string): Promise<boolean> {
  const member = await getItem<Membership>(deps, memberKey(team.teamId, volunteerId), true);
  try {
    await writeWithEvents(
      deps.client,
      deps.tableName,
      [
        {
          Delete: {
            TableName: deps.tableName,
            Key: memberKey(team.teamId, volunteerId),
            ConditionExpression: 'attribute_exists(pk)',
          },
        },
      ],
      [membershipEvent(deps, team, volunteerId, member?.personId, 'left', by)],
    );
    return true;
  } catch (error) {
    if (failedConditionIndex(error) === 0) return false;
    throw error;
  }
}

function postItem(post: PartyPost) {
  return {
    ...postKey(post.postId),
    entity: 'party-post',
    ...post,
    gsi1pk: key('AREA', post.community, 'PARTYPOST'),
    gsi1sk: post.postId,
  };
}

/** Creates a post (no `expectedVersion`) or replaces it at that version, with PartyPostSaved. */
export async function savePartyPost(
  deps: VolunteeringDeps,
  post: PartyPost,
  by: string,
  expectedVersion?: number,
): Promise<PartyPost> {
  const saved = createEvent(PartyPostSaved, {
    id: newId(deps.now()),
    district: deps.district,
    area: post.community,
    occurredAt: deps.now(),
    data: {
      postId: post.postId,
      community: post.community,
      name: post.name,
      holderPersonId: post.holderPersonId,
      change: expectedVersion === undefined ? 'created' : 'updated',
      by,
    },
  });
  const put =
    expectedVersion === undefined
      ? createPut(deps.tableName, postItem(post))
      : versionedPut(deps.tableName, postItem(post), expectedVersion);
  await writeWithEventsOrConflict(deps.client, deps.tableName, [put], [saved]);
  return { ...post, version: (expectedVersion ?? 0) + 1 };
}

export function getPartyPost(deps: VolunteeringDeps, postId: string): Promise<PartyPost | undefined> {
  return getItem<PartyPost>(deps, postKey(postId), true);
}

export async function listPartyPosts(deps: VolunteeringDeps, community: string): Promise<PartyPost[]> {
  const items = await queryAll(deps, {
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': key('AREA', community, 'PARTYPOST') },
  });
  return items.map((item) => recordOf<PartyPost>(item));
}

/** Leaders must be approved volunteers of the team's community; 422 naming the first that is not. */
export async function assertLeaders(deps: VolunteeringDeps, community: string, leaderIds: readonly string[]): Promise<void> {
  for (const [index, leaderId] of leaderIds.entries()) {
    const leader = await getVolunteer(deps, leaderId);
    if (!leader) throw ValidationFailed.field(`body.leaderIds.${index}`, `未找到志愿者 ${leaderId}`);
    if (leader.community !== community)
      throw ValidationFailed.field(`body.leaderIds.${index}`, `${leader.name} 不是本社区的志愿者，不能担任队长`);
    if (leader.status !== 'approved')
      throw ValidationFailed.field(`body.leaderIds.${index}`, `${leader.name} 尚未通过志愿者审核，不能担任队长`);
  }
}

/** The team, if the caller's scope covers its community; 404 or 403 otherwise. */
export async function teamInScope(deps: VolunteeringDeps, caller: Caller, teamId: string): Promise<Team> {
  const team = await getTeam(deps, teamId);
  if (!team) throw new NotFound('未找到该志愿服务队');
  assertInScope(caller, team.community);
  return team;
}

/** A post's holder: a registry person living in the community, still there. */
export async function partyPostHolder(deps: VolunteeringDeps, community: string, personId: string): Promise<PersonRecord> {
  const person = await personOf(deps, personId);
  if (!person) throw ValidationFailed.field('body.holderPersonId', '未找到该人员，请先在人口登记中登记');
  if (communityOf(person.area) !== community)
    throw ValidationFailed.field('body.holderPersonId', `${person.name} 不住在本社区，不能在本社区设岗`);
  if (person.status !== 'active') throw ValidationFailed.field('body.holderPersonId', `${person.name} 已迁出或死亡，不能在岗`);
  return person;
}
