import {
  createEvent,
  EmploymentBaseApplied,
  EmploymentBaseFundsPaid,
  EmploymentBaseInspected,
  EmploymentBasePlaqueGranted,
  EmploymentBasePlaqueWithdrawn,
  EmploymentBaseStatisticsFiled,
  type EventEnvelope,
} from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { sqsBatch } from '../../../test/support/events.ts';
import { call, claimsFor } from '../../../test/support/http.ts';
import { createServiceTables } from '../../../test/support/tables.ts';
import { createHandler as countAt } from '../src/handlers/count-employment-bases.ts';
import { createHandler as getAt } from '../src/handlers/get-report.ts';
import { compileEmploymentTables } from '../src/jobs/compile-employment-table.ts';
import { readCounter } from '../src/store/counters.ts';
import { defaultStatisticsDeps, type StatisticsDeps } from '../src/store/deps.ts';
import { employmentBucket } from '../src/store/employment.ts';

const clock = { now: new Date('2026-11-09T18:00:00Z') }; // 10 November, 02:00 in Shanghai
const deps = (): StatisticsDeps => ({ ...defaultStatisticsDeps(), now: () => clock.now });
const count = countAt(deps);
const getReport = getAt(deps);

/** A base's year as subsidies raises it: applied, inspected, plaqued, funded, statistics filed (late or not). */
function baseYear(
  area: string,
  type: 'placement' | 'outreach',
  options: { passed: boolean; late?: boolean; withdrawn?: boolean },
) {
  const base = { baseId: newId(), unitId: newId(), area, year: 2026 };
  const envelope = { district: '350203', area };
  const events: EventEnvelope[] = [
    createEvent(EmploymentBaseApplied, {
      ...envelope,
      id: newId(),
      data: { ...base, unitName: '厦门某企业', type, disabledEmployees: 12, appliedOn: '2026-04-20', by: 'staff' },
    }),
    createEvent(EmploymentBaseInspected, {
      ...envelope,
      id: newId(),
      data: {
        ...base,
        passed: options.passed,
        inspectedOn: '2026-07-25',
        evidenceCount: 3,
        to: options.passed ? 'plaqued' : 'not-approved',
        by: 'staff',
      },
    }),
  ];
  if (!options.passed) return events;
  events.push(
    createEvent(EmploymentBasePlaqueGranted, {
      ...envelope,
      id: newId(),
      data: { ...base, unitName: '厦门某企业', grantedOn: '2026-07-25', by: 'staff' },
    }),
    createEvent(EmploymentBaseFundsPaid, {
      ...envelope,
      id: newId(),
      data: { ...base, paymentId: newId(), amountFen: 5_000_000, paidOn: '2026-08-10', by: 'staff' },
    }),
    createEvent(EmploymentBaseStatisticsFiled, {
      ...envelope,
      id: newId(),
      data: {
        ...base,
        filedOn: options.late ? '2026-11-12' : '2026-11-01',
        late: options.late ?? false,
        disabledEmployed: 12,
        householdsSupported: 20,
        personsLiftedOutOfPoverty: 5,
        by: 'staff',
      },
    }),
  );
  if (options.withdrawn) {
    events.push(
      createEvent(EmploymentBasePlaqueWithdrawn, {
        ...envelope,
        id: newId(),
        data: { ...base, reason: '未按协议安置残疾人', withdrawnOn: '2026-12-01', by: 'staff' },
      }),
    );
  }
  return events;
}

beforeAll(async () => {
  await createServiceTables();
});

describe('the yearly employment-base table', () => {
  it('counts each base event once per year and compiles the table for the district and every area with a base', async () => {
    const events = [
      ...baseYear('350203006029', 'placement', { passed: true }),
      ...baseYear('350203006029', 'outreach', { passed: true, late: true, withdrawn: true }),
      ...baseYear('350203007001', 'placement', { passed: false }),
    ];
    expect((await count(sqsBatch(events))).batchItemFailures).toEqual([]);
    expect((await count(sqsBatch(events.slice(0, 4)))).batchItemFailures).toEqual([]);
    expect(await readCounter(deps(), '350203006029', employmentBucket(2026))).toMatchObject({
      applied: 2,
      'applied:placement': 1,
      'applied:outreach': 1,
      plaqued: 2,
      withdrawn: 1,
      fundsFen: 10_000_000,
      statisticsLate: 1,
    });

    const result = await compileEmploymentTables(deps());
    expect(result).toEqual({ year: '2026', areas: 5 });
    const answer = await call(getReport, 'GET', '/statistics/reports/{kind}/{period}', {
      claims: claimsFor('district-admin', ['350203']),
      params: { kind: 'employment-bases', period: '2026' },
      query: { area: '350203' },
    });
    expect(answer.status, JSON.stringify(answer.json)).toBe(200);
    expect(answer.json).toMatchObject({ kind: 'employment-bases', period: '2026', title: '残疾人就业扶贫基地统计表' });
    expect(answer.json.totals).toEqual({
      applied: 3,
      placement: 2,
      outreach: 1,
      inspected: 3,
      passed: 2,
      plaqued: 2,
      withdrawn: 1,
      inForce: 1,
      fundsPaid: 2,
      fundsYuan: 100_000,
      statisticsFiled: 2,
      statisticsLate: 1,
      disabledEmployed: 24,
      householdsSupported: 40,
      personsLifted: 10,
    });
    const rows = Object.fromEntries(
      answer.json.rows.map((row: { area: string; values: Record<string, number> }) => [row.area, row.values]),
    );
    expect(rows['350203006']).toMatchObject({ applied: 2, inForce: 1 });
    expect(rows['350203007']).toMatchObject({ applied: 1, passed: 0 });
  });
});
