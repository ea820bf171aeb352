import { addDays, type CivicDayKind, lastDayOf } from '@shequ/contracts';

/**
 * The monthly rhythm 五日一周 (SPEC §5) as dates: reception day on the 2nd, disclosure day on the 5th,
 * publicity day on the 15th, deliberation day on the 28th, evaluation day on the 30th of a quarter's last
 * month, and one service week. A day that falls on a weekend or an official holiday moves to the next
 * working day; a weekend the State Council made a working day (调休) is a working day. Pure: the official
 * calendar comes in as a port.
 */

/** Which days people work, as the State Council's yearly notice says (weekends, holidays and make-up days). */
export interface OfficialCalendar {
  isWorkday(day: string): boolean;
  /** Whether that year's holiday notice is known; before it is, only weekends are certain. */
  knowsYear(year: number): boolean;
}

export interface CivicDayRule {
  kind: Exclude<CivicDayKind, 'service-week'>;
  dayOfMonth: number;
  name: string;
  what: string;
  quarterEndOnly?: boolean;
}

export const civicDayRules: readonly CivicDayRule[] = [
  { kind: 'reception', dayOfMonth: 2, name: '接待日', what: '社区干部集中接待居民来访，受理诉求' },
  { kind: 'disclosure', dayOfMonth: 5, name: '公开日', what: '公开社区事务、财务和补助发放情况' },
  { kind: 'publicity', dayOfMonth: 15, name: '宣传日', what: '宣传政策法规，解答居民疑问' },
  { kind: 'deliberation', dayOfMonth: 28, name: '议事日', what: '召开居民议事会，讨论本月集中反映的问题' },
  {
    kind: 'evaluation',
    dayOfMonth: 30,
    name: '评议日',
    what: '向居民代表发放评议卡，评议社区工作人员',
    quarterEndOnly: true,
  },
];

export const SERVICE_WEEK = { name: '服务周', what: '按需求问卷集中为居民办实事' } as const;

/** A day of the rhythm as planned: the fixed date it is named for, and the working day it is held on. */
export interface PlannedCivicDay {
  kind: CivicDayKind;
  name: string;
  what: string;
  /** The day the rule names (`YYYY-MM-DD`); for the service week, its first day. */
  nominal: string;
  /** The working day it is held on. */
  date: string;
  /** The service week's working days, first to last. */
  days?: string[];
  /** Why `date` differs from `nominal`, in Chinese. */
  movedBecause?: string;
}

