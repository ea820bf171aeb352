import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventEnvelope } from '@shequ/contracts';
import { DirectoryObjectStore } from '@shequ/kit';
import { type Cell, readWorkbook, writeWorkbook } from '@shequ/sheets';
import type { SQSEvent } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { lambdaContext, toApiGatewayEvent } from '../../../packages/local/src/api-event.ts';
import { outboxEvents } from '../../../test/support/outbox.ts';
import { type GroupName, groupDefinitions, groupNames } from '../src/domain/groups.ts';
import { columnOf, groupColumns, importColumns } from '../src/domain/import-columns.ts';
import { createHandler as createErrorsReportHandler } from '../src/handlers/download-import-errors.ts';
import { createHandler as createTemplateHandler } from '../src/handlers/download-import-template.ts';
import { createHandler as createGetHandler } from '../src/handlers/get-import.ts';
import { createHandler as createErrorsHandler } from '../src/handlers/list-import-errors.ts';
import { createHandler as createConsumer } from '../src/handlers/process-import.ts';
import { createHandler as createStartHandler } from '../src/handlers/start-import.ts';
import { XLSX_TYPE } from '../src/schemas/imports.ts';
import { defaultRegistryDeps } from '../src/store/deps.ts';
import { getMembership } from '../src/store/groups.ts';
import { createHousehold } from '../src/store/households.ts';
import { defaultImportSettings, type ImportDeps, type ImportRecord, importView } from '../src/store/imports.ts';
import { findPersons, registerPerson } from '../src/store/persons.ts';
import { call, claimsFor, createServiceTables, nextCitizenId } from './support.ts';

/**
 * A community's register as workers keep it, through the template and the import: every special
 * group in one file, rows that are not persons, dates and IDs in the forms Excel leaves them in.
 */

const community = '350203006029';
const worker = claimsFor('community-worker', [community]);

function importDeps(settings: Partial<ImportDeps['imports']> = {}): ImportDeps {
  return {
    ...defaultRegistryDeps(),
    objects: new DirectoryObjectStore(mkdtempSync(join(tmpdir(), 'shequ-ledger-'))),
    imports: { ...defaultImportSettings, ...settings },
  };
}

let deps: ImportDeps;
beforeAll(async () => {
  await createServiceTables();
  deps = importDeps();
});

const template = async () => {
  const response = await call(createTemplateHandler(), 'GET', '/registry/imports/template', { claims: worker });
  expect(response.status).toBe(200);
  return Buffer.from(response.json, 'base64');
};

type Row = Partial<Record<string, Cell>>;

/** A file with the template's headers (as the template names them), rows keyed by header. */
async function ledger(headers: readonly string[], rows: readonly Row[], below: readonly Cell[][] = []): Promise<Buffer> {
  return writeWorkbook({
    sheetName: '人员台帐',
    title: '鹭江街道小学社区 人员台帐',
    columns: headers.map((header) => ({ header, key: header })),
    rows,
    below,
  });
}

const sqs = (...events: EventEnvelope[]): SQSEvent =>
  ({ Records: events.map((event) => ({ messageId: event.id, body: JSON.stringify(event) })) }) as unknown as SQSEvent;
const delivered = new Set<string>();

async function start(d: ImportDeps, body: Buffer, fileName: string) {
  const event = toApiGatewayEvent({
    method: 'POST',
    path: '/registry/imports',
    routeTemplate: '/registry/imports',
    query: new URLSearchParams({ community, fileName }),
    headers: { 'content-type': XLSX_TYPE },
    body,
    claims: worker,
  });
  const response = (await createStartHandler(() => d)(event as never, lambdaContext('test') as never)) as {
    statusCode: number;
    body: string;
  };
  expect(response.statusCode, response.body).toBe(202);
  return JSON.parse(response.body) as { id: string };
}

/** Delivers the job's ImportRequested events one at a time; `limit` stops after that many deliveries. */
async function deliver(d: ImportDeps, importId: string, limit = Number.POSITIVE_INFINITY): Promise<void> {
  const consumer = createConsumer(() => d);
  for (let deliveries = 0; deliveries < limit; ) {
    const pending = (await outboxEvents('registry', 'ImportRequested')).filter(
      (event) => event.data.importId === importId && !delivered.has(event.id),
    );
    if (pending.length === 0) return;
    for (const event of pending.slice(0, limit - deliveries)) {
      delivered.add(event.id);
      deliveries++;
      expect((await consumer(sqs(event))).batchItemFailures).toEqual([]);
    }
  }
}

