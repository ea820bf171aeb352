import { communitiesOf, findDistrict, subdistrictsOf } from '@shequ/divisions';
import {
  type AgeFigures,
  ageFigures,
  type BirthCounts,
  birthYearsFor,
  ELDERLY_AGE,
  type Sex,
  WOMEN_MIN_AGE,
} from '../domain/ages.ts';
import { levelOf, parentArea } from '../domain/area-levels.ts';
import {
  disabilityCategories,
  disabilityCategoryLabels,
  disabilityGrades,
  disabledCategoryCounter,
  disabledCellCounter,
  disabledGradeCounter,
  GROUPS_BUCKET,
  gradeLabels,
  POPULATION_BUCKET,
} from '../domain/population.ts';
import { type ReportColumn, type ReportRow, type ReportTable, SCHEDULED_COMPILER } from '../domain/report-table.ts';
import { birthsBucket, type Deltas, readChildren, readCounter, readCounterRange } from './counters.ts';
import type { StatisticsDeps } from './deps.ts';

/**
 * Population, special-group and disabled figures of an area and its child areas (the drill-down), read from
 * the counters: a fixed number of reads per area whatever its population (the age figures take two range
 * reads of the birthday counters per area), and the population and disabled report tables compiled from them.
 */

/** Child areas read in parallel at most this many at a time (a sub-district has a few dozen communities). */
const PARALLEL_READS = 8;

