import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import {
  type ApplicationStateName,
  ApplicationStatusChanged,
  createEvent,
  type EventEnvelope,
  PaymentMade,
} from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { sqsBatch } from '../../../test/support/events.ts';
import { call, claimsFor } from '../../../test/support/http.ts';
import { createServiceTables } from '../../../test/support/tables.ts';
import { createHandler as compareAt } from '../src/handlers/compare-reports.ts';
import { createHandler as compileAt } from '../src/handlers/compile-report.ts';
import { createHandler as countBenefitsAt } from '../src/handlers/count-benefits.ts';
import { createHandler as getAt } from '../src/handlers/get-report.ts';
import { compileMonthlyReports } from '../src/jobs/compile-monthly-reports.ts';
import { addAtEveryLevel, type Deltas, flowBucket } from '../src/store/counters.ts';
import { defaultStatisticsDeps, type StatisticsDeps } from '../src/store/deps.ts';
import { compileCivilAffairsTable, compileCivilAffairsYearTable } from '../src/store/reports.ts';
import { readSnapshot } from '../src/store/snapshots.ts';

const clock = { now: new Date('2026-05-28T02:00:00Z') };
const deps = (): StatisticsDeps => ({ ...defaultStatisticsDeps(), now: () => clock.now });
const countBenefits = countBenefitsAt(deps);
const getReport = getAt(deps);
const compileReport = compileAt(deps);
const compare = compareAt(deps);

const district = '350203';
const subdistrict = '350203006';
const community = '350203006029';
const admin = claimsFor('district-admin', [district]);
const worker = claimsFor('community-worker', [community]);

async function deliver(...events: EventEnvelope[]): Promise<void> {
  expect((await countBenefits(sqsBatch(events))).batchItemFailures).toEqual([]);
}

function payment(area: string, amountFen: number, month: string, programme = 'dibao'): EventEnvelope {
  const applicationId = newId();
  return createEvent(PaymentMade, {
    id: newId(),
    district,
    area,
    data: {
      paymentId: newId(),
      applicationId,
      programme,
      personId: newId(),
      area,
      period: month,
      month,
      amountFen,
      form: 'cash',
    },
  });
}

function status(
  applicationId: string,
  area: string,
  from: ApplicationStateName,
  to: ApplicationStateName,
  at: string,
  persons = 1,
) {
  return createEvent(ApplicationStatusChanged, {
    id: newId(new Date(at)),
    district,
    area,
    occurredAt: new Date(at),
    data: {
      applicationId,
      programme: 'dibao',
      personId: newId(),
      area,
      from,
      to,
      command: to,
      by: 'worker',
      amountFen: 60_000,
      programmePeriod: 'monthly',
      householdId: `h-${applicationId}`,
      personsCovered: persons,
    },
  });
}

/** Counters another consumer keeps (certificates and deaths are counted from registry events). */
async function addFlow(area: string, month: string, deltas: Deltas): Promise<void> {
  await deps().client.send(new TransactWriteCommand({ TransactItems: addAtEveryLevel(deps(), area, flowBucket(month), deltas) }));
}

