/**
 * EventBridge Scheduler expressions, evaluated as AWS does for our schedules: `cron(...)` in the
 * Asia/Shanghai time zone and `rate(...)` as a fixed interval. Used by the local platform's scheduler and to
 * reject a wrong manifest before it reaches AWS.
 */

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
/** Asia/Shanghai is UTC+8 all year (no DST), so a fixed offset is exact. */
const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;
const MIN_YEAR = 1970;
const MAX_YEAR = 2199;
/** Covers the longest gap a valid schedule can have: Feb 29 skips 2100, eight years apart. */
const MAX_YEARS_SEARCHED = 10;

const MONTH_NAMES = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'] as const;
const DAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] as const;

/** Which days of the month match: `?`/`*`, a value set, `L` (last day) or `nW` (weekday nearest day n). */
export type DayOfMonthRule =
  | { type: 'any' }
  | { type: 'values'; allowed: readonly boolean[] }
  | { type: 'last' }
  | { type: 'nearestWeekday'; day: number };

/** Which days of the week match (1 = SUN … 7 = SAT): `?`/`*`, a value set, `nL` (last one) or `n#k` (k-th one). */
export type DayOfWeekRule =
  | { type: 'any' }
  | { type: 'values'; allowed: readonly boolean[] }
  | { type: 'last'; weekday: number }
  | { type: 'nth'; weekday: number; nth: number };

/** A parsed `cron(...)` expression; the `allowed` arrays are indexed by the field's value. */
export interface CronExpressionSchedule {
  kind: 'cron';
  expression: string;
  minutes: readonly boolean[];
  hours: readonly boolean[];
  dayOfMonth: DayOfMonthRule;
  months: readonly boolean[];
  dayOfWeek: DayOfWeekRule;
  years: readonly boolean[];
}

/** A parsed `rate(...)` expression: runs every `intervalMs` after an anchor time. */
export interface RateSchedule {
  kind: 'rate';
  expression: string;
  intervalMs: number;
}

/** A parsed EventBridge Scheduler expression, `cron(...)` or `rate(...)`. */
export type CronSchedule = CronExpressionSchedule | RateSchedule;

interface FieldSpec {
  name: string;
  min: number;
  max: number;
  names?: readonly string[];
  /** EventBridge lists `/` for every field but day-of-week. */
  steps: boolean;
}

const FIELDS = {
  minutes: { name: 'minutes', min: 0, max: 59, steps: true },
  hours: { name: 'hours', min: 0, max: 23, steps: true },
  dayOfMonth: { name: 'day-of-month', min: 1, max: 31, steps: true },
  month: { name: 'month', min: 1, max: 12, names: MONTH_NAMES, steps: true },
  dayOfWeek: { name: 'day-of-week', min: 1, max: 7, names: DAY_NAMES, steps: false },
  year: { name: 'year', min: MIN_YEAR, max: MAX_YEAR, steps: true },
} satisfies Record<string, FieldSpec>;

class CronSyntaxError extends Error {}

function invalid(expression: string, detail: string): Error {
  return new Error(`invalid schedule expression "${expression}": ${detail} (定时表达式无效)`);
}

/**
 * Parses an EventBridge Scheduler expression: `cron(minutes hours day-of-month month day-of-week year)`
 * with `, - * ? /` plus `L`, `nW` (day-of-month) and `L`, `nL`, `n#k` (day-of-week), or
 * `rate(n minute[s]|hour[s]|day[s])`. Throws an Error naming the offending field when invalid.
 */
