import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureTable } from '../packages/ddb/src/ensure-table.ts';
import { DirectoryObjectStore } from '../packages/kit/src/object-store.ts';
import { withCheckCharacter } from '../services/registry/src/domain/citizen-id.ts';
import { disabilityCategories } from '../services/registry/src/domain/groups.ts';
import { manifest as registryManifest } from '../services/registry/src/manifest.ts';
import { defaultRegistryDeps } from '../services/registry/src/store/deps.ts';
import { createImport, processImport } from '../services/registry/src/store/import-processing.ts';
import { defaultImportSettings, type ImportDeps } from '../services/registry/src/store/imports.ts';
import { type LoadOptions, type LoadResult, runLoad } from './load.ts';
import { startBenchPlatform } from './platform.ts';

/** Another community than the throughput section's, so the two never read each other's persons. */
const AREA = '350203006002';
const REQUEST_TIMEOUT_MS = 5_000;

export interface ImportBenchOptions extends LoadOptions {
  /** Data rows of the imported ledger; every tenth is a disabled person. */
  rows: number;
  warmupMs: number;
  /** The DynamoDB Local every section of the run shares (handlers parse their environment once per process). */
  dynamoEndpoint: string;
}

export interface ImportBenchResult {
  rows: number;
  disabled: number;
  /** Reading and checking the file and storing the job (what the upload request waits for). */
  createSeconds: number;
  /** Applying every row: registration, group membership, audit and events, in checkpointed chunks. */
  processSeconds: number;
  rowsPerSecond: number;
  /** Transactions the import wrote, and the items in them (job checkpoints and outbox items included). */
  transactions: number;
  itemsWritten: number;
  /**
   * The ceiling: the very items the import wrote, put again into an empty table of the same layout with
   * unconditional BatchWriteItem (25 a call), one call at a time and at the import's concurrency, the
   * faster of the two — what DynamoDB Local itself can take on this machine, right now — as rows/s.
   */
  ceilingSeconds: number;
  ceilingRowsPerSecond: number;
  chunkRows: number;
  concurrency: number;
  /** GET /registry/groups/disabled/members through the gateway, first pages by random category. */
  listByGroup: LoadResult;
  listConcurrency: number;
}

/**
 * Imports a generated community ledger through the store-level import (the consumer's code path, with
 * no budget, so one call works the whole file), then loads the group member list of that community.
 * Event subscriptions are left out of the platform, so no consumer competes with the import for the CPU.
 */
