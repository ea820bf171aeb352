import { areaCodeSchema } from '@shequ/contracts';
import {
  communityCodeSchema,
  defineRoute,
  labelledEnum,
  monthSchema,
  pageOf,
  pageQuery,
  type Role,
  type RouteBinding,
  recordIdSchema,
  staffRoles,
  textField,
} from '@shequ/kit';
import { z } from 'zod';
import {
  type CaseRecord,
  caseCategories,
  channelLabels,
  isOverdue,
  levelLabels,
  MAX_DEADLINE_DAYS,
  PUBLICATION_DAYS,
  satisfactionLabels,
  statusLabels,
} from '../domain/cases.ts';

const versionSchema = z.number('请提供记录版本号 version').int('版本号须为整数').min(1, '版本号须为正整数');

export const categoryCodeSchema = labelledEnum(
  'CaseCategoryCode',
  '诉求类别',
  Object.fromEntries(caseCategories.map((category) => [category.code, category.label])),
);
// Named enums carry their Chinese labels to the console and the API reference (x-enum-labels).
const channelSchema = labelledEnum('CaseChannel', '来源渠道', channelLabels);
const statusSchema = labelledEnum('CaseStatus', '状态', statusLabels);
const satisfactionSchema = labelledEnum('CaseSatisfaction', '满意度', satisfactionLabels);
const levelSchema = labelledEnum('EscalationLevel', '督办层级', levelLabels);

const assigneeSchema = z.object({
  kind: z.enum(['department', 'person'], '承办方类型须为 department（部门、单位）或 person（工作人员）'),
  name: textField('承办方名称', 50),
  subject: z.string().trim().min(1).max(128).optional().describe('承办工作人员的登录账号，逾期时通知到本人'),
});

/** Workers and residents file; residents file for themselves through the mailbox. */
const filers: readonly Role[] = [...staffRoles, 'resident'];

export const caseView = z
  .object({
    id: z.string(),
    area: z.string(),
    community: z.string(),
    channel: channelSchema,
    channelLabel: z.string(),
    category: z.string(),
    categoryLabel: z.string(),
    topic: z.string(),
    description: z.string(),
    personId: z.string().optional(),
    personName: z.string().optional(),
    filedOn: z.iso.date(),
    status: statusSchema,
    statusLabel: z.string(),
    possibleDuplicates: z.array(z.string()).describe('同一居民同一事项尚未办结的诉求，请核实是否重复'),
    level: levelSchema,
    levelLabel: z.string().describe('目前负责督办的层级'),
    acceptedOn: z.iso.date().optional(),
    dueOn: z.iso.date().optional().describe('办结期限（含当天）'),
    overdue: z.boolean(),
    assignee: assigneeSchema.optional(),
    escalations: z.array(z.object({ level: levelSchema, on: z.iso.date(), overdueSince: z.iso.date(), dueOn: z.iso.date() })),
    outcome: z.object({ text: z.string(), handledOn: z.iso.date() }).optional(),
    handledInTime: z.boolean().optional(),
    publication: z.object({ postedFrom: z.iso.date(), postedUntil: z.iso.date() }).optional(),
    followUps: z.array(z.object({ satisfaction: satisfactionSchema, note: z.string().optional(), on: z.iso.date() })),
    reopenings: z.number(),
    referredTo: z.string().optional(),
    reason: z.string().optional(),
    history: z.array(
      z.object({
        at: z.string(),
        by: z.string(),
        action: z.string(),
        from: statusSchema.optional(),
        to: statusSchema,
        note: z.string().optional(),
      }),
    ),
    version: z.number(),
  })
  .meta({ id: 'Case' });
export type CaseView = z.infer<typeof caseView>;

/** A case as its readers see it; residents do not see who on the staff acted, only what was done. */
export function presentCase(record: CaseRecord, today: string, viewer: { staff: boolean }): CaseView {
  return caseView.parse({
    ...record,
    channelLabel: channelLabels[record.channel],
    statusLabel: statusLabels[record.status],
    levelLabel: levelLabels[record.level],
    overdue: isOverdue(record, today),
    ...(record.assignee && !viewer.staff ? { assignee: { kind: record.assignee.kind, name: record.assignee.name } } : {}),
    ...(record.outcome ? { outcome: { text: record.outcome.text, handledOn: record.outcome.handledOn } } : {}),
    ...(record.publication
      ? { publication: { postedFrom: record.publication.postedFrom, postedUntil: record.publication.postedUntil } }
      : {}),
    followUps: record.followUps.map(({ by: _by, ...followUp }) => followUp),
    history: viewer.staff
      ? record.history
      : record.history.map((entry) => ({ ...entry, by: entry.by === record.filedBy ? '本人' : '社区' })),
  });
}

