import {
  communityOf,
  type EventEnvelope,
  GardenPlotClaimed,
  GardenPlotDefined,
  GardenPlotReleased,
  type ItemCondition,
  LoanOverdue,
  SharedItemBorrowed,
  SharedItemDonated,
  SharedItemHeld,
  SharedItemHoldReleased,
  SharedItemReturned,
  SharedItemWithdrawn,
  SharedLoanRenewed,
  shanghaiDay,
} from '@shequ/contracts';
import {
  ConcurrentModificationError,
  createPut,
  failedConditionIndex,
  getItem,
  isLostRace,
  key,
  type Page,
  type PageRequest,
  queryAll,
  queryPage,
  raiseEvent,
  recordOf,
  type TransactItem,
  versionedPut,
  writeWithEvents,
  writeWithEventsOrConflict,
} from '@shequ/ddb';
import { type Caller, Forbidden, isStaff, NotFound, ValidationFailed } from '@shequ/kit';
import { daysBetween, type GardenPlot, holdExpired, type Loan, type SharedItem } from '../domain/sharing.ts';
import type { VolunteeringDeps } from './deps.ts';
import { type PersonRecord, personOf } from './persons.ts';

/** A hold as its own record: the history of who reserved what, and the due list the daily job reads. */
export interface HoldRecord {
  id: string;
  itemId: string;
  itemName: string;
  area: string;
  personId: string;
  until: string;
  status: 'active' | 'borrowed' | 'expired' | 'cancelled';
  createdAt: string;
  by: string;
}

/** The resident already has an active garden plot: the claim item exists. */
export class PlotAlreadyHeldError extends Error {
  override name = 'PlotAlreadyHeldError';
}

/** Another plot of the community already has this code. */
export class PlotCodeTakenError extends Error {
  override name = 'PlotCodeTakenError';
}

/** Partitions the daily job queries instead of scanning: active holds by expiry, open loans by due day. */
export const HOLDS_ACTIVE = 'HOLDS-ACTIVE';
export const LOANS_DUE = 'LOANS-DUE';

const itemKey = (id: string) => ({ pk: key('ITEM', id), sk: 'ITEM' });
const holdKey = (id: string) => ({ pk: key('HOLD', id), sk: 'HOLD' });
const loanKey = (id: string) => ({ pk: key('LOAN', id), sk: 'LOAN' });
const plotKey = (id: string) => ({ pk: key('PLOT', id), sk: 'PLOT' });
const plotCodeKey = (area: string, code: string) => ({ pk: key('PLOT-CODE', communityOf(area), code), sk: 'PLOT-CODE' });
/** One active plot per resident: this item exists while they hold one. */
const plotClaimKey = (personId: string) => ({ pk: key('PERSON', personId), sk: 'PLOT' });

function itemItem(record: SharedItem) {
  return {
    ...itemKey(record.id),
    entity: 'shared-item',
    ...record,
    gsi1pk: key('AREA', communityOf(record.area), 'ITEM'),
    gsi1sk: record.id,
  };
}

function holdItem(record: HoldRecord) {
  return {
    ...holdKey(record.id),
    entity: 'hold',
    ...record,
    ...(record.status === 'active' ? { gsi1pk: HOLDS_ACTIVE, gsi1sk: key(record.until, record.id) } : {}),
    gsi2pk: key('PERSON', record.personId, 'HOLD'),
    gsi2sk: record.id,
  };
}

/** Open loans sit in the due list and sort first in the borrower's list; returned ones drop out of the due list. */
function loanItem(record: Loan) {
  const open = record.status === 'open';
  return {
    ...loanKey(record.id),
    entity: 'loan',
    ...record,
    ...(open ? { gsi1pk: LOANS_DUE, gsi1sk: key(record.dueOn, record.id) } : {}),
    gsi2pk: key('PERSON', record.personId, 'LOAN'),
    gsi2sk: open ? key('OPEN', record.dueOn, record.id) : key('DONE', record.id),
  };
}

function plotItem(record: GardenPlot) {
  return {
    ...plotKey(record.id),
    entity: 'garden-plot',
    ...record,
    gsi1pk: key('AREA', communityOf(record.area), 'PLOT'),
    gsi1sk: record.code,
  };
}

/** Runs a transaction; any lost race (a changed version, a concurrent writer) is a 409. */
export function transact(deps: VolunteeringDeps, items: TransactItem[], events: EventEnvelope[]): Promise<void> {
  return writeWithEventsOrConflict(deps.client, deps.tableName, items, events);
}

