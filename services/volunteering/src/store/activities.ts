import { setTimeout as sleep } from 'node:timers/promises';
import {
  ActivityAttendanceRecorded,
  ActivityHoursCredited,
  type ActivityKind,
  ActivityRecorded,
  ActivityScheduled,
  ActivitySignUpChanged,
  createEvent,
  type EventEnvelope,
  type TrainingTrade,
  UnitCourseCommitmentSet,
} from '@shequ/contracts';
import {
  ConcurrentModificationError,
  createPut,
  failedConditionIndex,
  getItem,
  isLostRace,
  isTransactionConflict,
  key,
  newId,
  type Page,
  type PageRequest,
  queryAll,
  queryPage,
  recordOf,
  type TransactItem,
  versionedPut,
  writeWithEvents,
} from '@shequ/ddb';
import { Conflict, HttpProblem, NotFound } from '@shequ/kit';
import {
  creditedHours,
  EARLY_EDUCATION_FREE_SESSIONS,
  nextInLine,
  quotaUsedReason,
  type SignUpStatus,
} from '../domain/activities.ts';
import type { VolunteeringDeps } from './deps.ts';
import { hoursItem } from './hours.ts';

/** A co-building unit offering an activity; its activities count towards its quarterly commitment. */
export interface OfferedBy {
  unitId: string;
  unitName: string;
}

export interface ActivityNote {
  text: string;
  photoKeys: string[];
  recordedAt: string;
  recordedBy: string;
}

/**
 * An activity as stored. `taken` and `waitlisted` are counters changed only by ADD in sign-up and cancel
 * transactions (never by a put), so capacity holds however many sign-ups race; `version` guards the rest.
 */
export interface ActivityRecord {
  id: string;
  kind: ActivityKind;
  trade?: TrainingTrade;
  title: string;
  description?: string;
  community: string;
  area: string;
  place: string;
  startsAt: string;
  endsAt: string;
  day: string;
  capacity: number;
  taken: number;
  waitlisted: number;
  offeredBy?: OfferedBy;
  note?: ActivityNote;
  createdAt: string;
  createdBy: string;
  version: number;
}

/** One beneficiary's sign-up: one item per person per activity, reused when they sign up again after cancelling. */
export interface SignUpRecord {
  activityId: string;
  personId: string;
  name: string;
  community: string;
  kind: ActivityKind;
  title: string;
  day: string;
  status: SignUpStatus;
  signedUpAt: string;
  /** The user who signed up (a parent for a child, or staff); they may cancel it. */
  signedUpBy: string;
  queuedAt?: string;
  confirmedAt?: string;
  cancelledAt?: string;
  reason?: string;
  checkedInAt?: string;
  checkedOutAt?: string;
}

/** A volunteer serving at an activity: checked in and out by staff; hours credited at check-out. */
export interface ServiceRecord {
  activityId: string;
  volunteerId: string;
  name?: string;
  checkedInAt: string;
  checkedOutAt?: string;
  hours?: number;
}

/**
 * Hours credited to a volunteer, one item per activity served, written once at check-out:
 * an hours entry (see `hoursItem`: pk `VOLUNTEER#<volunteerId>`, sk `HOURS#<day>#<activityId>`, gsi1 by
 * community and month) with status approved, plus { activityTitle, day, creditedAt }.
 * A volunteer's hours are one Query of their partition; a community's month one Query of gsi1.
 */
export interface CreditedHoursRecord {
  volunteerId: string;
  hours: number;
  source: 'activity';
  activityId: string;
  activityTitle: string;
  community: string;
  day: string;
  month: string;
  creditedAt: string;
}

export interface UnitCommitmentRecord {
  unitId: string;
  unitName?: string;
  community: string;
  year: string;
  coursesPerQuarter: number;
  setAt: string;
  setBy: string;
  version: number;
}

/** The beneficiary already holds a place or waits for one. */
export class AlreadySignedUpError extends Conflict {
  constructor() {
    super('already-signed-up', '该居民已报名此活动（已获名额或正在候补），无需重复报名');
  }
}

/** The beneficiary may not take part (age, or free sessions used up); the detail is the Chinese reason. */
export class NotEligibleError extends HttpProblem {
  constructor(reason: string) {
    super(422, 'not-eligible', '不符合报名条件', reason);
  }
}

