import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { EventEnvelope } from '@shequ/contracts';
import { sharedDocumentClient } from '@shequ/ddb';
import { DirectoryObjectStore, type ObjectStore, tableOf } from '@shequ/kit';
import { type Cell, readWorkbook, writeWorkbook } from '@shequ/sheets';
import type { SQSEvent } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { lambdaContext, toApiGatewayEvent } from '../../../packages/local/src/api-event.ts';
import { outboxEvents } from '../../../test/support/outbox.ts';
import { disabilityCategories } from '../src/domain/groups.ts';
import { importColumns } from '../src/domain/import-columns.ts';
import { dataRowsOf, importActor, locateHeader, readRow } from '../src/domain/imports.ts';
import { createHandler as createCancelHandler } from '../src/handlers/cancel-import.ts';
import { createHandler as createUploadHandler } from '../src/handlers/create-import-upload.ts';
import { createHandler as createErrorsReportHandler } from '../src/handlers/download-import-errors.ts';
import { createHandler as createTemplateHandler } from '../src/handlers/download-import-template.ts';
import { createHandler as createGetHandler } from '../src/handlers/get-import.ts';
import { createHandler as createErrorsHandler } from '../src/handlers/list-import-errors.ts';
import { createHandler as createListHandler } from '../src/handlers/list-imports.ts';
import { createHandler as createConsumer } from '../src/handlers/process-import.ts';
import { createHandler as createResumeHandler } from '../src/handlers/resume-import.ts';
import { createHandler as createStartHandler } from '../src/handlers/start-import.ts';
import { XLSX_TYPE } from '../src/schemas/imports.ts';
import { defaultRegistryDeps } from '../src/store/deps.ts';
import { countGroupMembers, getMembership } from '../src/store/groups.ts';
import { rowValidators } from '../src/store/import-processing.ts';
import { defaultImportSettings, type ImportDeps, type ImportSettings } from '../src/store/imports.ts';
import { findPersons, registerPerson } from '../src/store/persons.ts';
import { auditOf, call, claimsFor, createServiceTables, nextCitizenId } from './support.ts';

const community = '350203006029';
const otherCommunity = '350203006002';
const worker = claimsFor('community-worker', [community]);
const client = () => sharedDocumentClient();
const table = () => tableOf('registry');

/** Small chunks, so a few dozen rows already cross several checkpoints. */
function importDeps(settings: Partial<ImportSettings> = {}, objects?: ObjectStore): ImportDeps {
  return {
    ...defaultRegistryDeps(),
    objects: objects ?? new DirectoryObjectStore(mkdtempSync(join(tmpdir(), 'shequ-imports-'))),
    imports: { ...defaultImportSettings, chunkRows: 10, ...settings },
  };
}

let deps: ImportDeps;
const handlers = (d: () => ImportDeps) => ({
  start: createStartHandler(d),
  get: createGetHandler(d),
  errors: createErrorsHandler(d),
  report: createErrorsReportHandler(d),
  list: createListHandler(d),
  consumer: createConsumer(d),
  upload: createUploadHandler(d),
  cancel: createCancelHandler(d),
  resume: createResumeHandler(d),
});
let api: ReturnType<typeof handlers>;

beforeAll(async () => {
  await createServiceTables();
  deps = importDeps();
  api = handlers(() => deps);
});

/** The template's headers, in a shuffled order with stray spaces and aliases, as real ledgers have them. */
const HEADERS = [
  ' 残疾等级',
  '身份证号 ',
  '姓名',
  '户籍类型',
  '流出地',
  '来本地日期',
  '联系电话',
  '网格号',
  '楼栋',
  '房号',
  '特殊群体',
  '残疾类别',
  '残疾证号',
];

type Row = Partial<Record<string, Cell>>;

async function workbook(rows: readonly Row[], headers: readonly string[] = HEADERS): Promise<Buffer> {
  return writeWorkbook({
    sheetName: '残疾人台帐',
    columns: headers.map((header) => ({ header, key: header.trim() })),
    rows,
  });
}

