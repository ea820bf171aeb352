import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { newId, sharedDocumentClient } from '@shequ/ddb';
import { tableOf } from '@shequ/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, claimsFor } from '../../../test/support/http.ts';
import { outboxEvents } from '../../../test/support/outbox.ts';
import { createServiceTables } from '../../../test/support/tables.ts';
import { decideBase } from '../src/domain/employment.ts';
import { createHandler as applyAt } from '../src/handlers/apply-for-employment-base.ts';
import { handler as checkStandards } from '../src/handlers/check-employment-standards.ts';
import { createHandler as fileStatisticsAt } from '../src/handlers/file-employment-base-statistics.ts';
import { createHandler as fileTrainingPlanAt } from '../src/handlers/file-employment-training-plan.ts';
import { handler as getBase } from '../src/handlers/get-employment-base.ts';
import { handler as getStandards } from '../src/handlers/get-employment-standards.ts';
import { createHandler as getOpeningAt } from '../src/handlers/get-job-opening.ts';
import { createHandler as inspectAt } from '../src/handlers/inspect-employment-base.ts';
import { createHandler as listBasesAt } from '../src/handlers/list-employment-bases.ts';
import { handler as listTrainingPlans } from '../src/handlers/list-employment-training-plans.ts';
import { createHandler as listOpeningsAt } from '../src/handlers/list-job-openings.ts';
import { handler as listPlacements } from '../src/handlers/list-job-placements.ts';
import { createHandler as payFundsAt } from '../src/handlers/pay-employment-base-funds.ts';
import { createHandler as postOpeningAt } from '../src/handlers/post-job-opening.ts';
import { createHandler as placeAt } from '../src/handlers/register-job-placement.ts';
import { createHandler as withdrawAt } from '../src/handlers/withdraw-employment-base-plaque.ts';
import { defaultSubsidiesDeps } from '../src/store/deps.ts';
import { type BaseRecord, FundAlreadyPaidError, payBaseFunds, getBase as readBase } from '../src/store/employment.ts';

const district = '350203';
const subdistrict = `${district}006`;
const community = `${subdistrict}029`;
const grid = `${community}-03`;
const neighbour = `${subdistrict}030`;
const worker = claimsFor('community-worker', [community]);
const unitAccount = claimsFor('unit', [community]);
const inspector = claimsFor('subdistrict-staff', [subdistrict]);
const admin = claimsFor('district-admin', [district]);
const outsider = claimsFor('community-worker', [neighbour]);
const otherInspector = claimsFor('subdistrict-staff', [`${district}007`]);

/** Deps on a fixed Shanghai day (10:00 by default) whose clock moves a second per read, so ids keep their order. */
function on(day: string, utcTime = '02:00:00') {
  let ticks = 0;
  return () => ({ ...defaultSubsidiesDeps(), now: () => new Date(Date.parse(`${day}T${utcTime}Z`) + ticks++ * 1000) });
}

type Options = { day?: string; claims?: Record<string, unknown>; headers?: Record<string, string> };

const placementFigures = {
  disabledEmployees: 12,
  annualOutputYuan: 350_000,
  incomePerPersonYuan: 26_000,
  contractYears: 3,
  lowestMonthlyWageYuan: 2_100,
  pensionInsurance: true,
  medicalInsurance: true,
};

const baseBody = (overrides: Record<string, unknown> = {}) => ({
  type: 'placement',
  unitId: newId(),
  unitName: '鹭江食品加工厂',
  area: grid,
  year: 2026,
  contactName: '陈厂长',
  figures: placementFigures,
  ...overrides,
});

const apply = (body: unknown, { day = '2026-04-20', claims = worker, headers }: Options = {}) =>
  call(applyAt(on(day)), 'POST', '/subsidies/employment/bases', { body, claims, ...(headers ? { headers } : {}) });

const evidence = [
  { kind: 'photo', description: '生产车间现场照片', objectKey: 'evidence/2026/workshop.jpg' },
  { kind: 'roster', description: '残疾职工花名册及工资发放表' },
];

const inspect = (id: string, body: Record<string, unknown>, { day = '2026-07-25', claims = inspector }: Options = {}) =>
  call(inspectAt(on(day)), 'POST', '/subsidies/employment/bases/{id}/inspection', {
    params: { id },
    body: { passed: true, findings: '劳动合同、保险缴纳记录和花名册齐全，达到标准', evidence, version: 1, ...body },
    claims,
  });

const pay = (id: string, body: Record<string, unknown>, { day = '2026-08-03', claims = admin, headers }: Options = {}) =>
  call(payFundsAt(on(day)), 'POST', '/subsidies/employment/bases/{id}/funds', {
    params: { id },
    body,
    claims,
    ...(headers ? { headers } : {}),
  });

const withdraw = (id: string, body: Record<string, unknown>, { day = '2026-09-15', claims = inspector }: Options = {}) =>
  call(withdrawAt(on(day)), 'POST', '/subsidies/employment/bases/{id}/withdrawal', { params: { id }, body, claims });

const statisticsBody = (version: number) => ({
  disabledEmployed: 12,
  householdsSupported: 0,
  personsLiftedOutOfPoverty: 9,
  incomePerPersonYuan: 26_000,
  annualOutputYuan: 380_000,
  trainees: 12,
  summary: '全年安置残疾职工 12 人，工资按月兑现',
  nextYearPlan: '新增安置残疾人 10 人，开展两期编织技能培训',
  version,
});

