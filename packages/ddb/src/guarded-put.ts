import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { keyIdOf } from './batch-apply.ts';
import { transactInBatches } from './batch-transact.ts';
import { ConcurrentModificationError, isConditionFailure } from './errors.ts';
import type { TableAccess } from './query.ts';
import type { TransactItem } from './transact.ts';

type Item = Record<string, unknown>;

/**
 * Puts a projected fact unless a newer one is there: `asOf` is the source's time for it (an event's
 * occurredAt), so a late or repeated event changes nothing. False when the put was skipped.
 */
export async function putIfNewer(table: TableAccess, item: Item & { asOf: string }): Promise<boolean> {
  try {
    await table.client.send(new PutCommand(newerPut(table.tableName, item).Put as NonNullable<TransactItem['Put']>));
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

function newerPut(tableName: string, item: Item & { asOf: string }): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: item,
      ConditionExpression: 'attribute_not_exists(pk) OR asOf < :asOf',
      ExpressionAttributeValues: { ':asOf': item.asOf },
    },
  };
}

export interface PutAllIfNewerResult<T> {
  /** The items written: per key the newest of those given. */
  kept: T[];
  /** The items that changed nothing: older than another given for their key, or than the one stored. */
  skipped: T[];
  /** Transactions that succeeded. */
  transactions: number;
}

/**
 * `putIfNewer` for many items at once, as if each were put in the order given: per key only the newest
 * (the first of equal times) is written, in as few transactions as fit, and one not newer than the stored
 * item is dropped without holding back the others.
 */
export async function putAllIfNewer<T extends Item & { asOf: string }>(
  table: TableAccess,
  items: readonly T[],
): Promise<PutAllIfNewerResult<T>> {
  const newest = new Map<string, T>();
  const skipped: T[] = [];
  for (const item of items) {
    const id = keyIdOf(item);
    const kept = newest.get(id);
    if (kept && !(kept.asOf < item.asOf)) {
      skipped.push(item);
      continue;
    }
    if (kept) skipped.push(kept);
    newest.set(id, item);
  }
  const units = [...newest.values()].map((item) => ({ item, items: [newerPut(table.tableName, item)] }));
  const written = await transactInBatches(table.client, table.tableName, units);
  const dropped = new Set(written.dropped.map((drop) => drop.unit));
  return {
    kept: units.filter((unit) => !dropped.has(unit)).map((unit) => unit.item),
    skipped: [...skipped, ...[...dropped].map((unit) => unit.item)],
    transactions: written.transactions,
  };
}

/**
 * Replaces a settings-like item (one a person edits whole: preferences, participants, district figures)
 * if it is still at `expectedVersion`, 0 meaning it was never saved; the stored item gets the next
 * version. A lost race is ConcurrentModificationError (a 409).
 */
export async function putAtVersion<T extends Item>(
  table: TableAccess,
  item: T,
  expectedVersion: number,
): Promise<T & { version: number }> {
  const stored = { ...item, version: expectedVersion + 1 };
  try {
    await table.client.send(
      new PutCommand({
        TableName: table.tableName,
        Item: stored,
        ConditionExpression: expectedVersion === 0 ? 'attribute_not_exists(pk)' : 'version = :v',
        ...(expectedVersion === 0 ? {} : { ExpressionAttributeValues: { ':v': expectedVersion } }),
      }),
    );
  } catch (error) {
    if (isConditionFailure(error)) throw new ConcurrentModificationError();
    throw error;
  }
  return stored;
}
