import { z } from 'zod';
import { areaCodeSchema, defineEvent } from '../envelope.ts';

/** Housing situations that decide housing aid (廉租房补助) and count in 低保 assessments. */
export const housingHardshipKinds = ['none', 'hardship', 'low-rent-housing', 'public-rental-housing', 'dilapidated'] as const;
export type HousingHardshipKind = (typeof housingHardshipKinds)[number];

export const housingHardshipSchema = z.object({
  kind: z.enum(housingHardshipKinds),
  note: z.string().optional(),
});
export type HousingHardship = z.infer<typeof housingHardshipSchema>;

/**
 * A household's eligibility facts after any change (created, member added or removed, head changed,
 * income or housing updated, dissolved): subsidies keeps them to decide 低保 and housing aid without
 * reading the registry. `version` grows with every change, so a consumer keeps the highest it has seen.
 */
export const HouseholdChanged = defineEvent(
  'registry',
  'HouseholdChanged',
  z.object({
    householdId: z.string(),
    area: areaCodeSchema,
    change: z.enum(['created', 'member-added', 'member-removed', 'head-changed', 'updated', 'dissolved']),
    version: z.number().int().min(1),
    size: z.number().int().min(0),
    /** Yuan per person and month; absent while not assessed. */
    perCapitaIncome: z.number().min(0).optional(),
    housingHardship: housingHardshipSchema,
    memberIds: z.array(z.string()),
    /** Absent only once the household is dissolved. */
    headPersonId: z.string().optional(),
  }),
);
