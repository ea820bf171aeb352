import { areaCodeSchema } from '@shequ/contracts';
import { defineRoute, pageOf, pageQuery, type RouteBinding, staffRoles } from '@shequ/kit';
import { z } from 'zod';
import { memberRelationships, relationshipLabels } from '../domain/households.ts';
import { householdRelationshipSchema, householdStatusSchema, housingHardshipSchema } from './enums.ts';
import { personIdParams, personView } from './persons.ts';

const idSchema = (what: string) => z.string(`请填写${what}`).regex(/^[0-9a-z]{19,40}$/, `${what}格式不正确`);
const listOf = (labels: Record<string, string>, codes: readonly string[]) =>
  codes.map((code) => `${code}（${labels[code]}）`).join('、');

/** Households live in a community (12 digits) or one of its grids (`-NN`), like their members. */
const householdAreaSchema = areaCodeSchema.refine((code) => code.length >= 12, '户须登记到社区（12 位代码）或网格');

const incomeSchema = z
  .number('人均月收入须为数字（元/月）')
  .min(0, '人均月收入不能为负数')
  .max(1_000_000, '人均月收入不能超过 1,000,000 元/月')
  .describe('家庭人均月收入，元/月，精确到分');

const housingHardshipInput = z.object(
  {
    kind: housingHardshipSchema,
    note: z.string('说明须为文字').trim().max(200, '住房情况说明不能超过 200 个字').optional(),
  },
  '住房情况须包含 kind',
);

const addressSchema = z.string('地址须为文字').trim().min(1, '地址不能为空').max(200, '地址不能超过 200 个字');

const relationshipSchema = z.enum(
  memberRelationships,
  `与户主关系须为：${listOf(relationshipLabels, memberRelationships)}（户主由建户或变更户主确定）`,
);

/** The version the caller last read: a change made meanwhile answers 409 instead of being overwritten. */
const versionSchema = z
  .number('请提供户的版本号 version（查看户时返回）')
  .int('版本号须为整数')
  .min(1, '版本号须为正整数')
  .describe('上次读取时的版本号；期间被他人修改则返回 409');

export const householdParams = z.object({ id: idSchema('户编号') });

export const createHouseholdBody = z.object({
  area: householdAreaSchema,
  address: addressSchema.optional(),
  headPersonId: idSchema('户主人员编号'),
  perCapitaIncome: incomeSchema.optional(),
  housingHardship: housingHardshipInput.optional().describe('住房困难情况；默认 none（无）'),
});

export const updateHouseholdBody = z
  .object({
    address: addressSchema.nullable().optional().describe('null 表示清除'),
    perCapitaIncome: incomeSchema.nullable().optional().describe('家庭人均月收入，元/月；null 表示清除（尚未核定）'),
    housingHardship: housingHardshipInput.optional(),
    version: versionSchema,
  })
  .refine(
    (body) => body.address !== undefined || body.perCapitaIncome !== undefined || body.housingHardship !== undefined,
    '请至少修改地址、人均月收入或住房情况中的一项',
  );

export const addHouseholdMemberBody = z.object({
  personId: idSchema('人员编号'),
  relationship: relationshipSchema,
  version: versionSchema,
});

export const changeHouseholdHeadBody = z.object({
  personId: idSchema('新户主人员编号'),
  relationships: z
    .record(idSchema('人员编号'), relationshipSchema, '请填写其他每名成员与新户主的关系')
    .describe('其他每名成员（含原户主）与新户主的关系，键为人员编号'),
  version: versionSchema,
});

const memberView = z
  .object({
    personId: z.string(),
    relationship: householdRelationshipSchema,
    relationshipLabel: z.string().describe('与户主关系的中文名称'),
    joinedAt: z.string(),
    person: personView.optional().describe('成员信息（证件号和电话脱敏）'),
  })
  .meta({ id: 'HouseholdMember' });

