import { type DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { EventEnvelope } from '@shequ/contracts';
import { PARTITION_KEY, SORT_KEY } from './table-spec.ts';
import { outboxPuts, type TransactItem } from './transact.ts';

/**
 * Many small conditional writes in as few transactions as DynamoDB's limits allow, for bulk work (an
 * import's rows, a payment run, a consumer applying a batch of events) that must stay exactly-once.
 *
 * Each *unit* is what one write would have been on its own: its conditional items, the counters it adds
 * to, the events it raises. Units are packed, in order, into transactions of at most 100 items and 4 MB;
 * counter updates on the same key are summed into one Update per transaction (DynamoDB refuses two
 * operations on one item in a transaction), and all the events of a transaction ride in its outbox item.
 * When a transaction is cancelled because a unit's own condition failed (the row already imported, the
 * period already paid), that unit is dropped and the others are sent again without it, so one stale unit
 * never holds back the rest. A transaction cancelled only for conflict wrote nothing and is retried.
 * Either a unit is written whole (items, counters, events) or nothing of it is.
 *
 * ```ts
 * const units = rows.map((row) => ({
 *   row,
 *   items: [createPut(table, { pk: key('ROW', job, row.n), sk: 'ROW', ... })],
 *   counters: [{ tableName: table, key: { pk: key('JOB', job), sk: 'JOB' }, add: { applied: 1 } }],
 *   events: [raiseEvent(deps, PersonRegistered, row.area, row.facts)],
 * }));
 * const { written, dropped } = await transactInBatches(client, table, units, { concurrency: 2 });
 * // dropped[i].failedItem === 0: that row was there already (a rerun): count it as done, not as an error.
 * ```
 */

/** An additive counter (a ledger row, a tally): created when absent, summed per key across units. */
export interface CounterUpdate {
  tableName: string;
  key: Record<string, unknown>;
  /** Numbers to ADD. */
  add: Record<string, number>;
  /** Attributes to SET, the same for every unit naming this key (what the counter is: its month, its area). */
  set?: Record<string, unknown>;
}

/** One write of the batch: everything in it succeeds together or is dropped together. */
export interface TransactUnit {
  /**
   * The unit's own items, each on a distinct key. A unit whose key is already in the transaction being
   * packed (another unit's, or a counter's) waits for a later one, after the units before it.
   */
  items: readonly TransactItem[];
  counters?: readonly CounterUpdate[];
  events?: readonly EventEnvelope[];
}

export interface DroppedUnit<U> {
  unit: U;
  /** Position of the unit in the input. */
  index: number;
  /** Index, within `unit.items`, of the first item whose condition failed. */
  failedItem: number;
}

export interface TransactInBatchesResult<U> {
  /** Units written, in the order their transactions succeeded. */
  written: U[];
  /** Units not written because one of their own conditions failed. */
  dropped: DroppedUnit<U>[];
  /** Transactions that succeeded. */
  transactions: number;
}

export interface TransactInBatchesOptions {
  /** Items per transaction, counters and outbox items included; default and most 100. */
  maxItems?: number;
  /**
   * Estimated bytes per transaction; default 3.8 MB, under DynamoDB's 4 MB. An Update counts by its
   * request, not by the item it changes: lower this when units update large items.
   */
  maxBytes?: number;
  /** Units per transaction at most (a smaller grain of work); default no limit beyond items and bytes. */
  maxUnits?: number;
  /**
   * Transactions in flight at once; default 1. Units sharing a key never travel in two at a time; units
   * sharing only a counter may, and a conflict on it is retried.
   */
  concurrency?: number;
  /** Tries of a transaction cancelled for conflict, including the first; default 10. */
  conflictAttempts?: number;
  /** The key attributes of the items put (Put carries an item, not a key); default `pk` and `sk`. */
  keyOf?: (tableName: string, item: Record<string, unknown>) => Record<string, unknown>;
}

/** The transaction limit DynamoDB sets on TransactWriteItems. */
const TRANSACTION_ITEMS = 100;
const DEFAULT_MAX_BYTES = 3_800_000;
/** Outbox items leave room under 400 KB for their events; one slot per this much, estimated before packing. */
const OUTBOX_SLOT_BYTES = 250_000;

interface Prepared<U> {
  unit: U;
  index: number;
  itemKeys: string[];
  counterKeys: string[];
  bytes: number;
  eventBytes: number;
}

/** Cancellation reasons that wrote nothing and may pass on a later try. */
const RETRIED_CODES = new Set(['TransactionConflict', 'ThrottlingError', 'ProvisionedThroughputExceeded']);

interface Reason {
  Code?: string;
}

const defaultKeyOf = (_table: string, item: Record<string, unknown>) => ({
  [PARTITION_KEY]: item[PARTITION_KEY],
  [SORT_KEY]: item[SORT_KEY],
});

/**
 * Writes `units` (see the module comment) and reports which were written and which were dropped for a
 * failed condition of their own. Events go in outbox items in `tableName`, the caller's own table. Throws
 * on anything else (a condition failing outside any unit, a validation error, conflicts that outlast the
 * retries, the network); units already written stay written, and `written` is lost with the throw, so a
 * caller resumes by its conditions, exactly as after a crash.
 */
export async function transactInBatches<U extends TransactUnit>(
  client: DynamoDBDocumentClient,
  tableName: string,
  units: readonly U[],
  options: TransactInBatchesOptions = {},
): Promise<TransactInBatchesResult<U>> {
  const maxItems = Math.min(options.maxItems ?? TRANSACTION_ITEMS, TRANSACTION_ITEMS);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxUnits = options.maxUnits ?? Number.POSITIVE_INFINITY;
  const keyOf = options.keyOf ?? defaultKeyOf;
  const attempts = options.conflictAttempts ?? 10;

  const pending: Prepared<U>[] = units.map((unit, index) => prepare(unit, index, keyOf));
  for (const prepared of pending) {
    const alone = prepared.unit.items.length + prepared.counterKeys.length + outboxSlots(prepared.eventBytes);
    if (alone > maxItems || prepared.bytes > maxBytes) {
      throw new Error(`unit ${prepared.index} does not fit in one transaction (${alone} items, ${prepared.bytes} bytes)`);
    }
  }
  const result: TransactInBatchesResult<U> = { written: [], dropped: [], transactions: 0 };
  // Keys of the units in flight: a unit sharing one waits, so units of one key are written in their order.
  const inFlight = new Set<string>();
  let failure: unknown;

  const take = (): Prepared<U>[] => {
    const batch: Prepared<U>[] = [];
    const batchKeys = new Set<string>();
    const counters = new Set<string>();
    // Keys of units passed over in this pass: a later unit on one of them must not overtake it.
    const waiting = new Set<string>();
    let items = 0;
    let bytes = 0;
    let eventBytes = 0;
    for (let position = 0; position < pending.length && batch.length < maxUnits; ) {
      const next = pending[position] as Prepared<U>;
      const blocked =
        next.itemKeys.some((k) => batchKeys.has(k) || counters.has(k) || inFlight.has(k) || waiting.has(k)) ||
        next.counterKeys.some((k) => batchKeys.has(k) || waiting.has(k));
      if (blocked) {
        for (const k of [...next.itemKeys, ...next.counterKeys]) waiting.add(k);
        position++;
        continue;
      }
      const newCounters = next.counterKeys.filter((k) => !counters.has(k)).length;
      const nextItems = items + next.unit.items.length + newCounters;
      const nextEventBytes = eventBytes + next.eventBytes;
      if (nextItems + outboxSlots(nextEventBytes) > maxItems || bytes + next.bytes > maxBytes) break;
      pending.splice(position, 1);
      batch.push(next);
      items = nextItems;
      bytes += next.bytes;
      eventBytes = nextEventBytes;
      for (const k of next.itemKeys) batchKeys.add(k);
      for (const k of next.counterKeys) counters.add(k);
    }
    return batch;
  };

  const send = async (batch: Prepared<U>[]): Promise<void> => {
    for (let attempt = 1; batch.length > 0; attempt++) {
      let built = build(tableName, batch);
      // The estimate of outbox items can fall short when events are large: hand units back until it fits.
      while (built.items.length > maxItems && batch.length > 1) {
        pending.unshift(batch.pop() as Prepared<U>);
        built = build(tableName, batch);
      }
      try {
        await client.send(new TransactWriteCommand({ TransactItems: built.items }));
        result.written.push(...batch.map((prepared) => prepared.unit));
        result.transactions++;
        return;
      } catch (error) {
        const reasons = cancellationReasons(error);
        if (reasons === undefined && !isConflictError(error)) throw error;
        const failed = new Map<number, number>();
        for (const [position, reason] of (reasons ?? []).entries()) {
          if (reason.Code === 'None' || reason.Code === undefined) continue;
          const owner = built.owners[position];
          if (reason.Code === 'ConditionalCheckFailed' && owner !== undefined) {
            if (!failed.has(owner.unit)) failed.set(owner.unit, owner.item);
            continue;
          }
          if (!RETRIED_CODES.has(reason.Code)) throw error;
        }
        if (failed.size > 0) {
          // Nothing was written: the failed units are dropped, the others go again at once.
          for (const [position, item] of failed) {
            const prepared = batch[position] as Prepared<U>;
            result.dropped.push({ unit: prepared.unit, index: prepared.index, failedItem: item });
          }
          batch = batch.filter((_, position) => !failed.has(position));
          attempt = 0;
          continue;
        }
        if (attempt >= attempts) throw error;
        // Growing, capped: a lock held by a busy store frees in a second or two, a conflict in milliseconds.
        await pause(Math.min(2_000, (10 + Math.random() * 20) * 2 ** (attempt - 1)));
      }
    }
  };

  const worker = async (): Promise<void> => {
    while (failure === undefined) {
      const batch = take();
      if (batch.length === 0) return;
      const keys = batch.flatMap((prepared) => prepared.itemKeys);
      for (const k of keys) inFlight.add(k);
      try {
        await send(batch);
      } catch (error) {
        failure ??= error;
      } finally {
        for (const k of keys) inFlight.delete(k);
      }
    }
  };

  // A unit waiting only for a key in flight is taken by whichever worker finishes first; loop until none is left.
  while (pending.length > 0 && failure === undefined) {
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, worker));
  }
  if (failure !== undefined) throw failure;
  return result;
}