export function getSharedItem(deps: VolunteeringDeps, id: string, consistent = false): Promise<SharedItem | undefined> {
  return getItem<SharedItem>(deps, itemKey(id), consistent);
}

export function getLoan(deps: VolunteeringDeps, id: string, consistent = false): Promise<Loan | undefined> {
  return getItem<Loan>(deps, loanKey(id), consistent);
}

export function getHold(deps: VolunteeringDeps, id: string, consistent = false): Promise<HoldRecord | undefined> {
  return getItem<HoldRecord>(deps, holdKey(id), consistent);
}

export function getPlot(deps: VolunteeringDeps, id: string, consistent = false): Promise<GardenPlot | undefined> {
  return getItem<GardenPlot>(deps, plotKey(id), consistent);
}

export async function recordSharedItem(deps: VolunteeringDeps, record: Omit<SharedItem, 'version'>): Promise<SharedItem> {
  const stored: SharedItem = { ...record, version: 1 };
  await transact(
    deps,
    [createPut(deps.tableName, itemItem(stored))],
    [
      raiseEvent(deps, SharedItemDonated, record.area, {
        itemId: record.id,
        area: record.area,
        name: record.name,
        category: record.category,
        condition: record.condition,
        donorKind: record.donorKind,
        donatedOn: record.donatedOn,
        recordedBy: record.recordedBy,
      }),
    ],
  );
  return stored;
}

export interface ItemFilter {
  category?: string | undefined;
  condition?: string | undefined;
}

/** A community's catalogue, oldest donation first; category and condition filter on the server. */
export function listSharedItems(
  deps: VolunteeringDeps,
  community: string,
  filter: ItemFilter,
  page: PageRequest,
): Promise<Page<SharedItem>> {
  return queryPage<SharedItem>(
    deps,
    {
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': key('AREA', community, 'ITEM') },
    },
    page,
    { category: filter.category, condition: filter.condition },
  );
}

/**
 * An item whose hold ran out is free to anyone; whoever takes it next closes the stale hold in the same
 * transaction, so the hold's release is recorded (and its event raised) exactly once.
 */
function staleHoldSteps(deps: VolunteeringDeps, item: SharedItem): { items: TransactItem[]; events: EventEnvelope[] } {
  if (!item.hold || !holdExpired(item, deps.now())) return { items: [], events: [] };
  return {
    items: [endHold(deps, item.hold.holdId, 'expired')],
    events: [
      raiseEvent(deps, SharedItemHoldReleased, item.area, {
        holdId: item.hold.holdId,
        itemId: item.id,
        area: item.area,
        personId: item.hold.personId,
        reason: 'expired',
      }),
    ],
  };
}

/** Closes an active hold record and takes it off the expiry list. */
function endHold(deps: VolunteeringDeps, holdId: string, status: HoldRecord['status']): TransactItem {
  return {
    Update: {
      TableName: deps.tableName,
      Key: holdKey(holdId),
      UpdateExpression: 'SET #status = :status REMOVE gsi1pk, gsi1sk',
      ConditionExpression: '#status = :active',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':status': status, ':active': 'active' },
    },
  };
}

function withoutHold(item: SharedItem): SharedItem {
  const { hold: _hold, ...rest } = item;
  return rest;
}

/** Holds an available item for a resident: the item and the hold change together, on the item's version. */
export async function holdSharedItem(deps: VolunteeringDeps, item: SharedItem, hold: HoldRecord): Promise<SharedItem> {
  const next: SharedItem = {
    ...withoutHold(item),
    status: 'held',
    hold: { holdId: hold.id, personId: hold.personId, until: hold.until },
  };
  const stale = staleHoldSteps(deps, item);
  await transact(
    deps,
    [versionedPut(deps.tableName, itemItem(next), item.version), createPut(deps.tableName, holdItem(hold)), ...stale.items],
    [
      ...stale.events,
      raiseEvent(deps, SharedItemHeld, item.area, {
        holdId: hold.id,
        itemId: item.id,
        area: item.area,
        personId: hold.personId,
        until: hold.until,
      }),
    ],
  );
  return { ...next, version: item.version + 1 };
}