const activityPk = (id: string) => key('ACTIVITY', id);
export const activityKey = (id: string) => ({ pk: activityPk(id), sk: 'ACTIVITY' });
const signUpKey = (activityId: string, personId: string) => ({ pk: activityPk(activityId), sk: key('SIGNUP', personId) });
const servedKey = (activityId: string, volunteerId: string) => ({ pk: activityPk(activityId), sk: key('SERVED', volunteerId) });
/** Counts the free early-education sessions a child holds; sits in the person's partition beside their facts. */
const quotaKey = (personId: string) => ({ pk: key('PERSON', personId), sk: 'QUOTA#early-education' });
const commitmentKey = (unitId: string, year: string) => ({ pk: key('UNIT', unitId), sk: key('COMMITMENT', year) });

/** Attempts before a sign-up or cancel that keeps losing races gives up with a 409. */
const MAX_ATTEMPTS = 40;

/** Jittered, growing pause so racing transactions on one activity spread out instead of colliding again. */
const backoff = (attempt: number) => sleep(5 + Math.random() * Math.min(200, 10 * (attempt + 1)));

function activityItem(record: ActivityRecord) {
  return {
    ...activityKey(record.id),
    entity: 'activity',
    ...record,
    gsi1pk: key('AREA', record.community, 'ACTIVITY'),
    gsi1sk: key(record.day, record.id),
    // A unit's own activities are what its quarterly commitment counts.
    ...(record.offeredBy ? { gsi2pk: key('UNIT', record.offeredBy.unitId, 'ACTIVITY'), gsi2sk: key(record.day, record.id) } : {}),
  };
}

function signUpItem(record: SignUpRecord) {
  return {
    ...signUpKey(record.activityId, record.personId),
    entity: 'activity-signup',
    ...record,
    gsi2pk: key('PERSON', record.personId, 'SIGNUP'),
    gsi2sk: key(record.day, record.activityId),
  };
}

function eventFields(deps: VolunteeringDeps, area: string) {
  return { id: newId(deps.now()), district: deps.district, area, occurredAt: deps.now() };
}

function signUpEvent(
  deps: VolunteeringDeps,
  activity: ActivityRecord,
  personId: string,
  change: 'confirmed' | 'waitlisted' | 'promoted' | 'cancelled' | 'refused',
  by: string,
  reason?: string,
): EventEnvelope {
  return createEvent(ActivitySignUpChanged, {
    ...eventFields(deps, activity.area),
    data: {
      activityId: activity.id,
      personId,
      community: activity.community,
      kind: activity.kind,
      title: activity.title,
      startsAt: activity.startsAt,
      place: activity.place,
      day: activity.day,
      change,
      by,
      ...(reason ? { reason } : {}),
    },
  });
}

function counterStep(deps: VolunteeringDeps, activityId: string, field: 'taken' | 'waitlisted', by: 1 | -1, condition?: string) {
  const expression = condition ?? 'attribute_exists(pk)';
  // DynamoDB refuses names and values an expression does not use, so only those it mentions go along.
  const names = ['taken', 'capacity', 'waitlisted'].filter((name) => name === field || expression.includes(`#${name}`));
  return {
    Update: {
      TableName: deps.tableName,
      Key: activityKey(activityId),
      UpdateExpression: `ADD #${field} :by`,
      ConditionExpression: expression,
      ExpressionAttributeNames: Object.fromEntries(names.map((name) => [`#${name}`, name])),
      ExpressionAttributeValues: { ':by': by, ...(expression.includes(':zero') ? { ':zero': 0 } : {}) },
    },
  } satisfies TransactItem;
}

/** Takes one free session for the child, refused once they hold the maximum. */
function quotaTake(deps: VolunteeringDeps, personId: string): TransactItem {
  return {
    Update: {
      TableName: deps.tableName,
      Key: quotaKey(personId),
      UpdateExpression: 'ADD #used :one SET entity = :entity',
      ConditionExpression: 'attribute_not_exists(#used) OR #used < :max',
      ExpressionAttributeNames: { '#used': 'used' },
      ExpressionAttributeValues: { ':one': 1, ':max': EARLY_EDUCATION_FREE_SESSIONS, ':entity': 'quota' },
    },
  };
}

function quotaGiveBack(deps: VolunteeringDeps, personId: string): TransactItem {
  return {
    Update: {
      TableName: deps.tableName,
      Key: quotaKey(personId),
      UpdateExpression: 'ADD #used :minus',
      ExpressionAttributeNames: { '#used': 'used' },
      ExpressionAttributeValues: { ':minus': -1 },
    },
  };
}

