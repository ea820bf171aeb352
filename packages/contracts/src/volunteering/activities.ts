import { z } from 'zod';
import { areaCodeSchema, defineEvent } from '../envelope.ts';

/** Kinds of community activity (SPEC §4); the Chinese labels live with the volunteering domain. */
export const activityKinds = [
  'feature-course',
  'lecture',
  'free-clinic',
  'health-check',
  'after-school-class',
  'cultural-event',
  'job-training',
  'early-education',
] as const;
export type ActivityKind = (typeof activityKinds)[number];

/** Trades of the job-training courses: electrician, property management, elder carer, infant carer. */
export const trainingTrades = ['electrician', 'property-management', 'elder-carer', 'infant-carer'] as const;
export type TrainingTrade = (typeof trainingTrades)[number];

/** Where a sign-up went: a place, the waitlist, a place freed for it, or given up (by the person or the quota). */
export const signUpChanges = ['confirmed', 'waitlisted', 'promoted', 'cancelled', 'refused'] as const;

/** An activity was put on the community's calendar; `unitId` when a co-building unit offers it. */
export const ActivityScheduled = defineEvent(
  'volunteering',
  'ActivityScheduled',
  z.object({
    activityId: z.string(),
    community: areaCodeSchema,
    kind: z.enum(activityKinds),
    title: z.string(),
    day: z.iso.date(),
    startsAt: z.string(),
    endsAt: z.string(),
    capacity: z.number().int(),
    unitId: z.string().optional(),
  }),
);

/**
 * A beneficiary's place changed. `promoted` is a waitlisted sign-up that took a freed place; `refused` one
 * dropped from the waitlist because its quota was used up meanwhile (`reason` says why, in Chinese).
 */
export const ActivitySignUpChanged = defineEvent(
  'volunteering',
  'ActivitySignUpChanged',
  z.object({
    activityId: z.string(),
    personId: z.string(),
    community: areaCodeSchema,
    kind: z.enum(activityKinds),
    /** What the person signed up for, as a message tells them. */
    title: z.string().optional(),
    startsAt: z.string().optional(),
    place: z.string().optional(),
    day: z.iso.date(),
    change: z.enum(signUpChanges),
    by: z.string(),
    reason: z.string().optional(),
  }),
);

/** A participant (`personId`) or a serving volunteer (`volunteerId`) checked in or out. */
export const ActivityAttendanceRecorded = defineEvent(
  'volunteering',
  'ActivityAttendanceRecorded',
  z.object({
    activityId: z.string(),
    community: areaCodeSchema,
    role: z.enum(['participant', 'volunteer']),
    personId: z.string().optional(),
    volunteerId: z.string().optional(),
    action: z.enum(['check-in', 'check-out']),
    at: z.string(),
    by: z.string(),
  }),
);

/** Hours credited once to a volunteer who served at an activity: check-out minus check-in, to the half hour. */
export const ActivityHoursCredited = defineEvent(
  'volunteering',
  'ActivityHoursCredited',
  z.object({
    volunteerId: z.string(),
    activityId: z.string(),
    community: areaCodeSchema,
    day: z.iso.date(),
    month: z.string(),
    hours: z.number(),
  }),
);

/** The text-and-photo record of a held activity was filed (cultural events need one to count). */
export const ActivityRecorded = defineEvent(
  'volunteering',
  'ActivityRecorded',
  z.object({
    activityId: z.string(),
    community: areaCodeSchema,
    kind: z.enum(activityKinds),
    day: z.iso.date(),
    photos: z.number().int(),
    by: z.string(),
  }),
);

/** A co-building unit's yearly commitment of courses per quarter was set. */
export const UnitCourseCommitmentSet = defineEvent(
  'volunteering',
  'UnitCourseCommitmentSet',
  z.object({
    unitId: z.string(),
    community: areaCodeSchema,
    year: z.string(),
    coursesPerQuarter: z.number().int(),
    by: z.string(),
  }),
);

/** A confirmed participant's activity is tomorrow: raised once per activity and person, the day before. */
export const ActivityReminderDue = defineEvent(
  'volunteering',
  'ActivityReminderDue',
  z.object({
    activityId: z.string(),
    personId: z.string(),
    community: areaCodeSchema,
    title: z.string(),
    startsAt: z.string(),
    place: z.string(),
    day: z.iso.date(),
  }),
);
