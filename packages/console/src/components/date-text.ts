import dayjs, { type Dayjs } from 'dayjs';

/** Every date the console shows reads the same way: 2026-12-04. */
export const DATE_FORMAT = 'YYYY-MM-DD';

export function dateText(value: string | undefined): string {
  return value ? dayjs(value).format(DATE_FORMAT) : '—';
}

/** A moment (ISO timestamp) in the browser's own time, which for the users is Beijing time. */
export function dateTimeText(value: string | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—';
}

export function todayText(): string {
  return dayjs().format(DATE_FORMAT);
}

/** What the API takes from a date picker: the calendar day, never a timestamp. */
export function dayOf(value: Dayjs | string | undefined): string | undefined {
  if (!value) return undefined;
  return typeof value === 'string' ? value.slice(0, 10) : value.format(DATE_FORMAT);
}
