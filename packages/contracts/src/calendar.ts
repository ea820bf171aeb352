/**
 * Calendar days and months as every service speaks of them: Asia/Shanghai strings (`YYYY-MM-DD`,
 * `YYYY-MM`), which sort and compare as they read. China keeps UTC+8 all year, so a fixed offset is exact.
 * Pure, so any domain module may use it.
 */

export const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The Asia/Shanghai calendar day of an instant. */
export function shanghaiDay(now: Date): string {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** `day` plus `n` calendar days. */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The last calendar day of a `YYYY-MM` month. */
export function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** `month` plus `n` months. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + n, 1)).toISOString().slice(0, 7);
}

/** `day` plus `n` months, kept within the target month: 2026-08-31 + 6 months → 2027-02-28. */
export function addMonthsToDay(day: string, n: number): string {
  const month = addMonths(day.slice(0, 7), n);
  const last = lastDayOf(month);
  const wanted = `${month}-${day.slice(8, 10)}`;
  return wanted < last ? wanted : last;
}
