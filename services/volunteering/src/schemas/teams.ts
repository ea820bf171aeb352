import { communityCodeSchema, defineRoute, labelledEnum, type RouteBinding, recordIdSchema, staffRoles } from '@shequ/kit';
import { z } from 'zod';
import { MAX_SQUAD_BUILDINGS, type Team, teamKindLabels } from '../domain/teams.ts';

/** Teams, volunteers, hours and pairings belong to a community: a 12-digit code, never a grid. */
export const idParams = z.object({ id: recordIdSchema });
export const versionSchema = z.number().int().min(1, '版本号须为正整数').describe('读取到的版本号');

const kindSchema = labelledEnum('VolunteerTeamKind', '队伍类型', teamKindLabels);
const nameSchema = z.string().trim().min(1, '请填写名称').max(50, '名称不能超过 50 个字');
const leaderIdsSchema = z.array(recordIdSchema).max(5, '队长最多 5 名').default([]).describe('队长的志愿者编号');
const buildingsSchema = z
  .array(z.string().trim().min(1, '楼栋不能为空').max(30, '楼栋名称不能超过 30 个字'))
  .max(MAX_SQUAD_BUILDINGS, `每支先锋小分队最多负责 ${MAX_SQUAD_BUILDINGS} 栋楼`)
  .optional()
  .describe('先锋小分队负责的楼栋（每栋楼只能由一支小分队负责）');
const descriptionSchema = z.string().trim().min(1).max(500, '简介不能超过 500 字').optional();

export const teamView = z
  .object({
    teamId: z.string(),
    community: z.string(),
    kind: kindSchema,
    kindLabel: z.string(),
    name: z.string(),
    description: z.string().optional(),
    leaderIds: z.array(z.string()),
    buildings: z.array(z.string()).optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number(),
  })
  .meta({ id: 'VolunteerTeam' });

const memberView = z.object({ volunteerId: z.string(), name: z.string(), joinedAt: z.string(), leader: z.boolean() });

export const createTeam = defineRoute({
  method: 'POST',
  path: '/volunteering/teams',
  operationId: 'createTeam',
  summary: '成立志愿服务队',
  description:
    '在社区成立一支志愿服务队（党员巡逻队、青年、老年、巾帼、科普、文化）或先锋小分队；先锋小分队须指定负责的楼栋（最多 7 栋），一栋楼只能由一支小分队负责。队长须为本社区已审核的志愿者。',
  auth: 'jwt',
  roles: staffRoles,
  idempotent: true,
  body: z.object({
    community: communityCodeSchema,
    kind: kindSchema,
    name: nameSchema,
    description: descriptionSchema,
    leaderIds: leaderIdsSchema,
    buildings: buildingsSchema,
  }),
  response: { status: 201, description: '新成立的队伍', schema: teamView },
});

export const listTeams = defineRoute({
  method: 'GET',
  path: '/volunteering/teams',
  operationId: 'listTeams',
  summary: '志愿服务队列表',
  description: '列出社区的志愿服务队，可按类型筛选。',
  auth: 'jwt',
  roles: staffRoles,
  query: z.object({ community: communityCodeSchema, kind: kindSchema.optional() }),
  response: { status: 200, description: '社区的队伍', schema: z.object({ items: z.array(teamView) }) },
});

export const getTeam = defineRoute({
  method: 'GET',
  path: '/volunteering/teams/{id}',
  operationId: 'getTeam',
  summary: '队伍详情',
  description: '队伍及其成员，队长标出。',
  auth: 'jwt',
  roles: staffRoles,
  params: idParams,
  response: { status: 200, description: '队伍及成员', schema: teamView.extend({ members: z.array(memberView) }) },
});

export const updateTeam = defineRoute({
  method: 'PUT',
  path: '/volunteering/teams/{id}',
  operationId: 'updateTeam',
  summary: '修改队伍',
  description: '修改队名、简介、队长，先锋小分队可调整负责楼栋。须带读取时的 version。',
  auth: 'jwt',
  roles: staffRoles,
  params: idParams,
  body: z.object({
    name: nameSchema,
    description: descriptionSchema,
    leaderIds: leaderIdsSchema,
    buildings: buildingsSchema,
    version: versionSchema,
  }),
  response: { status: 200, description: '修改后的队伍', schema: teamView },
});

