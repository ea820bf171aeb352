import { areaCodeSchema, employmentBaseStates, employmentBaseTypes, seekerGroups } from '@shequ/contracts';
import {
  type Caller,
  defineRoute,
  pageOf,
  pageQuery,
  type Role,
  type RouteBinding,
  recordIdSchema,
  staffRoles,
  textField,
} from '@shequ/kit';
import { z } from 'zod';
import { baseStateLabels, baseTypeLabels, EVIDENCE_KINDS, seekerGroupLabels } from '../domain/employment.ts';

const evidenceKindLabels = {
  photo: '现场照片',
  contract: '劳动合同',
  agreement: '帮扶协议',
  roster: '花名册',
  payroll: '工资发放记录',
  accounts: '帐务',
  plan: '工作计划和总结',
  other: '其他',
} as const;

/** Staff, and a unit for itself: applying for a base, its yearly table and training plans, job openings. */
const unitActors: readonly Role[] = [...staffRoles, 'unit'];
/** The federation's inspectors (区/街道残联 with 财政): the late-July inspection and the plaque. */
const inspectors: readonly Role[] = ['district-admin', 'subdistrict-staff'];
/** Support funds go out on the district's authority only. */
const fundPayers: readonly Role[] = ['district-admin'];
/** Job seekers read openings too. */
const openingReaders: readonly Role[] = [...staffRoles, 'unit', 'resident'];

/**
 * The areas whose openings a caller reads: their own, and a resident their whole community's, since most
 * openings are posted for the community rather than for the resident's grid.
 */
export function openingReadScope(caller: Caller): Caller {
  return caller.role === 'resident' ? { ...caller, areas: caller.areas.map((area) => area.split('-')[0] ?? area) } : caller;
}

/** A type error that says what is missing when the field was left out, and what it should be otherwise. */
const typeError = (missing: string, wrong: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? missing : wrong),
});
const daySchema = (label: string) => z.iso.date(`${label}格式须为 YYYY-MM-DD`);
const count = (label: string, max = 1_000_000) =>
  z
    .number(typeError(`请填写${label}`, `${label}须为整数`))
    .int(`${label}须为整数`)
    .min(0, `${label}不能为负数`)
    .max(max, `${label}不能超过 ${max}`);
const yuan = (label: string, max = 1_000_000_000) =>
  z
    .number(typeError(`请填写${label}（元）`, `${label}须为数字（元）`))
    .min(0, `${label}不能为负数`)
    .max(max, `${label}不能超过 ${max} 元`)
    // Stored in fen: more than two decimals would be rounded away silently.
    .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, `${label}最多保留两位小数（精确到分）`);
const flag = (label: string) => z.boolean(typeError(`请填写是否${label}`, `请用 true（是）或 false（否）填写是否${label}`));

const versionSchema = z
  .number('请提供记录的版本号 version（读取记录时返回）')
  .int('版本号须为整数')
  .min(1, '版本号须为正整数')
  .describe('上次读取时的版本号；期间被他人修改则返回 409');

/** Bases and openings belong to a community or one of its grids, as the unit is registered. */
const unitAreaSchema = z.string().regex(/^\d{12}(-\d{2})?$/, '地区须为社区（12 位代码）或其网格（如 350203006029-03）');
const yearSchema = z.number('年度须为四位数字').int('年度须为四位数字').min(2000, '年度不早于 2000').max(2100, '年度不晚于 2100');
const yearQuery = z.coerce
  .number('年度须为四位数字')
  .int('年度须为四位数字')
  .min(2000, '年度不早于 2000')
  .max(2100, '年度不晚于 2100');
const baseTypeSchema = z
  .enum(employmentBaseTypes, '基地类型须为 placement（企业安置型）或 outreach（辐射带动型）')
  .meta({ id: 'EmploymentBaseType', description: '基地类型', 'x-enum-labels': baseTypeLabels });
