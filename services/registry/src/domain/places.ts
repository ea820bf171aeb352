import type { GridFocus } from '@shequ/contracts';
import { communityOf } from '@shequ/contracts';
import type { AreaLevel } from './areas.ts';

/** Chinese names of the grid focuses (一网格一特色). */
export const gridFocusLabels: Record<GridFocus, string> = {
  'hardship-help': '困难帮扶',
  units: '单位共建',
  'high-rise': '高层楼宇',
  'estate-governance': '小区治理',
  other: '其他',
};

/** `350203006029` and 3 → `350203006029-03`. */
export function gridCode(community: string, number: number): string {
  return `${community}-${String(number).padStart(2, '0')}`;
}

export function defaultGridName(number: number): string {
  return `第${number}网格`;
}

/**
 * Reference data of a community (grids, buildings, facilities, units) is read by every staff member
 * working in it: a grid worker's grid scope is widened to its community for these reads only.
 */
export function communityReader<T extends { areas: readonly string[] }>(caller: T): T {
  return { ...caller, areas: caller.areas.map(communityOf) };
}

export const facilityKinds = [
  'community-academy',
  'party-home',
  'women-children-home',
  'silver-age-home',
  'silver-age-station',
  'other',
] as const;
export type FacilityKind = (typeof facilityKinds)[number];

export const facilityKindLabels: Record<FacilityKind, string> = {
  'community-academy': '社区书院',
  'party-home': '党群之家',
  'women-children-home': '妇女儿童家园',
  'silver-age-home': '银龄幸福之家',
  'silver-age-station': '银龄幸福之家服务站',
  other: '其他',
};

/**
 * 银龄幸福之家 runs "1+6": one home and its stations. A station belongs to a home; nothing else has a
 * parent. `parentKind` is the kind of the named parent, `null` when none was named.
 */
export function facilityParentProblem(kind: FacilityKind, parentKind: FacilityKind | null): string | undefined {
  if (kind === 'silver-age-station') {
    if (parentKind === null) return '银龄幸福之家服务站须指明所属的银龄幸福之家（parentId）';
    if (parentKind !== 'silver-age-home') return '服务站的上级设施须为银龄幸福之家';
    return undefined;
  }
  return parentKind === null ? undefined : `只有银龄幸福之家服务站可以指定上级设施，${facilityKindLabels[kind]}不可以`;
}

export interface OfficePeriod {
  from: string;
  to: string;
}

export interface OfficeHours {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  openDays: number[];
  periods: OfficePeriod[];
  /** Days on which the three certificates are handled (fixed office days, usually three a week). */
  certificateOfficeDays: number[];
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** Rules beyond the shape: no repeated days, periods in order without overlap, certificate days are office days. */
export function officeHoursProblems(hours: OfficeHours): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (new Set(hours.openDays).size !== hours.openDays.length) {
    problems.push({ field: 'body.openDays', message: '办公日不能重复' });
  }
  if (new Set(hours.certificateOfficeDays).size !== hours.certificateOfficeDays.length) {
    problems.push({ field: 'body.certificateOfficeDays', message: '三证办理日不能重复' });
  }
  if (hours.certificateOfficeDays.some((day) => !hours.openDays.includes(day))) {
    problems.push({ field: 'body.certificateOfficeDays', message: '三证办理日须是社区的办公日' });
  }
  hours.periods.forEach((period, index) => {
    if (period.from >= period.to) {
      problems.push({ field: `body.periods.${index}`, message: '办公时段的结束时间须晚于开始时间' });
    }
    const previous = hours.periods[index - 1];
    if (previous && period.from < previous.to) {
      problems.push({ field: `body.periods.${index}`, message: '办公时段须按时间先后排列且不能重叠' });
    }
  });
  return problems;
}

const weekdayNames = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** `[1,2,3,4,5]` → `周一至周五`; `[1,3,5]` → `周一、周三、周五`. */
export function describeDays(days: readonly number[]): string {
  const sorted = [...days].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const day of sorted) {
    const run = runs.at(-1);
    if (run && run.at(-1) === day - 1) run.push(day);
    else runs.push([day]);
  }
  return runs
    .flatMap((run) =>
      run.length >= 3 ? [`${weekdayNames[run[0]!]}至${weekdayNames[run.at(-1)!]}`] : run.map((day) => weekdayNames[day]!),
    )
    .join('、');
}

/** One line for the public board: `周一至周五 08:30–12:00、14:30–17:30；三证办理日：周一、周三、周五`. */
export function describeOfficeHours(hours: OfficeHours): string {
  const periods = hours.periods.map((period) => `${period.from}–${period.to}`).join('、');
  const open = `${describeDays(hours.openDays)} ${periods}`;
  return hours.certificateOfficeDays.length > 0 ? `${open}；三证办理日：${describeDays(hours.certificateOfficeDays)}` : open;
}

/** A division as the registry keeps it: the district, its sub-districts and their communities. */
export interface AreaSeed {
  code: string;
  name: string;
  level: AreaLevel;
  parent?: string;
}

/**
 * What seeding must write so the table holds exactly the division data: areas it lacks, and areas whose
 * name or parent changed (with the version to replace). Everything else is left alone, so a second
 * run writes nothing.
 */
export function areaChanges(
  desired: readonly AreaSeed[],
  existing: ReadonlyMap<string, AreaSeed & { version: number }>,
): { create: AreaSeed[]; update: (AreaSeed & { version: number })[] } {
  const create: AreaSeed[] = [];
  const update: (AreaSeed & { version: number })[] = [];
  for (const area of desired) {
    const stored = existing.get(area.code);
    if (!stored) create.push(area);
    else if (stored.name !== area.name || stored.parent !== area.parent) update.push({ ...area, version: stored.version });
  }
  return { create, update };
}
