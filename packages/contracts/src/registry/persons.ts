import { z } from 'zod';
import { areaCodeSchema, defineEvent } from '../envelope.ts';

/**
 * Facts about a person that other services keep as their own projection (subsidies: eligibility;
 * notifications: contact; statistics: counters), so none of them ever reads the registry table.
 */
export const personFactsSchema = z.object({
  personId: z.string(),
  area: areaCodeSchema,
  birthDate: z.iso.date(),
  sex: z.enum(['male', 'female']),
  residence: z.enum(['registered', 'migrant']),
});
export type PersonFacts = z.infer<typeof personFactsSchema>;

export const PersonRegistered = defineEvent('registry', 'PersonRegistered', personFactsSchema);
