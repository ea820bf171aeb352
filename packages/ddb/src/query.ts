import { type DynamoDBDocumentClient, GetCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { decodeCursor, encodeCursor } from './cursor.ts';

type Item = Record<string, unknown>;

/** Where a service's reads go: any deps object with the client and its table satisfies it. */
export interface TableAccess {
  client: DynamoDBDocumentClient;
  tableName: string;
}

/** One page of records and, when there is more, the opaque cursor of the next. */
export interface Page<T> {
  items: T[];
  cursor?: string;
}

export interface PageRequest {
  limit: number;
  cursor?: string | undefined;
}

/** Optional equality filters on a Query (`grid`, `kind`…): only the fields given a value take part. */
export type EqualityFilter = Record<string, string | number | undefined>;

const INDEX_KEY = /^gsi\d+(pk|sk)$/;

/** A stored item without its table plumbing (keys, index keys, entity tag): the record as the service sees it. */
export function recordOf<T>(item: Item): T {
  const { pk: _pk, sk: _sk, entity: _entity, ...rest } = item;
  return Object.fromEntries(Object.entries(rest).filter(([name]) => !INDEX_KEY.test(name))) as T;
}

function filterParts(filter: EqualityFilter): Partial<QueryCommandInput> {
  const given = Object.entries(filter).filter(([, value]) => value !== undefined);
  if (given.length === 0) return {};
  return {
    FilterExpression: given.map(([field]) => `#f_${field} = :f_${field}`).join(' AND '),
    ExpressionAttributeNames: Object.fromEntries(given.map(([field]) => [`#f_${field}`, field])),
    ExpressionAttributeValues: Object.fromEntries(given.map(([field, value]) => [`:f_${field}`, value])),
  };
}

/**
 * One page of a Query, records stripped of table plumbing. Filters apply within the key's partition, so a
 * page may hold fewer than `limit` items but never skips any.
 */
export async function queryPage<T>(
  table: TableAccess,
  input: Omit<QueryCommandInput, 'TableName' | 'Limit' | 'ExclusiveStartKey'>,
  page: PageRequest,
  filter: EqualityFilter = {},
): Promise<Page<T>> {
  const filtered = filterParts(filter);
  const names = { ...input.ExpressionAttributeNames, ...filtered.ExpressionAttributeNames };
  const out = await table.client.send(
    new QueryCommand({
      ...input,
      ...filtered,
      ...(Object.keys(names).length > 0 ? { ExpressionAttributeNames: names } : {}),
      ExpressionAttributeValues: { ...input.ExpressionAttributeValues, ...filtered.ExpressionAttributeValues },
      TableName: table.tableName,
      Limit: page.limit,
      ExclusiveStartKey: decodeCursor(page.cursor),
    }),
  );
  const cursor = encodeCursor(out.LastEvaluatedKey);
  return { items: (out.Items ?? []).map((item) => recordOf<T>(item)), ...(cursor ? { cursor } : {}) };
}

/**
 * Every item of a Query as stored (keys and entity tag included), following LastEvaluatedKey: only for
 * key ranges known to stay small (a person's memberships, a benefit's payments, a month's ledger).
 */
export async function queryAll(
  table: TableAccess,
  input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>,
): Promise<Item[]> {
  const items: Item[] = [];
  let start: Item | undefined;
  do {
    const out = await table.client.send(new QueryCommand({ ...input, TableName: table.tableName, ExclusiveStartKey: start }));
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

/** The record at `itemKey`, or undefined; `consistent` when the caller is about to decide on it. */
export async function getItem<T>(table: TableAccess, itemKey: Item, consistent = false): Promise<T | undefined> {
  const out = await table.client.send(
    new GetCommand({ TableName: table.tableName, Key: itemKey, ...(consistent ? { ConsistentRead: true } : {}) }),
  );
  return out.Item ? recordOf<T>(out.Item) : undefined;
}