const baseStateSchema = z
  .enum(
    employmentBaseStates,
    '状态须为 applied（已申报待验收）、plaqued（已挂牌）、not-approved（验收未达标）或 withdrawn（已摘牌）',
  )
  .meta({ id: 'EmploymentBaseState', description: '基地状态', 'x-enum-labels': baseStateLabels });
const seekerGroupSchema = z
  .enum(seekerGroups, '求职人员类别须为 migrant（流动人口）、disabled（残疾人）或 laid-off（下岗失业人员）')
  .meta({ id: 'SeekerGroup', description: '求职人员类别', 'x-enum-labels': seekerGroupLabels });
const idParams = z.object({ id: recordIdSchema });

const placementFigures = z.object({
  disabledEmployees: count('安置残疾人就业人数').describe('人'),
  annualOutputYuan: yuan('基地年产值'),
  incomePerPersonYuan: yuan('残疾职工年人均收入'),
  contractYears: z
    .number('劳动合同期限须为数字（年）')
    .min(0, '劳动合同期限不能为负数')
    .max(50, '劳动合同期限不能超过 50 年')
    .describe('与残疾职工签订的劳动合同期限（年），取最短的一份'),
  lowestMonthlyWageYuan: yuan('残疾职工最低月工资').describe('残疾职工中最低的月工资（元）'),
  pensionInsurance: flag('为残疾职工缴纳社会养老保险'),
  medicalInsurance: flag('为残疾职工缴纳医疗保险'),
});

const outreachFigures = z.object({
  householdsEngaged: count('带动残疾人从业户数').describe('户'),
  annualOutputYuan: yuan('基地年产值'),
  householdIncomePerCapitaYuan: yuan('从业残疾人户年人均收入'),
  supportAgreements: flag('与从业残疾人户签订生产资料供应、技术服务、产品回收等协议'),
});

/** Each type declares the figures its standards name; a figure the type does not use is not asked for. */
const typedFigures = <T extends z.ZodRawShape>(extra: T) =>
  z.discriminatedUnion(
    'type',
    [
      z.object({ type: z.literal('placement'), figures: placementFigures, ...extra }),
      z.object({ type: z.literal('outreach'), figures: outreachFigures, ...extra }),
    ],
    '基地类型须为 placement（企业安置型）或 outreach（辐射带动型）',
  );

export const checkStandardsBody = typedFigures({});

export const applyForBaseBody = typedFigures({
  unitId: recordIdSchema.describe('辖内单位的编号（社区登记单位时生成）'),
  unitName: textField('单位名称', 100),
  area: unitAreaSchema.describe('单位所在社区或网格'),
  year: yearSchema.describe('申报年度：当年的须在 4 月 30 日前申报，也可提前申报下一年度'),
  contactName: textField('联系人', 50).optional(),
});

export const inspectBaseBody = z.object({
  passed: z.boolean('请用 true（达标）或 false（未达标）填写验收结论'),
  findings: textField('验收意见', 2000),
  evidence: z
    .array(
      z.object({
        kind: z
          .enum(
            EVIDENCE_KINDS,
            '材料类型须为 photo（现场照片）、contract（劳动合同）、agreement（帮扶协议）、roster（花名册）、payroll（工资发放记录）、accounts（帐务）、plan（工作计划和总结）或 other（其他）',
          )
          .meta({ id: 'EvidenceKind', description: '佐证材料类型', 'x-enum-labels': evidenceKindLabels }),
        description: textField('材料说明', 500),
        objectKey: z
          .string()
          .trim()
          .min(1, '文件编号不能为空')
          .max(500, '文件编号不能超过 500 个字符')
          .optional()
          .describe('已上传文件的存储编号'),
      }),
      '佐证材料须为列表',
    )
    .min(1, '请至少登记一项验收佐证材料')
    .max(50, '佐证材料最多 50 项'),
  version: versionSchema,
});

export const payBaseFundsBody = z.object({
  amountYuan: yuan('拨付金额', 10_000_000)
    .refine((value) => value > 0, '拨付金额须大于 0')
    .describe('扶持资金（元），最多两位小数；按分保存'),
  version: versionSchema,
});

