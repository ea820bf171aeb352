import type { EmploymentBaseState, EmploymentBaseType, SeekerGroup } from '@shequ/contracts';
import { addDays, shanghaiDay } from '@shequ/contracts';

/**
 * Disabled-employment bases (残疾人就业扶贫基地) and job openings, as the federation's yearly work plan
 * sets them out: the standards per base type as data, the base's year as a state machine (application by
 * 30 April → inspection 21–31 July → plaque and funds, or not approved → plaque withdrawn), the statistics
 * table due 10 November, training plans filed 10 days ahead, and placements into openings. Pure: the
 * caller passes the actor and the time.
 */

export const baseTypeLabels: Record<EmploymentBaseType, string> = { placement: '企业安置型', outreach: '辐射带动型' };

export const baseStateLabels: Record<EmploymentBaseState, string> = {
  applied: '已申报待验收',
  plaqued: '已挂牌',
  'not-approved': '验收未达标',
  withdrawn: '已摘牌',
};

export const seekerGroupLabels: Record<SeekerGroup, string> = {
  migrant: '流动人口',
  disabled: '残疾人',
  'laid-off': '下岗失业人员',
};

/** Figures a base declares as numbers, with the words and unit its check explains them in. */
export const numericFigures = {
  disabledEmployees: { label: '安置残疾人就业人数', unit: '人' },
  householdsEngaged: { label: '带动残疾人从业户数', unit: '户' },
  annualOutputYuan: { label: '基地年产值', unit: '元' },
  incomePerPersonYuan: { label: '残疾职工年人均收入', unit: '元' },
  contractYears: { label: '与残疾职工签订的劳动合同期限', unit: '年' },
  lowestMonthlyWageYuan: { label: '残疾职工最低月工资', unit: '元' },
  householdIncomePerCapitaYuan: { label: '从业残疾人户年人均收入', unit: '元' },
} as const;
export type NumericFigure = keyof typeof numericFigures;

/** Figures a base declares as yes or no. */
export const flagFigures = {
  pensionInsurance: '为残疾职工缴纳社会养老保险',
  medicalInsurance: '为残疾职工缴纳医疗保险',
  supportAgreements: '与从业残疾人户签订生产资料供应、技术服务、产品回收等协议',
} as const;
export type FlagFigure = keyof typeof flagFigures;

/** What a unit declares when it applies; each type's standards name the figures they need. */
export type BaseFigures = Partial<Record<NumericFigure, number> & Record<FlagFigure, boolean>>;

/** Figures the district sets rather than the standards themselves; a criterion names one with `{ param }`. */
export interface EmploymentParameters {
  /** 当地政府规定的最低工资标准 (monthly, yuan). */
  minimumMonthlyWageYuan: number;
}
export type EmploymentParameter = keyof EmploymentParameters;

/**
 * District-set: Fujian's tier-one monthly minimum wage (2,030 yuan since 1 April 2022), which covers
 * 思明区. Another district, or a revision by the province, changes this figure and nothing else.
 */
export const employmentParameters: EmploymentParameters = { minimumMonthlyWageYuan: 2030 };

/** One standard: a declared figure at least a number (or a district-set parameter), or a yes that must be yes. */
export type Criterion =
  | { figure: NumericFigure; atLeast: number | { param: EmploymentParameter }; basis: string }
  | { figure: FlagFigure; required: true; basis: string };

/**
 * The base standards (基地标准 and 基地检查验收标准) per type. Both types need output of 100,000 yuan a
 * year. 企业安置型 employs at least 10 disabled people on contracts of 3 years or more with pension and
 * medical insurance, at no less than the local minimum wage, earning 10,000 yuan a year each; 辐射带动型
 * brings at least 20 disabled households into its trade under written agreements, each earning at least
 * 2,000 yuan a year per member.
 */
