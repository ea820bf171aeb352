import { createHash } from 'node:crypto';
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { communityOf, createEvent, type EventEnvelope } from '@shequ/contracts';
import {
  createPut,
  isConditionFailure,
  key,
  newId,
  type TransactItem,
  transactInBatches,
  versionedPut,
  writeWithEvents,
} from '@shequ/ddb';
import { HttpProblem, type Logger } from '@shequ/kit';
import { readCsv, readSheet, SheetFormatError } from '@shequ/sheets';
import { type GroupName, groupAttributeSchemas } from '../domain/groups.ts';
import type { ImportField } from '../domain/import-columns.ts';
import {
  cellText,
  checkFileSize,
  type DataRow,
  decodeCsv,
  duplicateError,
  duplicateRows,
  fieldOfGroupProblem,
  fileKindOf,
  hasChanges,
  type ImportCounts,
  ImportFileRejected,
  ImportFinished,
  ImportRequested,
  type ImportRowInput,
  importActor,
  importableGroups,
  isFinished,
  type ParsedSheet,
  parseSheet,
  personChanges,
  type RowError,
  type RowOutcome,
  type RowValidators,
  readRow,
  type SheetLayout,
  skippedNote,
  tally,
} from '../domain/imports.ts';
import { patchDetails, shanghaiDate, transition } from '../domain/persons.ts';
import { registerPersonBody } from '../schemas/persons.ts';
import type { RegistryDeps } from './deps.ts';
import { getMembership, joinOrUpdateGroup, planJoinsOfNewPerson, unsealed } from './groups.ts';
import { householdIdOf } from './households.ts';
import {
  type CancelRequest,
  cancelKey,
  getCancelRequest,
  getImport,
  type ImportDeps,
  type ImportRecord,
  jobItem,
  writeRowErrors,
} from './imports.ts';
import {
  claimantsOf,
  DuplicateCitizenIdError,
  detailsOf,
  getPerson,
  movePerson,
  type PersonRecord,
  planRegistration,
  registerPerson,
  updatePerson,
} from './persons.ts';

/**
 * Working through an uploaded ledger: checking the file and creating its job (the upload request), then
 * applying its rows in checkpointed chunks (the `process-import` consumer).
 */

/** Reads an uploaded file into its data rows; anything wrong with the file as a whole is an ImportFileRejected. */
export async function readImportFile(bytes: Buffer, contentType: string | undefined, fileName: string): Promise<ParsedSheet> {
  checkFileSize(bytes.length);
  const kind = fileKindOf(bytes, contentType, fileName);
  try {
    if (kind === 'csv') return parseSheet(readCsv(decodeCsv(bytes)));
    const read = await readSheet(bytes);
    return parseSheet(read.rows, { date1904: read.date1904 });
  } catch (error) {
    if (error instanceof SheetFormatError) throw new ImportFileRejected('unsupported-file', error.message);
    throw error;
  }
}

/** The job of a file: the same bytes imported into the same community are the same job. */
export function importIdOf(community: string, bytes: Buffer): string {
  return createHash('sha256').update(community).update('\n').update(bytes).digest('hex').slice(0, 32);
}

export interface NewImport {
  community: string;
  fileName: string;
  contentType: string;
  bytes: Buffer;
  /** Where the file already is (presigned upload); absent for a direct upload, which is stored here. */
  objectKey?: string | undefined;
}

/**
 * Checks the file (size, header, row count), then stores the job as queued together with its
 * ImportRequested event. Importing the same file into the same community again returns the first job,
 * before even reading the file, and writes nothing.
 */
