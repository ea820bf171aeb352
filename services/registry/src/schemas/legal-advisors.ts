import { areaCodeSchema } from '@shequ/contracts';
import { defineRoute, type RouteBinding, staffRoles } from '@shequ/kit';
import { z } from 'zod';

const coveredCommunity = z.object({
  community: z.string().describe('社区（村）代码'),
  name: z.string().describe('社区（村）名称'),
  serviceHours: z.string().describe('在该社区的服务时间'),
});

export const legalAdvisorsView = z
  .object({
    area: z.string(),
    areaName: z.string(),
    communities: z.number().int().describe('地区内的社区（村）数'),
    covered: z.number().int().describe('已有法律顾问的社区（村）数'),
    advisors: z
      .array(
        z.object({
          name: z.string(),
          firm: z.string(),
          phone: z.string().describe('律师的工作电话，公开'),
          communities: z.array(coveredCommunity).describe('该律师包保的社区（村）'),
        }),
      )
      .describe('各位法律顾问及其包保的社区（村），包保多者在前；同名同电话视为同一位律师'),
    uncovered: z.array(z.object({ community: z.string(), name: z.string() })).describe('尚未设置法律顾问的社区（村）'),
  })
  .meta({ id: 'LegalAdvisors' });
export type LegalAdvisorsView = z.infer<typeof legalAdvisorsView>;

export const listLegalAdvisors = defineRoute({
  method: 'GET',
  path: '/registry/legal-advisors',
  operationId: 'listLegalAdvisors',
  summary: '法律顾问包保情况',
  description: '一村一法律顾问：某街道（或区、社区）内每位法律顾问包保的社区（村）及服务时间，以及尚未设置法律顾问的社区（村）。',
  auth: 'jwt',
  roles: staffRoles,
  query: z.object({
    area: areaCodeSchema
      .refine((code) => code.length <= 12, '请选择区、街道或社区，不能按网格查询')
      .describe('区、街道或社区代码'),
  }),
  response: { status: 200, description: '法律顾问包保情况', schema: legalAdvisorsView },
});

export const legalAdvisorRoutes: readonly RouteBinding[] = [
  { route: listLegalAdvisors, handler: 'handlers/list-legal-advisors' },
];
