import { BatchWriteItemCommand, type WriteRequest } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { EventEnvelope } from '@shequ/contracts';
import { outboxPuts, type TransactItem } from '@shequ/ddb';
import type { RegistryDeps } from '@shequ/registry/store/deps';

/** BatchWriteItem's limit of requests per call. */
const BATCH_ITEMS = 25;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the store planned for one person, household or membership: its puts and its events. */
export interface PlannedUnit {
  items: readonly TransactItem[];
  events: readonly EventEnvelope[];
}

/**
 * Writes planned units into a store known to hold none of their items, with BatchWriteItem instead of
 * transactions: DynamoDB Local takes several times more items a second that way, and a first load
 * needs no conditions (the loader has checked that nobody holds the citizen IDs, and its marker item
 * keeps it from running twice). The units' events go in outbox items written after their records, so the
 * stream delivers them to every consumer as it does any transaction's.
 */
export async function putUnits(deps: RegistryDeps, units: readonly PlannedUnit[], concurrency: number): Promise<void> {
  const chunk = 200;
  const groups: PlannedUnit[][] = [];
  for (let start = 0; start < units.length; start += chunk) groups.push(units.slice(start, start + chunk));
  for (const group of groups) {
    const records = group.flatMap((unit) => unit.items.map((item) => putOf(item)));
    await putAll(deps, records, concurrency);
    const outbox = outboxPuts(
      deps.tableName,
      group.flatMap((unit) => unit.events),
    ).map((item) => putOf(item));
    await putAll(deps, outbox, concurrency);
  }
}

function putOf(item: TransactItem): Record<string, unknown> {
  if (!item.Put) throw new Error('a first load only creates items: every planned item must be a Put');
  return item.Put.Item as Record<string, unknown>;
}

async function putAll(deps: RegistryDeps, items: readonly Record<string, unknown>[], concurrency: number): Promise<void> {
  // Two plans of one record would be a bug in the loader: say which instead of failing in a batch of 25.
  const seen = new Set<string>();
  for (const item of items) {
    const id = `${item.pk}|${item.sk}`;
    if (seen.has(id)) throw new Error(`the demo planned ${id} twice`);
    seen.add(id);
  }
  const batches: WriteRequest[][] = [];
  for (let start = 0; start < items.length; start += BATCH_ITEMS) {
    batches.push(
      items
        .slice(start, start + BATCH_ITEMS)
        .map((item) => ({ PutRequest: { Item: marshall(item, { removeUndefinedValues: true }) } })),
    );
  }
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      let pending = batches[next++] as WriteRequest[];
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt > 10) throw new Error('demo items could not be written: DynamoDB kept returning unprocessed items');
        if (attempt > 0) await pause(Math.min(1000, 25 * 2 ** attempt));
        const out = await deps.client.send(new BatchWriteItemCommand({ RequestItems: { [deps.tableName]: pending } }));
        pending = out.UnprocessedItems?.[deps.tableName] ?? [];
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, batches.length)) }, worker));
}