export async function createImport(
  deps: ImportDeps,
  input: NewImport,
  actor: string,
): Promise<{ job: ImportRecord; existing: boolean }> {
  checkFileSize(input.bytes.length);
  const id = importIdOf(input.community, input.bytes);
  const earlier = await getImport(deps, id);
  // The same file again after a cancellation: the worker picks up where it stopped.
  if (earlier?.status === 'cancelled') return { job: (await resumeImport(deps, earlier)) ?? earlier, existing: false };
  if (earlier) return { job: earlier, existing: true };
  const sheet = await readImportFile(input.bytes, input.contentType, input.fileName);
  const note = skippedNote(sheet.skippedRows);

  const objectKey = input.objectKey ?? `registry/imports/${input.community}/${id}`;
  if (!input.objectKey) await deps.objects.put(objectKey, input.bytes, input.contentType);
  const now = deps.now();
  const job: ImportRecord = {
    id,
    community: input.community,
    fileName: input.fileName,
    contentType: input.contentType,
    objectKey,
    bytes: input.bytes.length,
    rowsTotal: sheet.rows.length,
    skippedRows: sheet.skippedRows.length,
    ...(note ? { skippedNote: note } : {}),
    status: 'queued',
    processedRows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    failedRows: 0,
    requestedBy: actor,
    createdAt: now.toISOString(),
    version: 1,
  };
  try {
    await writeWithEvents(deps.client, deps.tableName, [createPut(deps.tableName, jobItem(job))], [requestEvent(deps, job, now)]);
  } catch (error) {
    // The same file sent twice at once: the other request created the job.
    if (!isConditionFailure(error)) throw error;
    const winner = await getImport(deps, id);
    if (!winner) throw error;
    return { job: winner, existing: true };
  }
  return { job, existing: false };
}

function requestEvent(deps: RegistryDeps, job: ImportRecord, now: Date) {
  return createEvent(ImportRequested, {
    id: newId(now),
    district: deps.district,
    area: job.community,
    occurredAt: now,
    data: { importId: job.id, community: job.community },
  });
}

/** The rules a row is validated by: the registration schema and the groups' attribute schemas. */
export const rowValidators: RowValidators = {
  person: registerPersonBody,
  groupAttributes: (group) => groupAttributeSchemas[group],
};

