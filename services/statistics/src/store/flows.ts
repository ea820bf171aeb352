import {
  ActivityHoursCredited,
  CaseStatusChanged,
  type EventEnvelope,
  parseEvent,
  VolunteerHoursReviewed,
} from '@shequ/contracts';
import { applyOnce } from '@shequ/ddb';
import { addAtEveryLevel, type Deltas, flowBucket } from './counters.ts';
import type { StatisticsDeps } from './deps.ts';

/** Minutes, so that half hours add up exactly. */
const minutesOf = (hours: number) => Math.round(hours * 60);

/**
 * Volunteer service time in the month it was served: hours credited for an activity, and hours a volunteer
 * logged themselves once approved (a rejected log counts nothing). Exactly once per event.
 */
export async function countVolunteerHours(deps: StatisticsDeps, envelope: EventEnvelope): Promise<boolean> {
  let area: string;
  let month: string;
  let deltas: Deltas = {};
  if (envelope.type === ActivityHoursCredited.type) {
    const { data } = parseEvent(ActivityHoursCredited, envelope);
    area = data.community;
    month = data.day.slice(0, 7);
    deltas = { 'volunteer:minutes': minutesOf(data.hours) };
  } else {
    const { data } = parseEvent(VolunteerHoursReviewed, envelope);
    area = data.community;
    month = data.date.slice(0, 7);
    if (data.decision === 'approved') deltas = { 'volunteer:minutes': minutesOf(data.hours) };
  }
  return applyOnce(
    deps.client,
    deps.tableName,
    'count-volunteer-hours',
    envelope.id,
    addAtEveryLevel(deps, area, flowBucket(month), deltas),
    deps.now(),
  );
}

/** The case flow of the month a step was taken: filed (received, new), handled, handled by the deadline. */
export function caseFlow(data: { from?: string | undefined; to: string; handledInTime?: boolean | undefined }): Deltas {
  if (data.to === 'received' && data.from === undefined) return { 'cases:filed': 1 };
  if (data.to === 'handled') return { 'cases:handled': 1, ...(data.handledInTime ? { 'cases:handledInTime': 1 } : {}) };
  return {};
}

export async function countCase(deps: StatisticsDeps, envelope: EventEnvelope): Promise<boolean> {
  const { id, data } = parseEvent(CaseStatusChanged, envelope);
  const items = addAtEveryLevel(deps, data.area, flowBucket(data.on.slice(0, 7)), caseFlow(data));
  return applyOnce(deps.client, deps.tableName, 'count-cases', id, items, deps.now());
}
