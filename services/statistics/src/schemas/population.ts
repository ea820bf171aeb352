import { areaCodeSchema } from '@shequ/contracts';
import { defineRoute, type RouteBinding, staffRoles } from '@shequ/kit';
import { z } from 'zod';

const areaQuery = z.object({ area: areaCodeSchema });
const count = (description: string) => z.number().int().describe(description);

const populationFiguresView = z.object({
  total: count('总人口'),
  registered: count('户籍人口'),
  migrant: count('流动人口'),
  male: count('男'),
  female: count('女'),
  women15to49: count('育龄妇女（15–49 周岁女性，按当日年龄）'),
  elderly60plus: count('60 周岁以上老人（按当日年龄）'),
  elderly80plus: count('80 周岁以上高龄老人（按当日年龄）'),
});

const areaView = { area: z.string().describe('地区代码'), name: z.string().describe('地区名称（网格为其代码）') };

export const populationView = z
  .object({
    ...areaView,
    asOf: z.string().describe('年龄按哪一天计算（YYYY-MM-DD，上海时间的今天）'),
    ...populationFiguresView.shape,
    children: z.array(z.object({ ...areaView, ...populationFiguresView.shape })).describe('下一级地区（街道、社区或网格）的人口'),
  })
  .meta({ id: 'Population' });

export const getPopulation = defineRoute({
  method: 'GET',
  path: '/statistics/population',
  operationId: 'getPopulation',
  summary: '人口统计',
  description:
    '某一地区（区、街道、社区或网格）的实时人口：总人口、户籍与流动人口、性别，以及按当日年龄计算的育龄妇女和 60、80 周岁以上老人；' +
    '并列出下一级各地区的同样数字，可逐级下钻。由登记事件增量维护，不扫描登记表。',
  auth: 'jwt',
  roles: staffRoles,
  query: areaQuery,
  response: { status: 200, description: '人口统计', schema: populationView },
});

const groupCounts = z
  .record(z.string(), z.number().int())
  .describe('各特殊群体人数，按群体代码（disabled、dibao、left-behind-child…）');

export const groupsView = z
  .object({
    ...areaView,
    groups: z.array(z.object({ group: z.string(), label: z.string(), members: z.number().int() })).describe('各特殊群体人数'),
    leftBehind: count('三留守人员（留守儿童、妇女、老人，按人计）'),
    children: z
      .array(z.object({ ...areaView, groups: groupCounts, leftBehind: z.number().int() }))
      .describe('下一级各地区的特殊群体人数'),
  })
  .meta({ id: 'GroupCounts' });

export const getGroups = defineRoute({
  method: 'GET',
  path: '/statistics/groups',
  operationId: 'getGroupStatistics',
  summary: '特殊群体统计',
  description:
    '某一地区及其下一级各地区的特殊群体人数（残疾人、空巢和独居老人、三留守、低保、特困、失业、军烈属等），三留守人员按村（社区）统计。',
  auth: 'jwt',
  roles: staffRoles,
  query: areaQuery,
  response: { status: 200, description: '特殊群体统计', schema: groupsView },
});

const disabledFiguresView = z.object({
  total: count('残疾人合计'),
  byCategory: z
    .record(z.string(), z.number().int())
    .describe('按残疾类别（visual、hearing、speech、limb、intellectual、mental、multiple）'),
  byGrade: z.record(z.string(), z.number().int()).describe('按残疾等级（1–4，一级最重）'),
});

export const disabledView = z
  .object({
    ...areaView,
    ...disabledFiguresView.shape,
    categories: z
      .array(
        z.object({
          category: z.string(),
          label: z.string(),
          total: z.number().int(),
          byGrade: z.record(z.string(), z.number().int()),
        }),
      )
      .describe('类别 × 等级交叉表，每行一个类别'),
    children: z.array(z.object({ ...areaView, ...disabledFiguresView.shape })).describe('下一级各地区的残疾人数'),
  })
  .meta({ id: 'DisabledCounts' });

export const getDisabled = defineRoute({
  method: 'GET',
  path: '/statistics/disabled',
  operationId: 'getDisabledStatistics',
  summary: '残疾人统计',
  description: '某一地区的残疾人数，按类别和等级交叉统计并给出合计，同时列出下一级各地区的残疾人数。',
  auth: 'jwt',
  roles: staffRoles,
  query: areaQuery,
  response: { status: 200, description: '残疾人统计', schema: disabledView },
});

export const populationRoutes: readonly RouteBinding[] = [
  { route: getPopulation, handler: 'handlers/get-population', divisionData: true },
  { route: getGroups, handler: 'handlers/get-groups', divisionData: true },
  { route: getDisabled, handler: 'handlers/get-disabled', divisionData: true },
];