const fileStatistics = (id: string, body: Record<string, unknown>, { day = '2026-11-05', claims = unitAccount }: Options = {}) =>
  call(fileStatisticsAt(on(day)), 'POST', '/subsidies/employment/bases/{id}/statistics', { params: { id }, body, claims });

const trainingBody = (overrides: Record<string, unknown> = {}) => ({
  title: '残疾人手工编织技能培训班',
  content: '竹编、藤编基本技法，每期 5 天',
  startsOn: '2026-05-20',
  endsOn: '2026-05-24',
  location: '基地二楼培训室',
  plannedTrainees: 15,
  ...overrides,
});

const fileTrainingPlan = (id: string, body: unknown, { day = '2026-05-10', claims = unitAccount }: Options = {}) =>
  call(fileTrainingPlanAt(on(day)), 'POST', '/subsidies/employment/bases/{id}/training-plans', { params: { id }, body, claims });

const read = async (id: string, claims = worker) =>
  call(getBase, 'GET', '/subsidies/employment/bases/{id}', { params: { id }, claims });

const baseEvents = (type: string, baseId: string) => outboxEvents('subsidies', type, { baseId });

async function appliedBase(overrides: Record<string, unknown> = {}): Promise<{ id: string; unitId: string }> {
  const response = await apply(baseBody(overrides));
  expect(response.status).toBe(201);
  return { id: response.json.id, unitId: response.json.unitId };
}

async function plaquedBase(overrides: Record<string, unknown> = {}): Promise<string> {
  const { id } = await appliedBase(overrides);
  const inspected = await inspect(id, {});
  expect(inspected.json.state).toBe('plaqued');
  return id;
}

beforeAll(createServiceTables);

describe('standards (基地标准)', () => {
  it('lists both types’ standards with the district-set minimum wage and the year’s deadlines', async () => {
    const response = await call(getStandards, 'GET', '/subsidies/employment/standards', { claims: unitAccount });

    expect(response.status).toBe(200);
    expect(response.json.types.map((type: { label: string }) => type.label)).toEqual(['企业安置型', '辐射带动型']);
    expect(response.json.districtParameters).toEqual({ minimumMonthlyWageYuan: 2030 });
    expect(response.json.types[0].criteria).toContainEqual({
      figure: 'lowestMonthlyWageYuan',
      label: '残疾职工最低月工资',
      required: '不低于当地最低工资标准 2,030 元（区设参数）',
      basis: '工资不得低于当地政府规定的最低工资标准',
      districtParameter: 'minimumMonthlyWageYuan',
    });
    expect(response.json.deadlines).toMatchObject({ application: '每年 4 月 30 日前申报当年度基地', trainingPlanLeadDays: 10 });
  });

  it('checks declared figures criterion by criterion in Chinese, storing nothing', async () => {
    const response = await call(checkStandards, 'POST', '/subsidies/employment/standards/check', {
      body: {
        type: 'outreach',
        figures: {
          householdsEngaged: 18,
          annualOutputYuan: 120_000,
          householdIncomePerCapitaYuan: 2_400,
          supportAgreements: true,
        },
      },
      claims: unitAccount,
    });

    expect(response.status).toBe(200);
    expect(response.json.passed).toBe(false);
    expect(response.json.results.filter((result: { passed: boolean }) => !result.passed)).toEqual([
      {
        figure: 'householdsEngaged',
        label: '带动残疾人从业户数',
        passed: false,
        required: '不少于 20 户',
        actual: '18 户',
        message: '带动残疾人从业户数：18 户，未达到“不少于 20 户”的标准',
      },
    ]);
  });

  it('refuses an unknown type and missing figures with Chinese field errors', async () => {
    const unknownType = await call(checkStandards, 'POST', '/subsidies/employment/standards/check', {
      body: { type: 'farm', figures: {} },
      claims: unitAccount,
    });
    expect(unknownType.status).toBe(422);
    expect(unknownType.headers['content-type']).toContain('application/problem+json');
    expect(unknownType.json.errors[0]).toEqual({
      field: 'body.type',
      message: '基地类型须为 placement（企业安置型）或 outreach（辐射带动型）',
    });

    const { pensionInsurance: _omitted, ...withoutPension } = placementFigures;
    const missing = await call(checkStandards, 'POST', '/subsidies/employment/standards/check', {
      body: { type: 'placement', figures: { ...withoutPension, annualOutputYuan: 100_000.123 } },
      claims: unitAccount,
    });
    expect(missing.status).toBe(422);
    expect(missing.json.errors).toEqual(
      expect.arrayContaining([
        { field: 'body.figures.pensionInsurance', message: '请填写是否为残疾职工缴纳社会养老保险' },
        { field: 'body.figures.annualOutputYuan', message: '基地年产值最多保留两位小数（精确到分）' },
      ]),
    );
  });
});