function csv(rows: readonly Row[], headers: readonly string[] = HEADERS): Buffer {
  const quote = (value: Cell | undefined) => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [headers.join(','), ...rows.map((row) => headers.map((header) => quote(row[header.trim()])).join(','))];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

const categoryDigit = (category: keyof typeof disabilityCategories) => disabilityCategories[category].digit;
const categoryLabel = (category: keyof typeof disabilityCategories) => disabilityCategories[category].label.replace(/残疾$/, '');

/** A registered resident of the community; `disabled` adds the group columns with a matching certificate. */
function personRow(overrides: Row = {}, disabled?: { category: keyof typeof disabilityCategories; grade: number }): Row {
  const id = (overrides.身份证号 as string | undefined) ?? nextCitizenId('19560312');
  return {
    姓名: '林秀英',
    身份证号: id,
    户籍类型: '户籍',
    联系电话: '13812345678',
    网格号: '03',
    楼栋: '3号楼',
    房号: '502',
    ...(disabled
      ? {
          特殊群体: '残疾人',
          残疾类别: categoryLabel(disabled.category),
          残疾等级: disabled.grade,
          残疾证号: `${id}${categoryDigit(disabled.category)}${disabled.grade}`,
        }
      : {}),
    ...overrides,
  };
}

async function upload(
  handler: (event: never, context: never) => Promise<unknown>,
  body: Buffer | undefined,
  query: Record<string, string>,
  options: { contentType?: string; claims?: Record<string, unknown> } = {},
) {
  const event = toApiGatewayEvent({
    method: 'POST',
    path: '/registry/imports',
    routeTemplate: '/registry/imports',
    query: new URLSearchParams({ community, ...query }),
    headers: { 'content-type': options.contentType ?? XLSX_TYPE },
    ...(body ? { body } : {}),
    claims: options.claims ?? worker,
  });
  const response = (await handler(event as never, lambdaContext('test') as never)) as {
    statusCode: number;
    headers: Record<string, string>;
    body: string;
  };
  return { status: response.statusCode, json: JSON.parse(response.body) };
}

const outbox = (type?: string) => outboxEvents('registry', type);

const sqs = (...events: EventEnvelope[]): SQSEvent =>
  ({ Records: events.map((event) => ({ messageId: event.id, body: JSON.stringify(event) })) }) as unknown as SQSEvent;

const delivered = new Set<string>();

/** Delivers the job's ImportRequested events as SQS would, hand-overs included, until none is left. */
async function drain(importId: string, consumer = api.consumer): Promise<number> {
  let deliveries = 0;
  for (;;) {
    const pending = (await outbox('ImportRequested')).filter(
      (event) => event.data.importId === importId && !delivered.has(event.id),
    );
    if (pending.length === 0) return deliveries;
    for (const event of pending) {
      delivered.add(event.id);
      deliveries++;
      const result = await consumer(sqs(event));
      expect(result.batchItemFailures).toEqual([]);
    }
  }
}

async function importFile(body: Buffer, fileName = '台帐.xlsx', contentType: string = XLSX_TYPE) {
  const started = await upload(api.start, body, { fileName }, { contentType });
  expect(started.status, JSON.stringify(started.json)).toBe(202);
  await drain(started.json.id);
  return (await call(api.get, 'GET', '/registry/imports/{id}', { params: { id: started.json.id }, claims: worker })).json;
}

async function errorsOf(id: string) {
  const response = await call(api.errors, 'GET', '/registry/imports/{id}/errors', {
    params: { id },
    query: { limit: '100' },
    claims: worker,
  });
  expect(response.status).toBe(200);
  return response.json.items as { row: number; column: string; value: string; message: string }[];
}

const auditCount = async (personId: string) => (await auditOf(personId)).length;

describe('GET /registry/imports/template', () => {
  it('is a spreadsheet with the Chinese headers and an example row that itself imports cleanly', async () => {
    const response = await call(createTemplateHandler(), 'GET', '/registry/imports/template', { claims: worker });

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX_TYPE);
    const rows = await readWorkbook(Buffer.from(response.json, 'base64'));
    expect(rows[0]).toEqual(importColumns.map((column) => column.header));
    const layout = locateHeader(rows);
    const [example] = dataRowsOf(rows, layout);
    if (!example) throw new Error('the template has no example row');
    expect(readRow(example, community, layout, rowValidators)).toMatchObject({
      ok: true,
      input: {
        person: { name: '林秀英', citizenId: '350203195603120021', area: `${community}-03` },
        groups: [{ group: 'disabled', attributes: { category: 'limb', grade: 2 } }],
      },
    });
  });
  it('explains every column on a second sheet', async () => {
    const response = await call(createTemplateHandler(), 'GET', '/registry/imports/template', { claims: worker });
    const explanation = await readWorkbook(Buffer.from(response.json, 'base64'), { sheet: '说明' });
    expect(explanation[0]).toEqual(['列名', '所属群体', '是否必填', '可选值', '也可写作', '填写说明']);
    expect(explanation.slice(1, 1 + importColumns.length).map((row) => row[0])).toEqual(
      importColumns.map((column) => column.header),
    );
    expect(explanation.find((row) => row[0] === '公民身份号码')?.[2]).toBe('必填');
  });

  it('is refused to grid workers', async () => {
    const response = await call(createTemplateHandler(), 'GET', '/registry/imports/template', {
      claims: claimsFor('grid-worker', [`${community}-03`]),
    });
    expect(response.status).toBe(403);
  });
});

