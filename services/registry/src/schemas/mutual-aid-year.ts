import {
  communityCodeSchema,
  defineRoute,
  labelledEnum,
  pageOf,
  pageQuery,
  type Role,
  type RouteBinding,
  recordIdSchema,
  staffRoles,
  textField,
} from '@shequ/kit';
import { z } from 'zod';
import { mutualAidActivityKindLabels } from '../domain/mutual-aid-year.ts';
import { areaManagers } from './places.ts';

/** Staff read the association's year; a co-building unit's own account sees it too. */
const readers: readonly Role[] = [...staffRoles, 'unit'];

export const mutualAidActivityKindSchema = labelledEnum('MutualAidActivityKind', '活动形式', mutualAidActivityKindLabels);

const yearSchema = z.coerce
  .number('年份须为四位数字')
  .int('年份须为四位数字')
  .min(2000, '年份不早于 2000')
  .max(2100, '年份不晚于 2100');

export const recordActivityBody = z.object({
  community: communityCodeSchema.describe('举办活动的社区'),
  title: textField('活动名称', 50),
  kind: mutualAidActivityKindSchema,
  heldOn: z.iso.date('举办日期格式须为 YYYY-MM-DD'),
  unitIds: z
    .array(recordIdSchema, '请选择参加活动的单位')
    .min(1, '请至少选择一家参加活动的单位')
    .max(100, '参加单位最多 100 家')
    .refine((ids) => new Set(ids).size === ids.length, '同一单位只能选一次')
    .describe('参加活动的辖内单位'),
  note: textField('活动记录', 1000).optional(),
});
export type RecordActivityBody = z.infer<typeof recordActivityBody>;

export const mutualAidActivityView = z
  .object({
    id: z.string(),
    community: z.string(),
    title: z.string(),
    kind: mutualAidActivityKindSchema,
    kindLabel: z.string(),
    heldOn: z.string(),
    units: z.array(z.object({ unitId: z.string(), unitName: z.string() })).describe('参加单位'),
    note: z.string().optional(),
    createdAt: z.string(),
  })
  .meta({ id: 'MutualAidActivity' });
export type MutualAidActivityView = z.infer<typeof mutualAidActivityView>;

export const mutualAidYearView = z
  .object({
    community: z.string(),
    communityName: z.string(),
    year: z.number().int(),
    applications: z
      .object({
        submitted: z.number().int().describe('当年提交入会申请的单位数'),
        approved: z.number().int().describe('其中已批准'),
        rejected: z.number().int().describe('其中已驳回'),
        pending: z.number().int().describe('其中待审议'),
      })
      .describe('当年的入会申请'),
    members: z.number().int().describe('现有会员单位数'),
    activities: z.number().int().describe('当年开展的共建互助活动次数'),
    activitiesByKind: z
      .array(z.object({ kind: mutualAidActivityKindSchema, label: z.string(), count: z.number().int() }))
      .describe('按活动形式的次数'),
    participatingUnits: z.number().int().describe('当年参加过活动的单位数（按单位计）'),
    units: z
      .array(z.object({ unitId: z.string(), unitName: z.string(), activities: z.number().int() }))
      .describe('参加单位及其参加次数，多者在前'),
    awards: z.number().int().describe('当年的表彰数'),
  })
  .meta({ id: 'MutualAidYear' });
export type MutualAidYearView = z.infer<typeof mutualAidYearView>;

export const recordMutualAidActivity = defineRoute({
  method: 'POST',
  path: '/registry/mutual-aid/activities',
  operationId: 'recordMutualAidActivity',
  summary: '登记共建互助活动',
  description:
    '登记联合会开展的一次共建互助活动（培训讲座、会员沙龙、文体联谊、便民服务等）：名称、形式、日期和参加的辖内单位，计入当年的活动次数和参加单位。',
  auth: 'jwt',
  roles: areaManagers,
  idempotent: true,
  body: recordActivityBody,
  response: { status: 201, description: '已登记的活动', schema: mutualAidActivityView },
});

export const listMutualAidActivities = defineRoute({
  method: 'GET',
  path: '/registry/mutual-aid/activities',
  operationId: 'listMutualAidActivities',
  summary: '共建互助活动列表',
  description: '按举办日期倒序列出社区联合会某一年度（不填则全部）的共建互助活动及参加单位。',
  auth: 'jwt',
  roles: readers,
  query: z.object({ area: communityCodeSchema.describe('社区代码'), year: yearSchema.optional(), ...pageQuery }),
  response: { status: 200, description: '一页活动；有下一页时返回 cursor', schema: pageOf(mutualAidActivityView) },
});

export const getMutualAidYear = defineRoute({
  method: 'GET',
  path: '/registry/mutual-aid/years/{year}',
  operationId: 'getMutualAidYear',
  summary: '共建互助联合会年度情况',
  description:
    '社区联合会一年的情况：当年提交入会申请的单位数及审议结果、现有会员数、开展的共建互助活动次数（按形式）、参加活动的单位数及各单位参加次数、当年表彰数。',
  auth: 'jwt',
  roles: readers,
  params: z.object({ year: yearSchema }),
  query: z.object({ area: communityCodeSchema.describe('社区代码') }),
  response: { status: 200, description: '年度情况', schema: mutualAidYearView },
});

export const mutualAidYearRoutes: readonly RouteBinding[] = [
  { route: recordMutualAidActivity, handler: 'handlers/record-mutual-aid-activity' },
  { route: listMutualAidActivities, handler: 'handlers/list-mutual-aid-activities' },
  { route: getMutualAidYear, handler: 'handlers/get-mutual-aid-year' },
];
