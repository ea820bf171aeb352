import { z } from 'zod';
import { areaCodeSchema, defineEvent } from '../envelope.ts';

const count = z.number().int().min(0);

/** The registry's own count of the active persons of one area (district, sub-district, community or grid). */
export const populationCountSchema = z.object({
  area: areaCodeSchema,
  total: count,
  registered: count.describe('户籍人口'),
  migrant: count.describe('流动人口'),
  male: count,
  female: count,
});
export type PopulationCount = z.infer<typeof populationCountSchema>;

/** Areas per event: about 110 bytes each as JSON, so an event stays near 55 KB, well under EventBridge's 256 KB. */
export const POPULATION_COUNT_AREAS_PER_EVENT = 500;

/**
 * The registry counted its active persons by scanning its own table (daily job `count-population`), so
 * statistics can check the counters it keeps from the person events against it. A district with many
 * areas is sent in `parts` events of the same `countedAt`; areas the registry knows but where nobody
 * lives are listed with zeros.
 */
export const PopulationCounted = defineEvent(
  'registry',
  'PopulationCounted',
  z.object({
    countedAt: z.iso.datetime({ offset: true }),
    part: z.number().int().min(1),
    parts: z.number().int().min(1),
    areas: z.array(populationCountSchema).min(1).max(POPULATION_COUNT_AREAS_PER_EVENT),
  }),
);