const getJob = async (d: ImportDeps, id: string) =>
  (
    await call(
      createGetHandler(() => d),
      'GET',
      '/registry/imports/{id}',
      { params: { id }, claims: worker },
    )
  ).json;

async function personId(citizenId: string): Promise<string> {
  const [person] = await findPersons(deps, { citizenId });
  if (!person) throw new Error(`${citizenId} was not registered`);
  return person.id;
}

const attributesOf = async (citizenId: string, group: GroupName) =>
  (await getMembership(deps, await personId(citizenId), group))?.attributes;

describe('the template', () => {
  it('has a 是/否 column and the key attribute columns of every special group, headers in Chinese', async () => {
    const [headers = []] = await readWorkbook(await template());
    expect(headers).toEqual(importColumns.map((column) => column.header));
    for (const group of groupNames) {
      const spec = groupColumns[group];
      expect(headers).toContain(columnOf(spec.flag).header);
      for (const field of Object.values(spec.attributes)) expect(headers).toContain(columnOf(field).header);
    }
    expect(headers).toEqual(
      expect.arrayContaining(['低保', '特困人员', '留守儿童', '留守妇女', '留守老人', '军属', '烈属', '现役军人']),
    );
  });

  it('explains each column with its group, whether it is needed and its allowed values', async () => {
    const explanation = await readWorkbook(await template(), { sheet: '说明' });
    expect(explanation[0]).toEqual(['列名', '所属群体', '是否必填', '可选值', '也可写作', '填写说明']);
    const rowOf = (header: string) => explanation.find((row) => row[0] === header) ?? [];
    expect(explanation.slice(1, 1 + importColumns.length).map((row) => row[0])).toEqual(
      importColumns.map((column) => column.header),
    );
    expect(rowOf('公民身份号码')[2]).toBe('必填');
    expect(rowOf('残疾类别').slice(1, 4)).toEqual(['残疾人', '残疾人必填', '视力、听力、言语、肢体、智力、精神、多重']);
    expect(rowOf('残疾等级')[3]).toBe('一级、二级、三级、四级');
    expect(rowOf('供养方式').slice(1, 4)).toEqual(['孤老、特困人员', '孤老、特困人员必填', '分散供养、集中供养']);
    expect(rowOf('与军人关系')[3]).toBe('父母、配偶、子女、兄弟姐妹');
    expect(rowOf('低保').slice(2, 4)).toEqual(['选填', '是、否']);
    expect(explanation.some((row) => String(row[0] ?? '').includes('合计/小计行'))).toBe(true);

    const groups = await readWorkbook(await template(), { sheet: '群体说明' });
    expect(groups[0]).toEqual(['群体', '如何填写', '必填列', '选填列', '条件']);
    expect(groups.slice(1).map((row) => row[0])).toEqual(groupNames.map((group) => groupDefinitions[group].label));
    expect(groups.find((row) => row[0] === '留守儿童')?.[2]).toBe('监护人、监护人关系、包保联系人、包保联系人电话');
    expect(groups.find((row) => row[0] === '独居老人')?.[4]).toBe('独居老人须年满 60 周岁');
  });
});

