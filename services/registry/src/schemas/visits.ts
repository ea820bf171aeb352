import { areaCodeSchema } from '@shequ/contracts';
import { defineRoute, pageOf, pageQuery, type RouteBinding, staffRoles } from '@shequ/kit';
import { z } from 'zod';
import { visitFrequencySchema, visitKindSchema } from './enums.ts';
import { personIdParams } from './persons.ts';

const kindSchema = visitKindSchema;

export const recordVisitBody = z.object({
  visitedOn: z.iso.date('走访日期格式须为 YYYY-MM-DD'),
  kind: kindSchema,
  findings: z.string().trim().min(1, '请填写走访情况').max(2000, '走访情况不能超过 2000 字'),
  needs: z
    .array(z.string().trim().min(1, '需求不能为空').max(100, '每项需求不能超过 100 字'))
    .max(20, '需求最多 20 项')
    .optional(),
  followUp: z.string().trim().min(1).max(500, '后续跟进不能超过 500 字').optional(),
  visitorName: z.string().trim().min(1).max(50, '走访人姓名不能超过 50 个字').optional(),
});
export type RecordVisitBody = z.infer<typeof recordVisitBody>;

export const visitView = z
  .object({
    id: z.string(),
    personId: z.string(),
    area: z.string(),
    visitedOn: z.iso.date(),
    kind: visitKindSchema,
    findings: z.string(),
    needs: z.array(z.string()).optional(),
    followUp: z.string().optional(),
    visitor: z.string().describe('走访人的用户编号'),
    visitorName: z.string().optional(),
    recordedAt: z.string(),
  })
  .meta({ id: 'Visit' });

export const setVisitPlanBody = z.object({
  kind: kindSchema,
  every: visitFrequencySchema,
  assignedTo: z.string().trim().min(1, '请指定负责走访的网格员').max(128),
  assignedToName: z.string().trim().min(1).max(50).optional(),
  startOn: z.iso.date('首次走访日期格式须为 YYYY-MM-DD'),
  version: z.number().int().min(1).optional().describe('修改已有计划时必填：读取到的版本号'),
});
export type SetVisitPlanBody = z.infer<typeof setVisitPlanBody>;

export const visitPlanView = z
  .object({
    personId: z.string(),
    area: z.string(),
    kind: visitKindSchema,
    every: visitFrequencySchema,
    assignedTo: z.string(),
    assignedToName: z.string().optional(),
    startOn: z.iso.date(),
    nextDue: z.iso.date().describe('下次应走访日期；记录同类走访后自动顺延'),
    overdueReportedFor: z.iso.date().optional().describe('已按此应走访日期发出逾期提醒'),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'VisitPlan' });

const duePage = z
  .object({
    items: z.array(
      visitPlanView.extend({
        overdue: z.boolean().describe('应走访日期已过'),
        personName: z.string().optional().describe('被走访人姓名（人员已不在时缺省）'),
      }),
    ),
    cursor: z.string().optional(),
  })
  .meta({ id: 'DueVisitPage' });

/** A page of plans as the due lists show them, each flagged overdue once its due day has passed and named. */
export function toDuePage(
  page: { items: readonly { nextDue: string; personId: string }[]; cursor?: string },
  today: string,
  names: ReadonlyMap<string, string>,
) {
  return duePage.parse({
    items: page.items.map((plan) => {
      const personName = names.get(plan.personId);
      return { ...plan, overdue: plan.nextDue < today, ...(personName ? { personName } : {}) };
    }),
    ...(page.cursor ? { cursor: page.cursor } : {}),
  });
}

const beforeQuery = z.iso
  .date('截止日期格式须为 YYYY-MM-DD')
  .optional()
  .describe('列出应走访日期早于此日的计划；默认明天（即含今天）');

export const recordVisit = defineRoute({
  method: 'POST',
  path: '/registry/persons/{id}/visits',
  operationId: 'recordVisit',
  summary: '记录走访',
  description:
    '记录一次入户走访（民情日记）：走访日期、类型、走访情况、需求和后续跟进，走访人为当前用户。该人员有同类走访计划时，下次应走访日期随之顺延。',
  auth: 'jwt',
  roles: staffRoles,
  idempotent: true,
  params: personIdParams,
  body: recordVisitBody,
  response: { status: 201, description: '已记录的走访', schema: visitView },
});

export const listVisits = defineRoute({
  method: 'GET',
  path: '/registry/persons/{id}/visits',
  operationId: 'listVisits',
  summary: '走访记录',
  description: '按走访日期从新到旧列出一名人员的走访记录，分页返回。',
  auth: 'jwt',
  roles: staffRoles,
  params: personIdParams,
  query: z.object(pageQuery),
  response: {
    status: 200,
    description: '一页走访记录；有下一页时返回 cursor',
    schema: pageOf(visitView),
  },
});

export const setVisitPlan = defineRoute({
  method: 'PUT',
  path: '/registry/persons/{id}/visit-plan',
  operationId: 'setVisitPlan',
  summary: '设置走访计划',
  description:
    '为一名人员设置某类走访的周期和负责网格员（如长期服药卡持有人每月走访）。每人每类一个计划；修改已有计划须带上 version，下次应走访日期重置为首次走访日期。',
  auth: 'jwt',
  roles: staffRoles,
  params: personIdParams,
  body: setVisitPlanBody,
  response: { status: 200, description: '计划（新建时返回 201）', schema: visitPlanView },
});

export const listDueVisits = defineRoute({
  method: 'GET',
  path: '/registry/visits/due',
  operationId: 'listDueVisits',
  summary: '待走访清单',
  description: '列出社区或网格内应走访日期早于截止日期的走访计划，最早到期的在前，分页返回。',
  auth: 'jwt',
  roles: staffRoles,
  query: z.object({
    area: areaCodeSchema.refine((code) => code.length >= 12, '请指定社区（12 位代码）或网格'),
    before: beforeQuery,
    ...pageQuery,
  }),
  response: { status: 200, description: '一页到期的走访计划', schema: duePage },
});

export const listMyDueVisits = defineRoute({
  method: 'GET',
  path: '/registry/visits/due/mine',
  operationId: 'listMyDueVisits',
  summary: '我的待走访',
  description: '列出指派给当前用户、应走访日期早于截止日期的走访计划，最早到期的在前，分页返回。',
  auth: 'jwt',
  roles: staffRoles,
  query: z.object({ before: beforeQuery, ...pageQuery }),
  response: { status: 200, description: '一页到期的走访计划', schema: duePage },
});

export const visitRoutes: readonly RouteBinding[] = [
  { route: recordVisit, handler: 'handlers/record-visit' },
  { route: listVisits, handler: 'handlers/list-visits' },
  { route: setVisitPlan, handler: 'handlers/set-visit-plan' },
  { route: listDueVisits, handler: 'handlers/list-due-visits' },
  { route: listMyDueVisits, handler: 'handlers/list-my-due-visits' },
];
