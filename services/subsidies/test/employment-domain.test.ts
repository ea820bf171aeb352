import { describe, expect, it } from 'vitest';
import {
  applyForBase,
  type BaseApplicationInput,
  type BaseFigures,
  baseFundPaymentId,
  checkStandards,
  decideBase,
  describeStandards,
  type EmploymentBase,
  type OpeningTerms,
  openingProblem,
  openingStatus,
  placementProblem,
  trainingPlanProblem,
} from '../src/domain/employment.ts';

/** 10:00 in Shanghai on a calendar day. */
const on = (day: string) => new Date(`${day}T02:00:00Z`);

const placementFigures: BaseFigures = {
  disabledEmployees: 12,
  annualOutputYuan: 350_000,
  incomePerPersonYuan: 26_000,
  contractYears: 3,
  lowestMonthlyWageYuan: 2_100,
  pensionInsurance: true,
  medicalInsurance: true,
};

const outreachFigures: BaseFigures = {
  householdsEngaged: 20,
  annualOutputYuan: 100_000,
  householdIncomePerCapitaYuan: 2_000,
  supportAgreements: true,
};

const application = (over: Partial<BaseApplicationInput> = {}): BaseApplicationInput => ({
  id: 'base-1',
  unitId: 'unit-1',
  unitName: '鹭江食品加工厂',
  area: '350203006029-03',
  year: 2026,
  type: 'placement',
  figures: placementFigures,
  ...over,
});

function appliedBase(over: Partial<BaseApplicationInput> = {}): EmploymentBase {
  const result = applyForBase(application(over), 'worker', on('2026-04-10'));
  if (!result.ok) throw new Error(result.message);
  return result.base;
}

function plaquedBase(): EmploymentBase {
  const result = decideBase(
    appliedBase(),
    { type: 'inspect', passed: true, findings: '达标', evidence: [{ kind: 'roster', description: '残疾职工花名册' }] },
    'inspector',
    on('2026-07-25'),
  );
  if (!result.ok) throw new Error(result.message);
  return result.base;
}

