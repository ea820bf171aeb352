import { areaCodeSchema } from '@shequ/contracts';
import { defineRoute, type RouteBinding, staffRoles } from '@shequ/kit';
import { z } from 'zod';

const areaQuery = z.object({ area: areaCodeSchema });
const count = (description: string) => z.number().int().describe(description);
const areaView = { area: z.string().describe('地区代码'), name: z.string().describe('地区名称（网格为其代码）') };

export const ageStructureView = z
  .object({
    ...areaView,
    asOf: z.string().describe('年龄按哪一天计算（YYYY-MM-DD，上海时间的今天）'),
    bands: z
      .array(
        z.object({
          band: z.string().describe('年龄段代码，如 0-9、80+'),
          label: z.string().describe('如“0–9 岁”“80 岁及以上”'),
          from: z.number().int().describe('年龄段起始周岁'),
          male: count('男'),
          female: count('女'),
        }),
      )
      .describe('按十岁一段（80 岁及以上合为一段）和性别的人数，年轻在前'),
  })
  .meta({ id: 'AgeStructure' });

export const getAgeStructure = defineRoute({
  method: 'GET',
  path: '/statistics/population/ages',
  operationId: 'getAgeStructure',
  summary: '人口年龄结构',
  description: '某一地区按当日年龄十岁一段、分男女的人数（人口金字塔），由出生日期计数得出，不扫描登记表。',
  auth: 'jwt',
  roles: staffRoles,
  query: areaQuery,
  response: { status: 200, description: '年龄结构', schema: ageStructureView },
});

const benefitFigures = {
  households: count('在保户数（按申请计）'),
  persons: count('在保人数'),
  monthlyYuan: z.number().describe('每月保障金额（元，只计按月发放的项目）'),
};

export const benefitsView = z
  .object({
    ...areaView,
    ...benefitFigures,
    programmes: z
      .array(z.object({ programme: z.string().describe('补助项目代码，如 dibao'), ...benefitFigures }))
      .describe('各补助项目在保的户数、人数和月金额（有在保记录的项目）'),
    children: z.array(z.object({ ...areaView, ...benefitFigures })).describe('下一级各地区的在保合计'),
  })
  .meta({ id: 'BenefitCounts' });

export const getBenefitStatistics = defineRoute({
  method: 'GET',
  path: '/statistics/benefits',
  operationId: 'getBenefitStatistics',
  summary: '在保补助统计',
  description:
    '某一地区正在享受的救助补助（审批通过、未暂停或终止）：合计与各项目的户数、人数和月保障金额，并列出下一级各地区的合计，可逐级下钻。' +
    '由补助服务的状态事件增量维护。',
  auth: 'jwt',
  roles: staffRoles,
  query: areaQuery,
  response: { status: 200, description: '在保补助统计', schema: benefitsView },
});

export const drillDownRoutes: readonly RouteBinding[] = [
  { route: getAgeStructure, handler: 'handlers/get-age-structure' },
  { route: getBenefitStatistics, handler: 'handlers/get-benefits', divisionData: true },
];
