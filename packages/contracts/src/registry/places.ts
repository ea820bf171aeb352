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
