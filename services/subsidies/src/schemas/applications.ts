import { areaCodeSchema } from '@shequ/contracts';
import { defineRoute, labelledEnum, pageOf, pageQuery, type RouteBinding, recordIdSchema, staffRoles } from '@shequ/kit';
import { z } from 'zod';
import { COMMAND_LABELS, STATE_LABELS } from '../domain/applications.ts';
import { programmes } from '../domain/programmes.ts';

/** Every bad input gets its own Chinese message; these are the shared pieces. */
export const daySchema = z.iso.date('日期格式须为 YYYY-MM-DD');
export const yuanSchema = z
  .number('金额须为数字（元）')
  .positive('金额须大于 0')
  .max(10_000_000, '金额过大')
  .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, '金额最多保留两位小数');
export const programmeCodeSchema = labelledEnum(
  'SubsidyProgrammeCode',
  '补助项目',
  Object.fromEntries(programmes.map((p) => [p.code, p.name])) as Record<string, string>,
);
const reasonSchema = z.string().trim().min(1, '请填写原因').max(500, '原因不能超过 500 字');
const versionSchema = z.number('请提供记录版本号 version').int().min(1);

export const applicationIdParams = z.object({ id: recordIdSchema });

const accountBody = z.object({
  bank: z.string().trim().min(2, '请填写开户银行').max(60, '开户银行不能超过 60 字'),
  holder: z.string().trim().min(1, '请填写户名').max(50, '户名不能超过 50 字'),
  number: z
    .string()
    .trim()
    .transform((value) => value.replace(/\s+/g, ''))
    .pipe(z.string().regex(/^\d{10,30}$/, '银行账号须为 10–30 位数字')),
});

export const submitApplicationBody = z.object({
  programme: programmeCodeSchema,
  personId: recordIdSchema.describe('申请人在户籍登记中的编号'),
  statement: z.string().trim().min(1, '请填写申请理由').max(2000, '申请理由不能超过 2000 字'),
  requestedYuan: yuanSchema.optional().describe('逐案核定的项目（临时救助、大病救助、再就业补助）和贷款须填写申请金额'),
  account: accountBody.optional().describe('现金补助和贷款须填写申请人本人的银行账户'),
});
export type SubmitApplicationBody = z.infer<typeof submitApplicationBody>;

const homeVisitBody = z.object({
  visitedOn: daySchema,
  findings: z.string().trim().min(1, '请填写抽查情况').max(2000, '抽查情况不能超过 2000 字'),
  passed: z.boolean('请填写抽查是否通过（true/false）'),
});

const command = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), version: versionSchema, ...shape });

/** The commands a person may give through the API; `expire` belongs to the payment run alone. */
export const applicationCommandBody = z.discriminatedUnion(
  'type',
  [
    command('start-review', {}),
    command('record-home-visit', { visit: homeVisitBody }),
    command('post-notice', {}),
    command('raise-objection', { content: z.string().trim().min(1, '请填写异议内容').max(2000, '异议内容不能超过 2000 字') }),
    command('resolve-objection', {
      objectionId: z.string().regex(/^r[1-3]-\d+$/, '异议编号格式不正确'),
      outcome: z.enum(['upheld', 'dismissed'], '处理结果须为 upheld（异议成立）或 dismissed（异议不成立）'),
      note: z.string().trim().min(1, '请填写处理说明').max(2000, '处理说明不能超过 2000 字'),
    }),
    command('close-notice', {}),
    command('approve', {
      startsOn: daySchema.optional().describe('开始享受的日期，默认审批当天'),
      amountYuan: yuanSchema.optional().describe('逐案核定的项目和贷款的核定金额'),
    }),
    command('suspend', { reason: reasonSchema }),
    command('resume', { reason: reasonSchema.optional() }),
    command('end', { reason: reasonSchema, endsOn: daySchema.optional() }),
    command('report-work', { reportedOn: daySchema.describe('开始就业的日期') }),
    command('record-review', {
      review: z.object({
        reviewedOn: daySchema,
        findings: z.string().trim().min(1, '请填写复核情况').max(2000, '复核情况不能超过 2000 字'),
        outcome: z.enum(['continue', 'adjust'], '复核结论须为 continue（维持）或 adjust（按现有家庭情况重新核定金额）'),
      }),
    }),
    command('hand-over', {
      handedOverOn: daySchema.describe('实物（轮椅、助听器等）交到申请人手中或完成转介的日期'),
      note: z.string().trim().max(500, '备注不能超过 500 字').optional(),
    }),
    command('record-repayment', { repaidOn: daySchema.describe('贷款全部还清的日期') }),
    command('reject', { reason: reasonSchema }),
    command('withdraw', { reason: reasonSchema }),
  ],
  {
    error: () =>
      '操作类型 type 须为 start-review、record-home-visit、post-notice、raise-objection、resolve-objection、close-notice、approve、suspend、resume、end、report-work、record-review、hand-over、record-repayment、reject 或 withdraw',
  },
);
export type ApplicationCommandBody = z.infer<typeof applicationCommandBody>;