describe('POST /subsidies/employment/bases (申报)', () => {
  it('takes a unit’s own application by 30 April, checked against the standards, with EmploymentBaseApplied', async () => {
    const body = baseBody();
    const response = await apply(body, { claims: unitAccount });

    expect(response.status).toBe(201);
    expect(response.json).toMatchObject({
      unitId: body.unitId,
      unitName: '鹭江食品加工厂',
      area: grid,
      year: 2026,
      type: 'placement',
      typeLabel: '企业安置型',
      state: 'applied',
      stateLabel: '已申报待验收',
      appliedOn: '2026-04-20',
      appliedBy: unitAccount.sub,
      contactName: '陈厂长',
      version: 1,
    });
    expect(response.json.standards).toHaveLength(7);
    expect(response.json.standards.every((criterion: { passed: boolean }) => criterion.passed)).toBe(true);
    const [event] = await baseEvents('EmploymentBaseApplied', response.json.id);
    expect(event?.area).toBe(grid);
    expect(event?.data).toEqual({
      baseId: response.json.id,
      unitId: body.unitId,
      unitName: '鹭江食品加工厂',
      area: grid,
      year: 2026,
      type: 'placement',
      disabledEmployees: 12,
      appliedOn: '2026-04-20',
      by: unitAccount.sub,
    });
  });

  it('takes this year’s application until 30 April and refuses it from 1 May (Shanghai), storing nothing', async () => {
    const lastMinute = await call(applyAt(on('2026-04-30', '15:59:00')), 'POST', '/subsidies/employment/bases', {
      body: baseBody(),
      claims: worker,
    });
    expect(lastMinute.status).toBe(201);
    expect(lastMinute.json.appliedOn).toBe('2026-04-30');

    const afterDeadline = baseBody();
    const response = await call(applyAt(on('2026-04-30', '16:00:00')), 'POST', '/subsidies/employment/bases', {
      body: afterDeadline,
      claims: worker,
    });
    expect(response.status).toBe(422);
    expect(response.json.code).toBe('application-deadline-passed');
    expect(response.json.detail).toBe(
      '2026 年度就业扶贫基地申报已于 2026 年 4 月 30 日截止，今天（2026 年 5 月 1 日）不再受理；请于 2027 年 4 月 30 日前申报下一年度',
    );
    expect(response.json.errors).toEqual([{ field: 'body.year', message: response.json.detail }]);
    expect(await outboxEvents('subsidies', 'EmploymentBaseApplied', { unitId: afterDeadline.unitId })).toEqual([]);

    const nextYear = await apply({ ...afterDeadline, year: 2027 }, { day: '2026-05-01' });
    expect(nextYear.status).toBe(201);
    expect(nextYear.json.year).toBe(2027);
  });

  it('refuses figures below the standards, naming each unmet standard with its actual value', async () => {
    const body = baseBody({ figures: { ...placementFigures, disabledEmployees: 8, lowestMonthlyWageYuan: 1_900 } });
    const response = await apply(body);

    expect(response.status).toBe(422);
    expect(response.json.code).toBe('standards-not-met');
    expect(response.json.errors).toEqual([
      { field: 'body.figures.disabledEmployees', message: '安置残疾人就业人数：8 人，未达到“不少于 10 人”的标准' },
      {
        field: 'body.figures.lowestMonthlyWageYuan',
        message: '残疾职工最低月工资：1,900 元，未达到“不低于当地最低工资标准 2,030 元（区设参数）”的标准',
      },
    ]);
    expect(response.json.detail).toContain('申报的数据未达到企业安置型基地标准');
    expect(await outboxEvents('subsidies', 'EmploymentBaseApplied', { unitId: body.unitId })).toEqual([]);
  });

  it('takes one application per unit and year', async () => {
    const { id, unitId } = await appliedBase();
    const again = await apply(baseBody({ unitId }));
    expect(again.status).toBe(409);
    expect(again.json.code).toBe('base-exists');
    expect(again.json.detail).toBe(`该单位已申报 2026 年度就业扶贫基地（基地编号 ${id}），每个单位每年度只能申报一次`);
    expect(await outboxEvents('subsidies', 'EmploymentBaseApplied', { unitId })).toHaveLength(1);
  });

  it('answers a retried application with the first answer, storing it once', async () => {
    const body = baseBody();
    const headers = { 'idempotency-key': `base-${body.unitId}` };
    const first = await apply(body, { headers });
    const retry = await apply(body, { headers });

    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json.id).toBe(first.json.id);
    expect(await outboxEvents('subsidies', 'EmploymentBaseApplied', { unitId: body.unitId })).toHaveLength(1);
  });

  it('refuses callers outside the area, residents and malformed figures — in Chinese', async () => {
    expect((await apply(baseBody(), { claims: outsider })).status).toBe(403);
    expect((await apply(baseBody(), { claims: claimsFor('unit', [neighbour]) })).status).toBe(403);
    expect((await apply(baseBody(), { claims: claimsFor('resident', [community]) })).status).toBe(403);

    const bad = await apply(baseBody({ area: subdistrict, figures: { ...placementFigures, disabledEmployees: -1 } }));
    expect(bad.status).toBe(422);
    expect(bad.json.errors).toEqual(
      expect.arrayContaining([
        { field: 'body.area', message: '地区须为社区（12 位代码）或其网格（如 350203006029-03）' },
        { field: 'body.figures.disabledEmployees', message: '安置残疾人就业人数不能为负数' },
      ]),
    );
  });
});

