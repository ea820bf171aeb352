import { z } from 'zod';
import { areaCodeSchema, defineEvent } from '../envelope.ts';

/** The states of a subsidy application, from submission through 三榜公示 to the benefit's end. */
export const applicationStates = [
  'submitted',
  'community-review',
  'notice-1',
  'notice-2',
  'notice-3',
  'subdistrict-approval',
  'active',
  'suspended',
  'ended',
  'rejected',
  'withdrawn',
] as const;
export type ApplicationStateName = (typeof applicationStates)[number];

/**
 * Every step of an application, one event each: submission (`from` absent), review, each notice round
 * posted or closed, objections, approval, suspension, resumption, 渐退 and the end. Notifications tells
 * the applicant; statistics counts. `amountFen` is the amount per `programmePeriod` once known; a benefit
 * is in force while `active`. A household benefit (低保) names its `householdId` and covers `personsCovered`.
 */
export const ApplicationStatusChanged = defineEvent(
  'subsidies',
  'ApplicationStatusChanged',
  z.object({
    applicationId: z.string(),
    programme: z.string(),
    programmeName: z.string().optional(),
    personId: z.string(),
    area: areaCodeSchema,
    from: z.enum(applicationStates).optional(),
    to: z.enum(applicationStates),
    command: z.string(),
    by: z.string(),
    reason: z.string().optional(),
    /** The round now posted, while the application is on the notice board, and its posting period. */
    round: z.number().int().min(1).max(3).optional(),
    postedOn: z.iso.date().optional(),
    lastDay: z.iso.date().optional(),
    amountFen: z.number().int().min(0).optional(),
    /** How often the programme pays `amountFen`: statistics sums the monthly ones into the monthly outlay. */
    programmePeriod: z.enum(['monthly', 'yearly', 'one-off']).optional(),
    /** The household a household-wide benefit (低保) is for; absent for a person's own benefit. */
    householdId: z.string().optional(),
    /** Persons the benefit covers: the household's size for a household-wide benefit, else 1. */
    personsCovered: z.number().int().min(1).optional(),
  }),
);