const stateSchema = labelledEnum('SubsidyApplicationState', '申请状态', STATE_LABELS);

/** Every step an application's history records: submission, each command, and the run's 到期终止. */
const stepSchema = labelledEnum('SubsidyStep', '办理步骤', { submit: '提交申请', ...COMMAND_LABELS });
const { expire: _expire, ...givenLabels } = COMMAND_LABELS;
const givenCommandSchema = labelledEnum('SubsidyCommand', '办理操作', givenLabels);

const historyView = z.object({
  from: stateSchema,
  to: stateSchema,
  command: stepSchema,
  by: z.string(),
  at: z.string(),
  reason: z.string().optional(),
});

export const paymentView = z
  .object({
    paymentId: z.string(),
    applicationId: z.string(),
    programme: z.string(),
    personId: z.string(),
    applicantName: z.string(),
    area: z.string(),
    period: z.string().describe('YYYY-MM（按月）、YYYY（按年）或 once（一次性）'),
    month: z.string().describe('发放月份'),
    amountYuan: z.number(),
    form: z.enum(['cash', 'loan']),
    accountMasked: z.string().optional(),
    paidAt: z.string(),
  })
  .meta({ id: 'Payment' });

export const applicationView = z
  .object({
    id: z.string(),
    programme: z.string(),
    programmeName: z.string(),
    applicantId: z.string(),
    applicantName: z.string(),
    applicantIdMasked: z.string(),
    area: z.string(),
    community: z.string(),
    state: stateSchema,
    statement: z.string(),
    filedBy: z.string(),
    submittedOn: z.string(),
    noticeDays: z.number(),
    householdSize: z.number().optional(),
    requestedYuan: z.number().optional(),
    proposedYuan: z.number().optional().describe('公示时的月（次）金额'),
    amountYuan: z.number().optional().describe('审批确定的月（次）金额'),
    account: z.object({ bank: z.string(), holder: z.string(), numberMasked: z.string() }).optional(),
    homeVisit: z.object({ visitedOn: z.string(), by: z.string(), findings: z.string(), passed: z.boolean() }).optional(),
    rounds: z.array(z.object({ round: z.number(), postedOn: z.string(), days: z.number(), closedOn: z.string().optional() })),
    objections: z.array(
      z.object({
        id: z.string(),
        round: z.number(),
        raisedOn: z.string(),
        recordedBy: z.string(),
        content: z.string(),
        resolution: z
          .object({ resolvedOn: z.string(), by: z.string(), outcome: z.enum(['upheld', 'dismissed']), note: z.string() })
          .optional(),
      }),
    ),
    approvedOn: z.string().optional(),
    startsOn: z.string().optional(),
    endsOn: z.string().optional(),
    suspensions: z.array(z.object({ from: z.string(), to: z.string().optional() })),
    nextReviewOn: z.string().optional().describe('下次复核日期'),
    loan: z.object({ dueOn: z.string(), repaidOn: z.string().optional() }).optional().describe('贷款到期日和还款日'),
    handover: z.object({ on: z.string(), by: z.string(), note: z.string().optional() }).optional().describe('实物发放登记'),
    reviews: z
      .array(z.object({ reviewedOn: z.string(), by: z.string(), findings: z.string(), outcome: z.enum(['continue', 'adjust']) }))
      .optional(),
    graduatedExit: z
      .object({ reportedWorkOn: z.string(), trialFrom: z.string(), trialTo: z.string(), exitMonth: z.string() })
      .optional()
      .describe('低保渐退：登记就业后试用期 3 个月内照发，期满后退出'),
    history: z.array(historyView),
    commands: z.array(givenCommandSchema).optional().describe('此刻您可以办理的操作（按流程和您的角色）'),
    version: z.number(),
    payments: z.array(paymentView).optional(),
  })
  .meta({ id: 'SubsidyApplication' });