export const baseStandards: Record<EmploymentBaseType, readonly Criterion[]> = {
  placement: [
    { figure: 'disabledEmployees', atLeast: 10, basis: '安排残疾人就业不少于 10 人' },
    { figure: 'annualOutputYuan', atLeast: 100_000, basis: '基地年产值在 10 万元以上' },
    { figure: 'incomePerPersonYuan', atLeast: 10_000, basis: '年人均收入达到 1 万元以上' },
    { figure: 'contractYears', atLeast: 3, basis: '与残疾人签订三年以上劳动合同' },
    { figure: 'pensionInsurance', required: true, basis: '为残疾人缴纳社会养老保险' },
    { figure: 'medicalInsurance', required: true, basis: '为残疾人缴纳医疗保险' },
    {
      figure: 'lowestMonthlyWageYuan',
      atLeast: { param: 'minimumMonthlyWageYuan' },
      basis: '工资不得低于当地政府规定的最低工资标准',
    },
  ],
  outreach: [
    { figure: 'householdsEngaged', atLeast: 20, basis: '安排残疾人从业不少于 20 户' },
    { figure: 'annualOutputYuan', atLeast: 100_000, basis: '基地年产值在 10 万元以上' },
    { figure: 'householdIncomePerCapitaYuan', atLeast: 2_000, basis: '从业残疾人户年人均收入不低于 2000 元' },
    { figure: 'supportAgreements', required: true, basis: '与从业残疾人签订生产资料供应、技术服务、产品回收等协议' },
  ],
};

/** One criterion checked against a base's figures, explained in a sentence. */
export interface CriterionResult {
  figure: NumericFigure | FlagFigure;
  label: string;
  passed: boolean;
  /** The standard in words, e.g. `不少于 10 人`. */
  required: string;
  /** The declared value in words, e.g. `12 人`, `否`, `未填报`. */
  actual: string;
  message: string;
  /** The criterion's threshold comes from the district's parameters, not the standards. */
  districtParameter?: EmploymentParameter;
}

export interface StandardsCheck {
  passed: boolean;
  results: CriterionResult[];
}

const parameterLabels: Record<EmploymentParameter, string> = { minimumMonthlyWageYuan: '当地最低工资标准' };

const numberFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** Checks declared figures against every standard of the type; a figure not declared fails its standard. */
export function checkStandards(
  type: EmploymentBaseType,
  figures: BaseFigures,
  params: EmploymentParameters = employmentParameters,
): StandardsCheck {
  const results = baseStandards[type].map((criterion) => checkCriterion(criterion, figures, params));
  return { passed: results.every((result) => result.passed), results };
}

function checkCriterion(criterion: Criterion, figures: BaseFigures, params: EmploymentParameters): CriterionResult {
  if ('required' in criterion) {
    const label = flagFigures[criterion.figure];
    const value = figures[criterion.figure];
    const passed = value === true;
    const actual = value === undefined ? '未填报' : value ? '是' : '否';
    return {
      figure: criterion.figure,
      label,
      passed,
      required: '是',
      actual,
      message: `${label}：${actual}，${passed ? '符合要求' : '不符合要求'}`,
    };
  }
  const { label, unit } = numericFigures[criterion.figure];
  const byParameter = typeof criterion.atLeast === 'object' ? criterion.atLeast.param : undefined;
  const threshold = byParameter ? params[byParameter] : (criterion.atLeast as number);
  const required = byParameter
    ? `不低于${parameterLabels[byParameter]} ${numberFormat.format(threshold)} ${unit}（区设参数）`
    : `不少于 ${numberFormat.format(threshold)} ${unit}`;
  const value = figures[criterion.figure];
  const passed = value !== undefined && value >= threshold;
  const actual = value === undefined ? '未填报' : `${numberFormat.format(value)} ${unit}`;
  return {
    figure: criterion.figure,
    label,
    passed,
    required,
    actual,
    message: `${label}：${actual}，${passed ? '达到' : '未达到'}“${required}”的标准`,
    ...(byParameter ? { districtParameter: byParameter } : {}),
  };
}

/** The standards of every type in words, as a form or the API reference shows them. */
export function describeStandards(params: EmploymentParameters = employmentParameters) {
  return (Object.keys(baseStandards) as EmploymentBaseType[]).map((type) => ({
    type,
    label: baseTypeLabels[type],
    criteria: baseStandards[type].map((criterion) => {
      const { label, required, districtParameter } = checkCriterion(criterion, {}, params);
      return {
        figure: criterion.figure,
        label,
        required,
        basis: criterion.basis,
        ...(districtParameter ? { districtParameter } : {}),
      };
    }),
  }));
}

