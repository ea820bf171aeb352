import { z } from 'zod';
import { areaCodeSchema, defineEvent } from '../envelope.ts';

/** How worn a donated item is when it comes in (and after each return). */
export const itemConditions = ['new', 'good', 'fair'] as const;
export type ItemCondition = (typeof itemConditions)[number];

/** Who gave an item to the sharing station: a resident, a unit, or someone who left no name. */
export const donorKinds = ['resident', 'unit', 'anonymous'] as const;
export type DonorKind = (typeof donorKinds)[number];

const day = z.iso.date();
const instant = z.iso.datetime({ offset: true });

/** An idle item donated to the sharing station (共享驿站) entered the catalogue. Donor names stay in the table. */
export const SharedItemDonated = defineEvent(
  'volunteering',
  'SharedItemDonated',
  z.object({
    itemId: z.string(),
    area: areaCodeSchema,
    name: z.string(),
    category: z.string(),
    condition: z.enum(itemConditions),
    donorKind: z.enum(donorKinds),
    donatedOn: day,
    recordedBy: z.string(),
  }),
);

/** An item left the catalogue (worn out, lost, given away). */
export const SharedItemWithdrawn = defineEvent(
  'volunteering',
  'SharedItemWithdrawn',
  z.object({ itemId: z.string(), area: areaCodeSchema, reason: z.string(), by: z.string() }),
);

/** A resident reserved an available item until `until`; it waits for them at the station. */
export const SharedItemHeld = defineEvent(
  'volunteering',
  'SharedItemHeld',
  z.object({ holdId: z.string(), itemId: z.string(), area: areaCodeSchema, personId: z.string(), until: instant }),
);

/** A hold ended without a loan: it ran out, or the resident or staff cancelled it. The item is available again. */
export const SharedItemHoldReleased = defineEvent(
  'volunteering',
  'SharedItemHoldReleased',
  z.object({
    holdId: z.string(),
    itemId: z.string(),
    area: areaCodeSchema,
    personId: z.string(),
    reason: z.enum(['expired', 'cancelled']),
  }),
);

/** A resident borrowed an item, due back on `dueOn`. */
export const SharedItemBorrowed = defineEvent(
  'volunteering',
  'SharedItemBorrowed',
  z.object({
    loanId: z.string(),
    itemId: z.string(),
    itemName: z.string(),
    area: areaCodeSchema,
    personId: z.string(),
    borrowedOn: day,
    dueOn: day,
    fromHold: z.boolean(),
  }),
);

/** A loan was renewed once, its due date moved on. */
export const SharedLoanRenewed = defineEvent(
  'volunteering',
  'SharedLoanRenewed',
  z.object({
    loanId: z.string(),
    itemId: z.string(),
    area: areaCodeSchema,
    personId: z.string(),
    previousDueOn: day,
    dueOn: day,
  }),
);

/** A borrowed item came back; `daysLate` is 0 for an on-time return. */
export const SharedItemReturned = defineEvent(
  'volunteering',
  'SharedItemReturned',
  z.object({
    loanId: z.string(),
    itemId: z.string(),
    area: areaCodeSchema,
    personId: z.string(),
    dueOn: day,
    returnedOn: day,
    late: z.boolean(),
    daysLate: z.number().int().min(0),
    condition: z.enum(itemConditions),
  }),
);

/** Raised once per loan by the daily job when its due day has passed unreturned: the reminder notifications send. */
export const LoanOverdue = defineEvent(
  'volunteering',
  'LoanOverdue',
  z.object({
    loanId: z.string(),
    itemId: z.string(),
    itemName: z.string(),
    area: areaCodeSchema,
    personId: z.string(),
    dueOn: day,
    daysOverdue: z.number().int().min(1),
  }),
);

/** The community marked out a shared garden plot (共享菜园). */
export const GardenPlotDefined = defineEvent(
  'volunteering',
  'GardenPlotDefined',
  z.object({ plotId: z.string(), area: areaCodeSchema, code: z.string(), sizeSqm: z.number().optional() }),
);

/** A resident took a garden plot for a season; one plot per resident at a time. */
export const GardenPlotClaimed = defineEvent(
  'volunteering',
  'GardenPlotClaimed',
  z.object({ plotId: z.string(), area: areaCodeSchema, code: z.string(), personId: z.string(), season: z.string() }),
);

/** A garden plot was given back and is free for someone else. */
export const GardenPlotReleased = defineEvent(
  'volunteering',
  'GardenPlotReleased',
  z.object({ plotId: z.string(), area: areaCodeSchema, code: z.string(), personId: z.string(), by: z.string() }),
);
