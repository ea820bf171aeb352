import type { DonorKind, ItemCondition } from '@shequ/contracts';

/** How long a hold keeps an item for the resident who made it. */
export const HOLD_DAYS = 3;
/** A loan's length when nobody says otherwise, and the most a loan may run at once. */
export const LOAN_DAYS = 14;
export const MAX_LOAN_DAYS = 30;
/** One renewal adds this much to the due date. */
export const RENEW_DAYS = 14;
export const MAX_RENEWALS = 1;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export type ItemStatus = 'available' | 'held' | 'on-loan' | 'withdrawn';

export interface ItemHold {
  holdId: string;
  personId: string;
  /** The instant the hold runs out (ISO). */
  until: string;
}

export interface SharedItem {
  id: string;
  /** The community whose station keeps the item. */
  area: string;
  name: string;
  category: string;
  condition: ItemCondition;
  description?: string;
  photos: string[];
  donorKind: DonorKind;
  donorName?: string;
  donorPersonId?: string;
  donatedOn: string;
  status: ItemStatus;
  hold?: ItemHold;
  loanId?: string;
  withdrawnReason?: string;
  recordedBy: string;
  recordedAt: string;
  version: number;
}

/** A hold past its time no longer binds the item, whether or not the daily job has released it yet. */
export function holdExpired(item: Pick<SharedItem, 'status' | 'hold'>, now: Date): boolean {
  return item.status === 'held' && item.hold !== undefined && Date.parse(item.hold.until) <= now.getTime();
}

/** The status as a reader should see it: an expired hold reads as available. */
export function effectiveStatus(item: Pick<SharedItem, 'status' | 'hold'>, now: Date): ItemStatus {
  return holdExpired(item, now) ? 'available' : item.status;
}

export function holdUntil(now: Date, days = HOLD_DAYS): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString();
}

export interface Loan {
  id: string;
  itemId: string;
  itemName: string;
  area: string;
  personId: string;
  borrowerName: string;
  borrowedOn: string;
  dueOn: string;
  renewals: number;
  fromHold: boolean;
  status: 'open' | 'returned';
  returnedOn?: string;
  daysLate?: number;
  /** The due date the overdue reminder was raised for: once per loan. */
  overdueReportedFor?: string;
  lentBy: string;
  returnedTo?: string;
  version: number;
}

/** Overdue once the due day has passed without a return; the due day itself is still on time. */
export function isOverdue(loan: Pick<Loan, 'status' | 'dueOn'>, today: string): boolean {
  return loan.status === 'open' && loan.dueOn < today;
}

/** Why a resident may not borrow or hold now: the first overdue loan, named with its due date. */
export function overdueBlock(
  openLoans: readonly Pick<Loan, 'status' | 'dueOn' | 'itemName'>[],
  today: string,
): string | undefined {
  const overdue = openLoans.filter((loan) => isOverdue(loan, today)).sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0];
  if (!overdue) return undefined;
  return `您借用的“${overdue.itemName}”应于 ${overdue.dueOn} 归还，至今未还；归还后才能再借用或预约物品`;
}

/** Why an item cannot be held or borrowed by `personId` now, or undefined when it can. */
export function lendRefusal(item: SharedItem, personId: string, now: Date): string | undefined {
  const status = effectiveStatus(item, now);
  if (status === 'available') return undefined;
  if (status === 'held' && item.hold?.personId === personId) return undefined;
  if (status === 'held') return `“${item.name}”已被其他居民预约，预约到期前不能借用`;
  if (status === 'on-loan') return `“${item.name}”已借出，归还后才能借用或预约`;
  return `“${item.name}”已下架，不再出借`;
}

/** Why a loan cannot be renewed, or undefined: once only, and never once overdue. */
export function renewRefusal(loan: Loan, today: string): string | undefined {
  if (loan.status !== 'open') return '该借用已归还，无需续借';
  if (isOverdue(loan, today)) return `该借用已于 ${loan.dueOn} 到期，逾期后不能续借，请尽快归还`;
  if (loan.renewals >= MAX_RENEWALS) return `每次借用只能续借 ${MAX_RENEWALS} 次，请按期（${loan.dueOn}）归还`;
  return undefined;
}

export type PlotStatus = 'free' | 'claimed';

export interface GardenPlot {
  id: string;
  area: string;
  /** The plot's label in the garden, unique in the community (e.g. A-03). */
  code: string;
  sizeSqm?: number;
  note?: string;
  status: PlotStatus;
  holderPersonId?: string;
  holderName?: string;
  season?: string;
  claimedOn?: string;
  version: number;
}