/** Moves a sign-up from one status to another, only if it is still in `from`. */
function statusStep(
  deps: VolunteeringDeps,
  activityId: string,
  personId: string,
  from: SignUpStatus,
  set: Record<string, string>,
): TransactItem {
  const fields = Object.keys(set);
  return {
    Update: {
      TableName: deps.tableName,
      Key: signUpKey(activityId, personId),
      UpdateExpression: `SET ${fields.map((field) => `#${field} = :${field}`).join(', ')}`,
      ConditionExpression: '#status = :from',
      ExpressionAttributeNames: Object.fromEntries([...fields, 'status'].map((field) => [`#${field}`, field])),
      ExpressionAttributeValues: { ':from': from, ...Object.fromEntries(fields.map((field) => [`:${field}`, set[field]])) },
    },
  };
}

/** Schedules an activity with ActivityScheduled. */
export async function createActivity(deps: VolunteeringDeps, record: ActivityRecord): Promise<ActivityRecord> {
  const event = createEvent(ActivityScheduled, {
    ...eventFields(deps, record.area),
    data: {
      activityId: record.id,
      community: record.community,
      kind: record.kind,
      title: record.title,
      day: record.day,
      startsAt: record.startsAt,
      endsAt: record.endsAt,
      capacity: record.capacity,
      ...(record.offeredBy ? { unitId: record.offeredBy.unitId } : {}),
    },
  });
  await writeWithEvents(deps.client, deps.tableName, [createPut(deps.tableName, activityItem(record))], [event]);
  return { ...record, version: 1 };
}

export function getActivity(deps: VolunteeringDeps, id: string, consistent = false): Promise<ActivityRecord | undefined> {
  return getItem<ActivityRecord>(deps, activityKey(id), consistent);
}

/** The activity and everything in its partition: sign-ups and serving volunteers. */
export async function activityWithPeople(
  deps: VolunteeringDeps,
  id: string,
): Promise<{ activity: ActivityRecord; signUps: SignUpRecord[]; served: ServiceRecord[] } | undefined> {
  const items = await queryAll(deps, {
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': activityPk(id) },
    ConsistentRead: true,
  });
  const activity = items.find((item) => item.entity === 'activity');
  if (!activity) return undefined;
  return {
    activity: recordOf<ActivityRecord>(activity),
    signUps: items.filter((item) => item.entity === 'activity-signup').map((item) => recordOf<SignUpRecord>(item)),
    served: items.filter((item) => item.entity === 'activity-served').map((item) => recordOf<ServiceRecord>(item)),
  };
}

/** A community's activities by day, optionally within [from, to] and of one kind. */
export function listActivities(
  deps: VolunteeringDeps,
  query: { community: string; from?: string | undefined; to?: string | undefined; kind?: string | undefined },
  page: PageRequest,
): Promise<Page<ActivityRecord>> {
  return queryPage<ActivityRecord>(
    deps,
    {
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
      ExpressionAttributeValues: {
        ':pk': key('AREA', query.community, 'ACTIVITY'),
        ':from': query.from ?? '0000',
        // `~` sorts after every id character, so the whole `to` day is included.
        ':to': `${query.to ?? '9999'}~`,
      },
    },
    page,
    { kind: query.kind },
  );
}

/** A person's sign-ups, newest activity day first. */
export function listPersonSignUps(deps: VolunteeringDeps, personId: string, page: PageRequest): Promise<Page<SignUpRecord>> {
  return queryPage<SignUpRecord>(
    deps,
    {
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': key('PERSON', personId, 'SIGNUP') },
      ScanIndexForward: false,
    },
    page,
  );
}

/** Free early-education sessions the child holds now (confirmed or attended). */
export async function sessionsHeld(deps: VolunteeringDeps, personId: string): Promise<number> {
  const quota = await getItem<{ used?: number }>(deps, quotaKey(personId), true);
  return quota?.used ?? 0;
}

/**
 * Signs a beneficiary up: a place when one is free (the counter's `taken < capacity` condition decides, so
 * no race overbooks), else the waitlist (conditioned on the activity still being full, so nobody waits
 * beside a free place). Early education also takes one of the child's free sessions in the same
 * transaction. Lost races retry with a fresh read.
 */
