import { defineRoute, labelledEnum, type RouteBinding, recordIdSchema, staffRoles } from '@shequ/kit';
import { z } from 'zod';
import { programmeCodeSchema } from './applications.ts';

export const programmeView = z
  .object({
    code: z.string(),
    name: z.string(),
    period: labelledEnum('SubsidyPeriod', '发放周期', { monthly: '按月', yearly: '按年', 'one-off': '一次性' }),
    form: labelledEnum('SubsidyForm', '补助形式', { cash: '现金', 'in-kind': '实物', loan: '贷款' }),
    amount: z.string().describe('金额规则的中文说明'),
    noticeDays: z.number().describe('三榜公示每榜天数'),
    params: z.record(z.string(), z.number()).describe('本区设定的标准（元）'),
    paramLabels: z.record(z.string(), z.string()).describe('每项标准的中文名称'),
    reviewMonths: z.number().optional().describe('享受期间每隔几个月复核一次'),
    settingsVersion: z.number().describe('本区设定的版本号，0 表示沿用目录标准；修改时须提交'),
    note: z.string().optional(),
  })
  .meta({ id: 'Programme' });

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

export const setProgrammeSettings = defineRoute({
  method: 'PUT',
  path: '/subsidies/programmes/{code}',
  operationId: 'setProgrammeSettings',
  summary: '设定本区补助标准',
  description:
    '区民政部门设定某补助项目在本区执行的标准（如低保标准、定额补助金额、贷款上限，只能设定该项目已有的参数）和三榜公示每榜天数。新标准用于此后提交和审批的申请；已在享受的补助在复核时按新标准重新核定。首次设定 version 为 0。',
  auth: 'jwt',
  roles: ['district-admin'],
  params: z.object({ code: programmeCodeSchema }),
  body: z.object({
    params: z.record(z.string(), z.number('标准须为数字（元）').nonnegative('标准不能为负数')).default({}),
    noticeDays: z
      .number('公示天数须为整数')
      .int('公示天数须为整数')
      .min(1, '每榜至少公示 1 天')
      .max(30, '每榜最多公示 30 天')
      .optional(),
    version: z.number('请提供版本号 version（首次设定为 0）').int().min(0),
  }),
  response: { status: 200, description: '本区执行的项目', schema: programmeView },
});

export const programmeRoutes: readonly RouteBinding[] = [
  { route: listProgrammes, handler: 'handlers/list-programmes' },
  { route: checkEligibility, handler: 'handlers/check-eligibility' },
  { route: setProgrammeSettings, handler: 'handlers/set-programme-settings' },
];