const caseParams = z.object({ caseId: recordIdSchema });

export const fileCase = defineRoute({
  method: 'POST',
  path: '/cases',
  operationId: 'fileCase',
  summary: '登记民生诉求',
  description:
    '居民通过民生信箱提交自己的诉求；工作人员登记来自民生信箱、连心卡、走访日记、接待日和来访的诉求，可代居民登记（填写 personId），' +
    '匿名来信可只填写所涉地区。同一居民同类事项尚未办结的诉求会被标记为疑似重复。',
  auth: 'jwt',
  roles: filers,
  idempotent: true,
  body: z.object({
    channel: channelSchema.optional().describe('居民本人提交时固定为 mailbox（民生信箱）'),
    category: categoryCodeSchema,
    topic: textField('诉求事项', 30).describe('简短概括，如“楼道堆物”，相同事项会归并为议题'),
    description: textField('诉求内容', 2000),
    personId: recordIdSchema.optional().describe('诉求人在人口库中的编号；居民本人提交时不填'),
    area: areaCodeSchema.optional().describe('匿名诉求所涉社区或网格；有诉求人时取其居住地'),
  }),
  response: { status: 201, description: '已登记的诉求', schema: caseView },
});

export const listCases = defineRoute({
  method: 'GET',
  path: '/cases',
  operationId: 'listCases',
  summary: '诉求台账',
  description:
    '工作人员查看某社区的诉求，按登记先后排列，可按状态、类别筛选或只看逾期的（筛选在读取后进行，一页可能少于 limit 条）。',
  auth: 'jwt',
  roles: staffRoles,
  query: z.object({
    community: communityCodeSchema,
    status: statusSchema.optional(),
    category: categoryCodeSchema.optional(),
    overdue: z.enum(['true', 'false'], 'overdue 须为 true 或 false').optional(),
    ...pageQuery,
  }),
  response: { status: 200, description: '一页诉求', schema: pageOf(caseView) },
});

export const listMyCases = defineRoute({
  method: 'GET',
  path: '/cases/mine',
  operationId: 'listMyCases',
  summary: '我的诉求',
  description: '居民查看自己提交或由社区代为登记的诉求及办理进度。',
  auth: 'jwt',
  roles: ['resident'],
  query: z.object(pageQuery),
  response: { status: 200, description: '一页诉求', schema: pageOf(caseView) },
});

export const getCase = defineRoute({
  method: 'GET',
  path: '/cases/items/{caseId}',
  operationId: 'getCase',
  summary: '诉求详情',
  description: '工作人员（辖区内）或诉求人本人查看诉求及其办理经过。',
  auth: 'jwt',
  params: caseParams,
  response: { status: 200, description: '诉求', schema: caseView },
});

const command = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), version: versionSchema, ...shape });
const reasonSchema = textField('原因', 500);

export const caseCommandBody = z.discriminatedUnion(
  'type',
  [
    command('accept', {
      assignee: assigneeSchema,
      deadlineDays: z
        .number('办理时限须为数字（工作日）')
        .int('办理时限须为整数个工作日')
        .min(1, '办理时限至少 1 个工作日')
        .max(MAX_DEADLINE_DAYS, `办理时限最长 ${MAX_DEADLINE_DAYS} 个工作日`)
        .optional()
        .describe('不填则按类别的办理时限'),
    }),
    command('transfer', { assignee: assigneeSchema, reason: reasonSchema }),
    command('handle', { outcome: textField('办理结果', 2000) }),
    command('publish', {
      days: z
        .number('公示天数须为数字')
        .int('公示天数须为整数')
        .min(3, '公示至少 3 天')
        .max(30, '公示最长 30 天')
        .optional()
        .describe(`默认 ${PUBLICATION_DAYS} 天`),
      summary: textField('公示内容', 500)
        .optional()
        .describe('在公示栏上展示的办理结果，不填则用办理结果原文；不得含姓名、身份证号、手机号'),
    }),
    command('follow-up', { satisfaction: satisfactionSchema, note: textField('回访情况', 500).optional() }),
    command('refer', { to: textField('转交单位', 50).describe('如“区城管执法局”'), reason: reasonSchema }),
    command('decline', { reason: reasonSchema }),
    command('withdraw', { reason: reasonSchema }),
  ],
  { error: () => '操作类型须为 accept、transfer、handle、publish、follow-up、refer、decline 或 withdraw' },
);