export async function signUp(
  deps: VolunteeringDeps,
  activityId: string,
  beneficiary: { personId: string; name: string },
  by: string,
): Promise<SignUpRecord> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const activity = await getActivity(deps, activityId, true);
    if (!activity) throw new Error(`activity ${activityId} vanished`);
    const now = deps.now().toISOString();
    const free = activity.taken < activity.capacity;
    const record: SignUpRecord = {
      activityId,
      personId: beneficiary.personId,
      name: beneficiary.name,
      community: activity.community,
      kind: activity.kind,
      title: activity.title,
      day: activity.day,
      status: free ? 'confirmed' : 'waitlisted',
      signedUpAt: now,
      signedUpBy: by,
      ...(free ? { confirmedAt: now } : { queuedAt: `${now}#${newId(deps.now())}` }),
    };
    const earlyEducation = activity.kind === 'early-education' && free;
    const items: TransactItem[] = [
      free
        ? counterStep(deps, activityId, 'taken', 1, '#taken < #capacity')
        : counterStep(deps, activityId, 'waitlisted', 1, '#taken >= #capacity'),
      {
        Put: {
          TableName: deps.tableName,
          Item: signUpItem(record),
          // One sign-up per person per activity; a cancelled one may be taken up again.
          ConditionExpression: 'attribute_not_exists(pk) OR #status = :cancelled',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':cancelled': 'cancelled' },
        },
      },
      ...(earlyEducation ? [quotaTake(deps, beneficiary.personId)] : []),
    ];
    try {
      await writeWithEvents(deps.client, deps.tableName, items, [
        signUpEvent(deps, activity, beneficiary.personId, record.status, by),
      ]);
      return record;
    } catch (error) {
      const index = failedConditionIndex(error);
      if (index === 1) throw new AlreadySignedUpError();
      if (index === 2) throw new NotEligibleError(quotaUsedReason());
      // Index 0: the activity filled up (or a place freed) since the read; conflicts: another writer now.
      if (index === 0 || isTransactionConflict(error)) {
        await backoff(attempt);
        continue;
      }
      throw error;
    }
  }
  throw new ConcurrentModificationError();
}

/**
 * Cancels a sign-up. A confirmed place goes, in the same transaction, to the first on the waitlist (the
 * `taken` counter stays, so no newcomer can jump the queue); with nobody waiting the place is freed,
 * conditioned on the waitlist still being empty. A waitlisted child whose free sessions ran out meanwhile
 * is dropped from the waitlist with the reason, and the next one tried.
 */
export async function cancelSignUp(
  deps: VolunteeringDeps,
  activityId: string,
  personId: string,
  by: string,
): Promise<{ cancelled: SignUpRecord; promoted?: SignUpRecord }> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const found = await activityWithPeople(deps, activityId);
    if (!found) throw new Error(`activity ${activityId} vanished`);
    const { activity, signUps } = found;
    const mine = signUps.find((signUp) => signUp.personId === personId);
    if (!mine || mine.status === 'cancelled') throw new NotSignedUpError();
    if (mine.checkedInAt) throw new AlreadyAttendedError();
    const now = deps.now().toISOString();
    const cancelled: SignUpRecord = { ...mine, status: 'cancelled', cancelledAt: now };
    const cancelStep = statusStep(deps, activityId, personId, mine.status, { status: 'cancelled', cancelledAt: now });
    const earlyEducation = activity.kind === 'early-education';
    const events = [signUpEvent(deps, activity, personId, 'cancelled', by)];
    const candidate = mine.status === 'confirmed' ? nextInLine(signUps) : undefined;
    let items: TransactItem[];
    if (mine.status === 'waitlisted') {
      items = [cancelStep, counterStep(deps, activityId, 'waitlisted', -1)];
    } else if (candidate) {
      items = [
        cancelStep,
        statusStep(deps, activityId, candidate.personId, 'waitlisted', { status: 'confirmed', confirmedAt: now }),
        counterStep(deps, activityId, 'waitlisted', -1),
        ...(earlyEducation ? [quotaGiveBack(deps, personId), quotaTake(deps, candidate.personId)] : []),
      ];
      events.push(signUpEvent(deps, activity, candidate.personId, 'promoted', by));
    } else {
      items = [
        cancelStep,
        counterStep(deps, activityId, 'taken', -1, '#waitlisted = :zero OR attribute_not_exists(#waitlisted)'),
        ...(earlyEducation ? [quotaGiveBack(deps, personId)] : []),
      ];
    }
    try {
      await writeWithEvents(deps.client, deps.tableName, items, events);
      if (!candidate) return { cancelled };
      return { cancelled, promoted: { ...candidate, status: 'confirmed', confirmedAt: now } };
    } catch (error) {
      if (candidate && earlyEducation && failedConditionIndex(error) === 4) {
        await dropFromWaitlist(deps, activity, candidate, by);
        continue;
      }
      if (isLostRace(error)) {
        await backoff(attempt);
        continue;
      }
      throw error;
    }
  }
  throw new ConcurrentModificationError();
}

