import { areaCodeSchema } from '@shequ/contracts';
import { defineRoute, staffRoles } from '@shequ/kit';
import { z } from 'zod';

export const populationCounts = z.object({
  area: z.string(),
  total: z.number().int(),
  registered: z.number().int().describe('户籍人口'),
  migrant: z.number().int().describe('流动人口'),
  male: z.number().int(),
  female: z.number().int(),
});
export type PopulationCounts = z.infer<typeof populationCounts>;

export const getPopulation = defineRoute({
  method: 'GET',
  path: '/statistics/population',
  operationId: 'getPopulation',
  summary: '人口统计',
  description: '某一地区（区、街道、社区或网格）的实时人口计数，由登记事件增量维护，不扫描登记表。',
  auth: 'jwt',
  roles: staffRoles,
  query: z.object({ area: areaCodeSchema }),
  response: { status: 200, description: '人口计数', schema: populationCounts },
});