/** The Update for one counter: SETs its naming attributes, ADDs its numbers, creating it when absent. */
export function counterItem(counter: CounterUpdate): TransactItem {
  const sets = Object.entries(counter.set ?? {});
  const adds = Object.entries(counter.add);
  if (sets.length === 0 && adds.length === 0) throw new Error('a counter update sets or adds something');
  const clauses = [
    ...(sets.length > 0 ? [`SET ${sets.map((_, i) => `#s${i} = :s${i}`).join(', ')}`] : []),
    ...(adds.length > 0 ? [`ADD ${adds.map((_, i) => `#a${i} :a${i}`).join(', ')}`] : []),
  ];
  return {
    Update: {
      TableName: counter.tableName,
      Key: counter.key,
      UpdateExpression: clauses.join(' '),
      ExpressionAttributeNames: Object.fromEntries([
        ...sets.map(([name], i) => [`#s${i}`, name]),
        ...adds.map(([name], i) => [`#a${i}`, name]),
      ]),
      ExpressionAttributeValues: Object.fromEntries([
        ...sets.map(([, value], i) => [`:s${i}`, value]),
        ...adds.map(([, value], i) => [`:a${i}`, value]),
      ]),
    },
  };
}

/** Counter updates summed per key: one per counter item, as a transaction requires. */
export function mergeCounters(counters: readonly CounterUpdate[]): CounterUpdate[] {
  const merged = new Map<string, CounterUpdate>();
  for (const counter of counters) {
    const id = keyId(counter.tableName, counter.key);
    const current = merged.get(id);
    if (!current) {
      merged.set(id, { ...counter, add: { ...counter.add }, ...(counter.set ? { set: { ...counter.set } } : {}) });
      continue;
    }
    for (const [name, value] of Object.entries(counter.add)) current.add[name] = (current.add[name] ?? 0) + value;
    if (counter.set) current.set = { ...current.set, ...counter.set };
  }
  return [...merged.values()];
}

function prepare<U extends TransactUnit>(
  unit: U,
  index: number,
  keyOf: NonNullable<TransactInBatchesOptions['keyOf']>,
): Prepared<U> {
  const itemKeys = unit.items.map((item) => itemKeyId(item, keyOf));
  if (new Set(itemKeys).size !== itemKeys.length) throw new Error(`unit ${index} writes one item twice`);
  const counterKeys = [...new Set((unit.counters ?? []).map((counter) => keyId(counter.tableName, counter.key)))];
  if (counterKeys.some((k) => itemKeys.includes(k))) throw new Error(`unit ${index} writes its own counter as an item`);
  const eventBytes = (unit.events ?? []).reduce((sum, event) => sum + approximateBytes(event), 0);
  const bytes =
    unit.items.reduce((sum, item) => sum + approximateBytes(item), 0) +
    (unit.counters ?? []).reduce((sum, counter) => sum + approximateBytes(counter), 0) +
    eventBytes;
  return { unit, index, itemKeys, counterKeys, bytes, eventBytes };
}

/** The transaction's items, and which unit and item of it each position belongs to (counters and outbox: none). */
function build<U extends TransactUnit>(
  tableName: string,
  batch: readonly Prepared<U>[],
): { items: TransactItem[]; owners: ({ unit: number; item: number } | undefined)[] } {
  const items: TransactItem[] = [];
  const owners: ({ unit: number; item: number } | undefined)[] = [];
  for (const [unit, prepared] of batch.entries()) {
    for (const [item, transactItem] of prepared.unit.items.entries()) {
      items.push(transactItem);
      owners.push({ unit, item });
    }
  }
  for (const counter of mergeCounters(batch.flatMap((prepared) => prepared.unit.counters ?? []))) {
    items.push(counterItem(counter));
    owners.push(undefined);
  }
  const events = batch.flatMap((prepared) => prepared.unit.events ?? []);
  if (events.length > 0) {
    for (const put of outboxPuts(tableName, events)) {
      items.push(put);
      owners.push(undefined);
    }
  }
  return { items, owners };
}

function outboxSlots(eventBytes: number): number {
  return eventBytes === 0 ? 0 : 1 + Math.floor(eventBytes / OUTBOX_SLOT_BYTES);
}

function itemKeyId(item: TransactItem, keyOf: NonNullable<TransactInBatchesOptions['keyOf']>): string {
  if (item.Put) return keyId(item.Put.TableName as string, keyOf(item.Put.TableName as string, item.Put.Item ?? {}));
  const keyed = item.Update ?? item.Delete ?? item.ConditionCheck;
  if (!keyed) throw new Error('a transaction item is a Put, Update, Delete or ConditionCheck');
  return keyId(keyed.TableName as string, keyed.Key ?? {});
}

function keyId(tableName: string, itemKey: Record<string, unknown>): string {
  const parts = Object.keys(itemKey)
    .sort()
    .map((name) => [name, itemKey[name]]);
  return `${tableName}\u0000${JSON.stringify(parts)}`;
}

/**
 * Bytes an item or request takes, erring high: names and values by their UTF-8 length, numbers at their
 * largest, plus a little per element (DynamoDB's own sizing, rounded up).
 */
export function approximateBytes(value: unknown): number {
  if (value === null || value === undefined || typeof value === 'boolean') return 1;
  if (typeof value === 'string') return Buffer.byteLength(value);
  if (typeof value === 'number' || typeof value === 'bigint') return 21;
  if (value instanceof Uint8Array) return value.byteLength;
  if (value instanceof Set) return [...value].reduce((sum: number, element) => sum + approximateBytes(element) + 1, 3);
  if (Array.isArray(value)) return value.reduce((sum: number, element) => sum + approximateBytes(element) + 1, 3);
  if (typeof value === 'object') {
    return Object.entries(value).reduce(
      (sum, [name, element]) => sum + Buffer.byteLength(name) + approximateBytes(element) + 1,
      3,
    );
  }
  return 8;
}

function cancellationReasons(error: unknown): Reason[] | undefined {
  if (!(error instanceof Error) || error.name !== 'TransactionCanceledException') return undefined;
  return (error as { CancellationReasons?: Reason[] }).CancellationReasons ?? [];
}

/**
 * Errors after which the same transaction may simply go again: a conflict with another transaction, and
 * DynamoDB's InternalServerError, which it documents as retryable and which DynamoDB Local raises when a
 * transaction waited too long for its lock behind others (the SDK's own three tries run out under load).
 */
function isConflictError(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === 'TransactionConflictException' ||
      error.name === 'TransactionInProgressException' ||
      error.name === 'InternalServerError')
  );
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
