import { addMonths, lastDayOf, shanghaiDay } from '@shequ/contracts';
import { civilAffairsColumns, civilAffairsValues, civilAffairsYearlyColumns, sumFlows } from '../domain/civil-affairs.ts';
import { POPULATION_BUCKET } from '../domain/population.ts';
import { type ReportKind, type ReportTable, SCHEDULED_COMPILER } from '../domain/report-table.ts';
import { BENEFITS_BUCKET } from './benefits.ts';
import { type Deltas, flowBucket, readChildren, readCounter, readCounterRange } from './counters.ts';
import type { StatisticsDeps } from './deps.ts';
import { compileEmploymentTable } from './employment.ts';
import { childCounters, compileDisabledTable, compilePopulationTable, reportFrame } from './population-report.ts';
import { saveSnapshot } from './snapshots.ts';

/**
 * 民政月报表 of `area` for `month`: a row per child area (every official child and every child with counters,
 * zeros where nothing was counted), the area itself as totals. Four reads per area, whatever its population:
 * its BENEFITS and FLOW#<month> counters, and its children's of each (one Query each).
 */
export async function compileCivilAffairsTable(deps: StatisticsDeps, area: string, month: string): Promise<ReportTable> {
  const flow = flowBucket(month);
  const [stock, flows, stockChildren, flowChildren] = await Promise.all([
    readCounter(deps, area, BENEFITS_BUCKET),
    readCounter(deps, area, flow),
    childCounters(deps, area, BENEFITS_BUCKET),
    childCounters(deps, area, flow),
  ]);
  const children = new Map<string, { name: string; stock: Deltas; flow: Deltas }>();
  for (const child of stockChildren) children.set(child.area, { name: child.name, stock: child.numbers, flow: {} });
  for (const child of flowChildren) {
    const kept = children.get(child.area);
    children.set(child.area, { name: child.name, stock: kept?.stock ?? {}, flow: child.numbers });
  }
  return {
    kind: 'civil-affairs-monthly',
    title: '民政月报表',
    ...reportFrame(deps, { area, period: month, asOf: asOfFor(deps, month), unit: '单位：户、人、元' }),
    columns: civilAffairsColumns,
    rows: [...children.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([child, figures]) => ({ area: child, label: figures.name, values: civilAffairsValues(figures.stock, figures.flow) })),
    totals: civilAffairsValues(stock, flows),
  };
}

/** The twelve months of `year` (`YYYY`), `YYYY-01` to `YYYY-12`. */
export const monthsOf = (year: string) =>
  Array.from({ length: 12 }, (_, index) => `${year}-${String(index + 1).padStart(2, '0')}`);

/**
 * 民政年报表 of `area` for `year`: the month flows of the year summed (one range read of the area's twelve
 * FLOW items, one drill-down Query per month), the 低保 stock as at year end, or as it stands while the year runs.
 */
export async function compileCivilAffairsYearTable(deps: StatisticsDeps, area: string, year: string): Promise<ReportTable> {
  const months = monthsOf(year);
  const [stock, flows, stockChildren, ...flowChildren] = await Promise.all([
    readCounter(deps, area, BENEFITS_BUCKET),
    readCounterRange(deps, area, flowBucket(months[0] as string), flowBucket(months[11] as string)),
    childCounters(deps, area, BENEFITS_BUCKET),
    ...months.map((month) => childCounters(deps, area, flowBucket(month))),
  ]);
  const children = new Map<string, { name: string; stock: Deltas; flows: Deltas[] }>();
  const childOf = (code: string, name: string) => {
    const kept = children.get(code) ?? { name, stock: {}, flows: [] };
    children.set(code, kept);
    return kept;
  };
  for (const child of stockChildren) childOf(child.area, child.name).stock = child.numbers;
  for (const month of flowChildren) for (const child of month) childOf(child.area, child.name).flows.push(child.numbers);
  return {
    kind: 'civil-affairs-yearly',
    title: '民政年报表',
    ...reportFrame(deps, { area, period: year, asOf: asOfFor(deps, `${year}-12`), unit: '单位：户、人、元' }),
    columns: civilAffairsYearlyColumns,
    rows: [...children.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([child, figures]) => ({
        area: child,
        label: figures.name,
        values: civilAffairsValues(figures.stock, sumFlows(figures.flows)),
      })),
    totals: civilAffairsValues(stock, sumFlows(flows.map((flow) => flow.numbers))),
  };
}

/**
 * The day a monthly report's stock figures are as of: the month's last day, or today while the month runs.
 * (The counters are read as they stand when compiled, which the schedule does on the 1st of the next month.)
 */
function asOfFor(deps: StatisticsDeps, month: string): string {
  const today = shanghaiDay(deps.now());
  const last = lastDayOf(month);
  // Day strings compare as they read (Math.min would not take them).
  if (today < last) return today;
  return last;
}

/** Compiles one report of `kind` for `period` (`YYYY-MM`, or `YYYY` for the yearly ones). */
export async function compileReport(deps: StatisticsDeps, kind: ReportKind, period: string, area: string): Promise<ReportTable> {
  switch (kind) {
    case 'civil-affairs-monthly':
      return compileCivilAffairsTable(deps, area, period);
    case 'population':
      return compilePopulationTable(deps, area, asOfFor(deps, period));
    case 'disabled':
      return compileDisabledTable(deps, area, asOfFor(deps, period));
    case 'employment-bases':
      return compileEmploymentTable(deps, area, period);
    case 'civil-affairs-yearly':
      return compileCivilAffairsYearTable(deps, area, period);
  }
}

/** Compiles and keeps a snapshot; `compiledBy` names who asked (a staff account, or the schedule). */
export async function compileAndSave(
  deps: StatisticsDeps,
  kind: ReportKind,
  period: string,
  area: string,
  compiledBy: string = SCHEDULED_COMPILER,
): Promise<ReportTable> {
  const table = { ...(await compileReport(deps, kind, period, area)), period, compiledBy };
  await saveSnapshot(deps, table);
  return table;
}

/**
 * `area` and every area below it that has counters in one of `buckets`, found level by level through the
 * drill-down index: one Query per area and bucket, never a scan.
 */
export async function areasBelow(deps: StatisticsDeps, area: string, buckets: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  let level = [area];
  while (level.length > 0) {
    found.push(...level);
    const next = new Set<string>();
    for (const parent of level) {
      for (const bucket of buckets) for (const child of await readChildren(deps, parent, bucket)) next.add(child.area);
    }
    level = [...next].sort();
  }
  return found;
}

/** The month before the one `now` falls in (Asia/Shanghai). */
export const previousMonth = (now: Date) => addMonths(shanghaiDay(now).slice(0, 7), -1);

/** The buckets whose presence makes an area part of the monthly reports of `month`. */
export const monthlyBuckets = (month: string) => [POPULATION_BUCKET, BENEFITS_BUCKET, flowBucket(month)];