describe('inspection and plaque (验收, 挂牌)', () => {
  it('records a passed late-July inspection with its evidence and grants the plaque, raising both events', async () => {
    const { id } = await appliedBase();
    const response = await inspect(id, {});

    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({
      state: 'plaqued',
      stateLabel: '已挂牌',
      plaqueGrantedOn: '2026-07-25',
      inspection: { inspectedOn: '2026-07-25', by: inspector.sub, passed: true, evidence },
      version: 2,
    });
    expect(response.json.history.map((entry: { command: string }) => entry.command)).toEqual(['apply', 'inspect']);
    const [inspected] = await baseEvents('EmploymentBaseInspected', id);
    expect(inspected?.data).toMatchObject({
      passed: true,
      inspectedOn: '2026-07-25',
      evidenceCount: 2,
      to: 'plaqued',
      by: inspector.sub,
    });
    const [granted] = await baseEvents('EmploymentBasePlaqueGranted', id);
    expect(granted?.data).toMatchObject({ baseId: id, unitName: '鹭江食品加工厂', grantedOn: '2026-07-25', year: 2026 });
  });

  it('refuses an inspection outside 21–31 July, changing nothing', async () => {
    const { id } = await appliedBase();
    const early = await inspect(id, {}, { day: '2026-07-20' });
    expect(early.status).toBe(422);
    expect(early.json.code).toBe('outside-inspection-window');
    expect(early.json.detail).toBe(
      '2026 年度基地验收须在 2026 年 7 月 21 日至 2026 年 7 月 31 日（7 月下旬）登记，今天是 2026 年 7 月 20 日',
    );
    expect((await inspect(id, {}, { day: '2026-08-01' })).json.code).toBe('outside-inspection-window');

    const unchanged = await read(id);
    expect(unchanged.json).toMatchObject({ state: 'applied', version: 1 });
    expect(await baseEvents('EmploymentBaseInspected', id)).toEqual([]);
  });

  it('records a failed inspection as not approved, after which no plaque, funds or second inspection', async () => {
    const { id } = await appliedBase();
    const failed = await inspect(id, { passed: false, findings: '劳动合同期限不足三年，未缴纳医疗保险' });
    expect(failed.status).toBe(200);
    expect(failed.json).toMatchObject({ state: 'not-approved', stateLabel: '验收未达标', inspection: { passed: false } });
    expect(failed.json.plaqueGrantedOn).toBeUndefined();
    expect(await baseEvents('EmploymentBasePlaqueGranted', id)).toEqual([]);

    const again = await inspect(id, { version: 2 }, { day: '2026-07-28' });
    expect(again.status).toBe(409);
    expect(again.json.detail).toBe('基地当前状态为“验收未达标”，不能登记验收');
    expect((await pay(id, { amountYuan: 10_000, version: 2 })).json.code).toBe('not-allowed');
    expect((await withdraw(id, { reason: '不达标', version: 2 })).status).toBe(409);
  });

  it('refuses a stale version with 409, inspections without evidence, and the wrong roles or areas', async () => {
    const { id } = await appliedBase();
    const stale = await inspect(id, { version: 3 });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe('concurrent-modification');

    const noEvidence = await inspect(id, { evidence: [] });
    expect(noEvidence.status).toBe(422);
    expect(noEvidence.json.errors).toEqual([{ field: 'body.evidence', message: '请至少登记一项验收佐证材料' }]);

    expect((await inspect(id, {}, { claims: worker })).status).toBe(403);
    expect((await inspect(id, {}, { claims: otherInspector })).status).toBe(403);
    expect((await inspect('0000000000000000000', {})).status).toBe(404);
    expect((await read(id)).json.version).toBe(1);
  });
});

describe('support funds (扶持资金直接拨付到基地)', () => {
  it('pays a plaqued base in fen under the payment key of the base and year, with EmploymentBaseFundsPaid', async () => {
    const id = await plaquedBase();
    const response = await pay(id, { amountYuan: 50_000.5, version: 2 });

    expect(response.status).toBe(200);
    expect(response.json.fund).toEqual({
      paymentId: `${id}#2026`,
      amountFen: 5_000_050,
      amountYuan: 50_000.5,
      paidOn: '2026-08-03',
      by: admin.sub,
    });
    const stored = await sharedDocumentClient().send(
      new GetCommand({ TableName: tableOf('subsidies'), Key: { pk: `BASE#${id}`, sk: 'FUND#2026' } }),
    );
    expect(stored.Item).toMatchObject({ paymentId: `${id}#2026`, amountFen: 5_000_050, unitName: '鹭江食品加工厂' });
    const [event] = await baseEvents('EmploymentBaseFundsPaid', id);
    expect(event?.data).toMatchObject({ paymentId: `${id}#2026`, amountFen: 5_000_050, paidOn: '2026-08-03' });
  });

  it('pays a base once a year: a second payment is 409, a retry with the same key replays the first', async () => {
    const id = await plaquedBase();
    const headers = { 'idempotency-key': `fund-${id}` };
    const first = await pay(id, { amountYuan: 30_000, version: 2 }, { headers });
    const retry = await pay(id, { amountYuan: 30_000, version: 2 }, { headers });
    expect(retry.status).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json).toEqual(first.json);

    const second = await pay(id, { amountYuan: 30_000, version: 3 }, { day: '2026-08-10' });
    expect(second.status).toBe(409);
    expect(second.json.code).toBe('fund-already-paid');
    expect(second.json.detail).toBe('该基地 2026 年度扶持资金已于 2026 年 8 月 3 日拨付 30000.00 元，每年只拨付一次');
    expect(await baseEvents('EmploymentBaseFundsPaid', id)).toHaveLength(1);
  });

  it('holds the payment key even against a writer that read the base before the first payment', async () => {
    const id = await plaquedBase();
    const deps = on('2026-08-03')();
    const before = (await readBase(deps, id, true)) as BaseRecord;
    expect((await pay(id, { amountYuan: 20_000, version: 2 })).status).toBe(200);

    const decided = decideBase(before, { type: 'pay-funds', amountFen: 2_000_000 }, 'racer', deps.now());
    expect(decided.ok).toBe(true);
    if (!decided.ok) return;
    await expect(payBaseFunds(deps, before, decided.base)).rejects.toBeInstanceOf(FundAlreadyPaidError);
    expect(await baseEvents('EmploymentBaseFundsPaid', id)).toHaveLength(1);
  });

  it('refuses an unplaqued base, amounts that are not positive yuan to the fen, and anyone but district staff', async () => {
    const { id } = await appliedBase();
    const unplaqued = await pay(id, { amountYuan: 10_000, version: 1 });
    expect(unplaqued.status).toBe(409);
    expect(unplaqued.json.detail).toBe('基地当前状态为“已申报待验收”，不能拨付扶持资金');

    const plaqued = await plaquedBase();
    const zero = await pay(plaqued, { amountYuan: 0, version: 2 });
    expect(zero.status).toBe(422);
    expect(zero.json.errors).toEqual([{ field: 'body.amountYuan', message: '拨付金额须大于 0' }]);
    expect((await pay(plaqued, { amountYuan: 10.005, version: 2 })).json.errors[0].message).toBe(
      '拨付金额最多保留两位小数（精确到分）',
    );
    expect((await pay(plaqued, { amountYuan: 10_000, version: 2 }, { claims: inspector })).status).toBe(403);
    expect(await baseEvents('EmploymentBaseFundsPaid', plaqued)).toEqual([]);
  });
});

