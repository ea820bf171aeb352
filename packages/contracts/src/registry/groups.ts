import { z } from 'zod';
import { areaCodeSchema, defineEvent } from '../envelope.ts';

/**
 * A person joined, changed or left a special group (残疾人, 低保, 三留守…). `attributes` holds the facts
 * other services keep (category, grade, needs, householdId…; never certificate numbers), together with
 * birth date and sex, so subsidies and notifications decide eligibility and segments without reads.
 * On `left` the attributes are the ones the person had.
 */
export const GroupMembershipChanged = defineEvent(
  'registry',
  'GroupMembershipChanged',
  z.object({
    personId: z.string(),
    area: areaCodeSchema,
    /** A stored group's name as the registry declares it (`disabled`, `dibao`, `left-behind-child`…). */
    group: z.string().min(1),
    change: z.enum(['joined', 'changed', 'left']),
    attributes: z.record(z.string(), z.unknown()),
    birthDate: z.iso.date(),
    sex: z.enum(['male', 'female']),
  }),
);
