import { areaCodeSchema } from '@shequ/contracts';
import { defineRoute, pageOf, pageQuery, type RouteBinding, staffRoles } from '@shequ/kit';
import { z } from 'zod';
import { populationFields } from '../domain/reconciliation.ts';

export const driftReportView = z
  .object({
    day: z.iso.date().describe('核对日期（登记服务清点人口的日期）'),
    countedAt: z.string().describe('登记服务清点人口的时间'),
    area: z.string(),
    fields: z.array(
      z.object({
        field: z.enum(populationFields),
        expected: z.number().int().describe('登记服务清点的人数'),
        found: z.number().int().describe('统计计数器当时的人数'),
      }),
    ),
    outcome: z.enum(['corrected', 'busy']).describe('corrected：已按清点数更正；busy：核对期间计数器有变动，未更正，待下次核对'),
    corrected: z.boolean(),
  })
  .meta({ id: 'DriftReport' });

export const listReconciliations = defineRoute({
  method: 'GET',
  path: '/statistics/reconciliations',
  operationId: 'listReconciliations',
  summary: '人口计数核对记录',
  description:
    '登记服务每日清点在册人口后，统计服务与人口计数逐一核对：某地区（含下级地区）发现的偏差、当时的计数与清点数，以及是否已更正，最新在前。',
  auth: 'jwt',
  roles: staffRoles,
  query: z.object({ area: areaCodeSchema, ...pageQuery }),
  response: { status: 200, description: '一页核对记录', schema: pageOf(driftReportView) },
});

export const reconciliationRoutes: readonly RouteBinding[] = [
  { route: listReconciliations, handler: 'handlers/list-reconciliations' },
];