/** The waitlisted child has no free session left: off the waitlist, with the reason for the family. */
async function dropFromWaitlist(deps: VolunteeringDeps, activity: ActivityRecord, candidate: SignUpRecord, by: string) {
  const reason = quotaUsedReason();
  const now = deps.now().toISOString();
  try {
    await writeWithEvents(
      deps.client,
      deps.tableName,
      [
        statusStep(deps, activity.id, candidate.personId, 'waitlisted', { status: 'cancelled', cancelledAt: now, reason }),
        counterStep(deps, activity.id, 'waitlisted', -1),
      ],
      [signUpEvent(deps, activity, candidate.personId, 'refused', by, reason)],
    );
  } catch (error) {
    // Someone else moved this sign-up first; the caller's retry reads the new state.
    if (!isLostRace(error)) throw error;
  }
}

/** No live sign-up: never made, cancelled, or (for attendance) still on the waitlist. */
export class NotSignedUpError extends HttpProblem {
  constructor(detail = '该居民没有本活动的有效报名') {
    super(422, 'not-signed-up', '未报名', detail);
  }
}

export class AlreadyAttendedError extends Conflict {
  constructor() {
    super('already-checked-in', '已签到的报名不能取消');
  }
}

export class NotCheckedInError extends HttpProblem {
  constructor() {
    super(422, 'not-checked-in', '尚未签到', '尚未签到，不能签退');
  }
}

/** A check-out cannot come before its check-in. */
export class CheckOutBeforeCheckInError extends HttpProblem {
  constructor() {
    super(422, 'check-out-before-check-in', '签退时间有误', '签退时间不能早于签到时间');
  }
}

/** The activity, or a 404 in Chinese. */
export async function requireActivity(deps: VolunteeringDeps, id: string): Promise<ActivityRecord> {
  const activity = await getActivity(deps, id, true);
  if (!activity) throw new NotFound('未找到该活动');
  return activity;
}

function attendanceEvent(
  deps: VolunteeringDeps,
  activity: ActivityRecord,
  who: { personId: string } | { volunteerId: string },
  action: 'check-in' | 'check-out',
  at: string,
  by: string,
): EventEnvelope {
  return createEvent(ActivityAttendanceRecorded, {
    ...eventFields(deps, activity.area),
    data: {
      activityId: activity.id,
      community: activity.community,
      role: 'personId' in who ? 'participant' : 'volunteer',
      ...who,
      action,
      at,
      by,
    },
  });
}

/**
 * Records a participant's check-in or check-out on their confirmed sign-up. Each happens once: a repeat
 * returns the sign-up as it is, without a second event.
 */
export async function recordParticipantAttendance(
  deps: VolunteeringDeps,
  activity: ActivityRecord,
  personId: string,
  action: 'check-in' | 'check-out',
  at: string,
  by: string,
): Promise<SignUpRecord> {
  const current = await getItem<SignUpRecord>(deps, signUpKey(activity.id, personId), true);
  if (current?.status !== 'confirmed') throw new NotSignedUpError();
  const field = action === 'check-in' ? 'checkedInAt' : 'checkedOutAt';
  if (current[field]) return current;
  if (action === 'check-out' && !current.checkedInAt) throw new NotCheckedInError();
  if (action === 'check-out' && Date.parse(at) < Date.parse(current.checkedInAt as string))
    throw new CheckOutBeforeCheckInError();
  try {
    await writeWithEvents(
      deps.client,
      deps.tableName,
      [
        {
          Update: {
            TableName: deps.tableName,
            Key: signUpKey(activity.id, personId),
            UpdateExpression: 'SET #field = :at',
            ConditionExpression: `#status = :confirmed AND attribute_not_exists(#field)${action === 'check-out' ? ' AND attribute_exists(checkedInAt)' : ''}`,
            ExpressionAttributeNames: { '#field': field, '#status': 'status' },
            ExpressionAttributeValues: { ':at': at, ':confirmed': 'confirmed' },
          },
        },
      ],
      [attendanceEvent(deps, activity, { personId }, action, at, by)],
    );
  } catch (error) {
    if (isLostRace(error)) throw new ConcurrentModificationError();
    throw error;
  }
  return { ...current, [field]: at };
}