async function mapBounded<T, R>(values: readonly T[], limit: number, map: (value: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(values.length);
  let next = 0;
  const worker = async () => {
    while (next < values.length) {
      const index = next++;
      results[index] = await map(values[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, values.length) }, worker));
  return results;
}

/** Official children of a district or sub-district; grids are not in the division data (they come from the counters). */
function officialChildren(area: string): { code: string; name: string }[] {
  try {
    if (levelOf(area) === 'district') return subdistrictsOf(area);
    if (levelOf(area) === 'subdistrict') return communitiesOf(area);
  } catch {
    // Division data not shipped with this function: the counters still name every counted child.
  }
  return [];
}

/** An area's official name (district, sub-district, community), or its code (grids, or when not known). */
export function areaName(area: string): string {
  try {
    const level = levelOf(area);
    if (level === 'district') return findDistrict(area)?.name ?? area;
    if (level === 'grid') return area;
    const parent = parentArea(area) ?? area;
    return officialChildren(parent).find((division) => division.code === area)?.name ?? area;
  } catch {
    return area;
  }
}

/**
 * The child areas of `area` with their counters of `bucket`: every child that has counters, plus the
 * official sub-districts or communities with nothing counted yet (as zeros), sorted by code.
 */
export async function childCounters(
  deps: StatisticsDeps,
  area: string,
  bucket: string,
): Promise<{ area: string; name: string; numbers: Deltas }[]> {
  const counted = await readChildren(deps, area, bucket);
  const official = officialChildren(area);
  const names = new Map(official.map((division) => [division.code, division.name]));
  const byArea = new Map<string, Deltas>(official.map((division) => [division.code, {}]));
  for (const child of counted) byArea.set(child.area, child.numbers);
  return [...byArea.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([child, numbers]) => ({ area: child, name: names.get(child) ?? areaName(child), numbers }));
}

/** The birthday counters an area's age figures on `day` need: women who may be 15–49 or older, men who may be 60+. */
export async function readBirths(deps: StatisticsDeps, area: string, day: string): Promise<BirthCounts[]> {
  const range = async (sex: Sex, minAge: number) => {
    const { from, to } = birthYearsFor(day, minAge);
    const items = await readCounterRange(deps, area, birthsBucket(sex, from), birthsBucket(sex, to));
    return items.map(({ bucket, numbers }) => ({ sex, year: Number(bucket.split('#')[2]), days: numbers }));
  };
  const [women, men] = await Promise.all([range('female', WOMEN_MIN_AGE), range('male', ELDERLY_AGE)]);
  return [...women, ...men];
}

export interface PopulationFigures extends AgeFigures {
  total: number;
  /** 户籍人口. */
  registered: number;
  /** 流动人口. */
  migrant: number;
  male: number;
  female: number;
}

const populationNames = ['total', 'registered', 'migrant', 'male', 'female'] as const;

function populationOf(numbers: Deltas, births: readonly BirthCounts[], day: string): PopulationFigures {
  const counts = Object.fromEntries(populationNames.map((name) => [name, numbers[name] ?? 0])) as Record<
    (typeof populationNames)[number],
    number
  >;
  return { ...counts, ...ageFigures(births, day) };
}

/** An area's population figures on `day` (`YYYY-MM-DD`). */
export async function populationFigures(deps: StatisticsDeps, area: string, day: string): Promise<PopulationFigures> {
  const [numbers, births] = await Promise.all([readCounter(deps, area, POPULATION_BUCKET), readBirths(deps, area, day)]);
  return populationOf(numbers, births, day);
}

/** The population figures on `day` of each child area of `area`. */
export async function childPopulationFigures(
  deps: StatisticsDeps,
  area: string,
  day: string,
): Promise<{ area: string; name: string; figures: PopulationFigures }[]> {
  const children = await childCounters(deps, area, POPULATION_BUCKET);
  return mapBounded(children, PARALLEL_READS, async (child) => {
    // A child never counted has no birthday counters either: no reads for it.
    const births = Object.keys(child.numbers).length > 0 ? await readBirths(deps, child.area, day) : [];
    return { area: child.area, name: child.name, figures: populationOf(child.numbers, births, day) };
  });
}

export interface DisabledFigures {
  total: number;
  byCategory: Record<string, number>;
  byGrade: Record<string, number>;
  /** `<category>:<grade>` → persons. */
  cells: Record<string, number>;
}

/** The disabled figures in a GROUPS counter item. */
export function disabledOf(numbers: Deltas): DisabledFigures {
  const byCategory = Object.fromEntries(
    disabilityCategories.map((category) => [category, numbers[disabledCategoryCounter(category)] ?? 0]),
  );
  const byGrade = Object.fromEntries(disabilityGrades.map((grade) => [String(grade), numbers[disabledGradeCounter(grade)] ?? 0]));
  const cells = Object.fromEntries(
    disabilityCategories.flatMap((category) =>
      disabilityGrades.map((grade) => [`${category}:${grade}`, numbers[disabledCellCounter(category, grade)] ?? 0]),
    ),
  );
  return { total: numbers.disabled ?? 0, byCategory, byGrade, cells };
}

const populationColumns: ReportColumn[] = [
  { key: 'total', label: '总人口' },
  { key: 'registered', label: '户籍人口' },
  { key: 'migrant', label: '流动人口' },
  { key: 'male', label: '男' },
  { key: 'female', label: '女' },
  { key: 'women15to49', label: '育龄妇女（15–49 岁）' },
  { key: 'elderly60plus', label: '60 岁以上老人' },
  { key: 'elderly80plus', label: '80 岁以上高龄老人' },
];

const disabledColumns: ReportColumn[] = [
  { key: 'total', label: '残疾人合计' },
  ...disabilityCategories.map((category) => ({ key: category, label: disabilityCategoryLabels[category] ?? category })),
  ...disabilityGrades.map((grade) => ({ key: `grade${grade}`, label: gradeLabels[grade] ?? `${grade}级` })),
];

function valuesOf(columns: readonly ReportColumn[], figures: Record<string, number>): Record<string, number> {
  return Object.fromEntries(columns.map((column) => [column.key, figures[column.key] ?? 0]));
}

function disabledValues(figures: DisabledFigures): Record<string, number> {
  return {
    total: figures.total,
    ...figures.byCategory,
    ...Object.fromEntries(Object.entries(figures.byGrade).map(([grade, count]) => [`grade${grade}`, count])),
  };
}

/** What every report table carries besides its figures: the area and its name, the period, the unit, when and by whom. */
export function reportFrame(
  deps: StatisticsDeps,
  frame: { area: string; period: string; asOf: string; unit: string },
): Pick<ReportTable, 'area' | 'areaName' | 'period' | 'asOf' | 'unit' | 'compiledAt' | 'compiledBy'> {
  return { ...frame, areaName: areaName(frame.area), compiledAt: deps.now().toISOString(), compiledBy: SCHEDULED_COMPILER };
}

/**
 * 人口统计表 of `area` as of `asOf` (`YYYY-MM-DD`): a row per child area and the area itself as totals; the
 * age columns are the ages on that day. The counts are the counters as they stand when compiled.
 */
export async function compilePopulationTable(deps: StatisticsDeps, area: string, asOf: string): Promise<ReportTable> {
  const [totals, children] = await Promise.all([populationFigures(deps, area, asOf), childPopulationFigures(deps, area, asOf)]);
  const rows: ReportRow[] = children.map((child) => ({
    area: child.area,
    label: child.name,
    values: valuesOf(populationColumns, { ...child.figures }),
  }));
  return {
    kind: 'population',
    title: '人口统计表',
    ...reportFrame(deps, { area, period: asOf.slice(0, 7), asOf, unit: '单位：人' }),
    columns: populationColumns,
    rows,
    totals: valuesOf(populationColumns, { ...totals }),
  };
}

/** 残疾人统计表 of `area` as of `asOf`: persons by category and by grade, a row per child area, the area itself as totals. */
export async function compileDisabledTable(deps: StatisticsDeps, area: string, asOf: string): Promise<ReportTable> {
  const [numbers, children] = await Promise.all([
    readCounter(deps, area, GROUPS_BUCKET),
    childCounters(deps, area, GROUPS_BUCKET),
  ]);
  return {
    kind: 'disabled',
    title: '残疾人统计表',
    ...reportFrame(deps, { area, period: asOf.slice(0, 7), asOf, unit: '单位：人' }),
    columns: disabledColumns,
    rows: children.map((child) => ({ area: child.area, label: child.name, values: disabledValues(disabledOf(child.numbers)) })),
    totals: disabledValues(disabledOf(numbers)),
  };
}
