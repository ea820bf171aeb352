import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { decodeCursor, encodeCursor, type Page, type PageRequest } from '@shequ/ddb';
import type { RegistryDeps } from './deps.ts';

type Item = Record<string, unknown>;

/** Reads one page may take: a grid that is a tenth of its community fills in two or three, a sparser one stops here. */
export const MAX_PAGE_READS = 4;
/** Items one read evaluates at most (DynamoDB stops at 1 MB anyway). */
const MAX_READ_ITEMS = 1000;

/** The key DynamoDB pages a gsi1 Query by: the index's keys and the table's. */
export const gsi1PageKey = ['gsi1pk', 'gsi1sk', 'pk', 'sk'] as const;

/**
 * One page of a filtered Query, filled up to `limit`: where the filter drops items it reads on while
 * DynamoDB has more, each read sized by the share of items the filter kept so far, for at most
 * MAX_PAGE_READS reads. When a read returns more than the page has room for, the cursor is the key of the
 * last item kept, so the next page starts right after it: no item is skipped or repeated. A page may still
 * be short (the reads ran out) and carry a cursor. `keyNames` are the attributes of the key DynamoDB pages
 * by: the table's `pk` and `sk`, plus the index's keys on an index.
 */
export async function queryFilledPage(
  deps: RegistryDeps,
  input: Omit<QueryCommandInput, 'TableName' | 'Limit' | 'ExclusiveStartKey'>,
  page: PageRequest,
  keyNames: readonly string[],
): Promise<Page<Item>> {
  const items: Item[] = [];
  let start = decodeCursor(page.cursor);
  let evaluated = 0;
  for (let read = 0; read < MAX_PAGE_READS; read++) {
    const missing = page.limit - items.length;
    const out = await deps.client.send(
      new QueryCommand({
        ...input,
        TableName: deps.tableName,
        Limit: readSize(read, missing, evaluated, items.length),
        ExclusiveStartKey: start,
      }),
    );
    evaluated += out.ScannedCount ?? 0;
    const found = out.Items ?? [];
    if (found.length > missing) {
      const kept = found.slice(0, missing);
      return { items: [...items, ...kept], cursor: cursorAt(kept.at(-1) as Item, keyNames) };
    }
    items.push(...found);
    start = out.LastEvaluatedKey;
    if (!start || items.length === page.limit) break;
  }
  const cursor = encodeCursor(start);
  return { items, ...(cursor ? { cursor } : {}) };
}

/**
 * The first read is the page itself, all an unfiltered list ever needs. Later ones expect the share the
 * filter kept so far (ten times what was read when it kept nothing yet) and read at least as much again
 * as before, so a filter sparser than it first looked still gets through the partition.
 */
function readSize(read: number, missing: number, evaluated: number, kept: number): number {
  if (read === 0) return missing;
  const expected = kept > 0 ? Math.ceil((missing * evaluated) / kept) : evaluated * 10;
  return Math.min(MAX_READ_ITEMS, Math.max(missing, expected, evaluated));
}

function cursorAt(item: Item, keyNames: readonly string[]): string {
  return encodeCursor(Object.fromEntries(keyNames.map((name) => [name, item[name]]))) as string;
}

/**
 * Every item of a paged list, one page read after another, up to `max`. Returns `overflow` instead of the
 * items when there are more, so a caller (an export) never works on a silently cut list.
 */
export async function readAllPages<T>(
  readPage: (page: PageRequest) => Promise<{ items: T[]; cursor?: string }>,
  max: number,
): Promise<{ items: T[]; overflow: boolean }> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await readPage({ limit: EXPORT_PAGE_SIZE, cursor });
    items.push(...page.items);
    if (items.length > max) return { items: [], overflow: true };
    cursor = page.cursor;
  } while (cursor);
  return { items, overflow: false };
}

/** Items per page when a whole list is read: DynamoDB's 1 MB per read bounds it anyway. */
const EXPORT_PAGE_SIZE = 1000;