/** Checks a serving volunteer in; a repeat returns the first check-in. */
export async function checkInVolunteer(
  deps: VolunteeringDeps,
  activity: ActivityRecord,
  volunteer: { volunteerId: string; name?: string | undefined },
  at: string,
  by: string,
): Promise<ServiceRecord> {
  const record: ServiceRecord = {
    activityId: activity.id,
    volunteerId: volunteer.volunteerId,
    ...(volunteer.name ? { name: volunteer.name } : {}),
    checkedInAt: at,
  };
  try {
    await writeWithEvents(
      deps.client,
      deps.tableName,
      [createPut(deps.tableName, { ...servedKey(activity.id, volunteer.volunteerId), entity: 'activity-served', ...record })],
      [attendanceEvent(deps, activity, { volunteerId: volunteer.volunteerId }, 'check-in', at, by)],
    );
    return record;
  } catch (error) {
    if (failedConditionIndex(error) !== 0) throw error;
    return (await getItem<ServiceRecord>(deps, servedKey(activity.id, volunteer.volunteerId), true)) as ServiceRecord;
  }
}

/**
 * Checks a volunteer out and credits their hours, once: the check-out is conditioned on not having happened,
 * and the hours item may only be created. A repeat returns the first check-out and credits nothing.
 */
export async function checkOutVolunteer(
  deps: VolunteeringDeps,
  activity: ActivityRecord,
  volunteerId: string,
  at: string,
  by: string,
): Promise<ServiceRecord> {
  const current = await getItem<ServiceRecord>(deps, servedKey(activity.id, volunteerId), true);
  if (!current) throw new NotCheckedInError();
  if (current.checkedOutAt) return current;
  if (Date.parse(at) < Date.parse(current.checkedInAt)) throw new CheckOutBeforeCheckInError();
  const hours = creditedHours(current.checkedInAt, at);
  const credit: CreditedHoursRecord = {
    volunteerId,
    hours,
    source: 'activity',
    activityId: activity.id,
    activityTitle: activity.title,
    community: activity.community,
    day: activity.day,
    month: activity.day.slice(0, 7),
    creditedAt: deps.now().toISOString(),
  };
  try {
    await writeWithEvents(
      deps.client,
      deps.tableName,
      [
        {
          Update: {
            TableName: deps.tableName,
            Key: servedKey(activity.id, volunteerId),
            UpdateExpression: 'SET checkedOutAt = :at, hours = :hours',
            ConditionExpression: 'attribute_not_exists(checkedOutAt)',
            ExpressionAttributeValues: { ':at': at, ':hours': hours },
          },
        },
        // In the hours module's shape (approved at once, the activity's title as what was done), so a
        // volunteer's year, the community's month and the certificate read activity hours like logged ones.
        createPut(deps.tableName, {
          ...hoursItem({
            volunteerId,
            hours,
            source: 'activity',
            activityId: activity.id,
            community: activity.community,
            month: credit.month,
            date: activity.day,
            status: 'approved',
            what: activity.title,
          }),
          ...credit,
        }),
      ],
      [
        attendanceEvent(deps, activity, { volunteerId }, 'check-out', at, by),
        createEvent(ActivityHoursCredited, {
          ...eventFields(deps, activity.area),
          data: {
            volunteerId,
            activityId: activity.id,
            community: activity.community,
            day: activity.day,
            month: credit.month,
            hours,
          },
        }),
      ],
    );
  } catch (error) {
    if (!isLostRace(error)) throw error;
    // A concurrent check-out won: answer with what it wrote.
    return (await getItem<ServiceRecord>(deps, servedKey(activity.id, volunteerId), true)) as ServiceRecord;
  }
  return { ...current, checkedOutAt: at, hours };
}

