import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { type TransactInBatchesOptions, type TransactUnit, transactInBatches } from './batch-transact.ts';
import { queryAll, type TableAccess } from './query.ts';
import { PARTITION_KEY, SORT_KEY } from './table-spec.ts';

type Item = Record<string, unknown>;

/** BatchGetItem's limit of keys per request. */
const BATCH_GET_KEYS = 100;
/** Partitions read at once: enough to hide round trips, few enough not to crowd a shared database. */
const QUERY_CONCURRENCY = 16;

/** A stable id for an item's primary key (`pk`, `sk`), to find what a bulk read returned. */
export const keyIdOf = (item: Item): string => `${String(item[PARTITION_KEY])}\u0000${String(item[SORT_KEY])}`;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The items at `keys` (`pk`/`sk`), by `keyIdOf`, one BatchGet per hundred keys, following unprocessed keys;
 * absent keys are simply not in the map. `consistent` when the caller is about to decide on them.
 */
export async function getItems(table: TableAccess, keys: readonly Item[], consistent = true): Promise<Map<string, Item>> {
  const found = new Map<string, Item>();
  const unique = [
    ...new Map(keys.map((k) => [keyIdOf(k), { [PARTITION_KEY]: k[PARTITION_KEY], [SORT_KEY]: k[SORT_KEY] }])).values(),
  ];
  for (let start = 0; start < unique.length; start += BATCH_GET_KEYS) {
    let pending: Item[] = unique.slice(start, start + BATCH_GET_KEYS);
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > 8) throw new Error('items could not be read: DynamoDB kept returning unprocessed keys');
      if (attempt > 0) await pause(Math.min(1000, 25 * 2 ** attempt));
      const out = await table.client.send(
        new BatchGetCommand({ RequestItems: { [table.tableName]: { Keys: pending, ConsistentRead: consistent } } }),
      );
      for (const item of out.Responses?.[table.tableName] ?? []) found.set(keyIdOf(item), item);
      pending = (out.UnprocessedKeys?.[table.tableName]?.Keys ?? []) as Item[];
    }
  }
  return found;
}

/** Every item of each partition `pk` (consistent reads, a few at a time): for partitions known to stay small. */
export async function queryPartitions(table: TableAccess, pks: readonly string[]): Promise<Map<string, Item[]>> {
  const unique = [...new Set(pks)];
  const found = new Map<string, Item[]>();
  let next = 0;
  const worker = async () => {
    while (next < unique.length) {
      const pk = unique[next++] as string;
      found.set(
        pk,
        await queryAll(table, {
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': PARTITION_KEY },
          ExpressionAttributeValues: { ':pk': pk },
          ConsistentRead: true,
        }),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(QUERY_CONCURRENCY, unique.length) }, worker));
  return found;
}

const counterSignature = (unit: TransactUnit): string =>
  (unit.counters ?? [])
    .map((counter) => JSON.stringify(Object.values(counter.key)))
    .sort()
    .join('\n');

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface AppliedBySubject {
  /** Subjects whose unit was written. */
  written: string[];
  /** Subjects the plan had nothing to write for (every event not newer, already applied). */
  unchanged: string[];
  /** Subjects that could not be written: their plan threw, or their condition kept failing on fresh readings. */
  failed: { subject: string; error: unknown }[];
  /** Transactions that succeeded. */
  transactions: number;
}

export interface ApplyBySubjectOptions<R> {
  /** What each subject's decision rests on, read fresh on every try; subjects with nothing stored may be absent. */
  read: (subjects: readonly string[]) => Promise<ReadonlyMap<string, R>>;
  /**
   * The subject's writes given its reading, conditioned on that reading being still current (a revision, the
   * time of the fact kept), or undefined when there is nothing to write.
   */
  plan: (subject: string, read: R | undefined) => TransactUnit | undefined;
  /** Readings per subject before it is reported failed; default 10. */
  attempts?: number;
  transact?: TransactInBatchesOptions;
}

/**
 * Read, decide, write for many subjects (persons, say) at once: each subject's writes are one unit, all
 * units go in as few transactions as `transactInBatches` can pack, and a unit whose condition failed (its
 * subject changed since it was read) is read again and decided again, while the others stay written. A
 * subject is never half-written, and one that keeps losing is reported failed without holding up the rest.
 * Subjects must not share items other than counters: their units are written in any order.
 */
export async function applyBySubject<R>(
  table: TableAccess,
  subjects: readonly string[],
  options: ApplyBySubjectOptions<R>,
): Promise<AppliedBySubject> {
  const attempts = options.attempts ?? 10;
  const result: AppliedBySubject = { written: [], unchanged: [], failed: [], transactions: 0 };
  let pending = [...new Set(subjects)];
  for (let attempt = 1; pending.length > 0; attempt++) {
    if (attempt > 1) await pause(10 * attempt + Math.random() * 20 * attempt);
    const readings = await options.read(pending);
    const planned: { subject: string; unit: TransactUnit }[] = [];
    for (const subject of pending) {
      try {
        const unit = options.plan(subject, readings.get(subject));
        if (unit) planned.push({ subject, unit });
        else result.unchanged.push(subject);
      } catch (error) {
        result.failed.push({ subject, error });
      }
    }
    // Subjects are independent, so units sharing counters may travel together: each transaction then adds to fewer.
    planned.sort((a, b) => compare(counterSignature(a.unit), counterSignature(b.unit)));
    const written = await transactInBatches(
      table.client,
      table.tableName,
      planned.map(({ unit }) => unit),
      options.transact,
    );
    result.transactions += written.transactions;
    const dropped = new Set(written.dropped.map((drop) => drop.index));
    for (const [index, { subject }] of planned.entries()) if (!dropped.has(index)) result.written.push(subject);
    pending = planned.filter((_, index) => dropped.has(index)).map(({ subject }) => subject);
    if (attempt >= attempts) {
      for (const subject of pending) result.failed.push({ subject, error: new Error('kept changing while being applied') });
      break;
    }
  }
  return result;
}