export const withdrawPlaqueBody = z.object({
  reason: textField('摘牌原因', 500).describe('如“复查不达标：安置残疾人不足 10 人”'),
  version: versionSchema,
});

export const fileStatisticsBody = z.object({
  disabledEmployed: count('安置残疾人就业人数'),
  householdsSupported: count('扶持残疾人从业户数'),
  personsLiftedOutOfPoverty: count('脱贫残疾人人数'),
  incomePerPersonYuan: yuan('残疾人年人均收入'),
  annualOutputYuan: yuan('基地年产值'),
  trainees: count('劳动技能培训人次'),
  summary: textField('当年工作总结', 5000),
  nextYearPlan: textField('下年度扶贫工作计划、措施和脱贫目标', 5000),
  version: versionSchema,
});

export const fileTrainingPlanBody = z
  .object({
    title: textField('培训名称', 100).describe('如“残疾人手工编织技能培训班”'),
    content: textField('培训内容', 2000),
    startsOn: daySchema('开班日期').describe('须在报送之日 10 天以后'),
    endsOn: daySchema('结业日期').optional(),
    location: textField('培训地点', 100).optional(),
    plannedTrainees: count('计划培训人数', 10_000).min(1, '计划培训人数至少 1 人'),
  })
  .refine((body) => !body.endsOn || body.endsOn >= body.startsOn, { path: ['endsOn'], message: '结业日期不能早于开班日期' });

export const postOpeningBody = z.object({
  unitId: recordIdSchema.optional().describe('辖内单位的编号；社区代发时可不填'),
  unitName: textField('用人单位', 100),
  area: unitAreaSchema.describe('岗位所在社区或网格'),
  title: textField('岗位名称', 50).describe('如“超市理货员”'),
  description: textField('岗位说明', 2000).optional(),
  positions: count('招聘人数', 1000).min(1, '招聘人数至少 1 人'),
  monthlyWageYuan: yuan('月工资', 1_000_000).describe('月工资（元），不得低于当地最低工资标准'),
  welcomes: z
    .array(seekerGroupSchema, '面向人群须为列表')
    .min(1, '请至少选择一类面向人群')
    .max(3, '面向人群最多 3 类')
    .describe('欢迎哪些求职人员：流动人口、残疾人、下岗失业人员'),
  closesOn: daySchema('报名截止日期'),
  contactName: textField('联系人', 50).optional(),
});

export const registerPlacementBody = z.object({
  personId: recordIdSchema.describe('求职人员在人口登记中的编号'),
  group: seekerGroupSchema,
  startsOn: daySchema('到岗日期'),
  note: textField('备注', 200).optional(),
});

const criterionResultView = z.object({
  figure: z.string(),
  label: z.string(),
  passed: z.boolean(),
  required: z.string().describe('标准，如“不少于 10 人”'),
  actual: z.string().describe('申报值，如“12 人”“否”“未填报”'),
  message: z.string().describe('一句话说明，如“安置残疾人就业人数：12 人，达到“不少于 10 人”的标准”'),
  districtParameter: z.string().optional().describe('标准值来自区设参数（如当地最低工资标准）'),
});

export const standardsCheckView = z
  .object({
    passed: z.boolean(),
    results: z.array(criterionResultView),
  })
  .meta({ id: 'EmploymentStandardsCheck' });

export const standardsView = z
  .object({
    types: z.array(
      z.object({
        type: baseTypeSchema,
        label: z.string(),
        criteria: z.array(
          z.object({
            figure: z.string(),
            label: z.string(),
            required: z.string(),
            basis: z.string().describe('文件依据'),
            districtParameter: z.string().optional(),
          }),
        ),
      }),
    ),
    districtParameters: z
      .object({ minimumMonthlyWageYuan: z.number() })
      .describe('由区设定的参数（当地最低工资标准，元/月），随本区规定调整'),
    deadlines: z.object({
      application: z.string(),
      inspection: z.string(),
      statistics: z.string(),
      trainingPlanLeadDays: z.number().int(),
    }),
  })
  .meta({ id: 'EmploymentStandards' });