/** The hours credited to a volunteer from activities, oldest first. */
export async function creditedHoursOf(deps: VolunteeringDeps, volunteerId: string): Promise<CreditedHoursRecord[]> {
  const items = await queryAll(deps, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :hours)',
    ExpressionAttributeValues: { ':pk': key('VOLUNTEER', volunteerId), ':hours': 'HOURS#' },
  });
  return items.map((item) => recordOf<CreditedHoursRecord>(item));
}

/** Files (or replaces) the text-and-photo record of an activity, with ActivityRecorded. */
export async function recordActivity(
  deps: VolunteeringDeps,
  activity: ActivityRecord,
  note: ActivityNote,
  expectedVersion?: number,
): Promise<ActivityRecord> {
  const version = expectedVersion ?? activity.version;
  try {
    await writeWithEvents(
      deps.client,
      deps.tableName,
      [
        {
          Update: {
            TableName: deps.tableName,
            Key: activityKey(activity.id),
            // Only the record and version change: the place counters belong to sign-ups.
            UpdateExpression: 'SET #note = :note, #version = :next',
            ConditionExpression: '#version = :expected',
            ExpressionAttributeNames: { '#note': 'note', '#version': 'version' },
            ExpressionAttributeValues: { ':note': note, ':next': version + 1, ':expected': version },
          },
        },
      ],
      [
        createEvent(ActivityRecorded, {
          ...eventFields(deps, activity.area),
          data: {
            activityId: activity.id,
            community: activity.community,
            kind: activity.kind,
            day: activity.day,
            photos: note.photoKeys.length,
            by: note.recordedBy,
          },
        }),
      ],
    );
  } catch (error) {
    if (isLostRace(error)) throw new ConcurrentModificationError();
    throw error;
  }
  return { ...activity, note, version: version + 1 };
}

/** A community's activities of one kind in a year (a community holds tens a year, so all are read). */
export async function activitiesOfYear(
  deps: VolunteeringDeps,
  community: string,
  year: string,
  kind: ActivityKind,
): Promise<ActivityRecord[]> {
  const items = await queryAll(deps, {
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :year)',
    FilterExpression: 'kind = :kind',
    ExpressionAttributeValues: { ':pk': key('AREA', community, 'ACTIVITY'), ':year': `${year}-`, ':kind': kind },
  });
  return items.map((item) => recordOf<ActivityRecord>(item));
}

/** A unit's activities in a year, by day. */
export async function unitActivitiesOfYear(deps: VolunteeringDeps, unitId: string, year: string): Promise<ActivityRecord[]> {
  const items = await queryAll(deps, {
    IndexName: 'gsi2',
    KeyConditionExpression: 'gsi2pk = :pk AND begins_with(gsi2sk, :year)',
    ExpressionAttributeValues: { ':pk': key('UNIT', unitId, 'ACTIVITY'), ':year': `${year}-` },
  });
  return items.map((item) => recordOf<ActivityRecord>(item));
}

export function getCommitment(deps: VolunteeringDeps, unitId: string, year: string): Promise<UnitCommitmentRecord | undefined> {
  return getItem<UnitCommitmentRecord>(deps, commitmentKey(unitId, year), true);
}

/** Sets a unit's commitment for a year: created without a version, replaced at the version read. */
export async function saveCommitment(
  deps: VolunteeringDeps,
  record: Omit<UnitCommitmentRecord, 'version'>,
  expectedVersion?: number,
): Promise<UnitCommitmentRecord> {
  const item = { ...commitmentKey(record.unitId, record.year), entity: 'unit-commitment', ...record };
  const event = createEvent(UnitCourseCommitmentSet, {
    ...eventFields(deps, record.community),
    data: {
      unitId: record.unitId,
      community: record.community,
      year: record.year,
      coursesPerQuarter: record.coursesPerQuarter,
      by: record.setBy,
    },
  });
  try {
    await writeWithEvents(
      deps.client,
      deps.tableName,
      [expectedVersion === undefined ? createPut(deps.tableName, item) : versionedPut(deps.tableName, item, expectedVersion)],
      [event],
    );
  } catch (error) {
    if (isLostRace(error)) throw new ConcurrentModificationError();
    throw error;
  }
  return { ...record, version: (expectedVersion ?? 0) + 1 };
}

/** Where an activity's photos go: under the service's own prefix, per community and activity. */
export function photoKeyPrefix(activity: Pick<ActivityRecord, 'community' | 'id'>): string {
  return `volunteering/activities/${activity.community}/${activity.id}/`;
}
