import { BatchWriteCommand, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { decodeCursor, encodeCursor, key } from '@shequ/ddb';
import { type ObjectStore, sharedObjectStore } from '@shequ/kit';
import { type ImportField, sensitiveImportFields } from '../domain/import-columns.ts';
import { IMPORT_CHUNK_ROWS, type ImportStatus, isFinished, type RowError, rowErrorKey } from '../domain/imports.ts';
import { defaultRegistryDeps, type RegistryDeps } from './deps.ts';

/**
 * Import jobs and their row errors as stored (`IMPORT#<id>` / `IMPORT` and `ROWERR#<row>`, listed by
 * community on gsi1 `AREA#<community>#IMPORT`, and while queued or running also on gsi2
 * `AREA#<community>#IMPORTING`). Reading and working through files is in
 * import-processing.ts, so the handlers that only read jobs load no spreadsheet library.
 */

/** How a job is worked through; the defaults suit a consumer function with a 30-second timeout. */
export interface ImportSettings {
  /** Rows between two checkpoints. @default 200 */
  chunkRows: number;
  /** Rows of a chunk applied at once (their citizen IDs differ, so they never touch the same records). @default 8 */
  concurrency: number;
  /** Working time of one invocation; then it checkpoints and hands the rest on in a new ImportRequested. @default 20 s */
  budgetMs: number;
  /** Called before each row is applied; tests use it to crash a run part-way. */
  beforeRow?: (row: number) => void | Promise<void>;
}

export interface ImportDeps extends RegistryDeps {
  objects: ObjectStore;
  imports: ImportSettings;
}

export const defaultImportSettings: ImportSettings = { chunkRows: IMPORT_CHUNK_ROWS, concurrency: 8, budgetMs: 20_000 };

/** Built per call from the process-wide clients, like `defaultRegistryDeps`. */
export function defaultImportDeps(): ImportDeps {
  return { ...defaultRegistryDeps(), objects: sharedObjectStore(), imports: defaultImportSettings };
}

/** An import job as stored. Counts cover the first `processedRows` data rows, in file order. */
export interface ImportRecord {
  id: string;
  community: string;
  fileName: string;
  contentType: string;
  objectKey: string;
  bytes: number;
  rowsTotal: number;
  status: ImportStatus;
  processedRows: number;
  created: number;
  updated: number;
  unchanged: number;
  failedRows: number;
  requestedBy: string;
  createdAt: string;
  startedAt?: string;
  finishedAt?: string;
  failure?: string;
  /** Rows below the header that are not persons (blank, totals, footer lines): counted, not imported. */
  skippedRows?: number;
  /** What was skipped, in Chinese (`跳过 2 行：合计行 1 行（第 75 行）；空行 1 行（第 10 行）`). */
  skippedNote?: string;
  /** Who stopped a cancelled job and when; its counts say how far it got (`processedRows` data rows). */
  cancelledBy?: string;
  cancelledAt?: string;
  version: number;
}

/** A request to stop a running job, kept beside it until the worker stops at its next chunk. */
export interface CancelRequest {
  requestedBy: string;
  requestedAt: string;
}

/** A stored row error; values of personal-number columns only as ciphertext. */
interface RowErrorItem {
  row: number;
  column: string;
  field: ImportField;
  value?: string;
  valueCipher?: string;
  message: string;
}

/** Columns whose values are personal numbers: kept encrypted in the error items like everywhere else. */
const sensitiveFields = sensitiveImportFields;

const jobKey = (id: string) => ({ pk: key('IMPORT', id), sk: 'IMPORT' });
/** Its own item, so the worker's checkpoints (whole-item puts at a version) never overwrite it. */
export const cancelKey = (id: string) => ({ pk: key('IMPORT', id), sk: 'CANCEL' });

/**
 * gsi1 lists all of a community's jobs; gsi2 only those not finished (a sparse index: every write puts the
 * whole item, so a job leaves it when it ends), so the few in progress are found however many came before.
 */
export function jobItem(job: ImportRecord) {
  return {
    ...jobKey(job.id),
    entity: 'import',
    ...job,
    gsi1pk: key('AREA', job.community, 'IMPORT'),
    gsi1sk: key(job.createdAt, job.id),
    ...(isFinished(job.status) ? {} : { gsi2pk: key('AREA', job.community, 'IMPORTING'), gsi2sk: key(job.createdAt, job.id) }),
  };
}

function toRecord(item: Record<string, unknown>): ImportRecord {
  const {
    pk: _pk,
    sk: _sk,
    entity: _entity,
    gsi1pk: _gsi1pk,
    gsi1sk: _gsi1sk,
    gsi2pk: _gsi2pk,
    gsi2sk: _gsi2sk,
    ...record
  } = item;
  return record as unknown as ImportRecord;
}

export async function getImport(deps: RegistryDeps, id: string): Promise<ImportRecord | undefined> {
  const out = await deps.client.send(new GetCommand({ TableName: deps.tableName, Key: jobKey(id), ConsistentRead: true }));
  return out.Item ? toRecord(out.Item) : undefined;
}

/** The pending request to stop a running job, if any. */
export async function getCancelRequest(deps: RegistryDeps, id: string): Promise<CancelRequest | undefined> {
  const out = await deps.client.send(new GetCommand({ TableName: deps.tableName, Key: cancelKey(id), ConsistentRead: true }));
  return out.Item ? { requestedBy: String(out.Item.requestedBy), requestedAt: String(out.Item.requestedAt) } : undefined;
}

/** One page of a community's import jobs, newest first: all of them (gsi1), or only those queued or running (gsi2). */
export async function listImports(
  deps: RegistryDeps,
  query: { community: string; inProgress?: boolean | undefined; limit: number; cursor?: string | undefined },
): Promise<{ items: ImportRecord[]; cursor?: string }> {
  const index = query.inProgress ? 'gsi2' : 'gsi1';
  const out = await deps.client.send(
    new QueryCommand({
      TableName: deps.tableName,
      IndexName: index,
      KeyConditionExpression: `${index}pk = :pk`,
      ExpressionAttributeValues: { ':pk': key('AREA', query.community, query.inProgress ? 'IMPORTING' : 'IMPORT') },
      ScanIndexForward: false,
      Limit: query.limit,
      ExclusiveStartKey: decodeCursor(query.cursor),
    }),
  );
  const cursor = encodeCursor(out.LastEvaluatedKey);
  return { items: (out.Items ?? []).map(toRecord), ...(cursor ? { cursor } : {}) };
}

/**
 * What callers see of a job: its progress and counts, not where its file is kept; `cancelRequested` while
 * a stop was asked for and the worker has not reached it yet.
 */
export function importView(job: ImportRecord, cancel?: CancelRequest) {
  const { objectKey: _objectKey, contentType: _contentType, bytes: _bytes, version: _version, ...view } = job;
  return {
    ...view,
    percent: importPercent(job),
    skippedRows: job.skippedRows ?? 0,
    ...(cancel && job.status === 'running' ? { cancelRequested: true } : {}),
  };
}

/** Whole percent of the data rows processed, rounded down so that 100 means every row; a finished job is 100. */
export function importPercent(job: Pick<ImportRecord, 'status' | 'processedRows' | 'rowsTotal'>): number {
  if (job.status === 'done') return 100;
  if (job.rowsTotal <= 0) return 0;
  return Math.min(100, Math.floor((job.processedRows * 100) / job.rowsTotal));
}

export type RowErrorView = {
  row: number;
  column: string;
  value: string;
  message: string;
};

/** One page of a job's row errors in row order, values decrypted (only importing roles read them). */
export async function listImportErrors(
  deps: RegistryDeps,
  id: string,
  page: { limit: number; cursor?: string | undefined },
): Promise<{ items: RowErrorView[]; cursor?: string }> {
  const out = await deps.client.send(
    new QueryCommand({
      TableName: deps.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': key('IMPORT', id), ':prefix': 'ROWERR#' },
      Limit: page.limit,
      ExclusiveStartKey: decodeCursor(page.cursor),
    }),
  );
  const items = await Promise.all(
    (out.Items ?? []).map(async (item) => {
      const stored = item as RowErrorItem;
      const value = stored.valueCipher ? await deps.pii.decrypt(stored.valueCipher) : (stored.value ?? '');
      return { row: stored.row, column: stored.column, value, message: stored.message };
    }),
  );
  const cursor = encodeCursor(out.LastEvaluatedKey);
  return { items, ...(cursor ? { cursor } : {}) };
}

/** Every row error of a job (at most one per row, so at most 20,000), for the spreadsheet report. */
export async function allImportErrors(deps: RegistryDeps, id: string): Promise<RowErrorView[]> {
  const all: RowErrorView[] = [];
  let cursor: string | undefined;
  do {
    const page = await listImportErrors(deps, id, { limit: 1000, cursor });
    all.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return all;
}

/** Row errors are plain overwrites keyed by row, so writing them again after a crash is harmless. */
export async function writeRowErrors(deps: RegistryDeps, importId: string, errors: readonly RowError[]): Promise<void> {
  const items = await Promise.all(
    errors.map(async (error) => {
      const item: RowErrorItem = {
        row: error.row,
        column: error.column,
        field: error.field,
        message: error.message,
        ...(sensitiveFields.has(error.field) && error.value
          ? { valueCipher: await deps.pii.encrypt(error.value) }
          : { value: error.value }),
      };
      return { pk: key('IMPORT', importId), sk: rowErrorKey(error.row), entity: 'import-error', ...item };
    }),
  );
  for (let start = 0; start < items.length; start += 25) {
    let requests = items.slice(start, start + 25).map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; requests.length > 0; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 50 * 2 ** attempt)));
      if (attempt > 8) throw new Error('row errors could not be written: DynamoDB kept returning unprocessed items');
      const out = await deps.client.send(new BatchWriteCommand({ RequestItems: { [deps.tableName]: requests } }));
      requests = (out.UnprocessedItems?.[deps.tableName] ?? []) as typeof requests;
    }
  }
}