const historyView = z.object({
  from: baseStateSchema.optional(),
  to: baseStateSchema,
  command: z.string(),
  by: z.string(),
  at: z.string(),
  reason: z.string().optional(),
});

export const baseView = z
  .object({
    id: z.string(),
    unitId: z.string(),
    unitName: z.string(),
    area: z.string(),
    year: z.number().int(),
    type: baseTypeSchema,
    typeLabel: z.string(),
    figures: z.record(z.string(), z.union([z.number(), z.boolean()])).describe('申报时的数据'),
    standards: z.array(criterionResultView).describe('申报时按标准逐项核对的结果'),
    contactName: z.string().optional(),
    state: baseStateSchema,
    stateLabel: z.string(),
    appliedOn: z.iso.date(),
    appliedBy: z.string(),
    inspection: z
      .object({
        inspectedOn: z.iso.date(),
        by: z.string(),
        passed: z.boolean(),
        findings: z.string(),
        evidence: z.array(z.object({ kind: z.string(), description: z.string(), objectKey: z.string().optional() })),
      })
      .optional(),
    plaqueGrantedOn: z.iso.date().optional().describe('挂牌日期'),
    fund: z
      .object({
        paymentId: z.string(),
        amountFen: z.number().int().describe('分'),
        amountYuan: z.number().describe('元'),
        paidOn: z.iso.date(),
        by: z.string(),
      })
      .optional()
      .describe('直接拨付到基地的扶持资金，每年一次'),
    withdrawal: z.object({ withdrawnOn: z.iso.date(), by: z.string(), reason: z.string() }).optional().describe('摘牌'),
    statistics: z
      .object({
        disabledEmployed: z.number().int(),
        householdsSupported: z.number().int(),
        personsLiftedOutOfPoverty: z.number().int(),
        incomePerPersonYuan: z.number(),
        annualOutputYuan: z.number(),
        trainees: z.number().int(),
        summary: z.string(),
        nextYearPlan: z.string(),
        filedOn: z.iso.date(),
        by: z.string(),
        late: z.boolean().describe('晚于当年 11 月 10 日报送'),
      })
      .optional()
      .describe('年度统计表'),
    history: z.array(historyView),
    version: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'EmploymentBase' });

export const trainingPlanView = z
  .object({
    id: z.string(),
    baseId: z.string(),
    area: z.string(),
    year: z.number().int(),
    title: z.string(),
    content: z.string(),
    startsOn: z.iso.date(),
    endsOn: z.iso.date().optional(),
    location: z.string().optional(),
    plannedTrainees: z.number().int(),
    filedOn: z.iso.date(),
    filedBy: z.string(),
  })
  .meta({ id: 'TrainingPlan' });

export const openingView = z
  .object({
    id: z.string(),
    unitId: z.string().optional(),
    unitName: z.string(),
    area: z.string(),
    title: z.string(),
    description: z.string().optional(),
    positions: z.number().int(),
    filled: z.number().int().describe('已安置人数'),
    remaining: z.number().int().describe('剩余名额'),
    monthlyWageYuan: z.number(),
    welcomes: z.array(seekerGroupSchema),
    welcomesLabel: z.string().describe('如“流动人口、残疾人”'),
    closesOn: z.iso.date(),
    status: z.enum(['open', 'filled', 'closed']).meta({
      id: 'JobOpeningStatus',
      description: 'open 招聘中；filled 名额已满；closed 已过报名截止日期',
      'x-enum-labels': { open: '招聘中', filled: '名额已满', closed: '已截止' },
    }),
    contactName: z.string().optional(),
    postedOn: z.iso.date(),
    postedBy: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'JobOpening' });

