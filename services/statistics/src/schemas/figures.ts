import { areaCodeSchema } from '@shequ/contracts';
import { defineRoute, type RouteBinding, staffRoles } from '@shequ/kit';
import { z } from 'zod';

const count = (description: string) => z.number().int().describe(description);
const areaView = { area: z.string().describe('地区代码'), name: z.string().describe('地区名称（网格为其代码）') };

const figuresShape = {
  households: count('在册户数（未注销）'),
  householdPersons: count('在册户的人数'),
  housingHardship: count('住房困难户合计（住房困难、廉租房、公租房、危房）'),
  housingHardshipPersons: count('住房困难户的人数'),
  housing: z
    .record(z.string(), z.number().int())
    .describe('按住房情况的户数：hardship、low-rent-housing、public-rental-housing、dilapidated'),
  militaryFamily: count('军属'),
  martyrFamily: count('烈属'),
  activeMilitary: count('现役军人'),
  transferredOfficer: count('军转干部'),
  military: count('军烈属、现役军人和军转干部合计（按群体成员计）'),
  leftBehind: count('三留守人员（按人计，一人多类只计一次）'),
  leftBehindChildren: count('留守儿童'),
  leftBehindWomen: count('留守妇女'),
  leftBehindElderly: count('留守老人'),
};

export const specialFiguresView = z
  .object({
    ...areaView,
    ...figuresShape,
    housingKinds: z
      .array(z.object({ kind: z.string(), label: z.string(), households: count('户数'), persons: count('人数') }))
      .describe('各类住房困难的户数和人数'),
    children: z.array(z.object({ ...areaView, ...figuresShape })).describe('下一级各地区（街道、村/社区或网格）的同样数字'),
  })
  .meta({ id: 'SpecialFigures' });

export const getSpecialFigures = defineRoute({
  method: 'GET',
  path: '/statistics/figures',
  operationId: 'getSpecialFigures',
  summary: '住房困难、优抚对象和三留守统计',
  description:
    '某一地区的住房困难户（住房困难、廉租房、公租房、危房，按户和人）、军属、烈属、现役军人和军转干部，以及三留守人员（留守儿童、妇女、老人），' +
    '并按下一级地区（村、社区或网格）逐一列出，可逐级下钻。由登记服务的户和群体事件增量维护。',
  auth: 'jwt',
  roles: staffRoles,
  query: z.object({ area: areaCodeSchema }),
  response: { status: 200, description: '专项统计', schema: specialFiguresView },
});

export const figuresRoutes: readonly RouteBinding[] = [
  { route: getSpecialFigures, handler: 'handlers/get-special-figures', divisionData: true },
];