describe('checkStandards (基地标准 as data)', () => {
  it('passes a 企业安置型 base meeting every standard and explains each with its actual value', () => {
    const check = checkStandards('placement', placementFigures);

    expect(check.passed).toBe(true);
    expect(check.results.map((result) => result.figure)).toEqual([
      'disabledEmployees',
      'annualOutputYuan',
      'incomePerPersonYuan',
      'contractYears',
      'pensionInsurance',
      'medicalInsurance',
      'lowestMonthlyWageYuan',
    ]);
    expect(check.results[0]?.message).toBe('安置残疾人就业人数：12 人，达到“不少于 10 人”的标准');
    expect(check.results[1]?.message).toBe('基地年产值：350,000 元，达到“不少于 100,000 元”的标准');
    expect(check.results[4]?.message).toBe('为残疾职工缴纳社会养老保险：是，符合要求');
  });

  it('fails each unmet standard, naming the shortfall, a “no” and a figure not declared', () => {
    const check = checkStandards('placement', {
      ...placementFigures,
      disabledEmployees: 8,
      pensionInsurance: false,
      contractYears: undefined,
    });

    expect(check.passed).toBe(false);
    const failed = check.results.filter((result) => !result.passed);
    expect(failed.map((result) => result.message)).toEqual([
      '安置残疾人就业人数：8 人，未达到“不少于 10 人”的标准',
      '与残疾职工签订的劳动合同期限：未填报，未达到“不少于 3 年”的标准',
      '为残疾职工缴纳社会养老保险：否，不符合要求',
    ]);
  });

  it('takes the wage standard from the district-set minimum wage, marked as a district parameter', () => {
    const wage = checkStandards('placement', placementFigures).results.find(
      (result) => result.figure === 'lowestMonthlyWageYuan',
    );
    expect(wage).toMatchObject({ passed: true, districtParameter: 'minimumMonthlyWageYuan', actual: '2,100 元' });
    expect(wage?.required).toBe('不低于当地最低工资标准 2,030 元（区设参数）');

    const higher = checkStandards('placement', placementFigures, { minimumMonthlyWageYuan: 2_500 });
    expect(higher.passed).toBe(false);
    expect(higher.results.find((result) => !result.passed)?.message).toBe(
      '残疾职工最低月工资：2,100 元，未达到“不低于当地最低工资标准 2,500 元（区设参数）”的标准',
    );
  });

  it('holds a 辐射带动型 base to 20 households and 2,000 yuan per head, inclusive', () => {
    expect(checkStandards('outreach', outreachFigures).passed).toBe(true);
    const short = checkStandards('outreach', {
      ...outreachFigures,
      householdsEngaged: 19,
      householdIncomePerCapitaYuan: 1_999.5,
    });
    expect(short.results.filter((result) => !result.passed).map((result) => result.actual)).toEqual(['19 户', '1,999.5 元']);
    const noAgreements = checkStandards('outreach', { ...outreachFigures, supportAgreements: false });
    expect(noAgreements.results.at(-1)?.message).toBe('与从业残疾人户签订生产资料供应、技术服务、产品回收等协议：否，不符合要求');
  });

  it('describes the standards of both types for forms, with the district parameter in place', () => {
    const [placement, outreach] = describeStandards();
    expect(placement?.label).toBe('企业安置型');
    expect(outreach?.label).toBe('辐射带动型');
    expect(placement?.criteria.find((criterion) => criterion.figure === 'lowestMonthlyWageYuan')).toMatchObject({
      districtParameter: 'minimumMonthlyWageYuan',
      basis: '工资不得低于当地政府规定的最低工资标准',
    });
    expect(outreach?.criteria.map((criterion) => criterion.required)).toContain('不少于 20 户');
  });
});

describe('applyForBase (申报 by 30 April)', () => {
  it('admits an application on 30 April, Shanghai time, keeping the check it was admitted on', () => {
    const lastMinute = new Date('2026-04-30T15:59:00Z');
    const result = applyForBase(application(), 'worker', lastMinute);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.base).toMatchObject({ state: 'applied', appliedOn: '2026-04-30', appliedBy: 'worker' });
    expect(result.base.standards.every((criterion) => criterion.passed)).toBe(true);
    expect(result.base.history).toEqual([{ to: 'applied', command: 'apply', by: 'worker', at: lastMinute.toISOString() }]);
  });

  it('refuses this year’s application from 1 May (Shanghai), naming the deadline and the next one', () => {
    const result = applyForBase(application(), 'worker', new Date('2026-04-30T16:00:00Z'));
    expect(result).toMatchObject({ ok: false, kind: 'invalid', code: 'application-deadline-passed', field: 'body.year' });
    if (result.ok) return;
    expect(result.message).toContain('2026 年度就业扶贫基地申报已于 2026 年 4 月 30 日截止');
    expect(result.message).toContain('2027 年 4 月 30 日前申报下一年度');
  });

  it('takes next year’s application early, but no past year and none two years ahead', () => {
    expect(applyForBase(application({ year: 2027 }), 'worker', on('2026-12-01')).ok).toBe(true);
    expect(applyForBase(application({ year: 2025 }), 'worker', on('2026-01-05'))).toMatchObject({
      ok: false,
      code: 'application-year-out-of-range',
    });
    expect(applyForBase(application({ year: 2028 }), 'worker', on('2026-01-05'))).toMatchObject({
      ok: false,
      code: 'application-year-out-of-range',
    });
  });

  it('refuses figures below the standards with every reason in the message and the failures listed', () => {
    const result = applyForBase(
      application({ type: 'outreach', figures: { ...outreachFigures, householdsEngaged: 15 } }),
      'worker',
      on('2026-03-01'),
    );
    expect(result).toMatchObject({ ok: false, code: 'standards-not-met', kind: 'invalid' });
    if (result.ok) return;
    expect(result.message).toBe('申报的数据未达到辐射带动型基地标准：带动残疾人从业户数：15 户，未达到“不少于 20 户”的标准');
    expect(result.failures?.map((failure) => failure.figure)).toEqual(['householdsEngaged']);
  });
});