export const placementView = z
  .object({
    id: z.string(),
    openingId: z.string(),
    personId: z.string(),
    group: seekerGroupSchema,
    groupLabel: z.string(),
    area: z.string(),
    unitName: z.string(),
    title: z.string(),
    startsOn: z.iso.date(),
    note: z.string().optional(),
    registeredAt: z.string(),
    registeredBy: z.string(),
  })
  .meta({ id: 'JobPlacement' });

export const getEmploymentStandards = defineRoute({
  method: 'GET',
  path: '/subsidies/employment/standards',
  operationId: 'getEmploymentStandards',
  summary: '就业扶贫基地标准',
  description:
    '残疾人就业扶贫基地的标准（按企业安置型、辐射带动型分列）、由区设定的参数（当地最低工资标准）和各项时限：4 月 30 日前申报、7 月 21–31 日验收、11 月 10 日前报送年度统计表、培训计划提前 10 天报送。',
  auth: 'jwt',
  roles: unitActors,
  response: { status: 200, description: '基地标准和时限', schema: standardsView },
});

export const checkEmploymentStandards = defineRoute({
  method: 'POST',
  path: '/subsidies/employment/standards/check',
  operationId: 'checkEmploymentStandards',
  summary: '对照基地标准自查',
  description: '按基地类型逐项核对单位填报的数据是否达到基地标准，逐项说明实际值和标准；只做核对，不保存任何数据。',
  auth: 'jwt',
  roles: unitActors,
  body: checkStandardsBody,
  response: { status: 200, description: '逐项核对结果', schema: standardsCheckView },
});

export const applyForEmploymentBase = defineRoute({
  method: 'POST',
  path: '/subsidies/employment/bases',
  operationId: 'applyForEmploymentBase',
  summary: '申报残疾人就业扶贫基地',
  description:
    '单位（或工作人员代为）申报某一年度的残疾人就业扶贫基地：企业安置型或辐射带动型，连同按标准填报的数据。当年度须在 4 月 30 日前申报，逾期返回 422 并写明截止日期；数据未达到基地标准的返回 422，逐项说明未达标的标准和实际值。每个单位每年度只能申报一次。',
  auth: 'jwt',
  roles: unitActors,
  idempotent: true,
  body: applyForBaseBody,
  response: { status: 201, description: '已受理的申报', schema: baseView },
});

export const listEmploymentBases = defineRoute({
  method: 'GET',
  path: '/subsidies/employment/bases',
  operationId: 'listEmploymentBases',
  summary: '就业扶贫基地列表',
  description: '列出区、街道、社区或网格内某一年度（默认今年）的就业扶贫基地，按地区排列，可按状态筛选，分页返回。',
  auth: 'jwt',
  roles: staffRoles,
  query: z.object({
    area: areaCodeSchema,
    year: yearQuery.optional().describe('年度，默认今年（北京时间）'),
    state: baseStateSchema.optional(),
    ...pageQuery,
  }),
  response: { status: 200, description: '一页基地；有下一页时返回 cursor', schema: pageOf(baseView) },
});

export const getEmploymentBase = defineRoute({
  method: 'GET',
  path: '/subsidies/employment/bases/{id}',
  operationId: 'getEmploymentBase',
  summary: '查看就业扶贫基地',
  description:
    '基地某一年度的全部情况：申报数据和逐项核对结果、验收及佐证材料、挂牌、扶持资金、摘牌、年度统计表和每一步的经办人。',
  auth: 'jwt',
  roles: unitActors,
  params: idParams,
  response: { status: 200, description: '基地', schema: baseView },
});

export const inspectEmploymentBase = defineRoute({
  method: 'POST',
  path: '/subsidies/employment/bases/{id}/inspection',
  operationId: 'inspectEmploymentBase',
  summary: '登记基地验收',
  description:
    '登记残联会同财政部门于 7 月下旬对基地的实地验收：验收意见、佐证材料（现场照片、劳动合同、帮扶协议、花名册等）和结论。只能在基地年度的 7 月 21 日至 31 日登记，其他日期返回 422。达标即挂牌；未达标则本年度不予挂牌。须提交读取时的 version。',
  auth: 'jwt',
  roles: inspectors,
  params: idParams,
  body: inspectBaseBody,
  response: { status: 200, description: '验收后的基地', schema: baseView },
});