/** Frees a held item: its hold ran out (the job) or was cancelled. */
export async function releaseHold(
  deps: VolunteeringDeps,
  item: SharedItem,
  reason: 'expired' | 'cancelled',
): Promise<SharedItem> {
  const hold = item.hold;
  if (!hold) return item;
  const next: SharedItem = { ...withoutHold(item), status: 'available' };
  await transact(
    deps,
    [versionedPut(deps.tableName, itemItem(next), item.version), endHold(deps, hold.holdId, reason)],
    [
      raiseEvent(deps, SharedItemHoldReleased, item.area, {
        holdId: hold.holdId,
        itemId: item.id,
        area: item.area,
        personId: hold.personId,
        reason,
      }),
    ],
  );
  return { ...next, version: item.version + 1 };
}

/** Closes a hold record whose item has moved on without it (nothing else to change). */
export async function closeOrphanHold(deps: VolunteeringDeps, holdId: string): Promise<void> {
  await transact(deps, [endHold(deps, holdId, 'expired')], []);
}

/**
 * Lends an item: the item goes on loan and the loan is created in one transaction conditioned on the
 * item's version, so of two residents borrowing the same item at once exactly one wins. A borrower's own
 * hold is consumed; someone else's expired hold is closed.
 */
export async function borrowSharedItem(deps: VolunteeringDeps, item: SharedItem, loan: Loan): Promise<Loan> {
  const ownHold = item.hold && item.hold.personId === loan.personId && !holdExpired(item, deps.now()) ? item.hold : undefined;
  const stale = ownHold ? { items: [], events: [] } : staleHoldSteps(deps, item);
  const next: SharedItem = { ...withoutHold(item), status: 'on-loan', loanId: loan.id };
  await transact(
    deps,
    [
      versionedPut(deps.tableName, itemItem(next), item.version),
      createPut(deps.tableName, loanItem(loan)),
      ...(ownHold ? [endHold(deps, ownHold.holdId, 'borrowed')] : []),
      ...stale.items,
    ],
    [
      ...stale.events,
      raiseEvent(deps, SharedItemBorrowed, item.area, {
        loanId: loan.id,
        itemId: item.id,
        itemName: item.name,
        area: item.area,
        personId: loan.personId,
        borrowedOn: loan.borrowedOn,
        dueOn: loan.dueOn,
        fromHold: loan.fromHold,
      }),
    ],
  );
  return { ...loan, version: 1 };
}

export async function renewSharedLoan(deps: VolunteeringDeps, loan: Loan, dueOn: string): Promise<Loan> {
  const next: Loan = { ...loan, dueOn, renewals: loan.renewals + 1 };
  await transact(
    deps,
    [versionedPut(deps.tableName, loanItem(next), loan.version)],
    [
      raiseEvent(deps, SharedLoanRenewed, loan.area, {
        loanId: loan.id,
        itemId: loan.itemId,
        area: loan.area,
        personId: loan.personId,
        previousDueOn: loan.dueOn,
        dueOn,
      }),
    ],
  );
  return { ...next, version: loan.version + 1 };
}

/** Takes an item back: the loan closes (late or not, recorded) and the item is available again, together. */
export async function returnSharedLoan(
  deps: VolunteeringDeps,
  item: SharedItem,
  loan: Loan,
  returned: { condition: ItemCondition; by: string },
): Promise<Loan> {
  const returnedOn = shanghaiDay(deps.now());
  const daysLate = Math.max(0, daysBetween(loan.dueOn, returnedOn));
  const { loanId: _loanId, ...rest } = item;
  const nextItem: SharedItem = { ...rest, status: 'available', condition: returned.condition };
  const nextLoan: Loan = { ...loan, status: 'returned', returnedOn, daysLate, returnedTo: returned.by };
  await transact(
    deps,
    [
      versionedPut(deps.tableName, itemItem(nextItem), item.version),
      versionedPut(deps.tableName, loanItem(nextLoan), loan.version),
    ],
    [
      raiseEvent(deps, SharedItemReturned, loan.area, {
        loanId: loan.id,
        itemId: item.id,
        area: loan.area,
        personId: loan.personId,
        dueOn: loan.dueOn,
        returnedOn,
        late: daysLate > 0,
        daysLate,
        condition: returned.condition,
      }),
    ],
  );
  return { ...nextLoan, version: loan.version + 1 };
}

