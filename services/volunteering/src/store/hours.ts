import { createEvent, VolunteerHoursLogged, VolunteerHoursReviewed } from '@shequ/contracts';
import { getItem, isConditionFailure, isTransactionConflict, key, newId, queryAll, recordOf, writeWithEvents } from '@shequ/ddb';
import { entryRef, type HoursEntry, monthOf } from '../domain/hours.ts';
import type { VolunteeringDeps } from './deps.ts';

/**
 * The one shape of hours in this table, whichever way they were earned: in the volunteer's partition by
 * date (a year is a key range), and on gsi1 by community and month (the monthly report is one partition).
 */
export const HOURS_ENTITY = 'hours';

/** `VOLUNTEER#<volunteerId>` / `HOURS#<date>#<activityId | log-id>`. */
export const hoursKey = (volunteerId: string, date: string, ref: string) => ({
  pk: key('VOLUNTEER', volunteerId),
  sk: key('HOURS', date, ref),
});

/** `HOURS#<community>#<month>` / `<volunteerId>#<date>#<ref>`. */
export const hoursIndexKeys = (
  entry: Pick<HoursEntry, 'volunteerId' | 'community' | 'month' | 'date' | 'activityId' | 'logId'>,
) => ({
  gsi1pk: key('HOURS', entry.community, entry.month),
  gsi1sk: key(entry.volunteerId, entry.date, entryRef(entry)),
});

/** The stored item for an entry: keys, index keys, entity tag and the entry's fields. */
export function hoursItem(entry: HoursEntry) {
  return {
    ...hoursKey(entry.volunteerId, entry.date, entryRef(entry)),
    entity: HOURS_ENTITY,
    ...entry,
    month: monthOf(entry.date),
    ...hoursIndexKeys(entry),
  };
}

export const newLogId = (deps: VolunteeringDeps) => `log-${newId(deps.now())}`;

/** Stores self-logged hours, pending, with VolunteerHoursLogged. */
export async function logHours(deps: VolunteeringDeps, entry: HoursEntry): Promise<HoursEntry> {
  const logged = createEvent(VolunteerHoursLogged, {
    id: newId(deps.now()),
    district: deps.district,
    area: entry.community,
    occurredAt: deps.now(),
    data: {
      volunteerId: entry.volunteerId,
      logId: entryRef(entry),
      community: entry.community,
      date: entry.date,
      hours: entry.hours,
    },
  });
  await writeWithEvents(
    deps.client,
    deps.tableName,
    [{ Put: { TableName: deps.tableName, Item: hoursItem(entry), ConditionExpression: 'attribute_not_exists(pk)' } }],
    [logged],
  );
  return entry;
}

/**
 * Stores the review of pending hours with VolunteerHoursReviewed; the condition makes it once, so two
 * reviewers at the same moment cannot both decide. False when it was decided meanwhile.
 */
export async function saveReview(deps: VolunteeringDeps, reviewed: HoursEntry): Promise<boolean> {
  const decision = reviewed.status === 'approved' ? 'approved' : 'rejected';
  const event = createEvent(VolunteerHoursReviewed, {
    id: newId(deps.now()),
    district: deps.district,
    area: reviewed.community,
    occurredAt: deps.now(),
    data: {
      volunteerId: reviewed.volunteerId,
      logId: entryRef(reviewed),
      community: reviewed.community,
      date: reviewed.date,
      hours: reviewed.hours,
      decision,
      by: reviewed.reviewedBy ?? '',
      ...(reviewed.rejectReason ? { reason: reviewed.rejectReason } : {}),
    },
  });
  try {
    await writeWithEvents(
      deps.client,
      deps.tableName,
      [
        {
          Put: {
            TableName: deps.tableName,
            Item: hoursItem(reviewed),
            ConditionExpression: '#status = :pending',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':pending': 'pending' },
          },
        },
      ],
      [event],
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error) || isTransactionConflict(error)) return false;
    throw error;
  }
}

export function getHoursEntry(
  deps: VolunteeringDeps,
  volunteerId: string,
  date: string,
  ref: string,
): Promise<HoursEntry | undefined> {
  return getItem<HoursEntry>(deps, hoursKey(volunteerId, date, ref), true);
}

/** A volunteer's hours of one year (every status), oldest first: one key range of their partition. */
export function volunteerHours(deps: VolunteeringDeps, volunteerId: string, year: string): Promise<HoursEntry[]> {
  return volunteerHoursBetween(deps, volunteerId, `${year}-01-01`, `${year}-12-31`);
}

/** A volunteer's hours dated `from` to `to` inclusive (every status and community), oldest first. */
export async function volunteerHoursBetween(
  deps: VolunteeringDeps,
  volunteerId: string,
  from: string,
  to: string,
): Promise<HoursEntry[]> {
  const items = await queryAll(deps, {
    KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
    ExpressionAttributeValues: { ':pk': key('VOLUNTEER', volunteerId), ':from': `HOURS#${from}`, ':to': `HOURS#${to}~` },
  });
  return items.map((item) => recordOf<HoursEntry>(item));
}

/** A community's hours of one month (every status and source), by volunteer then date. */
export async function communityHours(deps: VolunteeringDeps, community: string, month: string): Promise<HoursEntry[]> {
  const items = await queryAll(deps, {
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': key('HOURS', community, month) },
  });
  return items.map((item) => recordOf<HoursEntry>(item));
}