describe('importing a ledger', () => {
  it('registers every good row with its disability, counted exactly by category', async () => {
    // The seed's 63 disabled people: 29 limb, 11 intellectual, 4 visual, 8 hearing, 11 mental; and 7 others.
    const seed = { limb: 29, intellectual: 11, visual: 4, hearing: 8, mental: 11 } as const;
    const rows: Row[] = [];
    for (const [category, count] of Object.entries(seed) as [keyof typeof seed, number][]) {
      for (let i = 0; i < count; i++) rows.push(personRow({ 姓名: `残疾人${rows.length}` }, { category, grade: 1 + (i % 4) }));
    }
    for (let i = 0; i < 7; i++) rows.push(personRow({ 姓名: `居民${i}`, 网格号: 5, 联系电话: null }));
    const registeredBefore = (await outbox('PersonRegistered')).length;
    const wide = importDeps({ chunkRows: 200, concurrency: 16 });
    const api1 = handlers(() => wide);

    const started = await upload(api1.start, await workbook(rows), { fileName: '残疾人台帐.xlsx' });
    expect(started.status).toBe(202);
    expect(started.json).toMatchObject({ status: 'queued', rowsTotal: 70, processedRows: 0, community });
    await drain(started.json.id, api1.consumer);

    const job = (await call(api.get, 'GET', '/registry/imports/{id}', { params: { id: started.json.id }, claims: worker })).json;
    expect(job).toMatchObject({
      status: 'done',
      rowsTotal: 70,
      processedRows: 70,
      created: 70,
      updated: 0,
      unchanged: 0,
      failedRows: 0,
    });
    expect(job.finishedAt >= job.startedAt).toBe(true);
    const counts = await countGroupMembers(deps, { group: 'disabled', area: community });
    expect(counts.byCategory).toMatchObject({ ...seed, speech: 0, multiple: 0 });
    expect(counts.total).toBe(63);
    expect((await outbox('PersonRegistered')).length - registeredBefore).toBe(70);
    const [first] = await findPersons(deps, { citizenId: rows[0]?.身份证号 as string });
    expect(first).toMatchObject({
      name: '残疾人0',
      area: `${community}-03`,
      building: '3号楼',
      room: '502',
      residence: 'registered',
    });
    const [plain] = await findPersons(deps, { citizenId: rows[69]?.身份证号 as string });
    expect(plain).toMatchObject({ area: `${community}-05` });
    expect(plain?.phoneCipher).toBeUndefined();
    expect((await outbox('ImportFinished')).find((event) => event.data.importId === job.id)?.data).toMatchObject({
      created: 70,
      failedRows: 0,
    });
  });

  it('gives each bad row exactly one precise Chinese error and still imports the good ones', async () => {
    const good = personRow({ 姓名: '好人甲' }, { category: 'limb', grade: 2 });
    const valid = nextCitizenId('19700101');
    const wrongCheck = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
    const rows: Row[] = [
      good, // row 2
      personRow({ 身份证号: wrongCheck }), // row 3
      personRow({ 姓名: null }), // row 4
      personRow({ 残疾类别: '聋哑' }, { category: 'hearing', grade: 3 }), // row 5
      personRow({}, { category: 'visual', grade: 5 }), // row 6
      personRow({ 户籍类型: '流动' }), // row 7
      personRow({ 姓名: '重复者', 身份证号: good.身份证号 }), // row 8
      personRow({ 姓名: '流动好人', 户籍类型: '流动', 流出地: '福建省泉州市安溪县', 来本地日期: '2023/5/1' }), // row 9
    ];

    const job = await importFile(await workbook(rows));

    expect(job).toMatchObject({ status: 'done', rowsTotal: 8, created: 2, failedRows: 6 });
    expect(await errorsOf(job.id)).toEqual([
      { row: 3, column: '身份证号', value: wrongCheck, message: '公民身份号码校验位错误，请核对后重新输入' },
      { row: 4, column: '姓名', value: '', message: '请填写姓名' },
      {
        row: 5,
        column: '残疾类别',
        value: '聋哑',
        message: '残疾类别须为：视力、听力、言语、肢体、智力、精神、多重，不能是“聋哑”',
      },
      { row: 6, column: '残疾等级', value: '5', message: '残疾等级须为 1–4 级（一级最重）' },
      { row: 7, column: '流出地', value: '', message: '流动人口须填写流出地和来本地日期' },
      { row: 8, column: '身份证号', value: good.身份证号, message: '与第 2 行的公民身份号码重复：同一人只能出现一次' },
    ]);
    const [migrant] = await findPersons(deps, { citizenId: rows[7]?.身份证号 as string });
    expect(migrant).toMatchObject({ residence: 'migrant', migrant: { origin: '福建省泉州市安溪县', arrivalDate: '2023-05-01' } });
    expect(await findPersons(deps, { citizenId: rows[3]?.身份证号 as string })).toEqual([]);

    // The personal numbers in error items are stored encrypted, like everywhere else.
    const stored = await client().send(
      new GetCommand({ TableName: table(), Key: { pk: `IMPORT#${job.id}`, sk: 'ROWERR#000003' } }),
    );
    expect(JSON.stringify(stored.Item)).not.toContain(wrongCheck);

    const report = await call(api.report, 'GET', '/registry/imports/{id}/errors.xlsx', {
      params: { id: job.id },
      claims: worker,
    });
    expect(report.status).toBe(200);
    expect(decodeURIComponent(report.headers['content-disposition'] ?? '')).toContain('台帐-错误报告.xlsx');
    const sheet = await readWorkbook(Buffer.from(report.json, 'base64'));
    expect(sheet[1]).toEqual(['行号', '列', '值', '错误说明']);
    expect(sheet.slice(2).map((row) => row[0])).toEqual([3, 4, 5, 6, 7, 8]);
    expect(sheet[2]).toEqual([3, '身份证号', wrongCheck, '公民身份号码校验位错误，请核对后重新输入']);
  });

  it('returns the same job for the same file and changes nothing, even when its request is delivered again', async () => {
    const rows = [personRow({ 姓名: '再导入' }, { category: 'mental', grade: 1 }), personRow({ 姓名: '再导入二' })];
    const file = await workbook(rows);
    const job = await importFile(file);
    const eventsBefore = (await outbox()).length;
    const [person] = await findPersons(deps, { citizenId: rows[0]?.身份证号 as string });

    const again = await upload(api.start, file, { fileName: '另一个名字.xlsx' });
    const redelivered = (await outbox('ImportRequested')).filter((event) => event.data.importId === job.id);
    for (const event of redelivered) expect((await api.consumer(sqs(event))).batchItemFailures).toEqual([]);

    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ id: job.id, status: 'done', created: 2, fileName: '台帐.xlsx' });
    expect((await outbox()).length).toBe(eventsBefore);
    const [after] = await findPersons(deps, { citizenId: rows[0]?.身份证号 as string });
    expect(after?.version).toBe(person?.version);
    expect(await auditCount(person?.id ?? '')).toBe(await auditCount(after?.id ?? ''));
  });

  it('updates what a later ledger changes (CSV), leaves equal rows alone, and refuses persons of other communities', async () => {
    const elsewhere = nextCitizenId('19600101');
    const foreign = await upload(
      api.start,
      await workbook([personRow({ 身份证号: elsewhere, 网格号: null })]),
      { community: otherCommunity, fileName: '其他社区.xlsx' },
      { claims: claimsFor('community-worker', [otherCommunity]) },
    );
    await drain(foreign.json.id);

    const rows = [
      personRow({ 姓名: '不变' }, { category: 'limb', grade: 2 }),
      personRow({ 姓名: '改电话' }),
      personRow({ 姓名: '改等级' }, { category: 'limb', grade: 2 }),
      personRow({ 姓名: '换网格' }),
    ];
    await importFile(await workbook(rows));
    const changed = structuredClone(rows);
    changed[1] = { ...changed[1], 联系电话: '13900001111' };
    changed[2] = { ...changed[2], 残疾等级: 3, 残疾证号: `${changed[2]?.身份证号}43` };
    changed[3] = { ...changed[3], 网格号: '07', 楼栋: null, 房号: null };
    const before = {
      updated: (await outbox('PersonUpdated')).length,
      moved: (await outbox('PersonMoved')).length,
      groups: (await outbox('GroupMembershipChanged')).length,
    };

    const job = await importFile(csv([...changed, personRow({ 身份证号: elsewhere, 姓名: '别处的人' })]), '台帐.csv', 'text/csv');

    expect(job).toMatchObject({ status: 'done', rowsTotal: 5, created: 0, updated: 3, unchanged: 1, failedRows: 1 });
    expect(await errorsOf(job.id)).toEqual([
      { row: 6, column: '身份证号', value: elsewhere, message: '该身份证号已在其他社区登记' },
    ]);
    expect((await outbox('PersonUpdated')).length - before.updated).toBe(1);
    expect((await outbox('PersonMoved')).length - before.moved).toBe(1);
    expect((await outbox('GroupMembershipChanged')).length - before.groups).toBe(1);
    const [moved] = await findPersons(deps, { citizenId: rows[3]?.身份证号 as string });
    expect(moved).toMatchObject({ area: `${community}-07`, building: '3号楼', room: '502' });
  });
});