const householdFields = {
  id: z.string(),
  area: z.string(),
  address: z.string().optional(),
  headPersonId: z.string().optional().describe('户已注销时为空'),
  status: householdStatusSchema.describe('active 在册；dissolved 已注销（最后一名成员移出）'),
  size: z.number().int().describe('户成员人数'),
  perCapitaIncome: z.number().optional().describe('家庭人均月收入，元/月'),
  housingHardship: z.object({ kind: housingHardshipSchema, label: z.string(), note: z.string().optional() }),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const householdView = z.object({ ...householdFields, members: z.array(memberView) }).meta({ id: 'Household' });
export type HouseholdView = z.infer<typeof householdView>;

export const householdSummary = z
  .object({ ...householdFields, headName: z.string().optional() })
  .meta({ id: 'HouseholdSummary' });
export type HouseholdSummary = z.infer<typeof householdSummary>;

const whoMayChange = '社区工作者、网格员及街道、区工作人员可在管辖范围内办理；户和成员须在同一社区。';

export const createHousehold = defineRoute({
  method: 'POST',
  path: '/registry/households',
  operationId: 'createHousehold',
  summary: '建立户',
  description: `以一名已登记人员为户主建立户（户主为第一名成员），可同时登记人均月收入和住房困难情况。一人同时只能属于一户。${whoMayChange}`,
  auth: 'jwt',
  roles: staffRoles,
  idempotent: true,
  body: createHouseholdBody,
  response: { status: 201, description: '已建户，返回户及成员', schema: householdView },
});

export const getHousehold = defineRoute({
  method: 'GET',
  path: '/registry/households/{id}',
  operationId: 'getHousehold',
  summary: '查看户',
  description:
    '查看户的成员、与户主关系、人均月收入和住房情况；成员证件号和电话脱敏。工作人员查看管辖范围内的户，居民只能查看本人所在的户。',
  auth: 'jwt',
  params: householdParams,
  response: { status: 200, description: '户及成员', schema: householdView },
});

export const getPersonHousehold = defineRoute({
  method: 'GET',
  path: '/registry/persons/{id}/household',
  operationId: 'getPersonHousehold',
  summary: '查看人员所在的户',
  description:
    '人员当前所在的户：户主、成员及与户主关系、人均月收入和住房情况，成员证件号和电话脱敏；不属于任何户时 household 为 null。居民只能查看本人所在的户；工作人员只能查看管辖范围内人员所在的户。',
  auth: 'jwt',
  params: personIdParams,
  response: {
    status: 200,
    description: '人员所在的户，不属于任何户时为 null',
    schema: z
      .object({ personId: z.string(), household: householdView.nullable().describe('不属于任何户时为 null') })
      .meta({ id: 'PersonHousehold' }),
  },
});

export const listHouseholds = defineRoute({
  method: 'GET',
  path: '/registry/households',
  operationId: 'listHouseholds',
  summary: '户列表',
  description: '按社区或网格列出在册的户（按户主姓名排序），分页返回。',
  auth: 'jwt',
  roles: staffRoles,
  query: z.object({
    area: householdAreaSchema,
    ...pageQuery,
  }),
  response: {
    status: 200,
    description: '一页户；有下一页时返回 cursor',
    schema: pageOf(householdSummary),
  },
});

export const updateHousehold = defineRoute({
  method: 'PATCH',
  path: '/registry/households/{id}',
  operationId: 'updateHousehold',
  summary: '修改户信息',
  description: `修改地址、家庭人均月收入（低保认定依据）或住房困难情况（住房困难、廉租房等）。须提供上次读取的 version，期间被他人修改则返回 409。${whoMayChange}`,
  auth: 'jwt',
  roles: staffRoles,
  params: householdParams,
  body: updateHouseholdBody,
  response: { status: 200, description: '修改后的户', schema: householdView },
});

export const addHouseholdMember = defineRoute({
  method: 'POST',
  path: '/registry/households/{id}/members',
  operationId: 'addHouseholdMember',
  summary: '添加户成员',
  description: `把一名已登记人员加入户并登记与户主的关系（户主本人由建户或变更户主确定）。该人员已属于其他户时返回 409。须提供 version。${whoMayChange}`,
  auth: 'jwt',
  roles: staffRoles,
  idempotent: true,
  params: householdParams,
  body: addHouseholdMemberBody,
  response: { status: 201, description: '添加后的户', schema: householdView },
});

export const removeHouseholdMember = defineRoute({
  method: 'DELETE',
  path: '/registry/households/{id}/members/{personId}',
  operationId: 'removeHouseholdMember',
  summary: '移出户成员',
  description: `把成员移出户（version 放在查询参数中）。户主须先变更后才能移出；户主是唯一成员时移出即注销该户。${whoMayChange}`,
  auth: 'jwt',
  roles: staffRoles,
  params: z.object({ id: idSchema('户编号'), personId: idSchema('人员编号') }),
  query: z.object({
    version: z.coerce
      .number('请在查询参数中提供 version')
      .pipe(versionSchema)
      .describe('上次读取时的版本号；期间被他人修改则返回 409'),
  }),
  response: { status: 200, description: '移出后的户', schema: householdView },
});

export const changeHouseholdHead = defineRoute({
  method: 'PUT',
  path: '/registry/households/{id}/head',
  operationId: 'changeHouseholdHead',
  summary: '变更户主',
  description: `把本户另一名成员设为户主；与户主的关系以户主为准，所以须同时填写其他每名成员（含原户主）与新户主的关系。须提供 version。${whoMayChange}`,
  auth: 'jwt',
  roles: staffRoles,
  params: householdParams,
  body: changeHouseholdHeadBody,
  response: { status: 200, description: '变更后的户', schema: householdView },
});

export const householdRoutes: readonly RouteBinding[] = [
  { route: createHousehold, handler: 'handlers/create-household' },
  { route: getHousehold, handler: 'handlers/get-household' },
  { route: getPersonHousehold, handler: 'handlers/get-person-household' },
  { route: listHouseholds, handler: 'handlers/list-households' },
  { route: updateHousehold, handler: 'handlers/update-household' },
  { route: addHouseholdMember, handler: 'handlers/add-household-member' },
  { route: removeHouseholdMember, handler: 'handlers/remove-household-member' },
  { route: changeHouseholdHead, handler: 'handlers/change-household-head' },
];
