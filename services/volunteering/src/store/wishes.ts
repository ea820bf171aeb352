import {
  communityOf,
  type EventEnvelope,
  MicroWishCancelled,
  MicroWishClaimed,
  MicroWishClaimLapsed,
  MicroWishFulfilled,
  MicroWishPosted,
} from '@shequ/contracts';
import {
  createPut,
  getItem,
  key,
  type Page,
  type PageRequest,
  queryAll,
  queryPage,
  raiseEvent,
  recordOf,
  versionedPut,
} from '@shequ/ddb';
import { claimLapsed, type MicroWish, type WishClaim, withLapsedClaim } from '../domain/wishes.ts';
import type { VolunteeringDeps } from './deps.ts';
import { transact } from './sharing.ts';

/** Claimed wishes by their last day, so the daily job finds lapsed claims with a Query. */
export const WISH_CLAIMS_DUE = 'WISH-CLAIMS-DUE';

const wishKey = (id: string) => ({ pk: key('WISH', id), sk: 'WISH' });

function wishItem(record: MicroWish) {
  return {
    ...wishKey(record.id),
    entity: 'micro-wish',
    ...record,
    gsi1pk: key('AREA', communityOf(record.area), 'WISH'),
    gsi1sk: record.id,
    ...(record.status === 'claimed' && record.claim
      ? { gsi2pk: WISH_CLAIMS_DUE, gsi2sk: key(record.claim.claimedUntil, record.id) }
      : {}),
  };
}

export function getWish(deps: VolunteeringDeps, id: string, consistent = false): Promise<MicroWish | undefined> {
  return getItem<MicroWish>(deps, wishKey(id), consistent);
}

export async function postWish(deps: VolunteeringDeps, wish: Omit<MicroWish, 'version'>): Promise<MicroWish> {
  const stored: MicroWish = { ...wish, version: 1 };
  await transact(
    deps,
    [createPut(deps.tableName, wishItem(stored))],
    [
      raiseEvent(deps, MicroWishPosted, wish.area, {
        wishId: wish.id,
        area: wish.area,
        childId: wish.childId,
        title: wish.title,
        deadline: wish.deadline,
        by: wish.postedBy,
      }),
    ],
  );
  return stored;
}

/** A community's wishes, oldest first. */
export function listWishes(deps: VolunteeringDeps, community: string, page: PageRequest): Promise<Page<MicroWish>> {
  return queryPage<MicroWish>(
    deps,
    {
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': key('AREA', community, 'WISH') },
    },
    page,
  );
}

function lapseEvent(deps: VolunteeringDeps, wish: MicroWish): EventEnvelope {
  const claim = wish.claim as WishClaim;
  return raiseEvent(deps, MicroWishClaimLapsed, wish.area, {
    wishId: wish.id,
    area: wish.area,
    claimedBy: claim.by,
    claimedUntil: claim.claimedUntil,
  });
}

/** Claims a wish on its version; a lapsed claim it replaces is recorded (and its event raised) in the same write. */
export async function claimWish(deps: VolunteeringDeps, wish: MicroWish, claim: WishClaim, today: string): Promise<MicroWish> {
  const lapsed = claimLapsed(wish, today);
  const base = lapsed ? withLapsedClaim(wish) : wish;
  const next: MicroWish = { ...base, status: 'claimed', claim };
  await transact(
    deps,
    [versionedPut(deps.tableName, wishItem(next), wish.version)],
    [
      ...(lapsed ? [lapseEvent(deps, wish)] : []),
      raiseEvent(deps, MicroWishClaimed, wish.area, {
        wishId: wish.id,
        area: wish.area,
        claimedBy: claim.by,
        ...(claim.personId ? { claimantPersonId: claim.personId } : {}),
        claimedOn: claim.claimedOn,
        claimedUntil: claim.claimedUntil,
      }),
    ],
  );
  return { ...next, version: wish.version + 1 };
}

/** Puts a wish whose claim ran out back in the pool (the daily job). */
export async function lapseClaim(deps: VolunteeringDeps, wish: MicroWish): Promise<MicroWish> {
  const next = withLapsedClaim(wish);
  await transact(deps, [versionedPut(deps.tableName, wishItem(next), wish.version)], [lapseEvent(deps, wish)]);
  return { ...next, version: wish.version + 1 };
}

export async function fulfilWish(
  deps: VolunteeringDeps,
  wish: MicroWish,
  fulfilment: NonNullable<MicroWish['fulfilment']>,
): Promise<MicroWish> {
  const next: MicroWish = { ...wish, status: 'fulfilled', fulfilment };
  await transact(
    deps,
    [versionedPut(deps.tableName, wishItem(next), wish.version)],
    [
      raiseEvent(deps, MicroWishFulfilled, wish.area, {
        wishId: wish.id,
        area: wish.area,
        claimedBy: wish.claim?.by ?? fulfilment.by,
        fulfilledOn: fulfilment.fulfilledOn,
        photoKey: fulfilment.photoKey,
      }),
    ],
  );
  return { ...next, version: wish.version + 1 };
}

export async function cancelWish(deps: VolunteeringDeps, wish: MicroWish, reason: string, by: string): Promise<MicroWish> {
  const { claim: _claim, ...rest } = wish;
  const next: MicroWish = { ...rest, status: 'cancelled', cancelReason: reason };
  await transact(
    deps,
    [versionedPut(deps.tableName, wishItem(next), wish.version)],
    [raiseEvent(deps, MicroWishCancelled, wish.area, { wishId: wish.id, area: wish.area, reason, by })],
  );
  return { ...next, version: wish.version + 1 };
}

/** Claimed wishes whose last day was before `today`. */
export async function lapsedClaims(deps: VolunteeringDeps, today: string): Promise<MicroWish[]> {
  const items = await queryAll(deps, {
    IndexName: 'gsi2',
    KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk < :today',
    ExpressionAttributeValues: { ':pk': WISH_CLAIMS_DUE, ':today': today },
  });
  return items.map((item) => recordOf<MicroWish>(item));
}
