import { createEvent, type DonationKind, DonationRecorded, type DonationSource, DriveClosed } from '@shequ/contracts';
import {
  ConcurrentModificationError,
  createPut,
  failedConditionIndex,
  getItem,
  isTransactionConflict,
  key,
  newId,
  type Page,
  type PageRequest,
  queryPage,
  type TransactItem,
  writeWithEvents,
} from '@shequ/ddb';
import {
  type DonationAmount,
  type DriveTotals,
  emptySourceFen,
  formatYuan,
  goodsLineKey,
  goodsLinesOf,
  MAX_GOODS_LINES,
  presentTotals,
  sourceLabels,
} from '../domain/drives.ts';
import type { SubsidiesDeps } from './deps.ts';

export type DriveStatus = 'open' | 'closed';

/** Running totals are top-level numbers because DynamoDB's ADD works on top-level attributes only. */
const sourceAttribute = {
  residents: 'residentsFen',
  units: 'unitsFen',
  'party-dues': 'partyDuesFen',
  other: 'otherFen',
} as const satisfies Record<DonationSource, string>;
type SourceTotals = Record<(typeof sourceAttribute)[DonationSource], number>;

export interface DriveRecord extends SourceTotals {
  id: string;
  area: string;
  name: string;
  purpose: string;
  earmark?: string;
  startsOn: string;
  endsOn: string;
  status: DriveStatus;
  moneyFen: number;
  /** Quantity per goods line, keyed by `goodsLineKey(item, unit)`. */
  goods: Record<string, number>;
  donationCount: number;
  createdAt: string;
  createdBy: string;
  closedAt?: string;
  closedBy?: string;
  closingNote?: string;
  /** Bumped by every donation as well as by closing: a close at version v closes exactly the totals read at v. */
  version: number;
}

export interface DonationRecord {
  id: string;
  driveId: string;
  area: string;
  kind: DonationKind;
  source?: DonationSource;
  amountFen?: number;
  item?: string;
  quantity?: number;
  unit?: string;
  donorName?: string;
  receivedOn: string;
  note?: string;
  recordedAt: string;
  recordedBy: string;
}

/** A donation as recorded: what it adds to the totals, and who gave it when (no name: anonymous). */
export type DonationInput = DonationAmount & {
  source?: DonationSource | undefined;
  donorName?: string | undefined;
  receivedOn: string;
  note?: string | undefined;
};

/** The drive stopped taking donations (or was closed already) between the caller's read and its write. */
export class DriveClosedError extends Error {
  override name = 'DriveClosedError';
}

/** No drive under the id at write time: drives are never deleted, so only a wrong id gets here. */
export class DriveMissingError extends Error {
  override name = 'DriveMissingError';
}

/** A new goods line would exceed `MAX_GOODS_LINES` on the drive. */
export class GoodsLinesFullError extends Error {
  override name = 'GoodsLinesFullError';
}

function driveKey(id: string) {
  return { pk: key('DRIVE', id), sk: 'DRIVE' };
}

const DONATION_PREFIX = 'DONATION#';

/** The sub-district a drive rolls up to: itself for a sub-district drive, the first nine digits for a community's. */
function subdistrictOf(area: string): string {
  return area.slice(0, 9);
}

/**
 * gsi1 lists the drives of exactly one area (a community's own); gsi2 lists everything within a
 * sub-district, its own drives and its communities'. Both sort by start date.
 */
function driveItem(record: DriveRecord) {
  const sortKey = key(record.startsOn, record.id);
  return {
    ...driveKey(record.id),
    entity: 'donation-drive',
    ...record,
    gsi1pk: key('AREA', record.area, 'DRIVE'),
    gsi1sk: sortKey,
    gsi2pk: key('AREA', subdistrictOf(record.area), 'DRIVE'),
    gsi2sk: sortKey,
  };
}

export function getDrive(deps: SubsidiesDeps, id: string, consistent = false): Promise<DriveRecord | undefined> {
  return getItem<DriveRecord>(deps, driveKey(id), consistent);
}

function totalsOf(drive: DriveRecord): DriveTotals {
  const bySourceFen = emptySourceFen();
  for (const [source, attribute] of Object.entries(sourceAttribute) as [DonationSource, keyof SourceTotals][]) {
    bySourceFen[source] = drive[attribute] ?? 0;
  }
  return { moneyFen: drive.moneyFen, bySourceFen, goods: goodsLinesOf(drive.goods), donationCount: drive.donationCount };
}