describe('plaque withdrawal (摘牌)', () => {
  it('withdraws a plaqued base’s plaque with its reason; no training plan or funds afterwards', async () => {
    const id = await plaquedBase();
    const noReason = await withdraw(id, { reason: '  ', version: 2 });
    expect(noReason.status).toBe(422);
    expect(noReason.json.errors[0]).toEqual({ field: 'body.reason', message: '请填写摘牌原因' });

    const response = await withdraw(id, { reason: '复查不达标：安置残疾人不足 10 人', version: 2 });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({
      state: 'withdrawn',
      stateLabel: '已摘牌',
      withdrawal: { withdrawnOn: '2026-09-15', by: inspector.sub, reason: '复查不达标：安置残疾人不足 10 人' },
    });
    const [event] = await baseEvents('EmploymentBasePlaqueWithdrawn', id);
    expect(event?.data).toMatchObject({ reason: '复查不达标：安置残疾人不足 10 人', withdrawnOn: '2026-09-15' });

    const plan = await fileTrainingPlan(id, trainingBody({ startsOn: '2026-10-10', endsOn: undefined }), { day: '2026-09-20' });
    expect(plan.status).toBe(409);
    expect(plan.json.detail).toBe('基地当前状态为“已摘牌”，不能报送培训计划');
    expect((await pay(id, { amountYuan: 1_000, version: 3 })).status).toBe(409);
  });

  it('refuses to withdraw a plaque never granted, a stale version, and community workers', async () => {
    const { id } = await appliedBase();
    const never = await withdraw(id, { reason: '不达标', version: 1 });
    expect(never.status).toBe(409);
    expect(never.json.detail).toBe('基地当前状态为“已申报待验收”，不能摘牌');

    const plaqued = await plaquedBase();
    expect((await withdraw(plaqued, { reason: '不达标', version: 1 })).json.code).toBe('concurrent-modification');
    expect((await withdraw(plaqued, { reason: '不达标', version: 2 }, { claims: worker })).status).toBe(403);
    expect(await baseEvents('EmploymentBasePlaqueWithdrawn', plaqued)).toEqual([]);
  });
});

describe('yearly statistics table (11 月 10 日前报送)', () => {
  it('takes the table on 10 November as on time and once only', async () => {
    const id = await plaquedBase();
    const response = await fileStatistics(id, statisticsBody(2), { day: '2026-11-10' });

    expect(response.status).toBe(200);
    expect(response.json.statistics).toMatchObject({
      disabledEmployed: 12,
      filedOn: '2026-11-10',
      by: unitAccount.sub,
      late: false,
    });
    const [event] = await baseEvents('EmploymentBaseStatisticsFiled', id);
    expect(event?.data).toMatchObject({ late: false, disabledEmployed: 12, personsLiftedOutOfPoverty: 9, filedOn: '2026-11-10' });

    const again = await fileStatistics(id, statisticsBody(3), { day: '2026-11-10' });
    expect(again.status).toBe(409);
    expect(again.json.code).toBe('statistics-already-filed');
  });

  it('accepts a late table but flags it late', async () => {
    const id = await plaquedBase();
    const response = await fileStatistics(id, statisticsBody(2), { day: '2026-11-12' });

    expect(response.status).toBe(200);
    expect(response.json.statistics).toMatchObject({ filedOn: '2026-11-12', late: true });
    const [event] = await baseEvents('EmploymentBaseStatisticsFiled', id);
    expect(event?.data.late).toBe(true);
  });

  it('refuses a base not plaqued, a stale version and an incomplete table', async () => {
    const { id } = await appliedBase();
    expect((await fileStatistics(id, statisticsBody(1))).json.code).toBe('not-allowed');

    const plaqued = await plaquedBase();
    expect((await fileStatistics(plaqued, statisticsBody(1))).status).toBe(409);
    const { summary: _summary, ...incomplete } = statisticsBody(2);
    const missing = await fileStatistics(plaqued, incomplete);
    expect(missing.status).toBe(422);
    expect(missing.json.errors).toEqual([{ field: 'body.summary', message: '请填写当年工作总结' }]);
    expect(await baseEvents('EmploymentBaseStatisticsFiled', plaqued)).toEqual([]);
  });
});