describe('decideBase (验收, 挂牌, 资金, 摘牌, 统计表)', () => {
  const evidence = [{ kind: 'photo' as const, description: '生产车间现场照片', objectKey: 'evidence/1.jpg' }];

  it('inspects only from 21 to 31 July of the base’s year, Shanghai time', () => {
    const base = appliedBase();
    const inspect = (instant: string) =>
      decideBase(base, { type: 'inspect', passed: true, findings: '达标', evidence }, 'inspector', new Date(instant));

    expect(inspect('2026-07-20T16:00:00Z').ok).toBe(true);
    expect(inspect('2026-07-31T15:59:00Z').ok).toBe(true);
    const early = inspect('2026-07-20T15:59:00Z');
    expect(early).toMatchObject({ ok: false, code: 'outside-inspection-window', kind: 'invalid' });
    if (!early.ok)
      expect(early.message).toBe(
        '2026 年度基地验收须在 2026 年 7 月 21 日至 2026 年 7 月 31 日（7 月下旬）登记，今天是 2026 年 7 月 20 日',
      );
    expect(inspect('2026-07-31T16:00:00Z')).toMatchObject({ ok: false, code: 'outside-inspection-window' });
    expect(inspect('2027-07-25T02:00:00Z')).toMatchObject({ ok: false, code: 'outside-inspection-window' });
  });

  it('grants the plaque on a passed inspection and keeps the evidence, without touching the input', () => {
    const base = appliedBase();
    const result = decideBase(
      base,
      { type: 'inspect', passed: true, findings: '资料齐全', evidence },
      'inspector',
      on('2026-07-25'),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.base).toMatchObject({
      state: 'plaqued',
      plaqueGrantedOn: '2026-07-25',
      inspection: { inspectedOn: '2026-07-25', by: 'inspector', passed: true, findings: '资料齐全', evidence },
    });
    expect(result.base.history.at(-1)).toMatchObject({ from: 'applied', to: 'plaqued', command: 'inspect' });
    expect(base.state).toBe('applied');
    expect(base.history).toHaveLength(1);
  });

  it('does not approve a failed inspection, with the findings as the reason, and refuses a second inspection', () => {
    const result = decideBase(
      appliedBase(),
      { type: 'inspect', passed: false, findings: '劳动合同不足三年', evidence },
      'inspector',
      on('2026-07-22'),
    );
    expect(result.ok && result.base.state).toBe('not-approved');
    if (!result.ok) return;
    expect(result.base.plaqueGrantedOn).toBeUndefined();
    expect(result.base.history.at(-1)?.reason).toBe('劳动合同不足三年');
    const again = decideBase(
      result.base,
      { type: 'inspect', passed: true, findings: '复查', evidence },
      'inspector',
      on('2026-07-23'),
    );
    expect(again).toMatchObject({
      ok: false,
      kind: 'conflict',
      code: 'not-allowed',
      message: '基地当前状态为“验收未达标”，不能登记验收',
    });
  });

  it('refuses an inspection without evidence', () => {
    const result = decideBase(
      appliedBase(),
      { type: 'inspect', passed: true, findings: '达标', evidence: [] },
      'i',
      on('2026-07-25'),
    );
    expect(result).toMatchObject({ ok: false, code: 'evidence-required', field: 'body.evidence' });
  });

  it('pays a plaqued base once a year under a payment key made of the base and the year', () => {
    expect(decideBase(appliedBase(), { type: 'pay-funds', amountFen: 100 }, 'admin', on('2026-05-01'))).toMatchObject({
      ok: false,
      code: 'not-allowed',
    });
    const paid = decideBase(plaquedBase(), { type: 'pay-funds', amountFen: 5_000_000 }, 'admin', on('2026-08-03'));
    expect(paid.ok).toBe(true);
    if (!paid.ok) return;
    expect(paid.base.fund).toEqual({ paymentId: 'base-1#2026', amountFen: 5_000_000, paidOn: '2026-08-03', by: 'admin' });
    expect(paid.base.state).toBe('plaqued');
    expect(baseFundPaymentId('base-1', 2026)).toBe(paid.base.fund?.paymentId);

    const twice = decideBase(paid.base, { type: 'pay-funds', amountFen: 5_000_000 }, 'admin', on('2026-08-04'));
    expect(twice).toMatchObject({ ok: false, kind: 'conflict', code: 'fund-already-paid' });
    if (!twice.ok) expect(twice.message).toBe('该基地 2026 年度扶持资金已于 2026 年 8 月 3 日拨付 50000.00 元，每年只拨付一次');
  });

  it('withdraws a plaqued base’s plaque with a reason, after which nothing more is paid or filed', () => {
    expect(decideBase(appliedBase(), { type: 'withdraw-plaque', reason: '不达标' }, 'a', on('2026-06-01'))).toMatchObject({
      ok: false,
      code: 'not-allowed',
    });
    expect(decideBase(plaquedBase(), { type: 'withdraw-plaque', reason: ' ' }, 'a', on('2026-09-01'))).toMatchObject({
      ok: false,
      code: 'reason-required',
    });
    const withdrawn = decideBase(
      plaquedBase(),
      { type: 'withdraw-plaque', reason: '安置残疾人不足 10 人' },
      'a',
      on('2026-09-01'),
    );
    expect(withdrawn.ok && withdrawn.base.withdrawal).toEqual({
      withdrawnOn: '2026-09-01',
      by: 'a',
      reason: '安置残疾人不足 10 人',
    });
    if (!withdrawn.ok) return;
    expect(withdrawn.base.state).toBe('withdrawn');
    expect(decideBase(withdrawn.base, { type: 'pay-funds', amountFen: 1 }, 'a', on('2026-09-02'))).toMatchObject({
      ok: false,
      message: '基地当前状态为“已摘牌”，不能拨付扶持资金',
    });
  });

  it('takes the statistics table on 10 November as on time, after it as late, and only once', () => {
    const statistics = {
      disabledEmployed: 12,
      householdsSupported: 0,
      personsLiftedOutOfPoverty: 9,
      incomePerPersonYuan: 26_000,
      annualOutputYuan: 350_000,
      trainees: 12,
      summary: '全年安置残疾职工 12 人',
      nextYearPlan: '新增安置 10 人',
    };
    const onTime = decideBase(plaquedBase(), { type: 'file-statistics', statistics }, 'unit', new Date('2026-11-10T15:59:00Z'));
    expect(onTime.ok && onTime.base.statistics).toMatchObject({ filedOn: '2026-11-10', late: false, disabledEmployed: 12 });
    const late = decideBase(plaquedBase(), { type: 'file-statistics', statistics }, 'unit', new Date('2026-11-10T16:00:00Z'));
    expect(late.ok && late.base.statistics).toMatchObject({ filedOn: '2026-11-11', late: true });
    if (!onTime.ok) return;
    expect(decideBase(onTime.base, { type: 'file-statistics', statistics }, 'unit', on('2026-11-12'))).toMatchObject({
      ok: false,
      code: 'statistics-already-filed',
    });
    expect(decideBase(appliedBase(), { type: 'file-statistics', statistics }, 'unit', on('2026-11-01'))).toMatchObject({
      ok: false,
      code: 'not-allowed',
    });
  });
});