describe('a whole register in one file', () => {
  const woman1945 = nextCitizenId('19450101', 'female');
  const man1944 = nextCitizenId('19440315', 'male');
  const child = nextCitizenId('20150601', 'male');
  const woman1990 = nextCitizenId('19900301', 'female');
  const man1975 = nextCitizenId('19750801', 'male');
  const soldier = nextCitizenId('20000101', 'male');
  const patient = nextCitizenId('19800101', 'male');
  const solitary = nextCitizenId('19400101', 'female');
  const poor = nextCitizenId('19600101', 'female');
  const migrant = nextCitizenId('19880808', 'female');

  it('comes in with every group, skipping totals and blank rows, reading serial dates, showing a lost ID as it is', async () => {
    // 低保 and 特困 are granted to a household: this resident's is registered, and the row names it.
    const resident = await registerPerson(
      deps,
      { name: '黄秀珍', citizenId: poor, residence: 'registered', area: `${community}-02` },
      'test',
    );
    const household = await createHousehold(
      deps,
      { area: `${community}-02`, headPersonId: resident.person.id },
      { subject: 'test' },
    );
    const headers = (await readWorkbook(await template()))[0]?.map(String) ?? [];
    const person = (citizenId: string, name: string): Row => ({
      姓名: name,
      公民身份号码: citizenId,
      户籍类型: '户籍',
      网格号: '02',
    });
    const rows: Row[] = [
      {
        ...person(woman1945, '林秀英'),
        残疾人: '是',
        残疾类别: '肢体',
        残疾等级: '一级',
        残疾证号: `${woman1945}41`,
        独居老人: '√',
        紧急联系人: '陈静',
        紧急联系人电话: '13812345678',
      },
      {
        ...person(man1944, '王大爷'),
        空巢老人: '是',
        子女人数: 2,
        留守老人: '是',
        子女务工地: '广东省深圳市',
        包保联系人: '陈静',
        包保联系人电话: '13812345678',
        烈属: '是',
        烈士姓名: '王大山',
        与烈士关系: '父亲',
      },
      {
        ...person(child, '王小宝'),
        留守儿童: '是',
        就读学校: '鹭江小学',
        监护人: '王大爷',
        监护人关系: '爷爷',
        包保联系人: '陈静',
        包保联系人电话: '13812345678',
      },
      {
        ...person(woman1990, '陈美玲'),
        留守妇女: '是',
        包保联系人: '陈静',
        包保联系人电话: '13812345678',
        失业人员: '是',
        // A date typed into a General cell: Excel keeps its serial.
        失业日期: 45047,
        军属: '是',
        军人姓名: '王强',
        与军人关系: '妻子',
      },
      {},
      { ...person(man1975, '王建军'), 下岗职工: '是', 下岗日期: '2003.7.1', 军转干部: '是', 转业日期: 20180301 },
      { ...person(soldier, '王小军'), 现役军人: '是', 入伍日期: '2020年9月1日' },
      { ...person(patient, '李明'), 长期服药人员: '是', 长期服药卡号: 'CY-2023-0042', 所服药物: '利培酮' },
      { ...person(solitary, '张阿婆'), 特殊群体: '孤老', 供养方式: '分散供养' },
      {
        ...person(poor, '黄秀珍'),
        低保: '是',
        纳入低保日期: '2020/3/1',
        特困人员: '是',
        供养方式: '分散供养',
        户编号: household.household.id,
      },
      // What Excel keeps of an 18-digit ID typed into a General cell.
      { ...person('', '赵六'), 公民身份号码: 1.1010519491231e17 },
      { ...person(migrant, '刘芳'), 户籍类型: '流动', 流出地: '福建省泉州市安溪县', 来本地日期: 45047 },
    ];
    const file = await ledger(headers, rows, [['合计', null, '11人'], [], ['制表人：陈静', null, '填报日期：2026年6月1日']]);

    const { id } = await start(deps, file, '小学社区人员台帐.xlsx');
    await deliver(deps, id);
    const job = await getJob(deps, id);

    // Row 1 is the title, row 2 the header; the blank row 7, the 合计 row 15 and the footer 17 are no persons.
    expect(job).toMatchObject({
      status: 'done',
      rowsTotal: 11,
      processedRows: 11,
      percent: 100,
      created: 9,
      updated: 1,
      failedRows: 1,
    });
    const errors = (
      await call(
        createErrorsHandler(() => deps),
        'GET',
        '/registry/imports/{id}/errors',
        {
          params: { id },
          query: { limit: '100' },
          claims: worker,
        },
      )
    ).json.items;
    expect(errors).toEqual([
      {
        row: 13,
        column: '公民身份号码',
        value: '1.1010519491231E+17',
        message:
          '公民身份号码被 Excel 存成了数字（1.1010519491231E+17），只保留了前 15 位，末 3 位已丢失：请把该列设为“文本”格式后重新填写号码',
      },
    ]);
    const report = await call(
      createErrorsReportHandler(() => deps),
      'GET',
      '/registry/imports/{id}/errors.xlsx',
      {
        params: { id },
        claims: worker,
      },
    );
    const reportRows = await readWorkbook(Buffer.from(report.json, 'base64'));
    expect(reportRows.find((row) => row[0] === 13)?.[2]).toBe('1.1010519491231E+17');

    expect(await attributesOf(woman1945, 'disabled')).toMatchObject({ category: 'limb', grade: 1 });
    expect(await attributesOf(woman1945, 'living-alone')).toEqual({ emergencyContact: { name: '陈静', phone: '13812345678' } });
    expect(await attributesOf(man1944, 'empty-nest')).toEqual({ childrenCount: 2 });
    expect(await attributesOf(man1944, 'left-behind-elderly')).toEqual({
      childrenWorkingIn: '广东省深圳市',
      contactPerson: { name: '陈静', phone: '13812345678' },
    });
    expect(await attributesOf(man1944, 'martyr-family')).toEqual({ martyrName: '王大山', relationship: 'parent' });
    expect(await attributesOf(child, 'left-behind-child')).toEqual({
      school: '鹭江小学',
      guardian: { name: '王大爷', relationship: 'grandparent' },
      contactPerson: { name: '陈静', phone: '13812345678' },
    });
    expect(await attributesOf(woman1990, 'left-behind-woman')).toEqual({ contactPerson: { name: '陈静', phone: '13812345678' } });
    expect(await attributesOf(woman1990, 'unemployed')).toMatchObject({ since: '2023-05-01', registered: false });
    expect(await attributesOf(woman1990, 'military-family')).toEqual({ serviceMemberName: '王强', relationship: 'spouse' });
    expect(await attributesOf(man1975, 'laid-off')).toMatchObject({ since: '2003-07-01' });
    expect(await attributesOf(man1975, 'transferred-officer')).toEqual({ transferredOn: '2018-03-01' });
    expect(await attributesOf(soldier, 'active-military')).toEqual({ enlistedOn: '2020-09-01' });
    expect(await attributesOf(patient, 'mental-illness')).toMatchObject({ cardNumber: 'CY-2023-0042', medication: '利培酮' });
    expect(await attributesOf(solitary, 'solitary-elderly')).toEqual({ support: 'home' });
    expect(await attributesOf(poor, 'dibao')).toEqual({ householdId: household.household.id, since: '2020-03-01' });
    expect(await attributesOf(poor, 'tekun')).toEqual({ householdId: household.household.id, support: 'home' });
    const [arrived] = await findPersons(deps, { citizenId: migrant });
    expect(arrived?.migrant).toEqual({ origin: '福建省泉州市安溪县', arrivalDate: '2023-05-01' });
  });

  it('refuses a member the group does not admit, in the group’s own words', async () => {
    const young = nextCitizenId('19900101', 'male');
    const headers = ['姓名', '公民身份号码', '户籍类型', '独居老人', '紧急联系人', '紧急联系人电话'];
    const { id } = await start(
      deps,
      await ledger(headers, [{ 姓名: '年轻人', 公民身份号码: young, 户籍类型: '户籍', 独居老人: '是' }]),
      '独居老人.xlsx',
    );
    await deliver(deps, id);
    expect(await getJob(deps, id)).toMatchObject({ status: 'done', failedRows: 1 });
    const [error] = (
      await call(
        createErrorsHandler(() => deps),
        'GET',
        '/registry/imports/{id}/errors',
        { params: { id }, claims: worker },
      )
    ).json.items;
    expect(error.message).toBe('独居老人须年满 60 周岁');
  });
});

