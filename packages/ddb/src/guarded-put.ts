import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { ConcurrentModificationError, isConditionFailure } from './errors.ts';
import type { TableAccess } from './query.ts';

type Item = Record<string, unknown>;

/**
 * Puts a projected fact unless a newer one is there: `asOf` is the source's time for it (an event's
 * occurredAt), so a late or repeated event changes nothing. False when the put was skipped.
 */
export async function putIfNewer(table: TableAccess, item: Item & { asOf: string }): Promise<boolean> {
  try {
    await table.client.send(
      new PutCommand({
        TableName: table.tableName,
        Item: item,
        ConditionExpression: 'attribute_not_exists(pk) OR asOf < :asOf',
        ExpressionAttributeValues: { ':asOf': item.asOf },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
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