describe('trainingPlanProblem (提前 10 天报送)', () => {
  it('takes a plan starting 10 days from today and refuses 9, naming the earliest start', () => {
    expect(trainingPlanProblem({ state: 'plaqued' }, '2026-05-20', on('2026-05-10'))).toBeUndefined();
    expect(trainingPlanProblem({ state: 'applied' }, '2026-06-01', on('2026-05-10'))).toBeUndefined();
    expect(trainingPlanProblem({ state: 'plaqued' }, '2026-05-19', on('2026-05-10'))).toEqual({
      ok: false,
      kind: 'invalid',
      code: 'training-plan-too-late',
      field: 'body.startsOn',
      message: '培训计划须在开班前至少 10 天报送：今天（2026 年 5 月 10 日）报送，开班日期最早为 2026 年 5 月 20 日',
    });
  });

  it('counts days in Shanghai: at 23:30 on 10 May the earliest start is 20 May', () => {
    expect(trainingPlanProblem({ state: 'plaqued' }, '2026-05-20', new Date('2026-05-10T15:30:00Z'))).toBeUndefined();
    expect(trainingPlanProblem({ state: 'plaqued' }, '2026-05-20', new Date('2026-05-10T16:30:00Z'))?.code).toBe(
      'training-plan-too-late',
    );
  });

  it('refuses plans of a base not approved or withdrawn', () => {
    expect(trainingPlanProblem({ state: 'withdrawn' }, '2026-12-01', on('2026-05-10'))).toMatchObject({
      kind: 'conflict',
      code: 'not-allowed',
    });
    expect(trainingPlanProblem({ state: 'not-approved' }, '2026-12-01', on('2026-05-10'))?.code).toBe('not-allowed');
  });
});

