import { z } from 'zod';
import { areaCodeSchema, defineEvent } from '../envelope.ts';

/** Kinds of units in a community (辖内单位): 机关, 企业, 学校, 医院, 社会组织, 其他. */
export const unitKindSchema = z.enum(['agency', 'enterprise', 'school', 'hospital', 'social-organization', 'other']);
export type UnitKind = z.infer<typeof unitKindSchema>;

/** A unit in the community was registered. */
export const UnitRegistered = defineEvent(
  'registry',
  'UnitRegistered',
  z.object({ unitId: z.string(), area: areaCodeSchema, name: z.string(), kind: unitKindSchema }),
);

/** The mutual-aid association's council approved or rejected a unit's application to join. */
export const MutualAidApplicationDecided = defineEvent(
  'registry',
  'MutualAidApplicationDecided',
  z.object({
    applicationId: z.string(),
    unitId: z.string(),
    area: areaCodeSchema,
    decision: z.enum(['approved', 'rejected']),
  }),
);
