import { shanghaiDay } from '@shequ/contracts';
import { ConcurrentModificationError } from '@shequ/ddb';
import { scheduledJob } from '@shequ/kit';
import { holdExpired } from '../domain/sharing.ts';
import { claimLapsed } from '../domain/wishes.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { closeOrphanHold, expiredHolds, getSharedItem, overdueLoans, raiseLoanOverdue, releaseHold } from '../store/sharing.ts';
import { lapseClaim, lapsedClaims } from '../store/wishes.ts';

interface Summary {
  holdsReleased: number;
  overdueReported: number;
  claimsLapsed: number;
}

/** A request changed the record since it was read: it has already dealt with it, so the job moves on. */
async function unlessRaced(work: () => Promise<unknown>): Promise<boolean> {
  try {
    await work();
    return true;
  } catch (error) {
    if (error instanceof ConcurrentModificationError) return false;
    throw error;
  }
}

/**
 * Daily: frees items whose holds ran out, raises LoanOverdue once for each loan past its due day, and puts
 * wishes whose claims ran out back in the pool. Each list is a Query on a due-date index, never a Scan.
 */
export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return scheduledJob('release-expired', async ({ now }): Promise<Summary> => {
    const d = { ...deps(), now: () => now };
    const today = shanghaiDay(now);
    const summary: Summary = { holdsReleased: 0, overdueReported: 0, claimsLapsed: 0 };

    for (const hold of await expiredHolds(d, now)) {
      const item = await getSharedItem(d, hold.itemId, true);
      if (item?.hold?.holdId === hold.id && holdExpired(item, now)) {
        if (await unlessRaced(() => releaseHold(d, item, 'expired'))) summary.holdsReleased++;
      } else {
        // The item moved on (borrowed by someone else after expiry): only the hold record is left open.
        await unlessRaced(() => closeOrphanHold(d, hold.id));
      }
    }

    for (const loan of await overdueLoans(d, today)) {
      if (await raiseLoanOverdue(d, loan, today)) summary.overdueReported++;
    }

    for (const wish of await lapsedClaims(d, today)) {
      if (claimLapsed(wish, today) && (await unlessRaced(() => lapseClaim(d, wish)))) summary.claimsLapsed++;
    }
    return summary;
  });
}

export const handler = createHandler();