export async function measureImports(options: ImportBenchOptions): Promise<ImportBenchResult> {
  const platform = await startBenchPlatform({ dynamoEndpoint: options.dynamoEndpoint, consumers: false });
  const scratch = mkdtempSync(join(tmpdir(), 'shequ-bench-imports-'));
  try {
    const registry = defaultRegistryDeps();
    const recorded = recordTransactions(registry.client);
    const deps: ImportDeps = {
      ...registry,
      client: recorded.client,
      objects: new DirectoryObjectStore(scratch),
      imports: { ...defaultImportSettings, budgetMs: Number.POSITIVE_INFINITY },
    };
    const { file, disabled } = ledger(options.rows);

    const createStarted = performance.now();
    const { job } = await createImport(
      deps,
      { community: AREA, fileName: 'bench.csv', contentType: 'text/csv', bytes: file },
      'bench-worker',
    );
    const processStarted = performance.now();
    const done = await processImport(deps, job.id);
    const finished = performance.now();
    if (done?.status !== 'done' || done.created !== options.rows) {
      throw new Error(`import ended ${done?.status}: ${done?.created} created, ${done?.failedRows} failed of ${options.rows}`);
    }
    options.signal?.throwIfAborted();
    // DynamoDB Local often takes more one call at a time than several at once: the ceiling is the better of the two.
    const ceiling = Math.min(
      await measureCeiling(registry.client, recorded.items, 1),
      await measureCeiling(registry.client, recorded.items, deps.imports.concurrency),
    );
    options.signal?.throwIfAborted();

    const token = await platform.issuer.sign({ sub: 'bench-worker', role: 'community-worker', areas: [AREA] });
    const categories = [undefined, ...Object.keys(disabilityCategories)];
    const list = async () => {
      const category = categories[Math.floor(Math.random() * categories.length)];
      const query = new URLSearchParams({ area: AREA, limit: '20', ...(category ? { category } : {}) });
      const response = await fetch(`${platform.url}/registry/groups/disabled/members?${query}`, {
        headers: { authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const body = await response.text();
      if (response.status !== 200) throw new Error(`GET members → ${response.status}: ${body.slice(0, 200)}`);
    };
    await runLoad(list, { ...options, durationMs: options.warmupMs });
    const listByGroup = await runLoad(list, options);

    const processSeconds = (finished - processStarted) / 1000;
    return {
      rows: options.rows,
      disabled,
      createSeconds: (processStarted - createStarted) / 1000,
      processSeconds,
      rowsPerSecond: options.rows / processSeconds,
      transactions: recorded.transactions(),
      itemsWritten: recorded.items.length,
      ceilingSeconds: ceiling,
      ceilingRowsPerSecond: options.rows / ceiling,
      chunkRows: deps.imports.chunkRows,
      concurrency: deps.imports.concurrency,
      listByGroup,
      listConcurrency: options.concurrency,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    await platform.stop();
  }
}

type DocumentClient = ImportDeps['client'];
type DocumentCommand = Parameters<DocumentClient['send']>[0];

/** bench/ is no workspace package: the SDK's commands come from the package that depends on it (see throughput.ts). */
const sdk = createRequire(new URL('../packages/ddb/package.json', import.meta.url));
const { BatchWriteCommand } = sdk('@aws-sdk/lib-dynamodb') as {
  BatchWriteCommand: new (input: {
    RequestItems: Record<string, { PutRequest: { Item: Record<string, unknown> } }[]>;
  }) => DocumentCommand;
};
const { DeleteTableCommand } = sdk('@aws-sdk/client-dynamodb') as {
  DeleteTableCommand: new (input: { TableName: string }) => DocumentCommand;
};

/** The client, passing every call through and keeping a copy of the items each transaction puts. */
function recordTransactions(client: DocumentClient) {
  const items: { TableName: string; Item: Record<string, unknown> }[] = [];
  let transactions = 0;
  const recording = new Proxy(client, {
    get(target, property, receiver) {
      if (property !== 'send') return Reflect.get(target, property, receiver);
      return (command: { input?: { TransactItems?: { Put?: { TableName?: string; Item?: Record<string, unknown> } }[] } }) => {
        const transactItems = command.input?.TransactItems;
        if (transactItems) {
          transactions++;
          for (const entry of transactItems) {
            if (entry.Put?.TableName && entry.Put.Item) items.push({ TableName: entry.Put.TableName, Item: entry.Put.Item });
          }
        }
        return target.send(command as never);
      };
    },
  });
  return { client: recording, items, transactions: () => transactions };
}

/**
 * Puts the recorded items again, into an empty table of the registry's layout (indexes and stream as the
 * real one), with unconditional BatchWriteItem at `concurrency`; the seconds it took.
 */
async function measureCeiling(
  client: DocumentClient,
  items: readonly { TableName: string; Item: Record<string, unknown> }[],
  concurrency: number,
): Promise<number> {
  const table = 'shequ-bench-ceiling';
  // The document client sends table commands as well; ensureTable is typed for the plain client it wraps.
  await ensureTable(client as unknown as Parameters<typeof ensureTable>[0], table, registryManifest.table);
  // A batch may not name one key twice: the job's checkpoints (one item, put at each chunk) count once.
  const unique = [...new Map(items.map((entry) => [`${entry.Item.pk}\u0000${entry.Item.sk}`, entry.Item])).values()];
  const batches: Record<string, unknown>[][] = [];
  for (let start = 0; start < unique.length; start += 25) batches.push(unique.slice(start, start + 25));
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let index = next++; index < batches.length; index = next++) {
        let requests = (batches[index] ?? []).map((Item) => ({ PutRequest: { Item } }));
        while (requests.length > 0) {
          const out = (await client.send(new BatchWriteCommand({ RequestItems: { [table]: requests } }))) as {
            UnprocessedItems?: Record<string, typeof requests>;
          };
          requests = out.UnprocessedItems?.[table] ?? [];
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await client.send(new DeleteTableCommand({ TableName: table }));
  return seconds;
}

/** A CSV ledger as communities keep them: distinct IDs (a thousand per birth date), every tenth person disabled. */
function ledger(rows: number): { file: Buffer; disabled: number } {
  const categories = Object.entries(disabilityCategories);
  const lines = ['姓名,公民身份号码,户籍类型,网格号,特殊群体,残疾类别,残疾等级,残疾证号'];
  let disabled = 0;
  for (let index = 0; index < rows; index++) {
    const birth = new Date(Date.UTC(1940, 0, 1 + Math.floor(index / 1000))).toISOString().slice(0, 10).replaceAll('-', '');
    const id = withCheckCharacter(`350203${birth}${String(index % 1000).padStart(3, '0')}`);
    const grid = String(1 + (index % 8)).padStart(2, '0');
    const [, category] = categories[index % categories.length] ?? [];
    if (index % 10 === 0 && category) {
      const grade = 1 + (index % 4);
      lines.push(`居民${index},${id},户籍,${grid},残疾人,${category.label},${grade},${id}${category.digit}${grade}`);
      disabled++;
    } else {
      lines.push(`居民${index},${id},户籍,${grid},,,,`);
    }
  }
  return { file: Buffer.from(lines.join('\n')), disabled };
}
