import { z } from 'zod';
import { areaCodeSchema, defineEvent } from '../envelope.ts';

/** The days of the monthly rhythm 五日一周 (SPEC §5), plus the service week. */
export const civicDayKinds = ['reception', 'disclosure', 'publicity', 'deliberation', 'evaluation', 'service-week'] as const;
export type CivicDayKind = (typeof civicDayKinds)[number];

/**
 * A community's 五日一周 day is tomorrow: raised once per community, day and kind by the cases service's
 * daily job, naming who takes part (resident representatives by person id, staff by sign-in subject) so
 * notifications can remind them without a list of its own.
 */
export const CivicDayDue = defineEvent(
  'cases',
  'CivicDayDue',
  z.object({
    community: areaCodeSchema,
    date: z.iso.date(),
    kind: z.enum(civicDayKinds),
    name: z.string(),
    what: z.string(),
    agenda: z.array(z.string()),
    persons: z.array(z.string()),
    staff: z.array(z.string()),
  }),
);