/** A drive as the API shows it, totals gathered from its running counters. */
export function presentDrive(drive: DriveRecord) {
  const {
    moneyFen: _m,
    goods: _g,
    donationCount: _c,
    residentsFen: _r,
    unitsFen: _u,
    partyDuesFen: _p,
    otherFen: _o,
    ...rest
  } = drive;
  return { ...rest, totals: presentTotals(totalsOf(drive)) };
}

export function presentDonation(donation: DonationRecord) {
  return {
    ...donation,
    ...(donation.source ? { sourceLabel: sourceLabels[donation.source] } : {}),
    ...(donation.amountFen !== undefined ? { amount: formatYuan(donation.amountFen) } : {}),
    anonymous: donation.donorName === undefined,
  };
}

export async function createDrive(
  deps: SubsidiesDeps,
  input: { area: string; name: string; purpose: string; earmark?: string | undefined; startsOn: string; endsOn: string },
  actor: string,
): Promise<DriveRecord> {
  const now = deps.now();
  const record: DriveRecord = {
    id: newId(now),
    area: input.area,
    name: input.name,
    purpose: input.purpose,
    ...(input.earmark ? { earmark: input.earmark } : {}),
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    status: 'open',
    moneyFen: 0,
    residentsFen: 0,
    unitsFen: 0,
    partyDuesFen: 0,
    otherFen: 0,
    // Present from the start: a goods line is added under it with SET, which needs the parent map to exist.
    goods: {},
    donationCount: 0,
    createdAt: now.toISOString(),
    createdBy: actor,
    version: 1,
  };
  await writeWithEvents(deps.client, deps.tableName, [createPut(deps.tableName, driveItem(record))], []);
  return record;
}

/** What adds a donation to the drive's totals, refused unless the drive is open (and has room for a new goods line). */
function addToTotals(deps: SubsidiesDeps, driveId: string, amount: DonationAmount): TransactItem {
  const base = {
    TableName: deps.tableName,
    Key: driveKey(driveId),
  };
  if (amount.kind === 'money') {
    return {
      Update: {
        ...base,
        UpdateExpression: 'ADD #source :fen, moneyFen :fen, donationCount :one, #version :one',
        ConditionExpression: '#status = :open',
        ExpressionAttributeNames: { '#source': sourceAttribute[amount.source], '#status': 'status', '#version': 'version' },
        ExpressionAttributeValues: { ':fen': amount.amountFen, ':one': 1, ':open': 'open' },
      },
    };
  }
  return {
    Update: {
      ...base,
      // ADD cannot reach into a map; SET with if_not_exists is the same atomic increment for a nested line.
      UpdateExpression: 'SET goods.#line = if_not_exists(goods.#line, :zero) + :quantity ADD donationCount :one, #version :one',
      ConditionExpression: '#status = :open AND (attribute_exists(goods.#line) OR size(goods) < :maxLines)',
      ExpressionAttributeNames: { '#line': goodsLineKey(amount.item, amount.unit), '#status': 'status', '#version': 'version' },
      ExpressionAttributeValues: {
        ':zero': 0,
        ':quantity': amount.quantity,
        ':one': 1,
        ':open': 'open',
        ':maxLines': MAX_GOODS_LINES,
      },
    },
  };
}

/** Concurrent donations to one drive contend for its item; a cancelled transaction wrote nothing and is simply retried. */
const WRITE_ATTEMPTS = 10;

async function withConflictRetry<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= WRITE_ATTEMPTS || failedConditionIndex(error) !== -1 || !isTransactionConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}

/**
 * Records a donation, adds it to the drive's totals and raises DonationRecorded, all in one transaction:
 * the totals are always the sum of the donations, and a closed drive takes none (DriveClosedError).
 */
export async function recordDonation(
  deps: SubsidiesDeps,
  drive: DriveRecord,
  input: DonationInput,
  actor: string,
): Promise<DonationRecord> {
  const now = deps.now();
  const record: DonationRecord = {
    id: newId(now),
    driveId: drive.id,
    area: drive.area,
    kind: input.kind,
    ...(input.source ? { source: input.source } : {}),
    ...(input.kind === 'money'
      ? { amountFen: input.amountFen }
      : { item: input.item, quantity: input.quantity, unit: input.unit }),
    ...(input.donorName ? { donorName: input.donorName } : {}),
    receivedOn: input.receivedOn,
    ...(input.note ? { note: input.note } : {}),
    recordedAt: now.toISOString(),
    recordedBy: actor,
  };
  const event = createEvent(DonationRecorded, {
    id: newId(now),
    district: deps.district,
    area: drive.area,
    occurredAt: now,
    data: {
      donationId: record.id,
      driveId: drive.id,
      area: drive.area,
      kind: record.kind,
      ...(record.source ? { source: record.source } : {}),
      ...(input.kind === 'money'
        ? { amountFen: input.amountFen }
        : { item: input.item, quantity: input.quantity, unit: input.unit }),
      receivedOn: record.receivedOn,
      anonymous: record.donorName === undefined,
    },
  });
  const items: TransactItem[] = [
    createPut(deps.tableName, {
      pk: key('DRIVE', drive.id),
      sk: `${DONATION_PREFIX}${record.id}`,
      entity: 'donation',
      ...record,
    }),
    addToTotals(deps, drive.id, input),
  ];
  try {
    await withConflictRetry(() => writeWithEvents(deps.client, deps.tableName, items, [event]));
  } catch (error) {
    if (failedConditionIndex(error) === 1) throw await whyRefused(deps, drive.id);
    throw error;
  }
  return record;
}

