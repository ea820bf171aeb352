import { z } from 'zod';
import { areaCodeSchema, defineEvent } from '../envelope.ts';

/** Kinds of volunteer team a community runs; vanguard squads (先锋小分队) each cover a set of buildings. */
export const teamKinds = ['party-patrol', 'youth', 'elderly', 'women', 'science', 'culture', 'vanguard'] as const;
export type TeamKind = (typeof teamKinds)[number];

export const volunteerStatuses = ['pending', 'approved', 'rejected'] as const;
export type VolunteerStatus = (typeof volunteerStatuses)[number];

/** A team was set up or its name, leaders or buildings changed. */
export const TeamSaved = defineEvent(
  'volunteering',
  'TeamSaved',
  z.object({
    teamId: z.string(),
    community: areaCodeSchema,
    kind: z.enum(teamKinds),
    name: z.string(),
    leaderIds: z.array(z.string()),
    buildings: z.array(z.string()).optional(),
    change: z.enum(['created', 'updated']),
    by: z.string(),
  }),
);

/** A volunteer joined or left a team. */
export const TeamMembershipChanged = defineEvent(
  'volunteering',
  'TeamMembershipChanged',
  z.object({
    teamId: z.string(),
    community: areaCodeSchema,
    volunteerId: z.string(),
    /** The volunteer's registry person, when there is one: how notifications reaches all of a team. */
    personId: z.string().optional(),
    change: z.enum(['joined', 'left']),
    by: z.string(),
  }),
);

/** A party-member post (设岗定责) was set up or handed to another holder. */
export const PartyPostSaved = defineEvent(
  'volunteering',
  'PartyPostSaved',
  z.object({
    postId: z.string(),
    community: areaCodeSchema,
    name: z.string(),
    holderPersonId: z.string(),
    change: z.enum(['created', 'updated']),
    by: z.string(),
  }),
);

/** A volunteer profile was made: by the resident (pending approval) or by staff (approved at once). */
export const VolunteerRegistered = defineEvent(
  'volunteering',
  'VolunteerRegistered',
  z.object({
    volunteerId: z.string(),
    personId: z.string().optional(),
    community: areaCodeSchema,
    status: z.enum(volunteerStatuses),
    by: z.string(),
    selfRegistered: z.boolean(),
  }),
);

/** Community staff approved or rejected a self-registration. */
export const VolunteerStatusChanged = defineEvent(
  'volunteering',
  'VolunteerStatusChanged',
  z.object({
    volunteerId: z.string(),
    personId: z.string().optional(),
    community: areaCodeSchema,
    from: z.enum(volunteerStatuses),
    to: z.enum(volunteerStatuses),
    by: z.string(),
    reason: z.string().optional(),
  }),
);

/** Skills, talents or availability changed (a new survey answer). */
export const VolunteerProfileUpdated = defineEvent(
  'volunteering',
  'VolunteerProfileUpdated',
  z.object({ volunteerId: z.string(), community: areaCodeSchema, skills: z.array(z.string()), by: z.string() }),
);

/** A volunteer logged their own hours; they count once a leader or staff approves them. */
export const VolunteerHoursLogged = defineEvent(
  'volunteering',
  'VolunteerHoursLogged',
  z.object({
    volunteerId: z.string(),
    logId: z.string(),
    community: areaCodeSchema,
    date: z.iso.date(),
    hours: z.number(),
  }),
);

/** Self-logged hours were approved (they now count) or rejected, once. */
export const VolunteerHoursReviewed = defineEvent(
  'volunteering',
  'VolunteerHoursReviewed',
  z.object({
    volunteerId: z.string(),
    logId: z.string(),
    community: areaCodeSchema,
    date: z.iso.date(),
    hours: z.number(),
    decision: z.enum(['approved', 'rejected']),
    by: z.string(),
    reason: z.string().optional(),
  }),
);