/** A row the registry refuses for a reason the uploader can fix; becomes that row's error. */
class RowRefused extends Error {
  constructor(
    readonly field: ImportField,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The working time of one consumer invocation, shared by the requests of its batch: the first job gets
 * it, and a later one in the same batch, once it has run out, is handed on without being read.
 */
export interface ImportBudget {
  deadline: number;
  used: boolean;
}

export function newImportBudget(deps: ImportDeps): ImportBudget {
  return { deadline: Date.now() + deps.imports.budgetMs, used: false };
}

/**
 * Works a job forward from its last checkpoint: rows in file order, a chunk at a time, each chunk's
 * outcome saved with the job's version check. A crash repeats at most the chunk it was in, and every row
 * applies idempotently, so a repeat changes nothing twice; a second worker on the same job loses the
 * version check and stops. When the time budget runs out the worker hands over through a new
 * ImportRequested written with its checkpoint. A finished job is left alone.
 */
export async function processImport(
  deps: ImportDeps,
  importId: string,
  options: { budget?: ImportBudget; log?: Logger } = {},
): Promise<ImportRecord | undefined> {
  const { log } = options;
  const budget = options.budget ?? newImportBudget(deps);
  const stored = await getImport(deps, importId);
  if (!stored || isFinished(stored.status)) return stored;
  let job = stored;
  if (budget.used && Date.now() >= budget.deadline) {
    log?.info('import handed on unread: this invocation has used its time', { importId });
    return (await saveProgress(deps, job, job, [requestEvent(deps, job, deps.now())])) ?? getImport(deps, importId);
  }
  budget.used = true;

  const bytes = await deps.objects.get(job.objectKey);
  if (!bytes) return fail(deps, job, '上传的文件已不存在（可能已过期），请重新导入');
  let sheet: ParsedSheet;
  try {
    sheet = await readImportFile(bytes, job.contentType, job.fileName);
  } catch (error) {
    if (error instanceof ImportFileRejected) return fail(deps, job, error.message);
    throw error;
  }
  const duplicates = duplicateRows(sheet.rows);

  if (job.status === 'queued') {
    const started = await saveProgress(deps, job, { ...job, status: 'running', startedAt: deps.now().toISOString() }, []);
    if (!started) return getImport(deps, importId);
    job = started;
  }
  while (job.processedRows < job.rowsTotal) {
    const cancel = await getCancelRequest(deps, job.id);
    if (cancel) {
      log?.info('import cancelled', { importId, processedRows: job.processedRows });
      return (await stopCancelled(deps, job, cancel)) ?? getImport(deps, importId);
    }
    const chunk = sheet.rows.slice(job.processedRows, job.processedRows + deps.imports.chunkRows);
    const context: RowContext = { job, layout: sheet.layout, duplicates };
    const results = await applyChunk(deps, context, chunk);
    await writeRowErrors(
      deps,
      job.id,
      results.flatMap((result) => (result.error ? [result.error] : [])),
    );
    const counts: ImportCounts = tally(
      job,
      results.map((result) => result.outcome),
    );
    const processedRows = job.processedRows + chunk.length;
    const done = processedRows >= job.rowsTotal;
    const handOver = !done && Date.now() >= budget.deadline;
    const now = deps.now();
    const next: ImportRecord = {
      ...job,
      ...counts,
      processedRows,
      ...(done ? { status: 'done' as const, finishedAt: now.toISOString() } : {}),
    };
    const events = done ? [finishedEvent(deps, next, now)] : handOver ? [requestEvent(deps, next, now)] : [];
    const saved = await saveProgress(deps, job, next, events);
    if (!saved) {
      log?.info('import taken over by another worker', { importId, processedRows: job.processedRows });
      return getImport(deps, importId);
    }
    job = saved;
    if (handOver) {
      log?.info('import handed over', { importId, processedRows });
      return job;
    }
  }
  return job;
}

function finishedEvent(deps: RegistryDeps, job: ImportRecord, now: Date) {
  return createEvent(ImportFinished, {
    id: newId(now),
    district: deps.district,
    area: job.community,
    occurredAt: now,
    data: {
      importId: job.id,
      community: job.community,
      requestedBy: job.requestedBy,
      status: job.status === 'cancelled' ? 'cancelled' : job.status === 'failed' ? 'failed' : 'done',
      rowsTotal: job.rowsTotal,
      created: job.created,
      updated: job.updated,
      unchanged: job.unchanged,
      failedRows: job.failedRows,
    },
  });
}

async function fail(deps: ImportDeps, job: ImportRecord, failure: string): Promise<ImportRecord | undefined> {
  const now = deps.now();
  const next: ImportRecord = { ...job, status: 'failed', failure, finishedAt: now.toISOString() };
  return (await saveProgress(deps, job, next, [finishedEvent(deps, next, now)])) ?? getImport(deps, job.id);
}

export type CancelOutcome =
  | { outcome: 'cancelled'; job: ImportRecord }
  | { outcome: 'stopping'; job: ImportRecord; cancel: CancelRequest }
  | { outcome: 'finished'; job: ImportRecord };

/**
 * Stops a job for the worker who asks: a queued one at once; a running one at its next chunk (the rows
 * already applied stay, and the job's counts say how far it got). A finished job cannot be stopped.
 */
export async function cancelImport(deps: RegistryDeps, job: ImportRecord, actor: string): Promise<CancelOutcome> {
  if (isFinished(job.status)) return { outcome: 'finished', job };
  const cancel: CancelRequest = { requestedBy: actor, requestedAt: deps.now().toISOString() };
  if (job.status === 'queued') {
    const stopped = await stopCancelled(deps, job, cancel);
    if (stopped) return { outcome: 'cancelled', job: stopped };
    // Its worker started it meanwhile: ask that worker to stop.
    const current = await getImport(deps, job.id);
    if (!current || isFinished(current.status)) return { outcome: 'finished', job: current ?? job };
    job = current;
  }
  await deps.client.send(
    new PutCommand({
      TableName: deps.tableName,
      Item: { ...cancelKey(job.id), entity: 'import-cancel', importId: job.id, ...cancel },
    }),
  );
  return { outcome: 'stopping', job, cancel };
}

/** Saves a job as cancelled where it stands, and takes its stop request away with it. */
async function stopCancelled(deps: RegistryDeps, job: ImportRecord, cancel: CancelRequest) {
  const now = deps.now();
  const next: ImportRecord = {
    ...job,
    status: 'cancelled',
    cancelledBy: cancel.requestedBy,
    cancelledAt: cancel.requestedAt,
    finishedAt: now.toISOString(),
  };
  return saveProgress(
    deps,
    job,
    next,
    [finishedEvent(deps, next, now)],
    [{ Delete: { TableName: deps.tableName, Key: cancelKey(job.id) } }],
  );
}

/**
 * Queues a cancelled job again: its worker goes on from the first row it had not applied, so every row is
 * applied once. Undefined when the job is not cancelled (any more).
 */
export async function resumeImport(deps: RegistryDeps, job: ImportRecord): Promise<ImportRecord | undefined> {
  if (job.status !== 'cancelled') return undefined;
  const { cancelledBy: _by, cancelledAt: _at, finishedAt: _finished, ...rest } = job;
  const next: ImportRecord = { ...rest, status: 'queued' };
  return saveProgress(
    deps,
    job,
    next,
    [requestEvent(deps, next, deps.now())],
    [{ Delete: { TableName: deps.tableName, Key: cancelKey(job.id) } }],
  );
}

/** Saves a checkpoint if the job is still as this worker read it; undefined when another worker got there first. */
async function saveProgress(
  deps: RegistryDeps,
  before: ImportRecord,
  next: ImportRecord,
  events: Parameters<typeof writeWithEvents>[3],
  alongside: readonly TransactItem[] = [],
): Promise<ImportRecord | undefined> {
  try {
    await writeWithEvents(
      deps.client,
      deps.tableName,
      [versionedPut(deps.tableName, jobItem(next), before.version), ...alongside],
      events,
    );
    return { ...next, version: before.version + 1 };
  } catch (error) {
    if (isConditionFailure(error)) return undefined;
    throw error;
  }
}

interface RowContext {
  job: ImportRecord;
  layout: SheetLayout;
  duplicates: ReadonlyMap<number, number>;
}

interface RowResult {
  outcome: RowOutcome;
  error?: RowError;
}

/** A row read and checked, ready to apply. */
interface ReadyRow {
  index: number;
  data: DataRow;
  input: ImportRowInput;
}

/**
 * Applies a chunk's rows. Rows whose citizen ID nobody holds yet (a community's first import: nearly all)
 * are registered with their group memberships many to a transaction; rows of persons already registered,
 * and any new row whose number another writer claimed meanwhile, go through `applyRow` one by one.
 * Results are in row order.
 */
async function applyChunk(deps: ImportDeps, context: RowContext, chunk: readonly DataRow[]): Promise<RowResult[]> {
  const results: RowResult[] = new Array(chunk.length);
  const ready: ReadyRow[] = [];
  for (const [index, data] of chunk.entries()) {
    await deps.imports.beforeRow?.(data.row);
    const reading = readRow(data, context.job.community, context.layout, rowValidators);
    if (!reading.ok) {
      results[index] = { outcome: 'failed', error: reading.error };
      continue;
    }
    const firstRow = context.duplicates.get(data.row);
    if (firstRow !== undefined) {
      results[index] = { outcome: 'failed', error: duplicateError(data, context.layout, firstRow) };
      continue;
    }
    ready.push({ index, data, input: reading.input });
  }

  const idIndexes = await Promise.all(ready.map((row) => deps.pii.blindIndex('citizen-id', row.input.person.citizenId)));
  const claimants = await claimantsOf(deps, idIndexes);
  const fresh: { row: ReadyRow; idIndex: string }[] = [];
  const oneByOne: ReadyRow[] = [];
  for (const [position, row] of ready.entries()) {
    const idIndex = idIndexes[position] as string;
    if (claimants.has(idIndex)) oneByOne.push(row);
    else fresh.push({ row, idIndex });
  }

  const actor = importActor(context.job.requestedBy, context.job.id);
  const planned = await mapLimit(fresh, deps.imports.concurrency, async ({ row, idIndex }) => {
    try {
      return { row, ...(await planNewPerson(deps, row.input, actor, idIndex)) };
    } catch (error) {
      results[row.index] = refusedRow(context, row, error);
      return undefined;
    }
  });
  const written = await transactInBatches(
    deps.client,
    deps.tableName,
    planned.filter((unit) => unit !== undefined),
    { concurrency: deps.imports.concurrency },
  );
  for (const unit of written.written) results[unit.row.index] = { outcome: 'created' };
  // A new row's number claimed by another writer between the look-up and the write: it is now an existing person.
  for (const { unit } of written.dropped) oneByOne.push(unit.row);

  await mapLimit(oneByOne, deps.imports.concurrency, async (row) => {
    try {
      results[row.index] = { outcome: await applyRow(deps, context.job, row.input) };
    } catch (error) {
      results[row.index] = refusedRow(context, row, error);
    }
  });
  return results;
}

/** The registration of a row's new person and its group memberships, as one unit to write. */
async function planNewPerson(
  deps: ImportDeps,
  input: ImportRowInput,
  actor: string,
  idIndex: string,
): Promise<{ items: TransactItem[]; events: EventEnvelope[] }> {
  const registration = await planRegistration(deps, input.person, actor, { idIndex });
  const joins = await planJoinsOfNewPerson(deps, registration.person, input.groups, { actor, attributesField: 'attributes' });
  return {
    items: [...registration.items, ...joins.flatMap((join) => join.items)],
    events: [registration.event, ...joins.map((join) => join.event)],
  };
}

/** The row error for a refusal the uploader can act on; anything else is rethrown so the chunk is retried. */
function refusedRow(context: RowContext, { data, input }: ReadyRow, error: unknown): RowResult {
  const refusal = refusalOf(
    error,
    input.groups.map((group) => group.group),
  );
  if (!refusal) throw error;
  const column = context.layout.columns.find((found) => found.column.field === refusal.field);
  return {
    outcome: 'failed',
    error: {
      row: data.row,
      field: refusal.field,
      column: column?.header ?? refusal.field,
      value: cellText(data.cells[refusal.field]) ?? '',
      message: refusal.message,
    },
  };
}

/**
 * A refusal the uploader can act on: the row's own, or a 4xx the registry's rules raised (a group's
 * validation, eligibility). Anything else (throttling, a lost race) is rethrown so the chunk is retried.
 */
function refusalOf(error: unknown, groups: readonly GroupName[]): { field: ImportField; message: string } | undefined {
  if (error instanceof RowRefused) return { field: error.field, message: error.message };
  if (error instanceof HttpProblem && error.status >= 400 && error.status < 500 && error.status !== 409) {
    const first = error.errors?.[0];
    const field = fieldOfGroupProblem(first?.field ?? '', groups);
    return { field, message: first?.message ?? error.detail ?? error.title };
  }
  return undefined;
}

/** Registers the row's person or brings the registered one up to date, then its group memberships. */
async function applyRow(deps: ImportDeps, job: ImportRecord, input: ImportRowInput): Promise<RowOutcome> {
  const actor = importActor(job.requestedBy, job.id);
  let person: PersonRecord;
  let outcome: RowOutcome;
  try {
    person = (await registerPerson(deps, input.person, actor)).person;
    outcome = 'created';
  } catch (error) {
    if (!(error instanceof DuplicateCitizenIdError)) throw error;
    const existing = error.existingPersonId ? await getPerson(deps, error.existingPersonId) : undefined;
    // A claim whose person is not readable yet: retry the chunk rather than guess.
    if (!existing) throw error;
    if (communityOf(existing.area) !== job.community) throw new RowRefused('citizenId', '该身份证号已在其他社区登记');
    const allowed = transition(existing.status, 'update');
    if (!allowed.allowed) throw new RowRefused('citizenId', allowed.message);
    const updated = await updateExisting(deps, existing, input, actor);
    person = updated.person;
    outcome = updated.changed ? 'updated' : 'unchanged';
  }
  for (const group of input.groups) {
    // The row fills some attributes; the others (needs, a service plan) stay as recorded.
    const membership = outcome === 'created' ? undefined : await getMembership(deps, person.id, group.group);
    const current = membership ? await unsealed(deps, membership) : {};
    const attributes: Record<string, unknown> = { ...current, ...group.attributes };
    // 低保 and 特困 are granted to a household: left blank in the row, it is the person's own.
    const ownHousehold = importableGroups[group.group]?.ownHousehold;
    if (ownHousehold && attributes[ownHousehold] === undefined) {
      const householdId = await householdIdOf(deps, person.id);
      if (householdId) attributes[ownHousehold] = householdId;
    }
    const result = await joinOrUpdateGroup(deps, { personId: person.id, group: group.group, attributes }, actor);
    if (result.changed && outcome === 'unchanged') outcome = 'updated';
  }
  // Registered by this very job in a run that crashed before its checkpoint: still this job's creation.
  if (person.createdBy === actor) return 'created';
  if (outcome === 'unchanged' && (await touchedSince(deps, person.id, actor, job.startedAt))) return 'updated';
  return outcome;
}

async function updateExisting(
  deps: ImportDeps,
  person: PersonRecord,
  input: ImportRowInput,
  actor: string,
): Promise<{ person: PersonRecord; changed: boolean }> {
  const details = await detailsOf(deps, person);
  const changes = personChanges({ ...details, area: person.area }, input);
  if (!hasChanges(changes)) return { person, changed: false };
  let current = person;
  if (Object.keys(changes.patch).length > 0) {
    const patched = patchDetails(details, changes.patch);
    if (!patched.ok)
      throw new RowRefused(patched.field === 'migrant' ? 'origin' : (patched.field as ImportField), patched.message);
    if (patched.changed.length > 0)
      current = await updatePerson(deps, current, { details: patched.details, changed: patched.changed }, actor);
  }
  if (changes.area) {
    current = await movePerson(
      deps,
      current,
      {
        area: changes.area,
        ...(current.building ? { building: current.building } : {}),
        ...(current.room ? { room: current.room } : {}),
        date: shanghaiDate(deps.now()),
        reason: '批量导入人员台帐',
        version: current.version,
      },
      actor,
    );
  }
  return { person: current, changed: true };
}

/**
 * Whether this job already changed the person (a run that crashed before its checkpoint): its audit
 * entries since the job started tell, so a row that now finds everything as it says still counts as
 * the update it was, and the job's counts stay exact when it is resumed.
 */
async function touchedSince(deps: RegistryDeps, personId: string, actor: string, since: string | undefined): Promise<boolean> {
  if (!since) return false;
  const out = await deps.client.send(
    new QueryCommand({
      TableName: deps.tableName,
      KeyConditionExpression: 'pk = :pk AND sk >= :since',
      FilterExpression: 'actor = :actor',
      ExpressionAttributeValues: { ':pk': key('AUDIT', personId), ':since': since, ':actor': actor },
      Select: 'COUNT',
    }),
  );
  return (out.Count ?? 0) > 0;
}

/**
 * Runs `work` over `items` with at most `limit` at once, results in input order. After a failure no new
 * item starts and the ones under way are awaited, so nothing keeps writing once the caller has given up.
 */
async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    for (let index = next++; index < items.length && !failure; index = next++) {
      try {
        results[index] = await work(items[index] as T);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure) throw failure.error;
  return results;
}
