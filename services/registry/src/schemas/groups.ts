import { areaCodeSchema } from '@shequ/contracts';
import { defineRoute, fileTypes, pageOf, pageQuery, type RouteBinding, staffRoles } from '@shequ/kit';
import { z } from 'zod';
import { derivedGroupDefinitions, derivedGroupNames, disabilityCategories, disabilityCategorySchema } from '../domain/groups.ts';
import { groupCatalogue } from '../group-catalogue.ts';
import { anyGroupCodeSchema, groupChangeSchema, groupCodeSchema, sexSchema } from './enums.ts';
import { listGroupCatalogue } from './group-catalogue.ts';
import { exportRowLimit, personIdParams } from './persons.ts';

const storedGroupSchema = groupCodeSchema;
const anyGroupSchema = anyGroupCodeSchema;
/** Group lists and counts are per community (or grid): district figures are the statistics service's. */
const groupAreaSchema = areaCodeSchema.refine((code) => code.length >= 12, '请按社区（12 位代码）或网格查询');

const versionSchema = z
  .number('版本号须为数字')
  .int('版本号须为整数')
  .min(1, '版本号须为正整数')
  .describe('上次读取时的版本号；期间被他人修改则返回 409');

/** Every stored group with its attributes, generated from the declarations so the reference cannot drift. */
const catalogue = groupCatalogue
  .filter((entry) => entry.kind === 'managed')
  .map((entry) => {
    const who = entry.managedBy === 'community' ? '；纳入和退出限社区工作者及以上' : '';
    const attributes = entry.attributes.map((attribute) => `${attribute.name}（${attribute.label}）`).join('、');
    return `${entry.group}（${entry.label}${who}）：${attributes}`;
  })
  .join('；');

const derivedCatalogue = derivedGroupNames.map((group) => `${group}（${derivedGroupDefinitions[group].label}）`).join('、');

export const membershipParams = personIdParams.extend({ group: storedGroupSchema });

export const membershipView = z
  .object({
    group: z.string(),
    label: z.string().describe('群体中文名称'),
    attributes: z.record(z.string(), z.unknown()).describe('群体属性；残疾人证号等敏感属性默认脱敏'),
    category: disabilityCategorySchema.optional(),
    categoryLabel: z.string().optional(),
    grade: z.number().int().optional(),
    gradeLabel: z.string().optional().describe('等级中文名称，一级最重'),
    joinedAt: z.string(),
    joinedBy: z.string(),
    updatedAt: z.string(),
    updatedBy: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'GroupMembership' });
export type MembershipView = z.infer<typeof membershipView>;

export const historyView = z
  .object({
    group: z.string(),
    label: z.string(),
    change: groupChangeSchema,
    actor: z.string().describe('办理人'),
    at: z.string(),
    before: z.record(z.string(), z.unknown()).optional(),
    after: z.record(z.string(), z.unknown()).optional(),
    reason: z.string().optional(),
  })
  .meta({ id: 'GroupMembershipChange' });
export type HistoryView = z.infer<typeof historyView>;

export const groupMemberItem = z
  .object({
    personId: z.string(),
    name: z.string(),
    area: z.string(),
    birthDate: z.string(),
    sex: sexSchema,
    age: z.number().int().describe('今天的周岁年龄'),
    attributes: z.record(z.string(), z.unknown()).optional().describe('登记的群体属性（推算群体没有）'),
    category: disabilityCategorySchema.optional(),
    grade: z.number().int().optional(),
    joinedAt: z.string().optional(),
    version: z.number().int().optional(),
  })
  .meta({ id: 'GroupMember' });
export type GroupMemberItem = z.infer<typeof groupMemberItem>;

export const setGroupMembership = defineRoute({
  method: 'PUT',
  path: '/registry/persons/{id}/groups/{group}',
  operationId: 'setGroupMembership',
  summary: '纳入群体或调整群体属性',
  description:
    `不带 version 为纳入（返回 201；已在群体中且属性相同时返回 200、不作修改），带 version 为调整属性（与查看时的版本不符返回 409；只需提供要修改的属性，未提供的保持原值，null 表示清除）。` +
    `每次变化都记入该人员的群体变更历史（办理人、时间、变更前后）。低保、特困、残疾人、孤老、优抚对象和长期服药人员关系到待遇，` +
    `其纳入和退出限社区工作者及以上；网格员可纳入其他群体，并可在这些群体中记录允许的属性（如残疾人的需求和个性化服务方案）。` +
    `年龄、性别不符的不能纳入（如空巢老人须年满 60 周岁）。各群体属性：${catalogue}（类型、可选值和网格员可记录的属性见 GET /registry/groups）。`,
  auth: 'jwt',
  roles: staffRoles,
  params: membershipParams,
  body: z.object({
    attributes: z.record(z.string(), z.unknown(), '请填写群体属性 attributes').describe('按群体不同，见接口说明'),
    version: versionSchema.optional(),
  }),
  response: { status: 200, description: '纳入（201）或调整后的群体属性', schema: membershipView },
});