export function parseCron(expression: string): CronSchedule {
  const text = expression.trim();
  const cron = /^cron\((.*)\)$/s.exec(text);
  if (cron) return parseCronFields(expression, cron[1]!);
  const rate = /^rate\((.*)\)$/s.exec(text);
  if (rate) return parseRate(expression, rate[1]!);
  if (/^at\(/.test(text)) throw invalid(expression, 'one-time at(...) schedules are not supported, use cron(...) or rate(...)');
  throw invalid(expression, 'expected cron(minutes hours day-of-month month day-of-week year) or rate(value unit)');
}

function parseRate(expression: string, body: string): RateSchedule {
  const match = /^\s*(\d+)\s+([a-z]+)\s*$/.exec(body);
  if (!match) throw invalid(expression, 'rate must be "rate(value unit)", e.g. rate(5 minutes)');
  const value = Number(match[1]);
  const unit = match[2]!;
  const unitMs: Record<string, number> = { minute: MINUTE_MS, hour: HOUR_MS, day: DAY_MS };
  const singular = unit.endsWith('s') ? unit.slice(0, -1) : unit;
  const ms = unitMs[singular];
  if (ms === undefined) throw invalid(expression, `rate unit "${unit}" must be minute(s), hour(s) or day(s)`);
  if (value < 1) throw invalid(expression, 'rate value must be a positive integer');
  // EventBridge insists on "1 hour" but "2 hours"; catching it here saves a failed deploy.
  if (value === 1 && unit !== singular) throw invalid(expression, `rate of 1 takes the singular unit "${singular}"`);
  if (value > 1 && unit === singular) throw invalid(expression, `rate above 1 takes the plural unit "${singular}s"`);
  return { kind: 'rate', expression, intervalMs: value * ms };
}

function parseCronFields(expression: string, body: string): CronExpressionSchedule {
  const parts = body.trim().toUpperCase().split(/\s+/);
  if (parts.length !== 6 || parts[0] === '') {
    throw invalid(
      expression,
      `cron needs six fields (minutes hours day-of-month month day-of-week year), got ${parts[0] === '' ? 0 : parts.length}`,
    );
  }
  const [minutes, hours, dayOfMonth, month, dayOfWeek, year] = parts as [string, string, string, string, string, string];
  const field = <T>(spec: FieldSpec, text: string, parse: (spec: FieldSpec, text: string) => T): T => {
    try {
      return parse(spec, text);
    } catch (error) {
      if (error instanceof CronSyntaxError) throw invalid(expression, `${spec.name} field "${text}": ${error.message}`);
      throw error;
    }
  };
  if ((dayOfMonth === '?') === (dayOfWeek === '?')) {
    throw invalid(
      expression,
      `exactly one of day-of-month ("${dayOfMonth}") and day-of-week ("${dayOfWeek}") must be "?" — the other one selects the days`,
    );
  }
  return {
    kind: 'cron',
    expression,
    minutes: field(FIELDS.minutes, minutes, parseValues),
    hours: field(FIELDS.hours, hours, parseValues),
    dayOfMonth: field(FIELDS.dayOfMonth, dayOfMonth, parseDayOfMonth),
    months: field(FIELDS.month, month, parseValues),
    dayOfWeek: field(FIELDS.dayOfWeek, dayOfWeek, parseDayOfWeek),
    years: field(FIELDS.year, year, parseValues),
  };
}

function parseDayOfMonth(spec: FieldSpec, text: string): DayOfMonthRule {
  if (text === '?' || text === '*') return { type: 'any' };
  if (text === 'L') return { type: 'last' };
  const weekday = /^(\d+)W$/.exec(text);
  if (weekday) return { type: 'nearestWeekday', day: parseNumber(spec, weekday[1]!) };
  if (/[LW]/.test(text))
    throw new CronSyntaxError('L and W stand alone ("L", "15W"); L-n, LW and lists with them are not supported');
  return { type: 'values', allowed: parseValues(spec, text) };
}

function parseDayOfWeek(spec: FieldSpec, text: string): DayOfWeekRule {
  if (text === '?' || text === '*') return { type: 'any' };
  // Alone, L is the last day of the week, Saturday.
  if (text === 'L') return { type: 'values', allowed: parseValues(spec, '7') };
  const last = /^(\d+)L$/.exec(text);
  if (last) return { type: 'last', weekday: parseNumber(spec, last[1]!) };
  const nth = /^(\d+)#(\d+)$/.exec(text);
  if (nth) {
    const k = Number(nth[2]);
    if (k < 1 || k > 5) throw new CronSyntaxError(`occurrence after # must be 1-5, got ${nth[2]}`);
    return { type: 'nth', weekday: parseNumber(spec, nth[1]!), nth: k };
  }
  if (/[L#]/.test(text)) {
    throw new CronSyntaxError(
      'L and # stand alone with a day number 1-7 ("6L", "6#3" = third Friday); lists with them are not supported',
    );
  }
  return { type: 'values', allowed: parseValues(spec, text) };
}

/** Parses a list of values, ranges and steps into an array indexed by value. */
function parseValues(spec: FieldSpec, text: string): boolean[] {
  const allowed = new Array<boolean>(spec.max + 1).fill(false);
  if (text === '?') throw new CronSyntaxError('"?" is only allowed in day-of-month or day-of-week');
  for (const item of text.split(',')) {
    if (item === '') throw new CronSyntaxError('empty list item');
    const [range, stepText, ...extra] = item.split('/');
    if (extra.length > 0) throw new CronSyntaxError(`"${item}" has more than one "/"`);
    let step = 1;
    if (stepText !== undefined) {
      if (!spec.steps) throw new CronSyntaxError('"/" steps are not allowed in this field');
      if (!/^\d+$/.test(stepText) || Number(stepText) < 1)
        throw new CronSyntaxError(`step "${stepText}" must be a positive integer`);
      step = Number(stepText);
    }
    let from: number;
    let to: number;
    if (range === '*') {
      from = spec.min;
      to = spec.max;
    } else if (range!.includes('-')) {
      const bounds = range!.split('-');
      if (bounds.length !== 2) throw new CronSyntaxError(`"${range}" is not a range a-b`);
      from = parseValue(spec, bounds[0]!);
      to = parseValue(spec, bounds[1]!);
      if (from > to) throw new CronSyntaxError(`range "${range}" runs backwards; wrap-around ranges are not supported`);
    } else {
      from = parseValue(spec, range!);
      // "a/n" means from a to the end of the field, every n.
      to = stepText === undefined ? from : spec.max;
    }
    for (let value = from; value <= to; value += step) allowed[value] = true;
  }
  return allowed;
}

function parseValue(spec: FieldSpec, token: string): number {
  const named = spec.names?.indexOf(token) ?? -1;
  if (named >= 0) return named + 1;
  return parseNumber(spec, token);
}

function parseNumber(spec: FieldSpec, token: string): number {
  const names = spec.names ? ` or ${spec.names[0]}-${spec.names[spec.names.length - 1]}` : '';
  if (!/^\d+$/.test(token)) throw new CronSyntaxError(`"${token}" is not a value (${spec.min}-${spec.max}${names})`);
  const value = Number(token);
  if (value < spec.min || value > spec.max) {
    throw new CronSyntaxError(`${value} is out of range ${spec.min}-${spec.max}${names}`);
  }
  return value;
}

interface ShanghaiTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** Wall-clock fields of a "Shanghai-shifted" epoch value (UTC ms + 8 h), read with the UTC getters. */
function fieldsOf(shiftedMs: number): ShanghaiTime {
  const date = new Date(shiftedMs);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
  };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 1 = SUN … 7 = SAT, as EventBridge counts. */
function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 1;
}

function dayMatches(schedule: CronExpressionSchedule, year: number, month: number, day: number): boolean {
  const length = daysInMonth(year, month);
  const dom = schedule.dayOfMonth;
  switch (dom.type) {
    case 'values':
      if (!dom.allowed[day]) return false;
      break;
    case 'last':
      if (day !== length) return false;
      break;
    case 'nearestWeekday':
      if (day !== nearestWeekday(year, month, dom.day, length)) return false;
      break;
  }
  const dow = schedule.dayOfWeek;
  switch (dow.type) {
    case 'values':
      return dow.allowed[weekdayOf(year, month, day)] === true;
    case 'last':
      return day + 7 > length && weekdayOf(year, month, day) === dow.weekday;
    case 'nth':
      return Math.ceil(day / 7) === dow.nth && weekdayOf(year, month, day) === dow.weekday;
    default:
      return true;
  }
}

/** The weekday closest to `target` without leaving the month (Quartz rules); undefined when the month is shorter. */
function nearestWeekday(year: number, month: number, target: number, length: number): number | undefined {
  if (target > length) return undefined;
  const weekday = weekdayOf(year, month, target);
  if (weekday === 7) return target === 1 ? 3 : target - 1;
  if (weekday === 1) return target === length ? target - 2 : target + 1;
  return target;
}

function cronMatches(schedule: CronExpressionSchedule, shiftedMs: number): boolean {
  const t = fieldsOf(shiftedMs);
  return (
    schedule.years[t.year] === true &&
    schedule.months[t.month] === true &&
    schedule.hours[t.hour] === true &&
    schedule.minutes[t.minute] === true &&
    dayMatches(schedule, t.year, t.month, t.day)
  );
}

function firstAllowed(allowed: readonly boolean[], from: number): number | undefined {
  for (let value = from; value < allowed.length; value++) if (allowed[value]) return value;
  return undefined;
}

/**
 * Whether `date`'s minute (in Shanghai time) is a run of the schedule. Rate schedules run every interval
 * after `anchor` (default: the Unix epoch).
 */
export function matches(schedule: CronSchedule, date: Date, anchor: Date = new Date(0)): boolean {
  const minuteStart = Math.floor(date.getTime() / MINUTE_MS) * MINUTE_MS;
  if (schedule.kind === 'cron') return cronMatches(schedule, minuteStart + SHANGHAI_OFFSET_MS);
  const k = Math.ceil((minuteStart - anchor.getTime()) / schedule.intervalMs);
  return k >= 1 && anchor.getTime() + k * schedule.intervalMs < minuteStart + MINUTE_MS;
}

/**
 * The first run strictly after `after`: for cron the start of a matching Shanghai minute, for rate
 * `anchor + k × interval` (k ≥ 1, anchor defaulting to the Unix epoch). Skips whole years, months, days and
 * hours, and throws when ten calendar years allowed by the year field hold no run (e.g. `cron(0 0 30 2 ? *)`).
 */
export function nextRun(schedule: CronSchedule, after: Date, anchor: Date = new Date(0)): Date {
  if (schedule.kind === 'rate') {
    const k = Math.max(1, Math.floor((after.getTime() - anchor.getTime()) / schedule.intervalMs) + 1);
    return new Date(anchor.getTime() + k * schedule.intervalMs);
  }
  let t = Math.floor((after.getTime() + SHANGHAI_OFFSET_MS) / MINUTE_MS) * MINUTE_MS + MINUTE_MS;
  let yearsSearched = 0;
  let currentYear: number | undefined;
  for (;;) {
    const { year, month, day, hour, minute } = fieldsOf(t);
    if (!schedule.years[year]) {
      const next = firstAllowed(schedule.years, year + 1);
      if (next === undefined) {
        throw new Error(`schedule "${schedule.expression}" has no run after ${after.toISOString()} (定时表达式不会再触发)`);
      }
      t = Date.UTC(next, 0, 1);
      continue;
    }
    if (year !== currentYear) {
      currentYear = year;
      if (++yearsSearched > MAX_YEARS_SEARCHED) {
        throw new Error(
          `schedule "${schedule.expression}" has no run in the ${MAX_YEARS_SEARCHED} years after ${after.toISOString()} (定时表达式不会触发)`,
        );
      }
    }
    if (!schedule.months[month]) {
      t = Date.UTC(year, month, 1);
    } else if (!dayMatches(schedule, year, month, day)) {
      t = Date.UTC(year, month - 1, day + 1);
    } else if (!schedule.hours[hour]) {
      t = Date.UTC(year, month - 1, day, hour + 1);
    } else if (!schedule.minutes[minute]) {
      const next = firstAllowed(schedule.minutes, minute + 1);
      t = next === undefined ? Date.UTC(year, month - 1, day, hour + 1) : Date.UTC(year, month - 1, day, hour, next);
    } else {
      return new Date(t - SHANGHAI_OFFSET_MS);
    }
  }
}