describe('progress', () => {
  it('is shown as rows and as percent while a job runs', async () => {
    const hasty = importDeps({ chunkRows: 10, budgetMs: 0 });
    const rows = Array.from({ length: 25 }, (_, i) => ({
      姓名: `进度${i}`,
      公民身份号码: nextCitizenId('19700101'),
      户籍类型: '户籍',
    }));
    const { id } = await start(hasty, await ledger(['姓名', '公民身份号码', '户籍类型'], rows), '进度.xlsx');

    expect(await getJob(hasty, id)).toMatchObject({ status: 'queued', processedRows: 0, rowsTotal: 25, percent: 0 });
    await deliver(hasty, id, 1);
    expect(await getJob(hasty, id)).toMatchObject({ status: 'running', processedRows: 10, rowsTotal: 25, percent: 40 });
    await deliver(hasty, id);
    expect(await getJob(hasty, id)).toMatchObject({ status: 'done', processedRows: 25, percent: 100 });
  });

  it('rounds down, so 100 means every row, and shows what was skipped', () => {
    const job: ImportRecord = {
      id: 'x',
      community,
      fileName: 'a.xlsx',
      contentType: XLSX_TYPE,
      objectKey: 'k',
      bytes: 1,
      rowsTotal: 16_015,
      status: 'running',
      processedRows: 16_014,
      created: 0,
      updated: 0,
      unchanged: 0,
      failedRows: 0,
      requestedBy: 'w',
      createdAt: '2026-06-01T00:00:00.000Z',
      version: 3,
    };
    expect(importView(job)).toMatchObject({ percent: 99, skippedRows: 0 });
    expect(
      importView({ ...job, skippedRows: 2, skippedNote: '跳过 2 行：合计行 1 行（第 75 行）；空行 1 行（第 10 行）' }),
    ).toMatchObject({
      skippedRows: 2,
      skippedNote: '跳过 2 行：合计行 1 行（第 75 行）；空行 1 行（第 10 行）',
    });
    expect(importView({ ...job, status: 'done', processedRows: 16_015 })).toMatchObject({ percent: 100 });
  });
});
