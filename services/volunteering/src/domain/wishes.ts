/** How long a claimant has to fulfil a wish before it goes back to the pool. */
export const CLAIM_DAYS = 14;
/** Micro-wishes are children's: younger than this on the day the wish is posted. */
export const CHILD_AGE_LIMIT = 18;

export type WishStatus = 'open' | 'claimed' | 'fulfilled' | 'cancelled';

export interface WishClaim {
  /** The claimant's user id (token subject). */
  by: string;
  personId?: string;
  name?: string;
  contact?: string;
  claimedOn: string;
  claimedUntil: string;
}

export interface MicroWish {
  id: string;
  area: string;
  childId: string;
  childName: string;
  childBirthDate: string;
  title: string;
  description: string;
  deadline: string;
  status: WishStatus;
  claim?: WishClaim;
  /** Claims that ran out unfulfilled, oldest first. */
  lapsedClaims: WishClaim[];
  fulfilment?: { photoKey: string; note?: string; fulfilledOn: string; by: string };
  cancelReason?: string;
  postedBy: string;
  postedAt: string;
  version: number;
}

/** Full years of age on `today` (both `YYYY-MM-DD`). */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** A claim past its last day is void: the wish reads as open again, whether or not the job has run. */
export function claimLapsed(wish: Pick<MicroWish, 'status' | 'claim'>, today: string): boolean {
  return wish.status === 'claimed' && wish.claim !== undefined && wish.claim.claimedUntil < today;
}

export function effectiveWishStatus(wish: Pick<MicroWish, 'status' | 'claim'>, today: string): WishStatus {
  return claimLapsed(wish, today) ? 'open' : wish.status;
}

/** The wish with a lapsed claim moved to its history, back in the pool. */
export function withLapsedClaim(wish: MicroWish): MicroWish {
  const { claim, ...rest } = wish;
  return { ...rest, status: 'open', lapsedClaims: claim ? [...wish.lapsedClaims, claim] : wish.lapsedClaims };
}

/** Why the wish cannot be claimed now, or undefined. */
export function claimRefusal(wish: MicroWish, today: string): string | undefined {
  const status = effectiveWishStatus(wish, today);
  if (status === 'claimed') return `该心愿已被认领，认领期至 ${wish.claim?.claimedUntil}`;
  if (status === 'fulfilled') return '该心愿已经实现';
  if (status === 'cancelled') return '该心愿已撤回';
  if (wish.deadline < today) return `该心愿已过截止日期（${wish.deadline}），不能再认领`;
  return undefined;
}

/** Why `subject` cannot record the wish as fulfilled, or undefined; staff may record it for the claimant. */
export function fulfilRefusal(wish: MicroWish, subject: string, isStaff: boolean, today: string): string | undefined {
  if (wish.status === 'fulfilled') return '该心愿已经实现';
  if (wish.status === 'cancelled') return '该心愿已撤回';
  if (claimLapsed(wish, today)) return `认领已于 ${wish.claim?.claimedUntil} 到期，心愿已回到心愿池，请重新认领`;
  if (wish.status !== 'claimed') return '该心愿尚未被认领，请先认领';
  if (!isStaff && wish.claim?.by !== subject) return '只有认领人或社区工作人员可以登记心愿实现';
  return undefined;
}

/** Shown to volunteers and donors instead of the child's name: the surname and 小朋友. */
export function childAlias(name: string): string {
  return `${name.slice(0, 1)}小朋友`;
}