describe('resuming', () => {
  it('finishes a job that crashed part-way when its request is redelivered, every row applied exactly once', async () => {
    let crash = true;
    const flaky = importDeps({
      chunkRows: 10,
      beforeRow: (row) => {
        if (crash && row === 26) throw new Error('simulated crash');
      },
    });
    const api2 = handlers(() => flaky);
    const rows = Array.from({ length: 35 }, (_, i) =>
      personRow({ 姓名: `续传${i}` }, i % 2 === 0 ? { category: 'speech', grade: 4 } : undefined),
    );
    const started = await upload(api2.start, await workbook(rows), { fileName: '续传.xlsx' });
    const [request] = (await outbox('ImportRequested')).filter((event) => event.data.importId === started.json.id);
    if (!request) throw new Error('no ImportRequested written');

    const failed = await api2.consumer(sqs(request));
    const midway = (await call(api2.get, 'GET', '/registry/imports/{id}', { params: { id: started.json.id }, claims: worker }))
      .json;
    crash = false;
    const retried = await api2.consumer(sqs(request));
    const job = (await call(api2.get, 'GET', '/registry/imports/{id}', { params: { id: started.json.id }, claims: worker })).json;

    expect(failed.batchItemFailures).toEqual([{ itemIdentifier: request.id }]);
    expect(midway).toMatchObject({ status: 'running', processedRows: 20 });
    expect(retried.batchItemFailures).toEqual([]);
    expect(job).toMatchObject({ status: 'done', processedRows: 35, created: 35, updated: 0, unchanged: 0, failedRows: 0 });
    const people = await Promise.all(rows.map((row) => findPersons(deps, { citizenId: row.身份证号 as string })));
    expect(people.every((found) => found.length === 1)).toBe(true);
    const audits = await Promise.all(people.map(([person]) => auditCount(person?.id ?? '')));
    // One entry for registering each; the disabled ones one more for joining the group.
    expect(audits).toEqual(rows.map((_, i) => (i % 2 === 0 ? 2 : 1)));
    const ids = new Set(people.map(([person]) => person?.id));
    expect((await outbox('PersonRegistered')).filter((event) => ids.has(event.data.personId as string))).toHaveLength(35);
    expect((await outbox('GroupMembershipChanged')).filter((event) => ids.has(event.data.personId as string))).toHaveLength(18);
  });

  it('stops a running import at its next chunk when cancelled, and applies every row exactly once when resumed', async () => {
    let cancelAtRow: number | undefined = 14;
    let jobId = '';
    const stopping = importDeps({
      chunkRows: 10,
      // The worker asks to stop while it is in the second chunk, as a worker pressing 取消 would.
      beforeRow: async (row) => {
        if (row !== cancelAtRow) return;
        cancelAtRow = undefined;
        const asked = await call(api6.cancel, 'POST', '/registry/imports/{id}/cancel', { params: { id: jobId }, claims: worker });
        expect(asked.status).toBe(202);
        expect(asked.json).toMatchObject({ status: 'running', cancelRequested: true });
      },
    });
    const api6 = handlers(() => stopping);
    const rows = Array.from({ length: 35 }, (_, i) =>
      personRow({ 姓名: `取消${i}` }, i % 3 === 0 ? { category: 'hearing', grade: 3 } : undefined),
    );
    const file = await workbook(rows);
    const started = await upload(api6.start, file, { fileName: '取消.xlsx' });
    jobId = started.json.id;
    const get = async () =>
      (await call(api6.get, 'GET', '/registry/imports/{id}', { params: { id: jobId }, claims: worker })).json;

    await drain(jobId, api6.consumer);
    const cancelled = await get();
    const again = await call(api6.cancel, 'POST', '/registry/imports/{id}/cancel', { params: { id: jobId }, claims: worker });
    // Uploading the same file again goes on where it stopped.
    const restarted = await upload(api6.start, file, { fileName: '取消.xlsx' });
    await drain(jobId, api6.consumer);
    const done = await get();

    // The chunk under way when the stop was asked for is finished, then nothing more.
    expect(cancelled).toMatchObject({ status: 'cancelled', processedRows: 20, created: 20, cancelledBy: worker.sub });
    expect(cancelled.cancelRequested).toBeUndefined();
    expect(again.status).toBe(409);
    expect(again.json).toMatchObject({ code: 'import-finished', detail: '该导入任务已取消，无法取消' });
    expect(restarted).toMatchObject({ status: 202, json: { id: jobId, status: 'queued', processedRows: 20 } });
    expect(done).toMatchObject({ status: 'done', processedRows: 35, created: 35, updated: 0, unchanged: 0, failedRows: 0 });
    const people = await Promise.all(rows.map((row) => findPersons(deps, { citizenId: row.身份证号 as string })));
    expect(people.every((found) => found.length === 1)).toBe(true);
    const ids = new Set(people.map(([person]) => person?.id));
    expect((await outbox('PersonRegistered')).filter((event) => ids.has(event.data.personId as string))).toHaveLength(35);
    expect((await outbox('GroupMembershipChanged')).filter((event) => ids.has(event.data.personId as string))).toHaveLength(12);
    const finished = (await outbox('ImportFinished')).filter((event) => event.data.importId === jobId);
    expect(finished.map((event) => event.data.status)).toEqual(['cancelled', 'done']);
  });

  it('cancels a queued import at once and resumes it by its route; a finished one can be neither', async () => {
    const rows = Array.from({ length: 5 }, (_, i) => personRow({ 姓名: `排队${i}` }));
    const started = await upload(api.start, await workbook(rows), { fileName: '排队.xlsx' });
    const id = started.json.id;

    const cancelled = await call(api.cancel, 'POST', '/registry/imports/{id}/cancel', { params: { id }, claims: worker });
    await drain(id);
    const untouched = await Promise.all(rows.map((row) => findPersons(deps, { citizenId: row.身份证号 as string })));
    const outsider = await call(api.resume, 'POST', '/registry/imports/{id}/resume', {
      params: { id },
      claims: claimsFor('community-worker', [otherCommunity]),
    });
    const resumed = await call(api.resume, 'POST', '/registry/imports/{id}/resume', { params: { id }, claims: worker });
    await drain(id);
    const done = (await call(api.get, 'GET', '/registry/imports/{id}', { params: { id }, claims: worker })).json;
    const resumeDone = await call(api.resume, 'POST', '/registry/imports/{id}/resume', { params: { id }, claims: worker });

    expect(cancelled).toMatchObject({ status: 200, json: { status: 'cancelled', processedRows: 0 } });
    expect(untouched.every((found) => found.length === 0)).toBe(true);
    expect(outsider.status).toBe(403);
    expect(resumed).toMatchObject({ status: 202, json: { status: 'queued' } });
    expect(done).toMatchObject({ status: 'done', created: 5 });
    expect(resumeDone).toMatchObject({ status: 409, json: { code: 'import-not-cancelled' } });
  });

  it('counts a row a crashed run half applied (registered, not yet in its group) as created, and completes it', async () => {
    const rows = [personRow({ 姓名: '半途甲' }, { category: 'multiple', grade: 1 }), personRow({ 姓名: '半途乙' })];
    const started = await upload(api.start, await workbook(rows), { fileName: '半途.xlsx' });
    const [first] = rows;
    // What the crashed run got done: the first person's registration, by this job, and nothing else.
    await registerPerson(
      deps,
      {
        name: '半途甲',
        citizenId: first?.身份证号 as string,
        phone: '13812345678',
        residence: 'registered',
        area: `${community}-03`,
        building: '3号楼',
        room: '502',
      },
      importActor(String(worker.sub), started.json.id),
    );

    await drain(started.json.id);

    const job = (await call(api.get, 'GET', '/registry/imports/{id}', { params: { id: started.json.id }, claims: worker })).json;
    expect(job).toMatchObject({ status: 'done', created: 2, updated: 0, unchanged: 0 });
    const [person] = await findPersons(deps, { citizenId: first?.身份证号 as string });
    expect(await getMembership(deps, person?.id ?? '', 'disabled')).toMatchObject({ category: 'multiple', grade: 1 });
  });

  it('hands a long job over in new requests when its time budget runs out', async () => {
    const hasty = importDeps({ chunkRows: 10, budgetMs: 0 });
    const api3 = handlers(() => hasty);
    const rows = Array.from({ length: 25 }, (_, i) => personRow({ 姓名: `接力${i}` }));
    const started = await upload(api3.start, await workbook(rows), { fileName: '接力.xlsx' });

    const deliveries = await drain(started.json.id, api3.consumer);

    expect(deliveries).toBe(3);
    const job = (await call(api3.get, 'GET', '/registry/imports/{id}', { params: { id: started.json.id }, claims: worker })).json;
    expect(job).toMatchObject({ status: 'done', processedRows: 25, created: 25 });
  });

  it('gives one invocation’s time to the first job of its batch and hands the others on unread', async () => {
    const hasty = importDeps({ chunkRows: 10, budgetMs: 0 });
    const api5 = handlers(() => hasty);
    const ids: string[] = [];
    for (const name of ['批次甲', '批次乙']) {
      const rows = Array.from({ length: 15 }, (_, i) => personRow({ 姓名: `${name}${i}` }));
      ids.push((await upload(api5.start, await workbook(rows), { fileName: `${name}.xlsx` })).json.id);
    }
    const written = await outbox('ImportRequested');
    const requests = ids.flatMap((id) => written.filter((event) => event.data.importId === id));
    for (const request of requests) delivered.add(request.id);

    const result = await api5.consumer(sqs(...requests));
    const progress = await Promise.all(
      ids.map(async (id) => (await call(api5.get, 'GET', '/registry/imports/{id}', { params: { id }, claims: worker })).json),
    );

    expect(result.batchItemFailures).toEqual([]);
    expect(progress.map((job) => [job.status, job.processedRows])).toEqual([
      ['running', 10],
      ['queued', 0],
    ]);
    for (const id of ids) await drain(id, api5.consumer);
    const finished = await Promise.all(
      ids.map(async (id) => (await call(api5.get, 'GET', '/registry/imports/{id}', { params: { id }, claims: worker })).json),
    );
    expect(finished.map((job) => [job.status, job.created])).toEqual([
      ['done', 15],
      ['done', 15],
    ]);
  });
});