const memberParams = z.object({ id: recordIdSchema, volunteerId: recordIdSchema });

export const addTeamMember = defineRoute({
  method: 'PUT',
  path: '/volunteering/teams/{id}/members/{volunteerId}',
  operationId: 'addTeamMember',
  summary: '志愿者入队',
  description: '把本社区已审核的志愿者加入队伍；已在队中时原样返回。',
  auth: 'jwt',
  roles: staffRoles,
  params: memberParams,
  response: { status: 200, description: '队伍成员（新加入时返回 201）', schema: memberView },
});

export const removeTeamMember = defineRoute({
  method: 'DELETE',
  path: '/volunteering/teams/{id}/members/{volunteerId}',
  operationId: 'removeTeamMember',
  summary: '志愿者离队',
  description: '把志愿者移出队伍；担任队长的须先在队伍中卸任。',
  auth: 'jwt',
  roles: staffRoles,
  params: memberParams,
  response: {
    status: 200,
    description: '移出结果；本不在队中时 removed 为 false',
    schema: z.object({ teamId: z.string(), volunteerId: z.string(), removed: z.boolean() }),
  },
});

export const partyPostView = z
  .object({
    postId: z.string(),
    community: z.string(),
    name: z.string(),
    holderPersonId: z.string(),
    holderName: z.string(),
    duties: z.array(z.string()),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number(),
  })
  .meta({ id: 'PartyPost' });

const partyPostBody = z.object({
  name: nameSchema.describe('岗位名称，如 楼道长岗、政策宣传岗'),
  holderPersonId: recordIdSchema.describe('在岗党员的人员编号'),
  duties: z
    .array(z.string().trim().min(1, '职责不能为空').max(200, '每项职责不能超过 200 字'))
    .min(1, '请至少填写一项岗位职责')
    .max(10, '岗位职责最多 10 项'),
});

export const createPartyPost = defineRoute({
  method: 'POST',
  path: '/volunteering/party-posts',
  operationId: 'createPartyPost',
  summary: '设岗定责',
  description: '为在职或社区党员设立服务岗位：岗位名称、在岗党员（须为本社区登记在册的人员）和岗位职责。',
  auth: 'jwt',
  roles: staffRoles,
  idempotent: true,
  body: partyPostBody.extend({ community: communityCodeSchema }),
  response: { status: 201, description: '新设的岗位', schema: partyPostView },
});

export const listPartyPosts = defineRoute({
  method: 'GET',
  path: '/volunteering/party-posts',
  operationId: 'listPartyPosts',
  summary: '党员岗位列表',
  description: '社区设立的党员岗位及在岗党员、职责。',
  auth: 'jwt',
  roles: staffRoles,
  query: z.object({ community: communityCodeSchema }),
  response: { status: 200, description: '社区的党员岗位', schema: z.object({ items: z.array(partyPostView) }) },
});

export const updatePartyPost = defineRoute({
  method: 'PUT',
  path: '/volunteering/party-posts/{id}',
  operationId: 'updatePartyPost',
  summary: '调整党员岗位',
  description: '修改岗位名称、职责或更换在岗党员。须带读取时的 version。',
  auth: 'jwt',
  roles: staffRoles,
  params: idParams,
  body: partyPostBody.extend({ version: versionSchema }),
  response: { status: 200, description: '修改后的岗位', schema: partyPostView },
});

export const teamRoutes: readonly RouteBinding[] = [
  { route: createTeam, handler: 'handlers/create-team' },
  { route: listTeams, handler: 'handlers/list-teams' },
  { route: getTeam, handler: 'handlers/get-team' },
  { route: updateTeam, handler: 'handlers/update-team' },
  { route: addTeamMember, handler: 'handlers/add-team-member' },
  { route: removeTeamMember, handler: 'handlers/remove-team-member' },
  { route: createPartyPost, handler: 'handlers/create-party-post' },
  { route: listPartyPosts, handler: 'handlers/list-party-posts' },
  { route: updatePartyPost, handler: 'handlers/update-party-post' },
];

/** A team as the API shows it: the stored record with its kind's Chinese label. */
export function toTeamView(team: Team) {
  return teamView.parse({ ...team, kindLabel: teamKindLabels[team.kind] });
}