async function whyRefused(deps: SubsidiesDeps, driveId: string): Promise<Error> {
  const current = await getDrive(deps, driveId, true);
  if (!current) return new DriveMissingError();
  if (current.status !== 'open') return new DriveClosedError();
  return new GoodsLinesFullError();
}

/**
 * Closes a drive read at `expectedVersion` and raises DriveClosed with its final totals. The version
 * check makes those the totals the caller saw: a donation recorded since fails the close with a 409.
 */
export async function closeDrive(
  deps: SubsidiesDeps,
  drive: DriveRecord,
  expectedVersion: number,
  note: string | undefined,
  actor: string,
): Promise<DriveRecord> {
  const now = deps.now();
  const closed: DriveRecord = {
    ...drive,
    status: 'closed',
    closedAt: now.toISOString(),
    closedBy: actor,
    ...(note ? { closingNote: note } : {}),
    version: expectedVersion + 1,
  };
  const totals = totalsOf(drive);
  const event = createEvent(DriveClosed, {
    id: newId(now),
    district: deps.district,
    area: drive.area,
    occurredAt: now,
    data: {
      driveId: drive.id,
      area: drive.area,
      name: drive.name,
      ...(drive.earmark ? { earmark: drive.earmark } : {}),
      closedAt: now.toISOString(),
      closedBy: actor,
      moneyFen: totals.moneyFen,
      bySourceFen: totals.bySourceFen,
      goods: totals.goods,
      donationCount: totals.donationCount,
    },
  });
  const close: TransactItem = {
    Update: {
      TableName: deps.tableName,
      Key: driveKey(drive.id),
      UpdateExpression: `SET #status = :closed, closedAt = :at, closedBy = :by${note ? ', closingNote = :note' : ''} ADD #version :one`,
      ConditionExpression: '#status = :open AND #version = :expected',
      ExpressionAttributeNames: { '#status': 'status', '#version': 'version' },
      ExpressionAttributeValues: {
        ':closed': 'closed',
        ':open': 'open',
        ':at': closed.closedAt,
        ':by': actor,
        ':one': 1,
        ':expected': expectedVersion,
        ...(note ? { ':note': note } : {}),
      },
    },
  };
  try {
    await writeWithEvents(deps.client, deps.tableName, [close], [event]);
  } catch (error) {
    if (failedConditionIndex(error) === 0) {
      const current = await getDrive(deps, drive.id, true);
      if (current?.status === 'closed') throw new DriveClosedError();
      throw new ConcurrentModificationError('drive changed');
    }
    if (isTransactionConflict(error)) throw new ConcurrentModificationError('drive contended');
    throw error;
  }
  return closed;
}

export type DriveQuery = PageRequest & { area: string; status?: DriveStatus | undefined };

/** A community's drives, or all drives within a sub-district, latest start first. */
export function listDrives(deps: SubsidiesDeps, query: DriveQuery): Promise<Page<DriveRecord>> {
  const index = query.area.length === 9 ? 'gsi2' : 'gsi1';
  return queryPage<DriveRecord>(
    deps,
    {
      IndexName: index,
      KeyConditionExpression: `${index}pk = :pk`,
      ExpressionAttributeValues: { ':pk': key('AREA', query.area, 'DRIVE') },
      ScanIndexForward: false,
    },
    query,
    { status: query.status },
  );
}

export type DonationQuery = PageRequest & { kind?: DonationKind | undefined; source?: DonationSource | undefined };

/** A drive's donations in the order they were recorded (ids are time-ordered), as on a paper register. */
export function listDonations(deps: SubsidiesDeps, driveId: string, query: DonationQuery): Promise<Page<DonationRecord>> {
  return queryPage<DonationRecord>(
    deps,
    {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': key('DRIVE', driveId), ':prefix': DONATION_PREFIX },
    },
    query,
    { kind: query.kind, source: query.source },
  );
}
