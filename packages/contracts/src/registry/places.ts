import { z } from 'zod';
import { areaCodeSchema, defineEvent } from '../envelope.ts';

/** The focus of a grid (一网格一特色), as statistics and notifications group grids by it. */
export const gridFocusSchema = z.enum(['hardship-help', 'units', 'high-rise', 'estate-governance', 'other']);
export type GridFocus = z.infer<typeof gridFocusSchema>;

/**
 * A grid was defined or its definition changed: the current definition, so a consumer keeps the latest
 * by `version` and needs no read of the registry.
 */
export const GridDefined = defineEvent(
  'registry',
  'GridDefined',
  z.object({
    grid: areaCodeSchema,
    community: areaCodeSchema,
    number: z.number().int(),
    name: z.string(),
    focus: gridFocusSchema,
    version: z.number().int(),
  }),
);

/**
 * A community's office hours were set or changed: the weekdays it is open and the fixed days on which the
 * three certificates are handled (ISO weekdays, 1 = Monday), so reminders need no read of the registry.
 */
export const OfficeHoursSet = defineEvent(
  'registry',
  'OfficeHoursSet',
  z.object({
    community: areaCodeSchema,
    openDays: z.array(z.number().int().min(1).max(7)),
    certificateOfficeDays: z.array(z.number().int().min(1).max(7)),
    /** One line as the public board shows it: `周一至周五 08:30–12:00；三证办理日：周一、周三、周五`. */
    summary: z.string(),
    version: z.number().int().min(1),
  }),
);