export interface MonthPlan {
  month: string;
  days: PlannedCivicDay[];
  /** False while the year's official holiday notice is not out: only weekends were moved. */
  officialCalendarKnown: boolean;
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

export function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/** The first working day on or after `day`. */
export function nextWorkingDay(day: string, calendar: OfficialCalendar): string {
  let candidate = day;
  // A holiday run is at most nine days in the official calendar; a month is a safe bound.
  for (let step = 0; step < 31 && !calendar.isWorkday(candidate); step++) candidate = addDays(candidate, 1);
  return candidate;
}

/** `day` plus `n` working days (the day itself not counted): deadlines of 限期办理 count working days. */
export function addWorkingDays(day: string, n: number, calendar: OfficialCalendar): string {
  let current = day;
  for (let counted = 0; counted < n; ) {
    current = addDays(current, 1);
    if (calendar.isWorkday(current)) counted++;
  }
  return current;
}

function moveReason(nominal: string, date: string, calendar: OfficialCalendar): string {
  const weekday = weekdayOf(nominal);
  // A weekday off between the two dates means a holiday, not just a weekend, pushed the day on.
  let holiday = false;
  for (let day = nominal; day < date; day = addDays(day, 1)) {
    const dow = weekdayOf(day);
    if (dow !== 0 && dow !== 6 && !calendar.isWorkday(day)) holiday = true;
  }
  if (holiday) return `${nominal} 在法定节假日内，顺延至节后第一个工作日 ${date}`;
  return `${nominal} 是星期${WEEKDAYS[weekday]}，顺延至下一个工作日 ${date}`;
}

/** A quarter's last month: March, June, September, December. */
export function isQuarterEnd(month: string): boolean {
  return Number(month.slice(5, 7)) % 3 === 0;
}

/**
 * The service week: the working days of the first week (Monday to Friday) that starts on or after the 16th,
 * after publicity day has told residents what is coming; a community may move it.
 */
export function defaultServiceWeekStart(month: string): string {
  let day = `${month}-16`;
  while (weekdayOf(day) !== 1) day = addDays(day, 1);
  return day;
}

/** The working days of the five-day week starting `monday` (holidays inside it are skipped, not moved). */
export function serviceWeekDays(start: string, calendar: OfficialCalendar): string[] {
  const days: string[] = [];
  for (let offset = 0; offset < 7 && days.length < 5; offset++) {
    const day = addDays(start, offset);
    if (calendar.isWorkday(day)) days.push(day);
  }
  return days;
}

/** The whole month's plan, days in date order. `serviceWeekStart` overrides the default week. */
export function planMonth(month: string, calendar: OfficialCalendar, serviceWeekStart?: string): MonthPlan {
  const last = lastDayOf(month);
  const days: PlannedCivicDay[] = [];
  for (const rule of civicDayRules) {
    if (rule.quarterEndOnly && !isQuarterEnd(month)) continue;
    const nominal = `${month}-${String(rule.dayOfMonth).padStart(2, '0')}`;
    if (nominal > last) continue;
    const date = nextWorkingDay(nominal, calendar);
    days.push({
      kind: rule.kind,
      name: rule.name,
      what: rule.what,
      nominal,
      date,
      ...(date !== nominal ? { movedBecause: moveReason(nominal, date, calendar) } : {}),
    });
  }
  const weekStart = serviceWeekStart ?? defaultServiceWeekStart(month);
  let weekDays = serviceWeekDays(weekStart, calendar);
  // A default week lost wholly to a holiday (Spring Festival) becomes the next week: every month has one.
  if (weekDays.length === 0 && serviceWeekStart === undefined) {
    weekDays = serviceWeekDays(addDays(weekStart, 7), calendar);
  }
  if (weekDays.length > 0) {
    days.push({
      kind: 'service-week',
      name: SERVICE_WEEK.name,
      what: SERVICE_WEEK.what,
      nominal: weekStart,
      date: weekDays[0] as string,
      days: weekDays,
      ...(weekDays[0] !== weekStart ? { movedBecause: moveReason(weekStart, weekDays[0] as string, calendar) } : {}),
    });
  }
  days.sort((a, b) => a.date.localeCompare(b.date) || a.nominal.localeCompare(b.nominal));
  return { month, days, officialCalendarKnown: calendar.knowsYear(Number(month.slice(0, 4))) };
}

/** The first day of `kind` held on or after `day`, looking up to `months` months ahead. */
export function nextCivicDay(
  kind: CivicDayKind,
  day: string,
  calendar: OfficialCalendar,
  months = 4,
): PlannedCivicDay | undefined {
  let month = day.slice(0, 7);
  for (let step = 0; step < months; step++) {
    const found = planMonth(month, calendar).days.find((planned) => planned.kind === kind && planned.date >= day);
    if (found) return found;
    month = addDays(`${lastDayOf(month)}`, 1).slice(0, 7);
  }
  return undefined;
}

/** Why `start` cannot be the service week of `month`, in Chinese; undefined when it can. */
export function serviceWeekProblem(month: string, start: string, calendar: OfficialCalendar): string | undefined {
  if (start.slice(0, 7) !== month) return `服务周须在 ${month} 月内开始`;
  if (weekdayOf(start) !== 1) return `服务周须从星期一开始，${start} 是星期${WEEKDAYS[weekdayOf(start)]}`;
  if (serviceWeekDays(start, calendar).length === 0) return `${start} 起的一周都是法定节假日，请另选一周`;
  return undefined;
}

/** A recurring topic as it goes on a deliberation day's agenda: `环境卫生：楼道堆物（3 件）`. */
export function topicAgendaItem(topic: { categoryLabel: string; topic: string; caseCount: number }): string {
  return `${topic.categoryLabel}：${topic.topic}（${topic.caseCount} 件）`;
}
