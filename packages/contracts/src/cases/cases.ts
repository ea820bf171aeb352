import { z } from 'zod';
import { areaCodeSchema, defineEvent } from '../envelope.ts';

const day = z.iso.date();

/** Where a resident's request came in (SPEC §5): the mailbox, a contact card, a visit diary, reception day, a walk-in. */
export const caseChannels = ['mailbox', 'contact-card', 'visit-diary', 'reception-day', 'walk-in'] as const;
export type CaseChannel = (typeof caseChannels)[number];

/** The case pipeline's statuses, from intake to the resident's verdict; `referred` and `declined` are honest ends. */
export const caseStatuses = [
  'received',
  'accepted',
  'handled',
  'published',
  'closed',
  'referred',
  'declined',
  'withdrawn',
] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** Who answers for an overdue case: the community first, then the sub-district, then the district. */
export const escalationLevels = ['community', 'subdistrict', 'district'] as const;
export type EscalationLevel = (typeof escalationLevels)[number];

/** A resident's request was registered (登记), by the resident or by a worker on their behalf. */
export const CaseFiled = defineEvent(
  'cases',
  'CaseFiled',
  z.object({
    caseId: z.string(),
    area: areaCodeSchema,
    channel: z.enum(caseChannels),
    category: z.string(),
    topic: z.string(),
    personId: z.string().optional(),
    filedBy: z.string(),
    filedOn: day,
    possibleDuplicates: z.array(z.string()),
  }),
);

/**
 * A case moved from one status to another. Carries what a reader needs without asking: the resident to tell,
 * the deadline once accepted, the level answering for it, and the outcome once handled.
 */
export const CaseStatusChanged = defineEvent(
  'cases',
  'CaseStatusChanged',
  z.object({
    caseId: z.string(),
    area: areaCodeSchema,
    from: z.enum(caseStatuses).optional(),
    to: z.enum(caseStatuses),
    category: z.string(),
    categoryLabel: z.string(),
    topic: z.string(),
    personId: z.string().optional(),
    dueOn: day.optional(),
    level: z.enum(escalationLevels),
    outcome: z.string().optional(),
    /** On `handled`: whether it was handled by its deadline (statistics counts deadlines met). */
    handledInTime: z.boolean().optional(),
    reason: z.string().optional(),
    referredTo: z.string().optional(),
    satisfaction: z.string().optional(),
    by: z.string(),
    on: day,
  }),
);

/**
 * A case's outcome went up on the community's public board (公示反馈) for `postedFrom`…`postedUntil`; the
 * board shows the topic and what was done, never who asked.
 */
export const CaseOutcomePublished = defineEvent(
  'cases',
  'CaseOutcomePublished',
  z.object({
    caseId: z.string(),
    area: areaCodeSchema,
    community: areaCodeSchema,
    categoryLabel: z.string(),
    topic: z.string(),
    outcome: z.string(),
    postedFrom: day,
    postedUntil: day,
    by: z.string(),
  }),
);

/**
 * A case passed its deadline and now answers to a higher level (限期办理 overdue): raised once per case, level
 * and deadline by the daily check. `notify` names the staff to tell (sign-in subjects).
 */
export const CaseEscalated = defineEvent(
  'cases',
  'CaseEscalated',
  z.object({
    caseId: z.string(),
    area: areaCodeSchema,
    categoryLabel: z.string(),
    topic: z.string(),
    level: z.enum(escalationLevels),
    overdueSince: day,
    dueOn: day,
    notify: z.array(z.string()),
  }),
);
