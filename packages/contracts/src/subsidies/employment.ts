import { z } from 'zod';
import { areaCodeSchema, defineEvent } from '../envelope.ts';

/** 残疾人就业扶贫基地 types: 企业安置型 employs disabled people; 辐射带动型 brings disabled households into its trade. */
export const employmentBaseTypes = ['placement', 'outreach'] as const;
export type EmploymentBaseType = (typeof employmentBaseTypes)[number];

/**
 * A base's year: applied (figures met the standards), then inspected in late July — passed means the
 * plaque is granted (plaqued), failed means not approved — and a plaqued base may be withdrawn (摘牌).
 */
export const employmentBaseStates = ['applied', 'plaqued', 'not-approved', 'withdrawn'] as const;
export type EmploymentBaseState = (typeof employmentBaseStates)[number];

/** The job seekers a job opening welcomes and a placement is counted under: migrants, disabled people, the laid-off. */
export const seekerGroups = ['migrant', 'disabled', 'laid-off'] as const;
export type SeekerGroup = (typeof seekerGroups)[number];

const baseFields = {
  baseId: z.string(),
  unitId: z.string(),
  area: areaCodeSchema,
  year: z.number().int(),
};

/** A unit applied to be a base for a year and its declared figures met every standard of its type. */
export const EmploymentBaseApplied = defineEvent(
  'subsidies',
  'EmploymentBaseApplied',
  z.object({
    ...baseFields,
    unitName: z.string(),
    type: z.enum(employmentBaseTypes),
    disabledEmployees: z.number().int().min(0).optional(),
    householdsEngaged: z.number().int().min(0).optional(),
    appliedOn: z.iso.date(),
    by: z.string(),
  }),
);

/** The late-July on-site inspection was recorded, passed or not; `to` is the base's state after it. */
export const EmploymentBaseInspected = defineEvent(
  'subsidies',
  'EmploymentBaseInspected',
  z.object({
    ...baseFields,
    passed: z.boolean(),
    inspectedOn: z.iso.date(),
    evidenceCount: z.number().int().min(1),
    to: z.enum(employmentBaseStates),
    by: z.string(),
  }),
);

/** The plaque (挂牌) was granted: raised in the same transaction as a passed inspection. */
export const EmploymentBasePlaqueGranted = defineEvent(
  'subsidies',
  'EmploymentBasePlaqueGranted',
  z.object({ ...baseFields, unitName: z.string(), grantedOn: z.iso.date(), by: z.string() }),
);

/** The plaque was withdrawn (摘牌) with a reason. */
export const EmploymentBasePlaqueWithdrawn = defineEvent(
  'subsidies',
  'EmploymentBasePlaqueWithdrawn',
  z.object({ ...baseFields, reason: z.string(), withdrawnOn: z.iso.date(), by: z.string() }),
);

/**
 * Support funds were paid straight to the base. One payment per base and year (`paymentId` is derived from
 * both and written conditionally), so a consumer never sees a base paid twice for a year.
 */
export const EmploymentBaseFundsPaid = defineEvent(
  'subsidies',
  'EmploymentBaseFundsPaid',
  z.object({ ...baseFields, paymentId: z.string(), amountFen: z.number().int().min(1), paidOn: z.iso.date(), by: z.string() }),
);

/** The yearly statistics table (残疾人就业扶贫基地扶持残疾人状况统计表) was filed; `late` when after 10 November. */
export const EmploymentBaseStatisticsFiled = defineEvent(
  'subsidies',
  'EmploymentBaseStatisticsFiled',
  z.object({
    ...baseFields,
    filedOn: z.iso.date(),
    late: z.boolean(),
    disabledEmployed: z.number().int().min(0),
    householdsSupported: z.number().int().min(0),
    personsLiftedOutOfPoverty: z.number().int().min(0),
    by: z.string(),
  }),
);

/** A base filed a training plan for disabled workers, at least 10 days before the training starts. */
export const EmploymentTrainingPlanFiled = defineEvent(
  'subsidies',
  'EmploymentTrainingPlanFiled',
  z.object({
    ...baseFields,
    planId: z.string(),
    startsOn: z.iso.date(),
    plannedTrainees: z.number().int().min(1),
    filedOn: z.iso.date(),
    by: z.string(),
  }),
);

/** A unit (or staff for it) posted a job opening. */
export const JobOpeningPosted = defineEvent(
  'subsidies',
  'JobOpeningPosted',
  z.object({
    openingId: z.string(),
    area: areaCodeSchema,
    unitName: z.string(),
    title: z.string(),
    positions: z.number().int().min(1),
    monthlyWageYuan: z.number().min(0),
    welcomes: z.array(z.enum(seekerGroups)).min(1),
    closesOn: z.iso.date(),
    by: z.string(),
  }),
);

/** Staff registered a job seeker placed in an opening; `filled` counts the opening's positions taken, this one included. */
export const JobSeekerPlaced = defineEvent(
  'subsidies',
  'JobSeekerPlaced',
  z.object({
    placementId: z.string(),
    openingId: z.string(),
    personId: z.string(),
    group: z.enum(seekerGroups),
    area: areaCodeSchema,
    startsOn: z.iso.date(),
    filled: z.number().int().min(1),
    positions: z.number().int().min(1),
    by: z.string(),
  }),
);

/** The placement that took an opening's last position: the opening leaves the list of open ones. */
export const JobOpeningFilled = defineEvent(
  'subsidies',
  'JobOpeningFilled',
  z.object({ openingId: z.string(), area: areaCodeSchema, positions: z.number().int().min(1) }),
);
