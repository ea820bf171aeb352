import { z } from 'zod';
import { areaCodeSchema, defineEvent } from '../envelope.ts';

/** Who helps a household: a community worker, a party member or a volunteer. */
export const helperKinds = ['worker', 'party-member', 'volunteer'] as const;
export type HelperKind = (typeof helperKinds)[number];

/** How often the helpers are to visit. */
export const pairingFrequencies = ['week', 'fortnight', 'month', 'quarter'] as const;
export type PairingFrequency = (typeof pairingFrequencies)[number];

const helper = z.object({ kind: z.enum(helperKinds), id: z.string(), name: z.string() });

/** Helpers were paired with a household in hardship (一帮一 with one helper, 二帮一 with two). */
export const PairingCreated = defineEvent(
  'volunteering',
  'PairingCreated',
  z.object({
    pairingId: z.string(),
    community: areaCodeSchema,
    householdId: z.string(),
    headPersonId: z.string(),
    helpers: z.array(helper).min(1).max(2),
    every: z.enum(pairingFrequencies),
    nextDue: z.iso.date(),
    by: z.string(),
  }),
);

/** A helper visited the household; the next visit is due on `nextDue`. */
export const PairingVisitLogged = defineEvent(
  'volunteering',
  'PairingVisitLogged',
  z.object({
    pairingId: z.string(),
    visitId: z.string(),
    community: areaCodeSchema,
    householdId: z.string(),
    visitedOn: z.iso.date(),
    helperId: z.string(),
    nextDue: z.iso.date(),
  }),
);

/** The due visit passed without one being logged; raised once per pairing and due date. */
export const PairingVisitsBehind = defineEvent(
  'volunteering',
  'PairingVisitsBehind',
  z.object({
    pairingId: z.string(),
    community: areaCodeSchema,
    householdId: z.string(),
    headPersonId: z.string(),
    dueOn: z.iso.date(),
    lastVisitedOn: z.iso.date().optional(),
    helperIds: z.array(z.string()),
  }),
);

/** A pairing ended (hardship resolved, household moved…), with the reason. */
export const PairingEnded = defineEvent(
  'volunteering',
  'PairingEnded',
  z.object({
    pairingId: z.string(),
    community: areaCodeSchema,
    householdId: z.string(),
    endedOn: z.iso.date(),
    reason: z.string(),
    by: z.string(),
  }),
);