/** A client that counts the requests sent through it. */
function countingDeps(): { deps: StatisticsDeps; requests: () => number } {
  const base = deps();
  let requests = 0;
  const client = new Proxy(base.client, {
    get(target, property, receiver) {
      if (property === 'send') {
        return (command: Parameters<typeof target.send>[0]) => {
          requests++;
          return target.send(command);
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
  return { deps: { ...base, client }, requests: () => requests };
}

beforeAll(async () => {
  await createServiceTables();
});

describe('the monthly civil-affairs report', () => {
  it('shows as paid in the month exactly the payments made, per grid and in total, with reads that do not grow with them', async () => {
    const amounts = [120_050, 98_000, 45_525, 61_000, 33_333];
    const grids = [`${community}-01`, `${community}-02`];
    await deliver(...amounts.map((fen, index) => payment(grids[index % 2] as string, fen, '2026-04')));
    const first = countingDeps();
    const table = await compileCivilAffairsTable(first.deps, community, '2026-04');
    const sum = amounts.reduce((a, b) => a + b, 0);
    expect(table.totals.dibaoPaidYuan).toBe(sum / 100);
    expect(table.rows.map((row) => [row.area, row.values.dibaoPaidYuan])).toEqual([
      [grids[0], (120_050 + 45_525 + 33_333) / 100],
      [grids[1], (98_000 + 61_000) / 100],
    ]);
    expect(table).toMatchObject({
      kind: 'civil-affairs-monthly',
      title: '民政月报表',
      unit: '单位：户、人、元',
      period: '2026-04',
    });

    // Fifty more payments: the same four reads (the area's two counters, its children's two drill-downs).
    await deliver(...Array.from({ length: 50 }, () => payment(grids[0] as string, 100, '2026-04')));
    const second = countingDeps();
    expect((await compileCivilAffairsTable(second.deps, community, '2026-04')).totals.dibaoPaidYuan).toBe((sum + 5_000) / 100);
    expect(second.requests()).toBe(first.requests());
    expect(second.requests()).toBeLessThanOrEqual(4);
  });

  it('reports 低保 households and persons, new and ended, other payments, certificates, deaths, volunteer time and cases', async () => {
    const grid = '350203006030-01';
    const other = '350203006030-02';
    await deliver(
      status('r-1', grid, 'subdistrict-approval', 'active', '2026-05-03T02:00:00Z', 3),
      status('r-2', grid, 'subdistrict-approval', 'active', '2026-05-04T02:00:00Z', 2),
      status('r-3', other, 'subdistrict-approval', 'active', '2026-05-04T02:00:00Z', 1),
      status('r-3', other, 'active', 'ended', '2026-05-20T02:00:00Z', 1),
      payment(other, 28_500, '2026-05', 'price-subsidy'),
    );
    await addFlow(grid, '2026-05', { 'certificates:issued': 4, deaths: 1, 'volunteer:minutes': 150 });
    await addFlow(other, '2026-05', { 'cases:filed': 3, 'cases:handled': 3, 'cases:handledInTime': 2 });
    const table = await compileCivilAffairsTable(deps(), '350203006030', '2026-05');
    expect(table.totals).toMatchObject({
      dibaoHouseholds: 2,
      dibaoPersons: 5,
      dibaoMonthlyYuan: 1200,
      dibaoNew: 3,
      dibaoEnded: 1,
      otherPaidCount: 1,
      otherPaidYuan: 285,
      certificatesIssued: 4,
      deaths: 1,
      volunteerHours: 2.5,
      casesHandled: 3,
      casesHandledInTime: 2,
      casesInTimeRate: 66.7,
    });
    expect(table.rows.find((row) => row.area === other)?.values).toMatchObject({
      dibaoHouseholds: 0,
      dibaoEnded: 1,
      casesInTimeRate: 66.7,
    });
    expect(table.columns.map((column) => column.key)).toEqual(Object.keys(table.totals));
  });
});

describe('the yearly civil-affairs report', () => {
  it('sums the year’s months per kind of certificate and burial, with the 低保 stock as at year end', async () => {
    const area = '350203006040';
    const grids = [`${area}-01`, `${area}-02`];
    // The seed's year: 47 老年优待证, 7 deaths all cremated, spread over the months and the two grids.
    for (const [index, month] of ['2025-01', '2025-04', '2025-09', '2025-12'].entries()) {
      const grid = grids[index % 2] as string;
      const cards = [12, 11, 12, 12][index] as number;
      await addFlow(grid, month, {
        'certificates:issued': cards + 1,
        'certificates:senior-preferential': cards,
        'certificates:only-child': 1,
      });
    }
    await addFlow(grids[0] as string, '2025-03', { deaths: 4, 'deaths:cremation': 4 });
    await addFlow(grids[1] as string, '2025-11', { deaths: 3, 'deaths:cremation': 3 });
    await addFlow(grids[0] as string, '2026-01', { 'certificates:issued': 5, 'certificates:senior-preferential': 5, deaths: 1 });
    await addFlow(grids[0] as string, '2024-12', { 'certificates:issued': 2, 'certificates:senior-preferential': 2 });
    await deliver(status('y-1', grids[1] as string, 'subdistrict-approval', 'active', '2025-06-03T02:00:00Z', 2));

    clock.now = new Date('2026-02-01T02:00:00Z');
    const first = countingDeps();
    const table = await compileCivilAffairsYearTable(first.deps, area, '2025');
    expect(table).toMatchObject({ kind: 'civil-affairs-yearly', title: '民政年报表', period: '2025', asOf: '2025-12-31' });
    expect(table.totals).toMatchObject({
      certificatesIssued: 51,
      certSeniorPreferential: 47,
      certOnlyChild: 4,
      deaths: 7,
      deathsCremated: 7,
      deathsBuried: 0,
      dibaoHouseholds: 1,
      dibaoPersons: 2,
      dibaoNew: 1,
    });
    expect(table.rows.map((row) => [row.area, row.values.certSeniorPreferential, row.values.deathsCremated])).toEqual([
      [grids[0], 24, 4],
      [grids[1], 23, 3],
    ]);
    expect(table.columns.find((column) => column.key === 'dibaoNew')?.label).toBe('全年新增低保户');
    expect(table.columns.map((column) => column.key)).toEqual(Object.keys(table.totals));
    // A fixed number of reads: the area's two counters, its children's stock and one drill-down a month.
    expect(first.requests()).toBeLessThanOrEqual(15);

    // The monthly report has the per-kind columns too, after the ones it always had.
    const monthly = await compileCivilAffairsTable(deps(), area, '2025-04');
    expect(monthly.totals).toMatchObject({ certificatesIssued: 12, certSeniorPreferential: 11, certOnlyChild: 1 });
    expect(monthly.columns.slice(0, 3).map((column) => column.key)).toEqual([
      'dibaoHouseholds',
      'dibaoPersons',
      'dibaoMonthlyYuan',
    ]);

    const compiled = await call(compileReport, 'POST', '/statistics/reports/{kind}/{period}/compile', {
      claims: admin,
      params: { kind: 'civil-affairs-yearly', period: '2025' },
      query: { area },
    });
    expect(compiled.status, JSON.stringify(compiled.json)).toBe(200);
    const read = await call(getReport, 'GET', '/statistics/reports/{kind}/{period}', {
      claims: worker,
      params: { kind: 'civil-affairs-yearly', period: '2025' },
      query: { area: community },
    });
    expect(read.status).toBe(404);
    const monthForm = await call(getReport, 'GET', '/statistics/reports/{kind}/{period}', {
      claims: admin,
      params: { kind: 'civil-affairs-yearly', period: '2025-12' },
      query: { area },
    });
    expect(monthForm.status).toBe(422);
    expect(JSON.stringify(monthForm.json)).toContain('民政年报表的统计期须为年份');
    clock.now = new Date('2026-05-28T02:00:00Z');
  });
});

describe('the monthly schedule', () => {
  it('on the 1st compiles last month for the district and every area below it, and a second run gives the same snapshots', async () => {
    await deliver(payment(`${community}-03`, 10_000, '2026-05'));
    clock.now = new Date('2026-05-31T17:00:00Z'); // 1 June, 01:00 in Shanghai
    const result = await compileMonthlyReports(deps());
    expect(result.month).toBe('2026-05');
    const areas = [district, subdistrict, community, `${community}-03`, '350203006030', '350203006030-01'];
    for (const area of areas) {
      for (const kind of ['civil-affairs-monthly', 'population', 'disabled'] as const) {
        expect(await readSnapshot(deps(), kind, '2026-05', area), `${kind} ${area}`).toMatchObject({
          kind,
          area,
          period: '2026-05',
        });
      }
    }
    expect(result.snapshots).toBe(result.areas * 4);
    expect(await readSnapshot(deps(), 'civil-affairs-yearly', '2026', district)).toMatchObject({
      period: '2026',
      asOf: '2026-06-01',
    });
    const before = await readSnapshot(deps(), 'civil-affairs-monthly', '2026-05', district);
    expect(before?.rows.map((row) => row.area)).toContain(subdistrict);
    expect(before?.totals.dibaoPaidYuan).toBe(100);
    expect(await compileMonthlyReports(deps())).toEqual(result);
    expect(await readSnapshot(deps(), 'civil-affairs-monthly', '2026-05', district)).toEqual(before);
  });
});

describe('report routes', () => {
  it('reads a snapshot in scope, answers 404 in Chinese before it is compiled, and validates kind and period', async () => {
    clock.now = new Date('2026-05-28T02:00:00Z');
    const missing = await call(getReport, 'GET', '/statistics/reports/{kind}/{period}', {
      claims: worker,
      params: { kind: 'civil-affairs-monthly', period: '2025-01' },
      query: { area: community },
    });
    expect(missing.status).toBe(404);
    expect(missing.json.detail).toContain('尚未编制');

    const compiled = await call(compileReport, 'POST', '/statistics/reports/{kind}/{period}/compile', {
      claims: admin,
      params: { kind: 'civil-affairs-monthly', period: '2026-04' },
      query: { area: community },
    });
    expect(compiled.status, JSON.stringify(compiled.json)).toBe(200);
    expect(compiled.json.compiledBy).toBe(admin.sub);
    const read = await call(getReport, 'GET', '/statistics/reports/{kind}/{period}', {
      claims: worker,
      params: { kind: 'civil-affairs-monthly', period: '2026-04' },
      query: { area: community },
    });
    expect(read.status).toBe(200);
    expect(read.json).toEqual(compiled.json);

    const elsewhere = await call(getReport, 'GET', '/statistics/reports/{kind}/{period}', {
      claims: worker,
      params: { kind: 'civil-affairs-monthly', period: '2026-04' },
      query: { area: '350203007001' },
    });
    expect(elsewhere.status).toBe(403);
    const byWorker = await call(compileReport, 'POST', '/statistics/reports/{kind}/{period}/compile', {
      claims: worker,
      params: { kind: 'civil-affairs-monthly', period: '2026-04' },
      query: { area: community },
    });
    expect(byWorker.status).toBe(403);

    for (const params of [
      { kind: 'weekly', period: '2026-04' },
      { kind: 'civil-affairs-monthly', period: '2026-13' },
      { kind: 'civil-affairs-monthly', period: '2026' },
      { kind: 'employment-bases', period: '2026-04' },
    ]) {
      const bad = await call(getReport, 'GET', '/statistics/reports/{kind}/{period}', {
        claims: worker,
        params,
        query: { area: community },
      });
      expect(bad.status, JSON.stringify(params)).toBe(422);
      expect(JSON.stringify(bad.json)).toMatch(/报表种类|统计期/);
    }
  });

  it('compares two periods row by row, an area in one period only shown with zeros in the other', async () => {
    const area = '350203006031';
    await deliver(payment(`${area}-01`, 50_000, '2026-02'));
    await deliver(payment(`${area}-01`, 70_000, '2026-03'), payment(`${area}-02`, 20_000, '2026-03'));
    for (const period of ['2026-02', '2026-03']) {
      const answer = await call(compileReport, 'POST', '/statistics/reports/{kind}/{period}/compile', {
        claims: admin,
        params: { kind: 'civil-affairs-monthly', period },
        query: { area },
      });
      expect(answer.status).toBe(200);
    }
    const answer = await call(compare, 'GET', '/statistics/reports/{kind}/compare', {
      claims: claimsFor('subdistrict-staff', [subdistrict]),
      params: { kind: 'civil-affairs-monthly' },
      query: { area, from: '2026-02', to: '2026-03' },
    });
    expect(answer.status, JSON.stringify(answer.json)).toBe(200);
    expect(answer.json).toMatchObject({ from: '2026-02', to: '2026-03', area });
    expect(answer.json.totals.dibaoPaidYuan).toEqual({ from: 500, to: 900, change: 400 });
    const rows = Object.fromEntries(
      answer.json.rows.map((row: { area: string; values: Record<string, unknown> }) => [row.area, row.values]),
    );
    expect(rows[`${area}-01`].dibaoPaidYuan).toEqual({ from: 500, to: 700, change: 200 });
    expect(rows[`${area}-02`].dibaoPaidYuan).toEqual({ from: 0, to: 200, change: 200 });

    const notYet = await call(compare, 'GET', '/statistics/reports/{kind}/compare', {
      claims: admin,
      params: { kind: 'civil-affairs-monthly' },
      query: { area, from: '2026-01', to: '2026-03' },
    });
    expect(notYet.status).toBe(404);
    expect(notYet.json.detail).toContain('2026-01');
    const wrongForm = await call(compare, 'GET', '/statistics/reports/{kind}/compare', {
      claims: admin,
      params: { kind: 'civil-affairs-monthly' },
      query: { area, from: '2025', to: '2026' },
    });
    expect(wrongForm.status).toBe(422);
  });
});