describe('job openings and placements', () => {
  const opening: OpeningTerms = {
    positions: 2,
    filled: 0,
    welcomes: ['migrant', 'laid-off'],
    postedOn: '2026-03-10',
    closesOn: '2026-04-10',
  };

  it('refuses an opening closing before today or paying under the local minimum wage', () => {
    expect(openingProblem({ monthlyWageYuan: 3_500, closesOn: '2026-03-10' }, on('2026-03-10'))).toBeUndefined();
    expect(openingProblem({ monthlyWageYuan: 3_500, closesOn: '2026-03-09' }, on('2026-03-10'))?.code).toBe(
      'closing-date-passed',
    );
    expect(openingProblem({ monthlyWageYuan: 1_800, closesOn: '2026-04-01' }, on('2026-03-10'))).toMatchObject({
      code: 'wage-below-minimum',
      field: 'body.monthlyWageYuan',
      message: '月工资 1,800 元低于当地最低工资标准 2,030 元',
    });
  });

  it('is open until its closing day, then closed, and filled once every position is taken', () => {
    expect(openingStatus(opening, '2026-04-10')).toBe('open');
    expect(openingStatus(opening, '2026-04-11')).toBe('closed');
    expect(openingStatus({ ...opening, filled: 2 }, '2026-03-11')).toBe('filled');
  });

  it('places only welcomed groups, from the posting day, while a position remains', () => {
    expect(placementProblem(opening, { group: 'migrant', startsOn: '2026-03-10' })).toBeUndefined();
    expect(placementProblem(opening, { group: 'disabled', startsOn: '2026-03-15' })).toMatchObject({
      kind: 'invalid',
      code: 'group-not-welcomed',
      message: '该岗位面向流动人口、下岗失业人员，不接收残疾人',
    });
    expect(placementProblem(opening, { group: 'laid-off', startsOn: '2026-03-09' })?.code).toBe('start-before-posting');
    expect(placementProblem({ ...opening, filled: 2 }, { group: 'migrant', startsOn: '2026-03-15' })).toMatchObject({
      kind: 'conflict',
      code: 'opening-filled',
      message: '该岗位 2 个名额已全部安置，不能再登记',
    });
  });
});