export const payEmploymentBaseFunds = defineRoute({
  method: 'POST',
  path: '/subsidies/employment/bases/{id}/funds',
  operationId: 'payEmploymentBaseFunds',
  summary: '拨付基地扶持资金',
  description:
    '验收达标挂牌后，将扶持资金直接拨付到基地，专款专用。金额以元填写，按分保存。每个基地每年度只拨付一次：再次拨付返回 409；带相同 Idempotency-Key 的重试返回首次结果。',
  auth: 'jwt',
  roles: fundPayers,
  idempotent: true,
  params: idParams,
  body: payBaseFundsBody,
  response: { status: 200, description: '已拨付资金的基地', schema: baseView },
});

export const withdrawEmploymentBasePlaque = defineRoute({
  method: 'POST',
  path: '/subsidies/employment/bases/{id}/withdrawal',
  operationId: 'withdrawEmploymentBasePlaque',
  summary: '基地摘牌',
  description: '基地不搞终身制：挂牌后对照标准复查不合格的，写明原因予以摘牌。只有已挂牌的基地可以摘牌；须提交读取时的 version。',
  auth: 'jwt',
  roles: inspectors,
  params: idParams,
  body: withdrawPlaqueBody,
  response: { status: 200, description: '已摘牌的基地', schema: baseView },
});

export const fileEmploymentBaseStatistics = defineRoute({
  method: 'POST',
  path: '/subsidies/employment/bases/{id}/statistics',
  operationId: 'fileEmploymentBaseStatistics',
  summary: '报送年度统计表',
  description:
    '已挂牌的基地报送《残疾人就业扶贫基地扶持残疾人状况统计表》及当年工作总结、下年度工作计划。应在当年 11 月 10 日前报送；逾期仍予受理，但标记为逾期（late）。每年度报送一次；须提交读取时的 version。',
  auth: 'jwt',
  roles: unitActors,
  params: idParams,
  body: fileStatisticsBody,
  response: { status: 200, description: '已报送统计表的基地', schema: baseView },
});

export const fileEmploymentTrainingPlan = defineRoute({
  method: 'POST',
  path: '/subsidies/employment/bases/{id}/training-plans',
  operationId: 'fileEmploymentTrainingPlan',
  summary: '报送培训计划',
  description:
    '基地报送残疾人劳动技能培训计划，须在开班前至少 10 天报送；开班日期过近的返回 422，并写明按今天报送最早可开班的日期。已申报或已挂牌的基地可以报送。',
  auth: 'jwt',
  roles: unitActors,
  idempotent: true,
  params: idParams,
  body: fileTrainingPlanBody,
  response: { status: 201, description: '已报送的培训计划', schema: trainingPlanView },
});

export const listEmploymentTrainingPlans = defineRoute({
  method: 'GET',
  path: '/subsidies/employment/bases/{id}/training-plans',
  operationId: 'listEmploymentTrainingPlans',
  summary: '基地的培训计划',
  description: '按报送先后列出基地的培训计划，分页返回。',
  auth: 'jwt',
  roles: unitActors,
  params: idParams,
  query: z.object(pageQuery),
  response: { status: 200, description: '一页培训计划；有下一页时返回 cursor', schema: pageOf(trainingPlanView) },
});

export const postJobOpening = defineRoute({
  method: 'POST',
  path: '/subsidies/employment/openings',
  operationId: 'postJobOpening',
  summary: '发布就业岗位',
  description:
    '辖内单位（或社区代为）发布就业岗位：岗位名称、招聘人数、月工资、所在社区、面向哪些求职人员（流动人口、残疾人、下岗失业人员）和报名截止日期。月工资低于当地最低工资标准或截止日期早于今天的返回 422。',
  auth: 'jwt',
  roles: unitActors,
  idempotent: true,
  body: postOpeningBody,
  response: { status: 201, description: '已发布的岗位', schema: openingView },
});

