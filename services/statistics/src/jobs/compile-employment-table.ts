import { shanghaiDay } from '@shequ/contracts';
import { scheduledJob } from '@shequ/kit';
import { defaultStatisticsDeps, type StatisticsDeps } from '../store/deps.ts';
import { employmentBucket } from '../store/employment.ts';
import { areasBelow, compileAndSave } from '../store/reports.ts';

/**
 * By 10 November, compiles the year's disabled-employment base table (残疾人就业扶贫基地统计表) for the district
 * and every area below it that has a base, as snapshots of period `YYYY`.
 */
export async function compileEmploymentTables(deps: StatisticsDeps): Promise<{ year: string; areas: number }> {
  const year = shanghaiDay(deps.now()).slice(0, 4);
  const areas = await areasBelow(deps, deps.district, [employmentBucket(year)]);
  for (const area of areas) await compileAndSave(deps, 'employment-bases', year, area);
  return { year, areas: areas.length };
}

export function createHandler(deps: () => StatisticsDeps = defaultStatisticsDeps) {
  return scheduledJob('compile-employment-table', ({ now }) => compileEmploymentTables({ ...deps(), now: () => now }));
}

export const handler = createHandler();
