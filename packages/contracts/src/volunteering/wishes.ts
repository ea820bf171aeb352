import { z } from 'zod';
import { areaCodeSchema, defineEvent } from '../envelope.ts';

const day = z.iso.date();

/** A child's micro-wish (微心愿) was posted by community staff and waits in the pool to be claimed. */
export const MicroWishPosted = defineEvent(
  'volunteering',
  'MicroWishPosted',
  z.object({ wishId: z.string(), area: areaCodeSchema, childId: z.string(), title: z.string(), deadline: day, by: z.string() }),
);

/** A volunteer or donor promised to fulfil a wish by `claimedUntil`. */
export const MicroWishClaimed = defineEvent(
  'volunteering',
  'MicroWishClaimed',
  z.object({
    wishId: z.string(),
    area: areaCodeSchema,
    claimedBy: z.string(),
    claimantPersonId: z.string().optional(),
    claimedOn: day,
    claimedUntil: day,
  }),
);

/** A claim was not fulfilled in time: the wish went back to the pool. */
export const MicroWishClaimLapsed = defineEvent(
  'volunteering',
  'MicroWishClaimLapsed',
  z.object({ wishId: z.string(), area: areaCodeSchema, claimedBy: z.string(), claimedUntil: day }),
);

/** The wish came true; a photo proves it. */
export const MicroWishFulfilled = defineEvent(
  'volunteering',
  'MicroWishFulfilled',
  z.object({ wishId: z.string(), area: areaCodeSchema, claimedBy: z.string(), fulfilledOn: day, photoKey: z.string() }),
);

/** Staff withdrew a wish (the child moved away, the need was met otherwise). */
export const MicroWishCancelled = defineEvent(
  'volunteering',
  'MicroWishCancelled',
  z.object({ wishId: z.string(), area: areaCodeSchema, reason: z.string(), by: z.string() }),
);