export const runCaseCommand = defineRoute({
  method: 'POST',
  path: '/cases/items/{caseId}/commands',
  operationId: 'runCaseCommand',
  summary: '办理诉求',
  description:
    '推动诉求走完民生流水线：accept 受理并限期办理（按工作日计，节假日顺延），transfer 转办（须说明原因），handle 办结，' +
    'publish 在社区公示栏公示办理结果，follow-up 回访（不满意则重新办理），refer 转交其他单位，decline 不予受理，withdraw 撤回（诉求人本人也可撤回）。' +
    '须带上当前版本号，并发修改返回 409。',
  auth: 'jwt',
  roles: filers,
  params: caseParams,
  body: caseCommandBody,
  response: { status: 200, description: '办理后的诉求', schema: caseView },
});

export const categoryView = z
  .object({
    code: z.string(),
    label: z.string(),
    deadlineDays: z.number().describe('受理后办结的工作日数'),
    customised: z.boolean().describe('是否为本区设定（否则为默认时限）'),
  })
  .meta({ id: 'CaseCategory' });

export const listCategories = defineRoute({
  method: 'GET',
  path: '/cases/categories',
  operationId: 'listCaseCategories',
  summary: '诉求类别及办理时限',
  auth: 'jwt',
  response: { status: 200, description: '类别', schema: z.object({ items: z.array(categoryView) }) },
});

export const setCategoryDeadline = defineRoute({
  method: 'PUT',
  path: '/cases/categories/{category}',
  operationId: 'setCaseCategoryDeadline',
  summary: '设定类别办理时限',
  description: '区管理员设定本区某类诉求受理后办结的工作日数，此后受理的诉求按新时限计。',
  auth: 'jwt',
  roles: ['district-admin'],
  params: z.object({ category: categoryCodeSchema }),
  body: z.object({
    deadlineDays: z
      .number('办理时限须为数字（工作日）')
      .int('办理时限须为整数个工作日')
      .min(1, '办理时限至少 1 个工作日')
      .max(MAX_DEADLINE_DAYS, `办理时限最长 ${MAX_DEADLINE_DAYS} 个工作日`),
  }),
  response: { status: 200, description: '类别', schema: categoryView },
});

export const topicView = z
  .object({
    topicId: z.string(),
    category: z.string(),
    categoryLabel: z.string(),
    topic: z.string(),
    caseCount: z.number(),
    caseIds: z.array(z.string()),
    onAgenda: z.boolean().describe('同一事项达到一定件数即列入议事日议程'),
  })
  .meta({ id: 'CaseTopic' });

export const listTopics = defineRoute({
  method: 'GET',
  path: '/cases/topics',
  operationId: 'listCaseTopics',
  summary: '议题归并',
  description: '某社区计入下一个（或指定）议事日的诉求事项归并情况；同一事项反映 3 件及以上即列入议事日议程。',
  auth: 'jwt',
  roles: staffRoles,
  query: z.object({
    community: communityCodeSchema,
    deliberationDate: z.iso.date('日期格式须为 YYYY-MM-DD').optional().describe('议事日（实际召开日），不填为下一个议事日'),
  }),
  response: {
    status: 200,
    description: '议题',
    schema: z.object({ deliberationDate: z.iso.date(), items: z.array(topicView) }),
  },
});

export const complianceRow = z.object({
  key: z.string(),
  label: z.string(),
  due: z.number().describe('期内应办结的件数（到期日在所选月份内）'),
  handledInTime: z.number(),
  handledLate: z.number(),
  overdueOpen: z.number().describe('已逾期仍未办结'),
  rate: z.number().nullable().describe('按期办结率（%），无应办结件时为空'),
});

export const getCompliance = defineRoute({
  method: 'GET',
  path: '/cases/compliance',
  operationId: 'getCaseCompliance',
  summary: '按期办结率',
  description: '某街道或社区在某月到期的诉求中按期办结、逾期办结和逾期未办结的件数，按社区和类别分列。',
  auth: 'jwt',
  roles: staffRoles,
  query: z.object({
    area: z.string().regex(/^\d{9}(\d{3})?$/, '地区须为 9 位街道或 12 位社区代码'),
    month: monthSchema,
  }),
  response: {
    status: 200,
    description: '按期办结情况',
    schema: z.object({
      area: z.string(),
      month: z.string(),
      total: complianceRow,
      byCommunity: z.array(complianceRow),
      byCategory: z.array(complianceRow),
    }),
  },
});

export const caseRoutes: readonly RouteBinding[] = [
  { route: fileCase, handler: 'handlers/file-case' },
  { route: listCases, handler: 'handlers/list-cases' },
  { route: listMyCases, handler: 'handlers/list-my-cases' },
  { route: listCategories, handler: 'handlers/list-case-categories' },
  { route: setCategoryDeadline, handler: 'handlers/set-case-category-deadline' },
  { route: listTopics, handler: 'handlers/list-case-topics' },
  { route: getCompliance, handler: 'handlers/get-case-compliance' },
  { route: getCase, handler: 'handlers/get-case' },
  { route: runCaseCommand, handler: 'handlers/run-case-command' },
];