export async function withdrawSharedItem(
  deps: VolunteeringDeps,
  item: SharedItem,
  reason: string,
  by: string,
): Promise<SharedItem> {
  const next: SharedItem = { ...withoutHold(item), status: 'withdrawn', withdrawnReason: reason };
  const stale = staleHoldSteps(deps, item);
  await transact(
    deps,
    [versionedPut(deps.tableName, itemItem(next), item.version), ...stale.items],
    [...stale.events, raiseEvent(deps, SharedItemWithdrawn, item.area, { itemId: item.id, area: item.area, reason, by })],
  );
  return { ...next, version: item.version + 1 };
}

/** A borrower's open loans, earliest due first: few, so read whole. */
export async function openLoansOf(deps: VolunteeringDeps, personId: string): Promise<Loan[]> {
  const items = await queryAll(deps, {
    IndexName: 'gsi2',
    KeyConditionExpression: 'gsi2pk = :pk AND begins_with(gsi2sk, :open)',
    ExpressionAttributeValues: { ':pk': key('PERSON', personId, 'LOAN'), ':open': 'OPEN#' },
  });
  return items.map((item) => recordOf<Loan>(item));
}

/** A borrower's loans: open ones first (latest due first), then returned ones, newest first. */
export function listLoansOf(deps: VolunteeringDeps, personId: string, page: PageRequest): Promise<Page<Loan>> {
  return queryPage<Loan>(
    deps,
    {
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': key('PERSON', personId, 'LOAN') },
      ScanIndexForward: false,
    },
    page,
  );
}

/**
 * A community's open loans, earliest due first (the overdue ones lead): the district's due list read
 * with the community as a filter, so a page may hold fewer than `limit` but never skips one.
 */
export function listOpenLoansIn(deps: VolunteeringDeps, community: string, page: PageRequest): Promise<Page<Loan>> {
  return queryPage<Loan>(
    deps,
    {
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      FilterExpression: 'begins_with(#area, :community)',
      ExpressionAttributeNames: { '#area': 'area' },
      ExpressionAttributeValues: { ':pk': LOANS_DUE, ':community': community },
    },
    page,
  );
}

/** Active holds that ran out before `now`: the job's work list. */
export async function expiredHolds(deps: VolunteeringDeps, now: Date): Promise<HoldRecord[]> {
  const items = await queryAll(deps, {
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk < :now',
    ExpressionAttributeValues: { ':pk': HOLDS_ACTIVE, ':now': now.toISOString() },
  });
  return items.map((item) => recordOf<HoldRecord>(item));
}

/** Open loans due before `today`: overdue, reported or not. */
export async function overdueLoans(deps: VolunteeringDeps, today: string): Promise<Loan[]> {
  const items = await queryAll(deps, {
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk < :today',
    ExpressionAttributeValues: { ':pk': LOANS_DUE, ':today': today },
  });
  return items.map((item) => recordOf<Loan>(item));
}

/** Marks the loan reported and raises LoanOverdue once; false when another run got there first. */
export async function raiseLoanOverdue(deps: VolunteeringDeps, loan: Loan, today: string): Promise<boolean> {
  if (loan.overdueReportedFor === loan.dueOn) return false;
  const next: Loan = { ...loan, overdueReportedFor: loan.dueOn };
  try {
    await transact(
      deps,
      [versionedPut(deps.tableName, loanItem(next), loan.version)],
      [
        raiseEvent(deps, LoanOverdue, loan.area, {
          loanId: loan.id,
          itemId: loan.itemId,
          itemName: loan.itemName,
          area: loan.area,
          personId: loan.personId,
          dueOn: loan.dueOn,
          daysOverdue: daysBetween(loan.dueOn, today),
        }),
      ],
    );
    return true;
  } catch (error) {
    if (error instanceof ConcurrentModificationError) return false;
    throw error;
  }
}

/** Defines a plot; its code is unique in the community (a guard item, created in the same transaction). */
export async function defineGardenPlot(deps: VolunteeringDeps, plot: Omit<GardenPlot, 'version'>): Promise<GardenPlot> {
  const stored: GardenPlot = { ...plot, version: 1 };
  try {
    await writeWithEvents(
      deps.client,
      deps.tableName,
      [
        createPut(deps.tableName, plotItem(stored)),
        createPut(deps.tableName, { ...plotCodeKey(plot.area, plot.code), entity: 'plot-code', plotId: plot.id }),
      ],
      [
        raiseEvent(deps, GardenPlotDefined, plot.area, {
          plotId: plot.id,
          area: plot.area,
          code: plot.code,
          ...(plot.sizeSqm !== undefined ? { sizeSqm: plot.sizeSqm } : {}),
        }),
      ],
    );
  } catch (error) {
    if (failedConditionIndex(error) === 1) throw new PlotCodeTakenError();
    if (isLostRace(error)) throw new ConcurrentModificationError();
    throw error;
  }
  return stored;
}

