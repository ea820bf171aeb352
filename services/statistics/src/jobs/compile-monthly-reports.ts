import { scheduledJob } from '@shequ/kit';
import type { ReportKind } from '../domain/report-table.ts';
import { defaultStatisticsDeps, type StatisticsDeps } from '../store/deps.ts';
import { areasBelow, compileAndSave, monthlyBuckets, previousMonth } from '../store/reports.ts';

const monthlyKinds: readonly ReportKind[] = ['civil-affairs-monthly', 'population', 'disabled'];

/**
 * On the 1st, compiles last month's civil-affairs, population and disabled reports for the district and every
 * sub-district, community and grid below it that has counters, and keeps them as snapshots; with them the
 * 民政年报表 of last month's year so far (on 1 January: the whole of last year). A second run replaces each
 * snapshot with the same figures.
 */
export async function compileMonthlyReports(deps: StatisticsDeps): Promise<{ month: string; areas: number; snapshots: number }> {
  const month = previousMonth(deps.now());
  const areas = await areasBelow(deps, deps.district, monthlyBuckets(month));
  let snapshots = 0;
  for (const area of areas) {
    for (const kind of monthlyKinds) {
      await compileAndSave(deps, kind, month, area);
      snapshots++;
    }
    await compileAndSave(deps, 'civil-affairs-yearly', month.slice(0, 4), area);
    snapshots++;
  }
  return { month, areas: areas.length, snapshots };
}

export function createHandler(deps: () => StatisticsDeps = defaultStatisticsDeps) {
  return scheduledJob('compile-monthly-reports', ({ now }) => compileMonthlyReports({ ...deps(), now: () => now }));
}

export const handler = createHandler();
