import { type ActivityKind, shanghaiDay, type TrainingTrade } from '@shequ/contracts';

/** What each kind of activity is called, and its usual slot where the work plans fix one. */
export const activityKindInfo: Readonly<Record<ActivityKind, { label: string; usualSlot?: string }>> = {
  'feature-course': { label: '特色课程' },
  lecture: { label: '讲座' },
  'free-clinic': { label: '义诊', usualSlot: '每周四上午' },
  'health-check': { label: '健康体检' },
  'after-school-class': { label: '四点半课堂', usualSlot: '放学后 16:30' },
  'cultural-event': { label: '文化活动' },
  'job-training': { label: '技能培训' },
  'early-education': { label: '早教活动（0–36 月龄免费）' },
};

export const tradeLabels: Readonly<Record<TrainingTrade, string>> = {
  electrician: '电工',
  'property-management': '物业管理',
  'elder-carer': '养老护理员',
  'infant-carer': '育婴员',
};

/** Free early-education sessions a child may hold (confirmed or attended). */
export const EARLY_EDUCATION_FREE_SESSIONS = 3;
/** Early education is for children under 36 completed months on the activity day (before the third birthday). */
export const EARLY_EDUCATION_MAX_MONTHS = 36;
/** Cultural events a demonstration site must hold each year, each with a text and photo record. */
export const CULTURAL_EVENTS_PER_YEAR = 4;

/** The Asia/Shanghai calendar day of an instant or an ISO time (as activities store their start). */
export function dayOf(instant: Date | string): string {
  return shanghaiDay(new Date(instant));
}

/** `2026-05-14` → `2026-Q2`. */
export function quarterOf(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/** Completed months of age on `onDay`: born 2025-03-15 is 11 months on 2026-03-14 and 12 on 2026-03-15. */
export function ageInMonths(birthDate: string, onDay: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDay.split('-').map(Number) as [number, number, number];
  return (y - by) * 12 + (m - bm) - (d < bd ? 1 : 0);
}

/**
 * Why a beneficiary may not take a place at an activity, in Chinese, or undefined when they may. Only
 * early education has rules: the child's age on the activity day and the free sessions already held.
 */
export function eligibilityRefusal(
  kind: ActivityKind,
  beneficiary: { birthDate: string; name: string },
  activityDay: string,
  sessionsHeld: number,
): string | undefined {
  if (kind !== 'early-education') return undefined;
  const months = ageInMonths(beneficiary.birthDate, activityDay);
  if (months < 0) return `活动日（${activityDay}）${beneficiary.name}尚未出生，不能报名早教活动`;
  if (months >= EARLY_EDUCATION_MAX_MONTHS) {
    return `免费早教活动仅面向 0–36 月龄儿童，${beneficiary.name}在活动日（${activityDay}）已满 ${months} 个月`;
  }
  if (sessionsHeld >= EARLY_EDUCATION_FREE_SESSIONS) return quotaUsedReason(sessionsHeld);
  return undefined;
}

export function quotaUsedReason(sessionsHeld = EARLY_EDUCATION_FREE_SESSIONS): string {
  return `每名 0–36 月龄儿童可免费参加 ${EARLY_EDUCATION_FREE_SESSIONS} 次早教活动，该儿童已参加 ${sessionsHeld} 次`;
}

/** Hours served between check-in and check-out, to the nearest half hour (15 minutes round up). */
export function creditedHours(checkedInAt: string, checkedOutAt: string): number {
  const hours = (Date.parse(checkedOutAt) - Date.parse(checkedInAt)) / 3_600_000;
  return Math.max(0, Math.round(hours * 2) / 2);
}

export type SignUpStatus = 'confirmed' | 'waitlisted' | 'cancelled';

export interface QueuedSignUp {
  personId: string;
  status: SignUpStatus;
  /** Sorts the waitlist: the time of joining it, then a random tail to break ties. */
  queuedAt?: string;
}

/** The waitlist in the order places are offered: first come, first served. */
export function waitlistOrder<T extends QueuedSignUp>(signUps: readonly T[]): T[] {
  return signUps
    .filter((signUp) => signUp.status === 'waitlisted')
    .sort((a, b) => (a.queuedAt ?? '').localeCompare(b.queuedAt ?? ''));
}

/** Who takes a freed place: the first waitlisted sign-up not ruled out (e.g. by a quota used up meanwhile). */
export function nextInLine<T extends QueuedSignUp>(
  signUps: readonly T[],
  ruledOut: ReadonlySet<string> = new Set(),
): T | undefined {
  return waitlistOrder(signUps).find((signUp) => !ruledOut.has(signUp.personId));
}

export type QuarterStatus = 'met' | 'missed' | 'in-progress' | 'upcoming';

export interface QuarterReport {
  quarter: string;
  committed: number;
  delivered: number;
  status: QuarterStatus;
}

/**
 * A unit's delivered courses against its commitment for each quarter of `year`: a past quarter short of
 * the commitment is missed; the current one is in progress until met.
 */
export function commitmentReport(
  year: string,
  coursesPerQuarter: number,
  deliveredDays: readonly string[],
  today: string,
): QuarterReport[] {
  const current = quarterOf(today);
  return [1, 2, 3, 4].map((n) => {
    const quarter = `${year}-Q${n}`;
    const delivered = deliveredDays.filter((day) => quarterOf(day) === quarter).length;
    const status: QuarterStatus =
      delivered >= coursesPerQuarter ? 'met' : quarter < current ? 'missed' : quarter === current ? 'in-progress' : 'upcoming';
    return { quarter, committed: coursesPerQuarter, delivered, status };
  });
}

/** A community's cultural events of a year against the minimum: only those with text and photos count as held. */
export function culturalMinimum(events: readonly { recorded: boolean }[]): { required: number; held: number; met: boolean } {
  const held = events.filter((event) => event.recorded).length;
  return { required: CULTURAL_EVENTS_PER_YEAR, held, met: held >= CULTURAL_EVENTS_PER_YEAR };
}