export function listGardenPlots(
  deps: VolunteeringDeps,
  community: string,
  status: string | undefined,
  page: PageRequest,
): Promise<Page<GardenPlot>> {
  return queryPage<GardenPlot>(
    deps,
    {
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': key('AREA', community, 'PLOT') },
    },
    page,
    { status },
  );
}

/**
 * Gives a free plot to a resident: the plot (on its version) and the resident's claim item (which must not
 * exist) in one transaction, so nobody ends up with two plots however the requests interleave.
 */
export async function claimGardenPlot(
  deps: VolunteeringDeps,
  plot: GardenPlot,
  holder: { personId: string; name: string; season: string },
): Promise<GardenPlot> {
  const next: GardenPlot = {
    ...plot,
    status: 'claimed',
    holderPersonId: holder.personId,
    holderName: holder.name,
    season: holder.season,
    claimedOn: shanghaiDay(deps.now()),
  };
  try {
    await writeWithEvents(
      deps.client,
      deps.tableName,
      [
        versionedPut(deps.tableName, plotItem(next), plot.version),
        createPut(deps.tableName, {
          ...plotClaimKey(holder.personId),
          entity: 'plot-claim',
          plotId: plot.id,
          season: holder.season,
        }),
      ],
      [
        raiseEvent(deps, GardenPlotClaimed, plot.area, {
          plotId: plot.id,
          area: plot.area,
          code: plot.code,
          personId: holder.personId,
          season: holder.season,
        }),
      ],
    );
  } catch (error) {
    if (failedConditionIndex(error) === 1) throw new PlotAlreadyHeldError();
    if (isLostRace(error)) throw new ConcurrentModificationError();
    throw error;
  }
  return { ...next, version: plot.version + 1 };
}

/** The plot a resident holds now, if any. */
export async function plotClaimOf(deps: VolunteeringDeps, personId: string): Promise<{ plotId: string } | undefined> {
  return getItem<{ plotId: string }>(deps, plotClaimKey(personId), true);
}

export async function releaseGardenPlot(deps: VolunteeringDeps, plot: GardenPlot, by: string): Promise<GardenPlot> {
  const personId = plot.holderPersonId as string;
  const { holderPersonId: _p, holderName: _n, season: _s, claimedOn: _c, ...rest } = plot;
  const next: GardenPlot = { ...rest, status: 'free' };
  await transact(
    deps,
    [
      versionedPut(deps.tableName, plotItem(next), plot.version),
      {
        Delete: {
          TableName: deps.tableName,
          Key: plotClaimKey(personId),
          ConditionExpression: 'plotId = :plot',
          ExpressionAttributeValues: { ':plot': plot.id },
        },
      },
    ],
    [raiseEvent(deps, GardenPlotReleased, plot.area, { plotId: plot.id, area: plot.area, code: plot.code, personId, by })],
  );
  return { ...next, version: plot.version + 1 };
}

/**
 * The resident a station action is for: the signed-in resident themself, or the one staff name. They must
 * be known to the registry, still living here and, when `community` is given, live in that community.
 */
export async function actingResident(
  deps: VolunteeringDeps,
  caller: Caller,
  personId: string | undefined,
  community?: string,
): Promise<PersonRecord> {
  let id: string;
  if (isStaff(caller)) {
    if (!personId) throw ValidationFailed.field('body.personId', '工作人员代居民办理时请指定居民（personId）');
    id = personId;
  } else {
    if (!caller.personId) throw new Forbidden('您的账号尚未关联居民档案，请先到社区登记');
    if (personId && personId !== caller.personId) throw new Forbidden('居民只能为本人办理');
    id = caller.personId;
  }
  const person = await personOf(deps, id);
  if (!person) throw new NotFound('未找到该居民，请确认已在人口库登记');
  if (person.status !== 'active') {
    throw ValidationFailed.field('body.personId', `${person.name}已迁出或已故，不能办理`);
  }
  if (community && communityOf(person.area) !== community) {
    throw ValidationFailed.field('body.personId', `${person.name}不是本社区居民，本社区的共享驿站和菜园只面向本社区居民`);
  }
  return person;
}