describe('training plans (培训计划提前 10 天报送)', () => {
  it('files a plan 10 days ahead with EmploymentTrainingPlanFiled and lists it', async () => {
    const { id } = await appliedBase();
    const response = await fileTrainingPlan(id, trainingBody());

    expect(response.status).toBe(201);
    expect(response.json).toMatchObject({
      baseId: id,
      area: grid,
      year: 2026,
      title: '残疾人手工编织技能培训班',
      startsOn: '2026-05-20',
      plannedTrainees: 15,
      filedOn: '2026-05-10',
      filedBy: unitAccount.sub,
    });
    const [event] = await baseEvents('EmploymentTrainingPlanFiled', id);
    expect(event?.data).toMatchObject({
      planId: response.json.id,
      startsOn: '2026-05-20',
      plannedTrainees: 15,
      filedOn: '2026-05-10',
    });

    const listed = await call(listTrainingPlans, 'GET', '/subsidies/employment/bases/{id}/training-plans', {
      params: { id },
      claims: worker,
    });
    expect(listed.json.items.map((plan: { id: string }) => plan.id)).toEqual([response.json.id]);
  });

  it('refuses a plan filed less than 10 days ahead, naming the earliest start date', async () => {
    const { id } = await appliedBase();
    const response = await fileTrainingPlan(id, trainingBody({ startsOn: '2026-05-19' }));

    expect(response.status).toBe(422);
    expect(response.json.code).toBe('training-plan-too-late');
    expect(response.json.errors).toEqual([
      {
        field: 'body.startsOn',
        message: '培训计划须在开班前至少 10 天报送：今天（2026 年 5 月 10 日）报送，开班日期最早为 2026 年 5 月 20 日',
      },
    ]);
    expect(await baseEvents('EmploymentTrainingPlanFiled', id)).toEqual([]);
  });

  it('refuses an end before the start and callers outside the base’s area', async () => {
    const { id } = await appliedBase();
    const backwards = await fileTrainingPlan(id, trainingBody({ endsOn: '2026-05-18' }));
    expect(backwards.status).toBe(422);
    expect(backwards.json.errors).toEqual([{ field: 'body.endsOn', message: '结业日期不能早于开班日期' }]);
    expect((await fileTrainingPlan(id, trainingBody(), { claims: claimsFor('unit', [neighbour]) })).status).toBe(403);
  });
});

describe('GET /subsidies/employment/bases', () => {
  const list = (query: Record<string, string>, claims: Record<string, unknown> = admin, day = '2026-09-01') =>
    call(listBasesAt(on(day)), 'GET', '/subsidies/employment/bases', { query, claims });

  let here: string;
  let there: string;
  let nextYear: string;
  beforeAll(async () => {
    here = (await appliedBase({ unitName: '小学社区竹编社' })).id;
    there = (await apply(baseBody({ area: `${neighbour}-01` }), { claims: claimsFor('community-worker', [neighbour]) })).json.id;
    nextYear = (await apply(baseBody({ year: 2027 }), { day: '2026-12-01' })).json.id;
  });

  it('lists a year’s bases of a district, sub-district, community or grid, this year by default', async () => {
    const ids = async (query: Record<string, string>, claims?: Record<string, unknown>) =>
      ((await list({ limit: '100', ...query }, claims)).json.items as { id: string }[]).map((base) => base.id);

    const wholeDistrict = await ids({ area: district });
    expect(wholeDistrict).toEqual(expect.arrayContaining([here, there]));
    expect(wholeDistrict).not.toContain(nextYear);
    expect(await ids({ area: subdistrict }, inspector)).toEqual(expect.arrayContaining([here, there]));
    const ownCommunity = await ids({ area: community }, worker);
    expect(ownCommunity).toContain(here);
    expect(ownCommunity).not.toContain(there);
    expect(await ids({ area: grid }, worker)).toContain(here);
    const upcoming = await ids({ area: community, year: '2027' }, worker);
    expect(upcoming).toContain(nextYear);
    expect(upcoming).not.toContain(here);
  });

  it('filters by state and keeps callers to their areas', async () => {
    const applied = (await list({ area: community, state: 'applied', limit: '100' }, worker)).json.items;
    expect(applied.length).toBeGreaterThan(0);
    expect(applied.every((base: { state: string }) => base.state === 'applied')).toBe(true);
    const plaqued = (await list({ area: community, state: 'plaqued', limit: '100' }, worker)).json.items;
    expect(plaqued.length).toBeGreaterThan(0);
    expect(plaqued.every((base: { state: string }) => base.state === 'plaqued')).toBe(true);

    expect((await list({ area: subdistrict }, worker)).status).toBe(403);
    expect((await list({ area: community }, unitAccount)).status).toBe(403);
    const bad = await list({ area: '35020', state: 'closed' }, admin);
    expect(bad.status).toBe(422);
    expect(bad.json.errors.map((error: { field: string }) => error.field).sort()).toEqual(['query.area', 'query.state']);
  });

  it('shows one base to staff and the unit of its area, not to others', async () => {
    expect((await read(here, unitAccount)).json.unitName).toBe('小学社区竹编社');
    expect((await read(here, outsider)).status).toBe(403);
    expect((await read('0000000000000000000')).status).toBe(404);
  });
});

