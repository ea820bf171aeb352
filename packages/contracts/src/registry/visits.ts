import { z } from 'zod';
import { areaCodeSchema, defineEvent } from '../envelope.ts';

/** What a home visit (走访/入户) is about; a visit plan is per person and kind. */
export const visitKinds = ['routine', 'medication-card', 'left-behind', 'hardship', 'disability', 'other'] as const;
export type VisitKind = (typeof visitKinds)[number];

/** How often a planned visit recurs. */
export const visitFrequencies = ['week', 'month', 'quarter'] as const;
export type VisitFrequency = (typeof visitFrequencies)[number];

const kind = z.enum(visitKinds);

/**
 * A visit was logged. Needs and the follow-up travel with it so cases can open an item from a visit
 * diary (民情日记) without reading the registry.
 */
export const VisitRecorded = defineEvent(
  'registry',
  'VisitRecorded',
  z.object({
    visitId: z.string(),
    personId: z.string(),
    area: areaCodeSchema,
    kind,
    visitedOn: z.iso.date(),
    visitor: z.string(),
    needs: z.array(z.string()).optional(),
    followUp: z.string().optional(),
  }),
);

/** A person's visit schedule of one kind was set or replaced; `assignedTo` is the visiting worker's user id. */
export const VisitPlanSet = defineEvent(
  'registry',
  'VisitPlanSet',
  z.object({
    personId: z.string(),
    area: areaCodeSchema,
    kind,
    every: z.enum(visitFrequencies),
    assignedTo: z.string(),
    nextDue: z.iso.date(),
  }),
);

/** A planned visit passed its due date without being logged; raised once per due date. */
export const VisitOverdue = defineEvent(
  'registry',
  'VisitOverdue',
  z.object({
    personId: z.string(),
    area: areaCodeSchema,
    kind,
    dueOn: z.iso.date(),
    assignedTo: z.string(),
  }),
);
