import type { HelperKind, PairingFrequency } from '@shequ/contracts';

export const helperKindLabels: Record<HelperKind, string> = { worker: '社区工作者', 'party-member': '党员', volunteer: '志愿者' };
export const frequencyLabels: Record<PairingFrequency, string> = {
  week: '每周',
  fortnight: '每两周',
  month: '每月',
  quarter: '每季度',
};

export interface Helper {
  kind: HelperKind;
  /** A user id for a worker, a person id for a party member, a volunteer id for a volunteer. */
  id: string;
  name: string;
  /** The registry person behind a party member or volunteer: who may log visits as this helper. */
  personId?: string;
}

export interface Pairing {
  pairingId: string;
  community: string;
  householdId: string;
  headPersonId: string;
  headName: string;
  helpers: Helper[];
  every: PairingFrequency;
  needs?: string;
  startOn: string;
  nextDue: string;
  lastVisitedOn?: string;
  visits: number;
  status: 'active' | 'ended';
  endedOn?: string;
  endReason?: string;
  endedBy?: string;
  /** The due date a PairingVisitsBehind was raised for, so the daily job raises it once. */
  behindReportedFor?: string;
  createdAt: string;
  createdBy: string;
  version: number;
}

export interface PairingVisit {
  visitId: string;
  pairingId: string;
  visitedOn: string;
  helperId: string;
  helperName: string;
  notes: string;
  recordedBy: string;
  recordedAt: string;
}

/** 一帮一 with one helper, 二帮一 with two. */
export const modeOf = (helpers: readonly Helper[]) => (helpers.length === 1 ? '一帮一' : '二帮一');

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

export function afterPeriod(day: string, every: PairingFrequency): string {
  if (every === 'week') return addDays(day, 7);
  if (every === 'fortnight') return addDays(day, 14);
  return addMonths(day, every === 'month' ? 1 : 3);
}

/**
 * The next due date after a visit: one period from the visit itself, never earlier than already due, so a
 * backdated entry cannot pull the schedule back (ISO dates compare as strings).
 */
export function nextDueAfterVisit(pairing: Pick<Pairing, 'nextDue' | 'every'>, visitedOn: string): string {
  const candidate = afterPeriod(visitedOn, pairing.every);
  // ISO dates compare as strings (Math.max would not).
  if (candidate <= pairing.nextDue) return pairing.nextDue;
  return candidate;
}

/** Behind once the due day has passed without a visit; raised once per due day, and never for an ended pairing. */
export function isBehindUnreported(pairing: Pick<Pairing, 'status' | 'nextDue' | 'behindReportedFor'>, today: string): boolean {
  return pairing.status === 'active' && pairing.nextDue < today && pairing.behindReportedFor !== pairing.nextDue;
}

/** Why helpers cannot be paired as given, or undefined. */
export function helpersProblem(helpers: readonly Pick<Helper, 'kind' | 'id'>[]): string | undefined {
  if (helpers.length < 1 || helpers.length > 2) return '结对帮扶须有 1 名（一帮一）或 2 名（二帮一）帮扶人';
  if (new Set(helpers.map((h) => `${h.kind}#${h.id}`)).size !== helpers.length) return '同一帮扶人不能重复列入';
  return undefined;
}
