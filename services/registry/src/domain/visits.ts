import type { VisitFrequency, VisitKind } from '@shequ/contracts';
import type { PersonStatus } from './persons.ts';

/** Chinese names of visit kinds, for messages and exports. */
export const visitKindLabels: Record<VisitKind, string> = {
  routine: '日常走访',
  'medication-card': '长期服药卡随访',
  'left-behind': '留守人员关爱',
  hardship: '困难帮扶',
  disability: '残疾人走访',
  other: '其他',
};

export const visitFrequencyLabels: Record<VisitFrequency, string> = { week: '每周', month: '每月', quarter: '每季度' };

// Asia/Shanghai has no daylight saving.
const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** Local Shanghai date and time (`YYYY-MM-DDTHH:mm:ss.sss`), so keys sort and group by the local month. */
export function shanghaiDateTime(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 23);
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Adds whole months, clamping to the month's last day (01-31 + 1 month = 02-28). */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The day one period after `day`. */
export function afterPeriod(day: string, every: VisitFrequency): string {
  if (every === 'week') return addDays(day, 7);
  return addMonths(day, every === 'month' ? 1 : 3);
}

/**
 * The next due date after a visit: one period after the visit, counted from the visit itself (a visit in
 * the week it was due or a week late both restart the rhythm), never earlier than the plan already says,
 * so a backdated diary entry cannot pull a plan back.
 */
export function nextDueAfterVisit(plan: { nextDue: string; every: VisitFrequency }, visitedOn: string): string {
  const candidate = afterPeriod(visitedOn, plan.every);
  // ISO dates compare as strings (Math.max would not).
  if (candidate <= plan.nextDue) return plan.nextDue;
  return candidate;
}

/** Due lists show plans due before this day: the one asked for, or by default everything due up to today. */
export function dueListEnd(before: string | undefined, today: string): string {
  return before ?? addDays(today, 1);
}

/** A plan is overdue once its due day has passed; it is reported once per due day. */
export function isOverdueUnreported(plan: { nextDue: string; overdueReportedFor?: string }, today: string): boolean {
  return plan.nextDue < today && plan.overdueReportedFor !== plan.nextDue;
}

/** Visits and certificates are for persons living here: a closed record (moved out, deceased) takes none. */
export function closedPersonProblem(status: PersonStatus, what: string): string | undefined {
  if (status === 'active') return undefined;
  return `${status === 'deceased' ? '该人员已登记死亡' : '该人员已迁出本区'}，不能再${what}；记录仅供查阅`;
}