describe('job openings (就业岗位)', () => {
  const post = (body: Record<string, unknown>, { day = '2026-03-10', claims = unitAccount, headers }: Options = {}) =>
    call(postOpeningAt(on(day)), 'POST', '/subsidies/employment/openings', { body, claims, ...(headers ? { headers } : {}) });
  const list = (query: Record<string, string>, { day = '2026-03-12', claims = worker }: Options = {}) =>
    call(listOpeningsAt(on(day)), 'GET', '/subsidies/employment/openings', { query: { limit: '100', ...query }, claims });
  const openingBody = (overrides: Record<string, unknown> = {}) => ({
    unitName: '鹭江超市',
    area: grid,
    title: '超市理货员',
    description: '负责商品上架和库存整理，每天 8 小时',
    positions: 3,
    monthlyWageYuan: 3_200,
    welcomes: ['migrant', 'laid-off'],
    closesOn: '2026-04-10',
    contactName: '林店长',
    ...overrides,
  });
  const ids = (items: { id: string }[]) => items.map((opening) => opening.id);

  it('posts an opening for a unit with JobOpeningPosted', async () => {
    const response = await post(openingBody());

    expect(response.status).toBe(201);
    expect(response.json).toMatchObject({
      unitName: '鹭江超市',
      area: grid,
      title: '超市理货员',
      positions: 3,
      filled: 0,
      remaining: 3,
      monthlyWageYuan: 3_200,
      welcomes: ['migrant', 'laid-off'],
      welcomesLabel: '流动人口、下岗失业人员',
      closesOn: '2026-04-10',
      status: 'open',
      postedOn: '2026-03-10',
      postedBy: unitAccount.sub,
    });
    const [event] = await outboxEvents('subsidies', 'JobOpeningPosted', { openingId: response.json.id });
    expect(event?.data).toMatchObject({ area: grid, positions: 3, welcomes: ['migrant', 'laid-off'], closesOn: '2026-04-10' });
  });

  it('refuses wages under the local minimum, a closing date already past, no welcomed group and other areas', async () => {
    const cheap = await post(openingBody({ monthlyWageYuan: 1_800 }));
    expect(cheap.status).toBe(422);
    expect(cheap.json).toMatchObject({ code: 'wage-below-minimum', detail: '月工资 1,800 元低于当地最低工资标准 2,030 元' });

    const past = await post(openingBody({ closesOn: '2026-03-09' }));
    expect(past.status).toBe(422);
    expect(past.json.errors).toEqual([
      { field: 'body.closesOn', message: '截止日期（2026 年 3 月 9 日）早于今天，岗位发布后无人能报名' },
    ]);

    const nobody = await post(openingBody({ welcomes: [], positions: 0 }));
    expect(nobody.status).toBe(422);
    expect(nobody.json.errors).toEqual(
      expect.arrayContaining([
        { field: 'body.welcomes', message: '请至少选择一类面向人群' },
        { field: 'body.positions', message: '招聘人数至少 1 人' },
      ]),
    );
    expect((await post(openingBody({ welcomes: ['students'] }))).json.errors[0].message).toBe(
      '求职人员类别须为 migrant（流动人口）、disabled（残疾人）或 laid-off（下岗失业人员）',
    );
    expect((await post(openingBody(), { claims: claimsFor('unit', [neighbour]) })).status).toBe(403);
  });

  it('lists open openings of a sub-district, community or grid, soonest closing first', async () => {
    const later = (await post(openingBody({ closesOn: '2026-05-01' }))).json.id;
    const sooner = (await post(openingBody({ closesOn: '2026-03-20', area: community }))).json.id;
    const elsewhere = (await post(openingBody({ area: neighbour }), { claims: claimsFor('unit', [neighbour]) })).json.id;

    const inSubdistrict = ids((await list({ area: subdistrict }, { claims: inspector })).json.items);
    expect(inSubdistrict).toEqual(expect.arrayContaining([later, sooner, elsewhere]));
    expect(inSubdistrict.indexOf(sooner)).toBeLessThan(inSubdistrict.indexOf(later));
    const inCommunity = ids((await list({ area: community })).json.items);
    expect(inCommunity).toEqual(expect.arrayContaining([later, sooner]));
    expect(inCommunity).not.toContain(elsewhere);
    const inGrid = ids((await list({ area: grid })).json.items);
    expect(inGrid).toContain(later);
    expect(inGrid).not.toContain(sooner);

    const afterSoonerCloses = ids((await list({ area: community }, { day: '2026-03-21' })).json.items);
    expect(afterSoonerCloses).toContain(later);
    expect(afterSoonerCloses).not.toContain(sooner);
    const closed = await call(getOpeningAt(on('2026-03-21')), 'GET', '/subsidies/employment/openings/{id}', {
      params: { id: sooner },
      claims: claimsFor('resident', [community]),
    });
    expect(closed.json.status).toBe('closed');
  });

  it('keeps lists to the caller’s areas', async () => {
    expect((await list({ area: subdistrict })).status).toBe(403);
    expect((await list({ area: community }, { claims: claimsFor('resident', [community]) })).status).toBe(200);
    // A resident's account names their grid; they read their whole community's openings, not the sub-district's.
    const gridResident = claimsFor('resident', [grid]);
    expect((await list({ area: community }, { claims: gridResident })).status).toBe(200);
    expect((await list({ area: subdistrict }, { claims: gridResident })).status).toBe(403);
    const forCommunity = (await post(openingBody({ area: community }))).json.id;
    const read = (claims: typeof gridResident) =>
      call(getOpeningAt(on('2026-03-12')), 'GET', '/subsidies/employment/openings/{id}', {
        params: { id: forCommunity },
        claims,
      });
    expect((await read(gridResident)).status).toBe(200);
    expect((await read(claimsFor('resident', [`${neighbour}-01`]))).status).toBe(403);
    expect((await list({ area: '350203' }, { claims: admin })).status).toBe(422);
  });

  describe('placements (安置)', () => {
    const place = (openingId: string, body: Record<string, unknown>, { day = '2026-03-15', claims = worker }: Options = {}) =>
      call(placeAt(on(day)), 'POST', '/subsidies/employment/openings/{id}/placements', {
        params: { id: openingId },
        body,
        claims,
      });
    const placements = (openingId: string, claims = worker) =>
      call(listPlacements, 'GET', '/subsidies/employment/openings/{id}/placements', { params: { id: openingId }, claims });

    it('places seekers until every position is taken, then refuses more and drops the opening from the list', async () => {
      const openingId = (await post(openingBody({ positions: 2 }))).json.id;
      const migrant = newId();
      const laidOff = newId();

      const first = await place(openingId, { personId: migrant, group: 'migrant', startsOn: '2026-03-16' });
      expect(first.status).toBe(201);
      expect(first.json).toMatchObject({ openingId, personId: migrant, group: 'migrant', groupLabel: '流动人口', area: grid });
      const second = await place(
        openingId,
        {
          personId: laidOff,
          group: 'laid-off',
          startsOn: '2026-03-18',
          note: '原纺织厂下岗职工',
        },
        { day: '2026-03-16' },
      );
      expect(second.status).toBe(201);

      const third = await place(
        openingId,
        { personId: newId(), group: 'migrant', startsOn: '2026-03-18' },
        { day: '2026-03-17' },
      );
      expect(third.status).toBe(409);
      expect(third.json).toMatchObject({ code: 'opening-filled', detail: '该岗位 2 个名额已全部安置，不能再登记' });

      const placed = await outboxEvents('subsidies', 'JobSeekerPlaced', { openingId });
      expect(placed.map((event) => [event.data.personId, event.data.filled, event.data.positions])).toEqual([
        [migrant, 1, 2],
        [laidOff, 2, 2],
      ]);
      expect(await outboxEvents('subsidies', 'JobOpeningFilled', { openingId })).toHaveLength(1);
      const opening = await call(getOpeningAt(on('2026-03-19')), 'GET', '/subsidies/employment/openings/{id}', {
        params: { id: openingId },
        claims: worker,
      });
      expect(opening.json).toMatchObject({ filled: 2, remaining: 0, status: 'filled', version: 3 });
      expect(ids((await list({ area: community })).json.items)).not.toContain(openingId);

      const listed = await placements(openingId);
      expect(listed.json.items.map((placement: { personId: string }) => placement.personId)).toEqual([migrant, laidOff]);
    });

    it('refuses a group the opening does not welcome, a start before posting, and the same person twice', async () => {
      const openingId = (await post(openingBody())).json.id;
      const personId = newId();

      const disabled = await place(openingId, { personId, group: 'disabled', startsOn: '2026-03-16' });
      expect(disabled.status).toBe(422);
      expect(disabled.json.errors).toEqual([{ field: 'body.group', message: '该岗位面向流动人口、下岗失业人员，不接收残疾人' }]);
      const early = await place(openingId, { personId, group: 'migrant', startsOn: '2026-03-01' });
      expect(early.json.errors).toEqual([
        { field: 'body.startsOn', message: '到岗日期不能早于岗位发布日期（2026 年 3 月 10 日）' },
      ]);

      expect((await place(openingId, { personId, group: 'migrant', startsOn: '2026-03-16' })).status).toBe(201);
      const twice = await place(openingId, { personId, group: 'migrant', startsOn: '2026-03-16' });
      expect(twice.status).toBe(409);
      expect(twice.json.code).toBe('already-placed');

      const opening = await call(getOpeningAt(on('2026-03-16')), 'GET', '/subsidies/employment/openings/{id}', {
        params: { id: openingId },
        claims: worker,
      });
      expect(opening.json.filled).toBe(1);
      expect(await outboxEvents('subsidies', 'JobSeekerPlaced', { openingId })).toHaveLength(1);
    });

    it('never over-fills an opening when clerks register at the same moment', async () => {
      const openingId = (await post(openingBody({ positions: 3 }))).json.id;
      const results = await Promise.all(
        Array.from({ length: 6 }, () => place(openingId, { personId: newId(), group: 'laid-off', startsOn: '2026-03-16' })),
      );

      expect(results.map((result) => result.status).sort()).toEqual([201, 201, 201, 409, 409, 409]);
      expect(results.filter((result) => result.status === 409).every((result) => result.json.code === 'opening-filled')).toBe(
        true,
      );
      expect((await placements(openingId)).json.items).toHaveLength(3);
      expect(await outboxEvents('subsidies', 'JobSeekerPlaced', { openingId })).toHaveLength(3);
      expect(await outboxEvents('subsidies', 'JobOpeningFilled', { openingId })).toHaveLength(1);
    });

    it('lets only staff of the opening’s area register and read placements', async () => {
      const openingId = (await post(openingBody())).json.id;
      const body = { personId: newId(), group: 'migrant', startsOn: '2026-03-16' };
      expect((await place(openingId, body, { claims: unitAccount })).status).toBe(403);
      expect((await place(openingId, body, { claims: outsider })).status).toBe(403);
      expect((await place('0000000000000000000', body)).status).toBe(404);
      expect((await placements(openingId, outsider)).status).toBe(403);
      expect((await placements(openingId)).json.items).toEqual([]);
    });
  });
});