export type ApplicationView = z.infer<typeof applicationView>;

export const submitApplication = defineRoute({
  method: 'POST',
  path: '/subsidies/applications',
  operationId: 'submitApplication',
  summary: '提交补助申请',
  description:
    '居民本人或社区工作人员代为提交补助申请。按本服务保存的户籍事实检查申请条件，不符合时逐条说明原因；现金补助和贷款须填写申请人本人的银行账户（账号加密保存）。同一居民（低保等按户发放的项目为同一家庭）同一项目只能有一个在办或享受中的申请。',
  auth: 'jwt',
  roles: [...staffRoles, 'resident'],
  idempotent: true,
  body: submitApplicationBody,
  response: { status: 201, description: '已提交的申请', schema: applicationView },
});

export const listApplications = defineRoute({
  method: 'GET',
  path: '/subsidies/applications',
  operationId: 'listApplications',
  summary: '查询补助申请',
  description: '按社区（可按状态、项目筛选）或按申请人列出补助申请，最新的在前。居民只能查询本人的申请。',
  auth: 'jwt',
  roles: [...staffRoles, 'resident'],
  query: z
    .object({
      area: areaCodeSchema.optional().describe('社区代码（12 位）'),
      person: recordIdSchema.optional().describe('申请人编号'),
      state: stateSchema.optional(),
      programme: programmeCodeSchema.optional(),
      ...pageQuery,
    })
    .refine((query) => (query.area === undefined) !== (query.person === undefined), {
      message: '请按社区（area）或按申请人（person）查询，二者选其一',
      path: ['area'],
    })
    .refine((query) => query.area === undefined || /^\d{12}$/.test(query.area), {
      message: '按社区查询时 area 须为 12 位社区代码',
      path: ['area'],
    }),
  response: { status: 200, description: '一页申请；有下一页时返回 cursor', schema: pageOf(applicationView) },
});

export const getApplication = defineRoute({
  method: 'GET',
  path: '/subsidies/applications/{id}',
  operationId: 'getApplication',
  summary: '查看补助申请',
  description: '申请的全部经过（每一步由谁、何时办理）、公示轮次和异议、审批金额以及已发放的每一笔补助。',
  auth: 'jwt',
  roles: [...staffRoles, 'resident'],
  params: applicationIdParams,
  response: { status: 200, description: '申请及其发放记录', schema: applicationView },
});

export const actOnApplication = defineRoute({
  method: 'POST',
  path: '/subsidies/applications/{id}/commands',
  operationId: 'actOnApplication',
  summary: '办理补助申请',
  description:
    '按流程办理申请：开始社区审核 → 登记入户抽查 → 张榜公示（三榜，每榜按项目规定天数，默认 7 天；有未处理异议或未满公示期不能结束公示）→ 街道审批（重新核对条件并确定金额，超出年度预算时拒绝）→ 实物补助登记发放、贷款登记还款、定期复核（维持或按现有家庭情况重新核定金额）、暂停、恢复、登记就业（低保渐退）、终止；审批前可驳回或撤回。须附上读取时的 version，他人已修改时返回 409；带 Idempotency-Key 重试时返回第一次的结果。',
  auth: 'jwt',
  roles: [...staffRoles, 'resident'],
  idempotent: true,
  params: applicationIdParams,
  body: applicationCommandBody,
  response: { status: 200, description: '办理后的申请', schema: applicationView },
});

export const listDueReviews = defineRoute({
  method: 'GET',
  path: '/subsidies/reviews',
  operationId: 'listDueReviews',
  summary: '到期复核名单',
  description: '社区中享受中或暂停中的补助，下次复核日期不晚于 before（默认今天）的，按复核日期排列。',
  auth: 'jwt',
  roles: staffRoles,
  query: z.object({
    area: z.string().regex(/^\d{12}$/, '社区代码须为 12 位数字，如 350203006029'),
    before: daySchema.optional(),
  }),
  response: { status: 200, description: '到期复核的补助', schema: z.object({ items: z.array(applicationView) }) },
});

export const applicationRoutes: readonly RouteBinding[] = [
  { route: submitApplication, handler: 'handlers/submit-application' },
  { route: listApplications, handler: 'handlers/list-applications' },
  { route: getApplication, handler: 'handlers/get-application' },
  { route: actOnApplication, handler: 'handlers/act-on-application' },
  { route: listDueReviews, handler: 'handlers/list-due-reviews' },
];
