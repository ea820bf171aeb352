/**
 * Volunteer hours, one shape for every source: activities credit them at check-out (approved at once),
 * volunteers log their own (approved by a team leader or staff). Reports read only approved hours.
 */

export const hourSources = ['activity', 'self'] as const;
export type HourSource = (typeof hourSources)[number];
export const hourStatuses = ['pending', 'approved', 'rejected'] as const;
export type HourStatus = (typeof hourStatuses)[number];

/** Self-logged hours per entry: half an hour at least, and nobody serves more than 12 hours a day. */
export const MIN_LOGGED_HOURS = 0.5;
export const MAX_LOGGED_HOURS = 12;

export interface HoursEntry {
  volunteerId: string;
  hours: number;
  source: HourSource;
  /** The activity that credited the hours (source 'activity'). */
  activityId?: string;
  /** `log-<id>` for hours a volunteer logged (source 'self'). */
  logId?: string;
  community: string;
  /** `YYYY-MM` of `date`: the community's monthly report partition. */
  month: string;
  date: string;
  status: HourStatus;
  /** What was done, for self-logged hours. */
  what?: string;
  loggedAt?: string;
  reviewedBy?: string;
  reviewedAt?: string;
  rejectReason?: string;
}

/** What tells an entry apart within a volunteer's day: the activity id, or the log id. */
export function entryRef(entry: Pick<HoursEntry, 'activityId' | 'logId'>): string {
  return entry.activityId ?? entry.logId ?? '';
}

/** The entry id the API shows and takes back: date and reference, joined so it fits a path segment. */
export function entryIdOf(entry: Pick<HoursEntry, 'date' | 'activityId' | 'logId'>): string {
  return `${entry.date}_${entryRef(entry)}`;
}

export function parseEntryId(entryId: string): { date: string; ref: string } | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})_([\w-]+)$/.exec(entryId);
  return match ? { date: match[1] as string, ref: match[2] as string } : undefined;
}

export const monthOf = (date: string) => date.slice(0, 7);

/** Hours summed without binary drift: entries are in half hours at worst, so tenths are exact enough. */
export function sumHours(entries: readonly Pick<HoursEntry, 'hours'>[]): number {
  return Math.round(entries.reduce((total, entry) => total + entry.hours * 10, 0)) / 10;
}

/** Only approved hours count, whatever their source. */
export function approvedOnly<T extends Pick<HoursEntry, 'status'>>(entries: readonly T[]): T[] {
  return entries.filter((entry) => entry.status === 'approved');
}

/** Approved hours per volunteer, most hours first. */
export function byVolunteer(entries: readonly HoursEntry[]): { volunteerId: string; hours: number; entries: number }[] {
  const groups = new Map<string, HoursEntry[]>();
  for (const entry of approvedOnly(entries)) groups.set(entry.volunteerId, [...(groups.get(entry.volunteerId) ?? []), entry]);
  return [...groups]
    .map(([volunteerId, list]) => ({ volunteerId, hours: sumHours(list), entries: list.length }))
    .sort((a, b) => b.hours - a.hours || a.volunteerId.localeCompare(b.volunteerId));
}

/** Approved hours per month of a year, every month that has some. */
export function byMonth(entries: readonly HoursEntry[]): { month: string; hours: number }[] {
  const months = [...new Set(approvedOnly(entries).map((entry) => entry.month))].sort();
  return months.map((month) => ({ month, hours: sumHours(approvedOnly(entries).filter((entry) => entry.month === month)) }));
}

/** Why a review cannot be taken, or undefined: only pending self-logged hours are reviewed, once. */
export function reviewProblem(entry: HoursEntry): string | undefined {
  if (entry.source !== 'self') return '活动签到签退记入的时长已自动确认，无需审核';
  if (entry.status !== 'pending') return '该条服务时长已审核，不能重复审核';
  return undefined;
}
