import { defineRoute, type RouteBinding, recordIdSchema, staffRoles } from '@shequ/kit';
import { z } from 'zod';
import { programmeCodeSchema } from './applications.ts';

export const programmeView = z.object({
  code: z.string(),
  name: z.string(),
  period: z.enum(['monthly', 'yearly', 'one-off']),
  form: z.enum(['cash', 'in-kind', 'loan']),
  amount: z.string().describe('金额规则的中文说明'),
  noticeDays: z.number().describe('三榜公示每榜天数'),
  params: z.record(z.string(), z.number()).describe('本区设定的标准（元）'),
  note: z.string().optional(),
});

export const listProgrammes = defineRoute({
  method: 'GET',
  path: '/subsidies/programmes',
  operationId: 'listProgrammes',
  summary: '补助项目目录',
  description: '本区的全部补助项目：发放周期、现金或实物、金额规则、公示天数和本区设定的标准。政策信息公开，无需登录。',
  auth: 'public',
  response: { status: 200, description: '补助项目', schema: z.object({ items: z.array(programmeView) }) },
});

const reasonView = z.object({ rule: z.string(), passed: z.boolean(), detail: z.string() });

export const checkEligibility = defineRoute({
  method: 'GET',
  path: '/subsidies/persons/{id}/eligibility',
  operationId: 'checkEligibility',
  summary: '查询申请条件',
  description:
    '按本服务从户籍登记同步的事实（年龄、户籍、人员类别、残疾类别和等级、家庭人口和人均收入）逐条检查该居民是否符合各补助项目的条件，并给出可计算的月（次）金额。可只查一个项目。',
  auth: 'jwt',
  roles: [...staffRoles, 'resident'],
  params: z.object({ id: recordIdSchema }),
  query: z.object({ programme: programmeCodeSchema.optional() }),
  response: {
    status: 200,
    description: '逐项目的结论和理由',
    schema: z.object({
      personId: z.string(),
      items: z.array(
        z.object({
          programme: z.string(),
          name: z.string(),
          eligible: z.boolean(),
          reasons: z.array(reasonView),
          amountYuan: z.number().optional(),
        }),
      ),
    }),
  },
});

export const programmeRoutes: readonly RouteBinding[] = [
  { route: listProgrammes, handler: 'handlers/list-programmes' },
  { route: checkEligibility, handler: 'handlers/check-eligibility' },
];