describe('refusals', () => {
  it('refuses more than 20,000 data rows and more than 10 MB with 422 in Chinese, creating no job', async () => {
    const header = '姓名,公民身份号码,户籍类型';
    const lines = Array.from({ length: 20_001 }, (_, i) => `居民${i},${nextCitizenId()},户籍`);
    const tooMany = await upload(
      api.start,
      Buffer.from([header, ...lines].join('\n')),
      { fileName: '大.csv' },
      { contentType: 'text/csv' },
    );
    const tooBig = await upload(
      api.start,
      Buffer.alloc(10 * 1024 * 1024 + 1, 0x41),
      { fileName: '大.csv' },
      { contentType: 'text/csv' },
    );

    expect(tooMany.status).toBe(422);
    expect(tooMany.json).toMatchObject({
      code: 'too-many-rows',
      detail: '文件有 20001 行数据，超过每个文件 20000 行的上限：请拆分成多个文件导入',
    });
    expect(tooBig.status).toBe(422);
    expect(tooBig.json.code).toBe('file-too-large');
    expect(tooBig.json.detail).toContain('超过 10 MB 上限');
    const listed = await call(api.list, 'GET', '/registry/imports', { query: { area: community, limit: '100' }, claims: worker });
    expect(listed.json.items.some((job: { fileName: string }) => job.fileName === '大.csv')).toBe(false);
  });

  it('refuses files that are not a ledger: no header, old .xls, no file, both file and objectKey', async () => {
    const noHeader = await upload(api.start, await workbook([{ 名字: '某人' }], ['名字', '号码']), { fileName: 'x.xlsx' });
    const xls = await upload(
      api.start,
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]),
      { fileName: 'x.xls.xlsx' },
      { contentType: 'application/octet-stream' },
    );
    const empty = await upload(api.start, undefined, { fileName: 'x.xlsx' });
    const both = await upload(api.start, Buffer.from('a'), {
      fileName: 'x.xlsx',
      objectKey: `registry/uploads/${community}/0000000000000000000`,
    });

    expect(noHeader).toMatchObject({ status: 422, json: { code: 'missing-columns' } });
    expect(noHeader.json.detail).toContain('“姓名”、“公民身份号码”、“户籍类型”');
    expect(xls).toMatchObject({ status: 422, json: { code: 'unsupported-file' } });
    expect(empty).toMatchObject({ status: 400, json: { code: 'missing-file' } });
    expect(both).toMatchObject({ status: 400, json: { code: 'ambiguous-file' } });
  });

  it('lets only community workers and above of that community import and read jobs', async () => {
    const file = await workbook([personRow({ 姓名: '范围' })]);
    const grid = await upload(api.start, file, { fileName: 'g.xlsx' }, { claims: claimsFor('grid-worker', [`${community}-03`]) });
    const outsider = await upload(
      api.start,
      file,
      { fileName: 'o.xlsx' },
      { claims: claimsFor('community-worker', [otherCommunity]) },
    );
    const staff = await upload(
      api.start,
      file,
      { fileName: 's.xlsx' },
      { claims: claimsFor('subdistrict-staff', ['350203006']) },
    );
    const read = (claims: Record<string, unknown>) =>
      call(api.get, 'GET', '/registry/imports/{id}', { params: { id: staff.json.id }, claims });

    expect(grid.status).toBe(403);
    expect(outsider.status).toBe(403);
    expect(outsider.json.detail).toBe(`您的管辖范围不包含地区 ${community}`);
    expect(staff.status).toBe(202);
    expect((await read(worker)).status).toBe(200);
    expect((await read(claimsFor('community-worker', [otherCommunity]))).status).toBe(403);
    expect((await read(claimsFor('resident', [community]))).status).toBe(403);
  });
});