export const listJobOpenings = defineRoute({
  method: 'GET',
  path: '/subsidies/employment/openings',
  operationId: 'listJobOpenings',
  summary: '招聘中的岗位',
  description: '列出街道、社区或网格内仍在招聘的岗位（报名未截止且尚有名额），截止日期最近的在前，分页返回。',
  auth: 'jwt',
  roles: openingReaders,
  query: z.object({
    area: z.string().regex(/^\d{9}(\d{3}(-\d{2})?)?$/, '地区须为街道（9 位）、社区（12 位）代码或网格（如 350203006029-03）'),
    ...pageQuery,
  }),
  response: { status: 200, description: '一页岗位；有下一页时返回 cursor', schema: pageOf(openingView) },
});

export const getJobOpening = defineRoute({
  method: 'GET',
  path: '/subsidies/employment/openings/{id}',
  operationId: 'getJobOpening',
  summary: '查看岗位',
  description: '岗位详情，含已安置人数、剩余名额和招聘状态。',
  auth: 'jwt',
  roles: openingReaders,
  params: idParams,
  response: { status: 200, description: '岗位', schema: openingView },
});

export const registerJobPlacement = defineRoute({
  method: 'POST',
  path: '/subsidies/employment/openings/{id}/placements',
  operationId: 'registerJobPlacement',
  summary: '登记岗位安置',
  description:
    '工作人员登记一名求职人员被该岗位录用：人员编号、类别（须为岗位面向的人群）和到岗日期。名额已满的岗位返回 409；名额计数与安置记录在同一事务中写入，多人同时登记也不会超员。同一人在同一岗位只登记一次。',
  auth: 'jwt',
  roles: staffRoles,
  idempotent: true,
  params: idParams,
  body: registerPlacementBody,
  response: { status: 201, description: '已登记的安置', schema: placementView },
});

export const listJobPlacements = defineRoute({
  method: 'GET',
  path: '/subsidies/employment/openings/{id}/placements',
  operationId: 'listJobPlacements',
  summary: '岗位的安置名单',
  description: '按登记先后列出该岗位安置的求职人员，分页返回。',
  auth: 'jwt',
  roles: staffRoles,
  params: idParams,
  query: z.object(pageQuery),
  response: { status: 200, description: '一页安置记录；有下一页时返回 cursor', schema: pageOf(placementView) },
});

export const employmentRoutes: readonly RouteBinding[] = [
  { route: getEmploymentStandards, handler: 'handlers/get-employment-standards' },
  { route: checkEmploymentStandards, handler: 'handlers/check-employment-standards' },
  { route: applyForEmploymentBase, handler: 'handlers/apply-for-employment-base' },
  { route: listEmploymentBases, handler: 'handlers/list-employment-bases' },
  { route: getEmploymentBase, handler: 'handlers/get-employment-base' },
  { route: inspectEmploymentBase, handler: 'handlers/inspect-employment-base' },
  { route: payEmploymentBaseFunds, handler: 'handlers/pay-employment-base-funds' },
  { route: withdrawEmploymentBasePlaque, handler: 'handlers/withdraw-employment-base-plaque' },
  { route: fileEmploymentBaseStatistics, handler: 'handlers/file-employment-base-statistics' },
  { route: fileEmploymentTrainingPlan, handler: 'handlers/file-employment-training-plan' },
  { route: listEmploymentTrainingPlans, handler: 'handlers/list-employment-training-plans' },
  { route: postJobOpening, handler: 'handlers/post-job-opening' },
  { route: listJobOpenings, handler: 'handlers/list-job-openings' },
  { route: getJobOpening, handler: 'handlers/get-job-opening' },
  { route: registerJobPlacement, handler: 'handlers/register-job-placement' },
  { route: listJobPlacements, handler: 'handlers/list-job-placements' },
];
