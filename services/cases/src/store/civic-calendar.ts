import { addDays, addMonths, CivicDayDue, type CivicDayKind } from '@shequ/contracts';
import {
  createPut,
  expiresAfter,
  failedConditionIndex,
  key,
  putAtVersion,
  queryAll,
  raiseEvent,
  recordOf,
  TTL_ATTRIBUTE,
  writeWithEvents,
} from '@shequ/ddb';
import type { z } from 'zod';
import { type MonthPlan, type PlannedCivicDay, planMonth } from '../domain/civic-calendar.ts';
import type { TopicGroup } from '../domain/topics.ts';
import type { CasesDeps } from './deps.ts';
import { agendaTopicsFor } from './topics.ts';

/**
 * A community's 五日一周 calendar as kept: per month an optional settings item (the service week a community
 * moved) and one record per day kind (agenda, attendance, minutes), all under `CALENDAR#<month>` in the
 * community's partition, so a month is one Query. The dates themselves are never stored: they are planned
 * from the official calendar each time, so a newly published holiday notice moves them.
 */

export interface CalendarMonthSettings {
  community: string;
  month: string;
  /** The Monday the community's service week starts on this month, instead of the default. */
  serviceWeekStart: string;
  setBy: string;
  setAt: string;
  version: number;
}

export interface CivicDayAttendance {
  /** Resident representatives present, named as the list named them when attendance was taken. */
  representatives: { personId: string; name: string }[];
  /** How many representatives the community had then. */
  representativesTotal: number;
  staff: string[];
  otherResidents: number;
  recordedBy: string;
  recordedAt: string;
}

export interface CivicDayRecord {
  community: string;
  month: string;
  kind: CivicDayKind;
  /** Items workers put on the day's agenda; a deliberation day's recurring topics are added when read. */
  agenda: string[];
  attendance?: CivicDayAttendance;
  minutes?: { text: string; recordedBy: string; recordedAt: string };
  updatedBy: string;
  updatedAt: string;
  version: number;
}

/** A month of one community: the plan from the official calendar, what was recorded, and the deliberation day's topics. */
export interface CommunityMonth {
  plan: MonthPlan;
  settings?: CalendarMonthSettings;
  records: Map<CivicDayKind, CivicDayRecord>;
  /** The recurring topics on the agenda of this month's deliberation day. */
  topics: TopicGroup[];
}

const monthPrefix = (month: string) => key('CALENDAR', month);
const settingsKey = (community: string, month: string) => ({ pk: key('COMMUNITY', community), sk: monthPrefix(month) });
const dayKey = (community: string, month: string, kind: CivicDayKind) => ({
  pk: key('COMMUNITY', community),
  sk: key('CALENDAR', month, 'DAY', kind),
});
const dueKey = (community: string, date: string, kind: CivicDayKind) => ({
  pk: key('COMMUNITY', community),
  sk: key('CIVIC-DUE', date, kind),
});

/** A reminder marker is only asked about the day before; a month later it can go. */
const DUE_MARKER_TTL_SECONDS = 30 * 24 * 3600;

/** The stored items of a community's month (settings and day records), read consistently when about to decide on them. */
export async function monthItemsOf(
  deps: CasesDeps,
  community: string,
  month: string,
  consistent = false,
): Promise<{ settings?: CalendarMonthSettings; records: Map<CivicDayKind, CivicDayRecord> }> {
  const items = await queryAll(deps, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': key('COMMUNITY', community), ':prefix': monthPrefix(month) },
    ...(consistent ? { ConsistentRead: true } : {}),
  });
  let settings: CalendarMonthSettings | undefined;
  const records = new Map<CivicDayKind, CivicDayRecord>();
  for (const item of items) {
    if (item.entity === 'calendar-month') settings = recordOf<CalendarMonthSettings>(item);
    else if (item.entity === 'civic-day') {
      const record = recordOf<CivicDayRecord>(item);
      records.set(record.kind, record);
    }
  }
  return { ...(settings ? { settings } : {}), records };
}

/** The month as planned for this community (its own service week if it set one), with its records and topics. */
export async function communityMonthOf(
  deps: CasesDeps,
  community: string,
  month: string,
  consistent = false,
): Promise<CommunityMonth> {
  const { settings, records } = await monthItemsOf(deps, community, month, consistent);
  const plan = planMonth(month, deps.calendar, settings?.serviceWeekStart);
  const deliberation = plan.days.find((day) => day.kind === 'deliberation');
  const topics = deliberation ? await agendaTopicsFor(deps, community, deliberation.date) : [];
  return { plan, ...(settings ? { settings } : {}), records, topics };
}

/** Sets the month's service week if the settings are still at `expectedVersion` (0 when never set); a lost race is a 409. */
export async function saveServiceWeek(
  deps: CasesDeps,
  input: { community: string; month: string; serviceWeekStart: string },
  expectedVersion: number,
  actor: string,
): Promise<CalendarMonthSettings> {
  const stored = await putAtVersion(
    deps,
    {
      ...settingsKey(input.community, input.month),
      entity: 'calendar-month',
      ...input,
      setBy: actor,
      setAt: deps.now().toISOString(),
    },
    expectedVersion,
  );
  return recordOf<CalendarMonthSettings>(stored);
}

/** Replaces a day's record if it is still at `expectedVersion` (0 when nothing was recorded); a lost race is a 409. */
export async function saveCivicDay(
  deps: CasesDeps,
  record: Omit<CivicDayRecord, 'version'>,
  expectedVersion: number,
): Promise<CivicDayRecord> {
  const stored = await putAtVersion(
    deps,
    { ...dayKey(record.community, record.month, record.kind), entity: 'civic-day', ...record },
    expectedVersion,
  );
  return recordOf<CivicDayRecord>(stored);
}

/** The days of the plans of `day`'s month and the month before (a day late in a month may move into the next) held on `day`. */
export async function civicDaysHeldOn(
  deps: CasesDeps,
  community: string,
  day: string,
): Promise<{ day: PlannedCivicDay; month: CommunityMonth }[]> {
  const months = [addMonths(day.slice(0, 7), -1), day.slice(0, 7)];
  const held: { day: PlannedCivicDay; month: CommunityMonth }[] = [];
  for (const month of months) {
    // Only the plan decides whether anything is held that day: records and topics are read only when it is.
    const { settings } = await monthItemsOf(deps, community, month);
    const days = planMonth(month, deps.calendar, settings?.serviceWeekStart).days.filter((planned) => planned.date === day);
    if (days.length === 0) continue;
    const communityMonth = await communityMonthOf(deps, community, month);
    for (const planned of days) held.push({ day: planned, month: communityMonth });
  }
  return held;
}

/**
 * Raises CivicDayDue for a community's day together with a marker (community, date, kind) in one transaction:
 * false when the marker was there, so a second run of the reminder job raises nothing.
 */
export async function raiseCivicDayDue(deps: CasesDeps, data: z.input<(typeof CivicDayDue)['data']>): Promise<boolean> {
  const expires = expiresAfter(new Date(`${addDays(data.date, 1)}T00:00:00+08:00`), DUE_MARKER_TTL_SECONDS);
  try {
    await writeWithEvents(
      deps.client,
      deps.tableName,
      [
        createPut(deps.tableName, {
          ...dueKey(data.community, data.date, data.kind),
          entity: 'civic-day-due',
          [TTL_ATTRIBUTE]: expires,
        }),
      ],
      [raiseEvent(deps, CivicDayDue, data.community, data)],
    );
    return true;
  } catch (error) {
    if (failedConditionIndex(error) === 0) return false;
    throw error;
  }
}