describe('upload through the object store', () => {
  it('presigns in AWS and imports the uploaded object by its key; locally it says to upload directly', async () => {
    const objects = new Map<string, Buffer>();
    const memory: ObjectStore = {
      put: async (key, bytes) => void objects.set(key, bytes),
      get: async (key) => objects.get(key),
      presignPut: async (key, options) =>
        `https://bucket.example/${key}?type=${options.contentType}&length=${options.contentLength}`,
    };
    const s3 = importDeps({}, memory);
    const api4 = handlers(() => s3);
    const file = await workbook([personRow({ 姓名: '经对象存储' })]);

    const granted = await call(api4.upload, 'POST', '/registry/imports/uploads', {
      body: { community, fileName: '台帐.xlsx', contentType: XLSX_TYPE, size: file.length },
      claims: worker,
    });
    objects.set(granted.json.objectKey, file);
    const started = await upload(api4.start, undefined, { fileName: '台帐.xlsx', objectKey: granted.json.objectKey });
    const foreignKey = await upload(api4.start, undefined, {
      fileName: '台帐.xlsx',
      objectKey: granted.json.objectKey.replace(community, otherCommunity),
    });
    const local = await call(api.upload, 'POST', '/registry/imports/uploads', {
      body: { community, fileName: '台帐.xlsx', contentType: XLSX_TYPE, size: 100 },
      claims: worker,
    });
    const tooBig = await call(api4.upload, 'POST', '/registry/imports/uploads', {
      body: { community, fileName: '台帐.xlsx', contentType: XLSX_TYPE, size: 11 * 1024 * 1024 },
      claims: worker,
    });

    expect(granted.status).toBe(201);
    expect(granted.json).toMatchObject({ method: 'PUT', headers: { 'content-type': XLSX_TYPE } });
    expect(granted.json.objectKey).toMatch(new RegExp(`^registry/uploads/${community}/[0-9a-z]+$`));
    expect(granted.json.uploadUrl).toContain(`length=${file.length}`);
    expect(started.status).toBe(202);
    await drain(started.json.id, api4.consumer);
    expect(
      (await call(api4.get, 'GET', '/registry/imports/{id}', { params: { id: started.json.id }, claims: worker })).json,
    ).toMatchObject({
      status: 'done',
      created: 1,
    });
    expect(foreignKey.status).toBe(422);
    expect(local).toMatchObject({ status: 400, json: { code: 'direct-upload-only' } });
    expect(tooBig.status).toBe(422);
    expect(tooBig.json.errors).toEqual([{ field: 'body.size', message: '文件超过 10 MB 上限：请拆分成多个文件导入' }]);
  });

  it('lists a community’s jobs newest first', async () => {
    const response = await call(api.list, 'GET', '/registry/imports', { query: { area: community, limit: '3' }, claims: worker });

    expect(response.status).toBe(200);
    expect(response.json.items).toHaveLength(3);
    const created = response.json.items.map((job: { createdAt: string }) => job.createdAt);
    expect([...created].sort().reverse()).toEqual(created);
    expect(response.json.cursor).toBeTruthy();
  });
});