export const EVIDENCE_KINDS = ['photo', 'contract', 'agreement', 'roster', 'payroll', 'accounts', 'plan', 'other'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** What the inspectors saw: site photos, contracts, agreements, rosters, payrolls, accounts, plans; a file when uploaded. */
export interface Evidence {
  kind: EvidenceKind;
  description: string;
  objectKey?: string;
}

/** 《残疾人就业扶贫基地扶持残疾人状况统计表》 with the year's summary and next year's plan. */
export interface BaseStatistics {
  disabledEmployed: number;
  householdsSupported: number;
  personsLiftedOutOfPoverty: number;
  incomePerPersonYuan: number;
  annualOutputYuan: number;
  trainees: number;
  summary: string;
  nextYearPlan: string;
}

export interface BaseHistoryEntry {
  from?: EmploymentBaseState;
  to: EmploymentBaseState;
  command: BaseCommand['type'] | 'apply';
  by: string;
  at: string;
  reason?: string;
}

/** One unit's base for one year, plain and serialisable; the store keeps it with a version. */
export interface EmploymentBase {
  id: string;
  /** The unit as the registry knows it (辖内单位). */
  unitId: string;
  unitName: string;
  area: string;
  year: number;
  type: EmploymentBaseType;
  figures: BaseFigures;
  /** The check on application, kept so the file shows what the base was admitted on. */
  standards: CriterionResult[];
  contactName?: string;
  state: EmploymentBaseState;
  appliedOn: string;
  appliedBy: string;
  inspection?: { inspectedOn: string; by: string; passed: boolean; findings: string; evidence: Evidence[] };
  plaqueGrantedOn?: string;
  fund?: { paymentId: string; amountFen: number; paidOn: string; by: string };
  withdrawal?: { withdrawnOn: string; by: string; reason: string };
  statistics?: BaseStatistics & { filedOn: string; by: string; late: boolean };
  history: BaseHistoryEntry[];
}

export type BaseCommand =
  | { type: 'inspect'; passed: boolean; findings: string; evidence: Evidence[] }
  | { type: 'pay-funds'; amountFen: number }
  | { type: 'withdraw-plaque'; reason: string }
  | { type: 'file-statistics'; statistics: BaseStatistics };

/**
 * Why a command was refused: `invalid` when the input or its timing breaks a rule (422), `conflict` when
 * the record's state forbids it (409). `field` names the body field at fault; `failures` are the unmet standards.
 */
export interface Refusal {
  ok: false;
  kind: 'invalid' | 'conflict';
  code: string;
  message: string;
  field?: string;
  failures?: CriterionResult[];
}

export type BaseResult = { ok: true; base: EmploymentBase } | Refusal;

const commandLabels: Record<BaseCommand['type'], string> = {
  inspect: '登记验收',
  'pay-funds': '拨付扶持资金',
  'withdraw-plaque': '摘牌',
  'file-statistics': '报送年度统计表',
};

export const APPLICATION_DEADLINE = { month: 4, day: 30 } as const;
export const INSPECTION_WINDOW = { month: 7, from: 21, to: 31 } as const;
export const STATISTICS_DEADLINE = { month: 11, day: 10 } as const;
export const TRAINING_PLAN_LEAD_DAYS = 10;

const dayOf = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** `2026-04-30` → `2026 年 4 月 30 日`. */
export function chineseDate(day: string): string {
  const [year, month, date] = day.split('-');
  return `${year} 年 ${Number(month)} 月 ${Number(date)} 日`;
}

export const applicationDeadline = (year: number) => dayOf(year, APPLICATION_DEADLINE.month, APPLICATION_DEADLINE.day);
export const inspectionWindow = (year: number) => ({
  from: dayOf(year, INSPECTION_WINDOW.month, INSPECTION_WINDOW.from),
  to: dayOf(year, INSPECTION_WINDOW.month, INSPECTION_WINDOW.to),
});
export const statisticsDeadline = (year: number) => dayOf(year, STATISTICS_DEADLINE.month, STATISTICS_DEADLINE.day);

/** The one payment of support funds to a base for its year: a second one collides with the first. */
export function baseFundPaymentId(baseId: string, year: number): string {
  return `${baseId}#${year}`;
}

function refuse(kind: Refusal['kind'], code: string, message: string, field?: string): Refusal {
  return { ok: false, kind, code, message, ...(field ? { field } : {}) };
}

export interface BaseApplicationInput {
  id: string;
  unitId: string;
  unitName: string;
  area: string;
  year: number;
  type: EmploymentBaseType;
  figures: BaseFigures;
  contactName?: string | undefined;
}

/**
 * A unit's application for a year: this year's until 30 April, or next year's (filed early); the figures
 * must meet every standard of the type, or the refusal lists each one missed with its actual value.
 */
export function applyForBase(
  input: BaseApplicationInput,
  actor: string,
  now: Date,
  params: EmploymentParameters = employmentParameters,
): BaseResult {
  const today = shanghaiDay(now);
  const thisYear = Number(today.slice(0, 4));
  if (input.year < thisYear || input.year > thisYear + 1) {
    return refuse(
      'invalid',
      'application-year-out-of-range',
      `只能申报本年度（${thisYear}）或下一年度（${thisYear + 1}）的就业扶贫基地`,
      'body.year',
    );
  }
  const deadline = applicationDeadline(input.year);
  if (today > deadline) {
    return refuse(
      'invalid',
      'application-deadline-passed',
      `${input.year} 年度就业扶贫基地申报已于 ${chineseDate(deadline)}截止，今天（${chineseDate(today)}）不再受理；请于 ${chineseDate(applicationDeadline(input.year + 1))}前申报下一年度`,
      'body.year',
    );
  }
  const check = checkStandards(input.type, input.figures, params);
  if (!check.passed) {
    const failures = check.results.filter((result) => !result.passed);
    return {
      ...refuse(
        'invalid',
        'standards-not-met',
        `申报的数据未达到${baseTypeLabels[input.type]}基地标准：${failures.map((failure) => failure.message).join('；')}`,
      ),
      failures,
    };
  }
  return {
    ok: true,
    base: {
      id: input.id,
      unitId: input.unitId,
      unitName: input.unitName,
      area: input.area,
      year: input.year,
      type: input.type,
      figures: input.figures,
      standards: check.results,
      ...(input.contactName ? { contactName: input.contactName } : {}),
      state: 'applied',
      appliedOn: today,
      appliedBy: actor,
      history: [{ to: 'applied', command: 'apply', by: actor, at: now.toISOString() }],
    },
  };
}

const commandStates: Record<BaseCommand['type'], readonly EmploymentBaseState[]> = {
  inspect: ['applied'],
  'pay-funds': ['plaqued'],
  'withdraw-plaque': ['plaqued'],
  'file-statistics': ['plaqued'],
};

/**
 * Applies a command to a base's year at `now`: the inspection (only 21–31 July of the base's year; passed
 * grants the plaque), the one payment of funds to a plaqued base, the plaque's withdrawal with a reason,
 * and the statistics table. Never mutates its input.
 */
export function decideBase(base: EmploymentBase, command: BaseCommand, actor: string, now: Date): BaseResult {
  const today = shanghaiDay(now);
  if (!commandStates[command.type].includes(base.state)) {
    return refuse(
      'conflict',
      'not-allowed',
      `基地当前状态为“${baseStateLabels[base.state]}”，不能${commandLabels[command.type]}`,
    );
  }
  const step = (to: EmploymentBaseState, changes: Partial<EmploymentBase>, reason?: string): BaseResult => {
    const entry: BaseHistoryEntry = { from: base.state, to, command: command.type, by: actor, at: now.toISOString() };
    if (reason !== undefined) entry.reason = reason;
    return { ok: true, base: { ...base, ...changes, state: to, history: [...base.history, entry] } };
  };

  switch (command.type) {
    case 'inspect': {
      const window = inspectionWindow(base.year);
      if (today < window.from || today > window.to) {
        return refuse(
          'invalid',
          'outside-inspection-window',
          `${base.year} 年度基地验收须在 ${chineseDate(window.from)}至 ${chineseDate(window.to)}（7 月下旬）登记，今天是 ${chineseDate(today)}`,
        );
      }
      if (command.evidence.length === 0) {
        return refuse('invalid', 'evidence-required', '请至少登记一项验收佐证材料', 'body.evidence');
      }
      const inspection = {
        inspectedOn: today,
        by: actor,
        passed: command.passed,
        findings: command.findings,
        evidence: command.evidence,
      };
      return command.passed
        ? step('plaqued', { inspection, plaqueGrantedOn: today })
        : step('not-approved', { inspection }, command.findings);
    }
    case 'pay-funds': {
      if (base.fund) {
        return refuse(
          'conflict',
          'fund-already-paid',
          `该基地 ${base.year} 年度扶持资金已于 ${chineseDate(base.fund.paidOn)}拨付 ${(base.fund.amountFen / 100).toFixed(2)} 元，每年只拨付一次`,
        );
      }
      if (command.amountFen <= 0) return refuse('invalid', 'amount-required', '拨付金额须大于 0', 'body.amountYuan');
      const fund = { paymentId: baseFundPaymentId(base.id, base.year), amountFen: command.amountFen, paidOn: today, by: actor };
      return step('plaqued', { fund });
    }
    case 'withdraw-plaque': {
      if (command.reason.trim() === '') return refuse('invalid', 'reason-required', '摘牌须填写原因', 'body.reason');
      return step('withdrawn', { withdrawal: { withdrawnOn: today, by: actor, reason: command.reason } }, command.reason);
    }
    case 'file-statistics': {
      if (base.statistics) {
        return refuse(
          'conflict',
          'statistics-already-filed',
          `该基地 ${base.year} 年度统计表已于 ${chineseDate(base.statistics.filedOn)}报送`,
        );
      }
      // Late tables are taken, flagged, not refused: the federation needs every base's figures for the
      // year's report either way, and a refusal would only push the late table back onto paper.
      const late = today > statisticsDeadline(base.year);
      return step('plaqued', { statistics: { ...command.statistics, filedOn: today, by: actor, late } });
    }
  }
}

/** Whether a base may file a training plan starting on `startsOn` today: while applied or plaqued, 10 days ahead. */
export function trainingPlanProblem(base: Pick<EmploymentBase, 'state'>, startsOn: string, now: Date): Refusal | undefined {
  if (base.state !== 'applied' && base.state !== 'plaqued') {
    return refuse('conflict', 'not-allowed', `基地当前状态为“${baseStateLabels[base.state]}”，不能报送培训计划`);
  }
  const today = shanghaiDay(now);
  const earliest = addDays(today, TRAINING_PLAN_LEAD_DAYS);
  if (startsOn < earliest) {
    return refuse(
      'invalid',
      'training-plan-too-late',
      `培训计划须在开班前至少 ${TRAINING_PLAN_LEAD_DAYS} 天报送：今天（${chineseDate(today)}）报送，开班日期最早为 ${chineseDate(earliest)}`,
      'body.startsOn',
    );
  }
  return undefined;
}

/** An opening as the placement rules see it. */
export interface OpeningTerms {
  positions: number;
  filled: number;
  welcomes: readonly SeekerGroup[];
  postedOn: string;
  closesOn: string;
}

/** Open while positions remain and the closing day has not passed; filled once every position is taken. */
export function openingStatus(opening: OpeningTerms, today: string): 'open' | 'filled' | 'closed' {
  if (opening.filled >= opening.positions) return 'filled';
  return today > opening.closesOn ? 'closed' : 'open';
}

/** A new opening must still be open to applicants and pay, by the month, no less than the local minimum wage. */
export function openingProblem(
  input: { monthlyWageYuan: number; closesOn: string },
  now: Date,
  params: EmploymentParameters = employmentParameters,
): Refusal | undefined {
  const today = shanghaiDay(now);
  if (input.closesOn < today) {
    return refuse(
      'invalid',
      'closing-date-passed',
      `截止日期（${chineseDate(input.closesOn)}）早于今天，岗位发布后无人能报名`,
      'body.closesOn',
    );
  }
  if (input.monthlyWageYuan < params.minimumMonthlyWageYuan) {
    return refuse(
      'invalid',
      'wage-below-minimum',
      `月工资 ${numberFormat.format(input.monthlyWageYuan)} 元低于当地最低工资标准 ${numberFormat.format(params.minimumMonthlyWageYuan)} 元`,
      'body.monthlyWageYuan',
    );
  }
  return undefined;
}

/**
 * Whether a job seeker of `group` may be placed in the opening: a position must remain, the opening must
 * welcome the group, and work cannot start before the opening was posted. Placements after the closing day
 * are taken: the day closes applications, and staff often register those hired from them later.
 */
export function placementProblem(
  opening: OpeningTerms,
  placement: { group: SeekerGroup; startsOn: string },
): Refusal | undefined {
  if (opening.filled >= opening.positions) {
    return refuse('conflict', 'opening-filled', `该岗位 ${opening.positions} 个名额已全部安置，不能再登记`);
  }
  if (!opening.welcomes.includes(placement.group)) {
    const welcomed = opening.welcomes.map((group) => seekerGroupLabels[group]).join('、');
    return refuse(
      'invalid',
      'group-not-welcomed',
      `该岗位面向${welcomed}，不接收${seekerGroupLabels[placement.group]}`,
      'body.group',
    );
  }
  if (placement.startsOn < opening.postedOn) {
    return refuse(
      'invalid',
      'start-before-posting',
      `到岗日期不能早于岗位发布日期（${chineseDate(opening.postedOn)}）`,
      'body.startsOn',
    );
  }
  return undefined;
}