export const leaveGroup = defineRoute({
  method: 'DELETE',
  path: '/registry/persons/{id}/groups/{group}',
  operationId: 'leaveGroup',
  summary: '退出群体',
  description:
    '把人员移出群体（如脱贫退出低保、残疾证注销），须填写原因；变更历史保留。低保、特困等关系到待遇的群体限社区工作者及以上办理。',
  auth: 'jwt',
  roles: staffRoles,
  params: membershipParams,
  body: z.object({
    reason: z.string('请填写退出原因').trim().min(1, '请填写退出原因').max(200, '退出原因不能超过 200 个字'),
    version: versionSchema.optional(),
  }),
  response: {
    status: 200,
    description: '已退出',
    schema: z.object({ personId: z.string(), group: z.string(), label: z.string(), leftAt: z.string() }),
  },
});

export const listPersonGroups = defineRoute({
  method: 'GET',
  path: '/registry/persons/{id}/groups',
  operationId: 'listPersonGroups',
  summary: '人员所属群体及变更历史',
  description:
    `列出人员当前所在的群体、按今天推算的群体（${derivedCatalogue}）和每一次变更的历史。工作人员查看管辖范围内的人员，居民只能查看本人。` +
    'reveal=true 时有权限的角色可看到完整的残疾人证号，并记入审计。',
  auth: 'jwt',
  params: personIdParams,
  query: z.object({ reveal: z.enum(['true', 'false']).optional() }),
  response: {
    status: 200,
    description: '群体、推算群体和变更历史（从早到晚）',
    schema: z.object({
      personId: z.string(),
      memberships: z.array(membershipView),
      derived: z.array(z.object({ group: z.string(), label: z.string() })),
      history: z.array(historyView),
    }),
  },
});

const categoryCodes = Object.keys(disabilityCategories).join('、');

/** What a member list is narrowed by: the list and its export take the same filters. */
const memberFilters = {
  area: groupAreaSchema,
  category: z
    .string()
    .regex(/^[a-z-]{1,40}$/, '类别代码格式不正确')
    .optional(),
  grade: z.coerce.number('等级须为数字').int('等级须为整数').min(1, '等级须为 1–4').max(4, '等级须为 1–4').optional(),
};

export const listGroupMembers = defineRoute({
  method: 'GET',
  path: '/registry/groups/{group}/members',
  operationId: 'listGroupMembers',
  summary: '群体成员名单',
  description:
    `按社区或网格列出群体成员，分页返回。残疾人可按类别（category：${categoryCodes}）和等级（grade：1–4）筛选。` +
    `${derivedCatalogue} 按今天的日期由出生日期推算，不存储，不能按类别或等级筛选。`,
  auth: 'jwt',
  roles: staffRoles,
  params: z.object({ group: anyGroupSchema }),
  query: z.object({ ...memberFilters, ...pageQuery }),
  response: {
    status: 200,
    description: '一页成员；有下一页时返回 cursor',
    schema: pageOf(groupMemberItem),
  },
});

export const exportGroupMembers = defineRoute({
  method: 'GET',
  path: '/registry/groups/{group}/members/export',
  operationId: 'exportGroupMembers',
  summary: '导出群体台账（Excel）',
  description:
    `把社区或网格的群体成员名单导出为 .xlsx 台账：序号、姓名、性别、年龄、公民身份号码（脱敏）、网格、楼栋/房号和该群体的主要属性（中文）。` +
    `筛选与群体成员名单相同（残疾人可按类别、等级）。一次最多 ${exportRowLimit} 人，超过时请按网格或类别、等级缩小范围。`,
  auth: 'jwt',
  roles: staffRoles,
  params: z.object({ group: anyGroupSchema }),
  query: z.object(memberFilters),
  response: { status: 200, description: 'Excel 文件', file: { contentTypes: [fileTypes.xlsx] } },
});

export const countGroupMembers = defineRoute({
  method: 'GET',
  path: '/registry/groups/{group}/counts',
  operationId: 'countGroupMembers',
  summary: '群体人数统计',
  description: '统计一个社区或网格内群体的人数：残疾人按类别和等级，推算群体按年龄段。全区、街道的汇总由统计服务按日生成。',
  auth: 'jwt',
  roles: staffRoles,
  params: z.object({ group: anyGroupSchema }),
  query: z.object({ area: groupAreaSchema }),
  response: {
    status: 200,
    description: '人数合计及分类',
    schema: z.object({
      group: z.string(),
      label: z.string(),
      area: z.string(),
      total: z.number().int(),
      byCategory: z.record(z.string(), z.number().int()).optional(),
      byGrade: z.record(z.string(), z.number().int()).optional(),
      byAgeBand: z.record(z.string(), z.number().int()).optional(),
    }),
  },
});

export const groupRoutes: readonly RouteBinding[] = [
  { route: listGroupCatalogue, handler: 'handlers/list-group-catalogue' },
  { route: setGroupMembership, handler: 'handlers/set-group-membership' },
  { route: leaveGroup, handler: 'handlers/leave-group' },
  { route: listPersonGroups, handler: 'handlers/list-person-groups' },
  { route: listGroupMembers, handler: 'handlers/list-group-members' },
  { route: exportGroupMembers, handler: 'handlers/export-group-members' },
  { route: countGroupMembers, handler: 'handlers/count-group-members' },
];
