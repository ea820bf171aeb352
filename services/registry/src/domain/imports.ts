import { defineEvent } from '@shequ/contracts';
import { z } from 'zod';
import { type GroupName, groupDefinitions, groupNames } from './groups.ts';
import {
  type Choice,
  choiceLabels,
  columnForHeader,
  columnOf,
  type GroupColumns,
  groupColumns,
  type ImportColumn,
  type ImportField,
  importColumns,
  normaliseHeader,
} from './import-columns.ts';
import { cellText, halfWidth, type ImportCell, readDate, storedAsNumberProblem, yesNo } from './import-values.ts';
import type { PersonDetailsPatch } from './persons.ts';

export { cellText, type ImportCell } from './import-values.ts';

/**
 * Bulk import of the spreadsheets (台帐) communities keep: finding the header, reading each row into a
 * registration and its group memberships with one precise Chinese error per bad row, and the rules of
 * an import job (limits, chunks, progress). Pure: the store reads files and writes the results.
 */

/** Per file; more is refused whole with 422, so the uploader splits it. */
export const MAX_IMPORT_ROWS = 20_000;
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** Rows applied between two progress checkpoints: a crash repeats at most this many (each harmlessly). */
export const IMPORT_CHUNK_ROWS = 200;
/** The header may sit below a title line or two, as in most community ledgers. */
const HEADER_SEARCH_ROWS = 10;

export const importStatuses = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;
export type ImportStatus = (typeof importStatuses)[number];

/**
 * A finished job takes no more processing: a redelivered request for it does nothing. A cancelled one stays
 * so until it is resumed, which queues it again from where it stopped.
 */
export function isFinished(status: ImportStatus): boolean {
  return status === 'done' || status === 'failed' || status === 'cancelled';
}

/**
 * Asks the registry's own import consumer to process (or continue) a job. Internal to the registry: the
 * consumer re-emits it with each checkpoint when its time runs out, so a 20,000-row file needs no
 * function that runs for minutes.
 */
export const ImportRequested = defineEvent(
  'registry',
  'ImportRequested',
  z.object({ importId: z.string(), community: z.string() }),
);

/** A job finished; the counts tell the uploader (notifications) how it went. */
export const ImportFinished = defineEvent(
  'registry',
  'ImportFinished',
  z.object({
    importId: z.string(),
    community: z.string(),
    requestedBy: z.string(),
    /** How it ended; absent on events written before jobs could be cancelled (those were done or failed). */
    status: z.enum(['done', 'failed', 'cancelled']).optional(),
    rowsTotal: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    failedRows: z.number().int(),
  }),
);

/** A whole file refused before any row is applied; `message` is Chinese and shown to the uploader. */
export class ImportFileRejected extends Error {
  override name = 'ImportFileRejected';
  constructor(
    readonly code: 'file-too-large' | 'too-many-rows' | 'unsupported-file' | 'missing-columns' | 'duplicate-columns' | 'no-rows',
    message: string,
  ) {
    super(message);
  }
}

export type FileKind = 'xlsx' | 'csv';

/** Decided by the bytes first (an .xlsx is a zip), then by the declared type or name. */
export function fileKindOf(bytes: Uint8Array, contentType: string | undefined, fileName: string): FileKind {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new ImportFileRejected('unsupported-file', '不支持旧版 Excel（.xls）文件：请在 Excel 中另存为 .xlsx 后重新上传');
  }
  if (/\.csv$/i.test(fileName) || /csv|text\/plain/.test(contentType ?? '')) return 'csv';
  throw new ImportFileRejected('unsupported-file', '只能导入 Excel（.xlsx）或 CSV 文件，请下载模板按格式填写');
}

/**
 * CSV text from its bytes: UTF-8 (Excel's "CSV UTF-8"), else GB18030, which is what Excel on a Chinese
 * Windows writes for plain "CSV".
 */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

export function checkFileSize(bytes: number): void {
  if (bytes > MAX_IMPORT_BYTES) {
    throw new ImportFileRejected(
      'file-too-large',
      `文件大小 ${(bytes / 1024 / 1024).toFixed(1)} MB，超过 10 MB 上限：请拆分成多个文件导入`,
    );
  }
}

/** Where the columns are: the header row (as Excel numbers it) and which column index holds which field. */
export interface SheetLayout {
  headerRow: number;
  columns: { index: number; header: string; column: ImportColumn }[];
  /** The workbook counts date serials from 1904 (see `excelSerialDate`). */
  date1904?: boolean;
}

const requiredColumns = importColumns.filter((column) => column.required);

/**
 * Finds the header row among the first rows (a title line may come first) by the required headers,
 * matched by text whatever the order and spacing. Columns the import does not know are ignored.
 */
export function locateHeader(rows: readonly (readonly ImportCell[])[]): SheetLayout {
  for (let index = 0; index < Math.min(rows.length, HEADER_SEARCH_ROWS); index++) {
    const columns = (rows[index] ?? []).flatMap((cell, position) => {
      const header = cellText(cell);
      const column = header === undefined ? undefined : columnForHeader(header);
      return column && header !== undefined ? [{ index: position, header: header.trim(), column }] : [];
    });
    if (!requiredColumns.every((required) => columns.some((found) => found.column === required))) continue;
    const seen = new Map<ImportField, string>();
    for (const found of columns) {
      const earlier = seen.get(found.column.field);
      if (earlier !== undefined) {
        throw new ImportFileRejected(
          'duplicate-columns',
          `第 ${index + 1} 行表头中“${earlier}”和“${found.header}”是同一列（${found.column.header}），请只保留一列`,
        );
      }
      seen.set(found.column.field, found.header);
    }
    return { headerRow: index + 1, columns };
  }
  throw new ImportFileRejected(
    'missing-columns',
    `未找到表头：文件前 ${HEADER_SEARCH_ROWS} 行中须有一行包含 ${requiredColumns.map((column) => `“${column.header}”`).join('、')} 列；请下载导入模板对照填写`,
  );
}

/** One data row: its number as Excel shows it, and its cells by field. */
export interface DataRow {
  row: number;
  cells: Partial<Record<ImportField, ImportCell>>;
}

/**
 * Why a row below the header is not a person: `blank` (nothing in the columns the import reads),
 * `totals` (合计/总计/小计… lines), `footer` (制表人：…, 填报日期：…, 注：…), `header` (the header
 * repeated, as printed ledgers have it on every page).
 */
export type SkipReason = 'blank' | 'totals' | 'footer' | 'header';

/** A row left out of the import, with a Chinese note the job and its report can show. */
export interface SkippedRow {
  /** The row number as Excel shows it. */
  row: number;
  reason: SkipReason;
  note: string;
}

/**
 * A ledger as read: where its columns are, the data rows to import (in file order), and the rows
 * recognised as not being persons. Blank rows after the last data row (an empty table Excel still
 * counts as used) are not listed.
 */
export interface ParsedSheet {
  layout: SheetLayout;
  rows: DataRow[];
  skippedRows: SkippedRow[];
}

/** Reads the rows of a file: header, data rows, skipped rows, with the limits checked. */
export function parseSheet(rows: readonly (readonly ImportCell[])[], options: { date1904?: boolean } = {}): ParsedSheet {
  const located = locateHeader(rows);
  const layout: SheetLayout = options.date1904 ? { ...located, date1904: true } : located;
  const { data, skipped } = splitRows(rows, layout);
  checkRowCount(data);
  return { layout, rows: data, skippedRows: skipped };
}

/** The data rows below the header (blank, totals and footer rows left out), with the limits checked. */
export function dataRowsOf(rows: readonly (readonly ImportCell[])[], layout: SheetLayout): DataRow[] {
  const { data } = splitRows(rows, layout);
  checkRowCount(data);
  return data;
}

function checkRowCount(data: readonly DataRow[]): void {
  if (data.length === 0) throw new ImportFileRejected('no-rows', '文件中表头下没有数据行');
  if (data.length > MAX_IMPORT_ROWS) {
    throw new ImportFileRejected(
      'too-many-rows',
      `文件有 ${data.length} 行数据，超过每个文件 ${MAX_IMPORT_ROWS} 行的上限：请拆分成多个文件导入`,
    );
  }
}

function splitRows(rows: readonly (readonly ImportCell[])[], layout: SheetLayout): { data: DataRow[]; skipped: SkippedRow[] } {
  const data: DataRow[] = [];
  const skipped: SkippedRow[] = [];
  let blanks: SkippedRow[] = [];
  const headerCells = rows[layout.headerRow - 1] ?? [];
  for (let index = layout.headerRow; index < rows.length; index++) {
    const cells = rows[index] ?? [];
    const skip = skipOf(cells, layout, headerCells);
    if (skip?.reason === 'blank') {
      blanks.push({ row: index + 1, ...skip });
      continue;
    }
    // Blank rows count as skipped only when something follows them.
    skipped.push(...blanks);
    blanks = [];
    if (skip) skipped.push({ row: index + 1, ...skip });
    else {
      data.push({
        row: index + 1,
        cells: Object.fromEntries(layout.columns.map(({ index: position, column }) => [column.field, cells[position]])),
      });
    }
  }
  return { data, skipped };
}

const totalsPattern = /^(合计|总计|小计|共计|累计|总数|汇总|本页合计|本页小计|本月合计|合计人数|总人数)|^共\d+(人|户|名|条)/;
const footerPattern =
  /^(制表人?|填表人|填报人|填报单位|审核人?|审批人?|负责人|单位负责人|统计人|经办人|制表日期|填表日期|填报日期|报送日期|统计日期|注|备注|说明)[:：]/;

function holdsDigits(text: string | undefined): boolean {
  return text !== undefined && (/\d{15}/.test(text) || /\d{15}/.test(halfWidth(text).replace(/\s+/g, '')));
}

function shorten(text: string): string {
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}

function skipOf(
  cells: readonly ImportCell[],
  layout: SheetLayout,
  headerCells: readonly ImportCell[],
): Omit<SkippedRow, 'row'> | undefined {
  const idIndex = layout.columns.find(({ column }) => column.field === 'citizenId')?.index ?? -1;
  const idCell = cells[idIndex];
  // A row that holds a citizen ID is a person's, whatever else it says (nearly every row: decided first).
  if (typeof idCell === 'number' ? Math.abs(idCell) >= 1e14 : holdsDigits(cellText(idCell))) return undefined;
  const texts = cells.flatMap((cell) => cellText(cell) ?? []);
  if (texts.length === 0) return { reason: 'blank', note: '空行' };
  const compact = texts.map((text) => halfWidth(text).replace(/\s+/g, ''));
  const line = shorten(texts.join(' '));
  if (compact.some((text) => totalsPattern.test(text))) return { reason: 'totals', note: `合计行“${line}”` };
  if (footerPattern.test(compact[0] ?? '')) return { reason: 'footer', note: `表尾说明“${line}”` };
  const known = layout.columns.map(({ index, header }) => ({ text: cellText(cells[index]), header }));
  if (known.every(({ text, header }) => text !== undefined && normaliseHeader(text) === normaliseHeader(header))) {
    return { reason: 'header', note: '重复的表头' };
  }
  if (known.every(({ text }) => text === undefined)) {
    const others = cells.flatMap((cell, position) =>
      cellText(cell) === undefined ? [] : [`“${cellText(headerCells[position]) ?? `第 ${position + 1} 列`}”`],
    );
    return { reason: 'blank', note: `没有要导入的内容（只填了${[...new Set(others)].join('、')}）` };
  }
  return undefined;
}

const skipLabels: Record<SkipReason, string> = {
  totals: '合计行',
  footer: '表尾说明',
  header: '重复的表头',
  blank: '空行',
};

/**
 * One Chinese line for the job and its report: `跳过 3 行：合计行 1 行（第 75 行）；空行 2 行（第 10、20 行）`,
 * at most ten row numbers per kind. Undefined when nothing was skipped.
 */
export function skippedNote(skipped: readonly SkippedRow[]): string | undefined {
  if (skipped.length === 0) return undefined;
  const parts = (Object.keys(skipLabels) as SkipReason[]).flatMap((reason) => {
    const rows = skipped.filter((entry) => entry.reason === reason).map((entry) => entry.row);
    if (rows.length === 0) return [];
    const listed = rows.slice(0, 10).join('、') + (rows.length > 10 ? ' 等' : '');
    return [`${skipLabels[reason]} ${rows.length} 行（第 ${listed} 行）`];
  });
  return `跳过 ${skipped.length} 行：${parts.join('；')}`;
}

/** What a valid row registers: the shape of the person schema's input. */
export interface PersonInput {
  name: string;
  citizenId: string;
  phone?: string | undefined;
  residence: 'registered' | 'migrant';
  migrant?: { origin: string; arrivalDate: string } | undefined;
  area: string;
  building?: string | undefined;
  room?: string | undefined;
}

export interface GroupInput {
  group: GroupName;
  /** Only the attributes the row fills; the store merges them over a membership's current ones. */
  attributes: Record<string, unknown>;
}

/** A row ready to apply; `provided` lists the fields it fills (empty cells leave stored values alone). */
export interface ImportRowInput {
  row: number;
  person: PersonInput;
  groups: GroupInput[];
  provided: ReadonlySet<ImportField>;
}

/** The one error reported for a bad row. */
export interface RowError {
  row: number;
  field: ImportField;
  /** The column as the uploaded file names it (the template's name when the file lacks the column). */
  column: string;
  value: string;
  message: string;
}

export type RowReading = { ok: true; input: ImportRowInput } | { ok: false; error: RowError };

/** Validation the store supplies, so the rules stay where the API declares them (one schema per thing). */
export interface RowValidators {
  /** The registration body schema; its issue paths name person fields. */
  person: z.ZodType<PersonInput>;
  /** A group's attribute schema and its extra rules. */
  groupAttributes: (group: GroupName) => z.ZodType;
}

/**
 * Which row fields fill each group's attributes (`attributes`: attribute path → column, `guardian.name`
 * for a nested one) and how else the 特殊群体 column names it (`aliases`). Every group can be imported.
 */
export const importableGroups: Partial<Record<GroupName, GroupColumns>> = groupColumns;

const labelKey = (text: string) => halfWidth(text).replace(/\s+/g, '').toLowerCase();

const groupByLabel = new Map<string, GroupName>(
  groupNames.flatMap((group) =>
    [groupDefinitions[group].label, ...groupColumns[group].aliases, group].map((label) => [labelKey(label), group] as const),
  ),
);
const importableLabels = groupNames.map((group) => groupDefinitions[group].label).join('、');

const residenceColumn = columnOf('residence');

/** `2023/5/1`, `2023.05.01`, `2023年5月1日`, `20230501`, an Excel serial → `2023-05-01`; other text is returned as it is. */
export function normaliseDate(text: string): string {
  const reading = readDate(text, '日期');
  return reading?.ok ? reading.date : text;
}

/** `3`, `03`, `第3网格`, `350203006029-03` → the grid's area code; undefined when it is not one of this community. */
function gridAreaOf(text: string, community: string): string | undefined {
  const full = /^(\d{12})-(\d{2})$/.exec(text);
  if (full) return full[1] === community ? text : undefined;
  const number = /^第?(\d{1,2})(号?网格)?$/.exec(text);
  if (!number || Number(number[1]) === 0) return undefined;
  return `${community}-${String(Number(number[1])).padStart(2, '0')}`;
}

type Problem = { field: ImportField; message: string };

/**
 * Reads one data row of a community's ledger: cell texts become a registration and group memberships,
 * validated by the API's own schemas. A bad row yields its first failing field (leftmost in the file)
 * with a Chinese message; other failing fields of the row are named at the end of that message.
 */
export function readRow(data: DataRow, community: string, layout: SheetLayout, validators: RowValidators): RowReading {
  const text = (field: ImportField) => cellText(data.cells[field]);
  const problems: Problem[] = [];
  const problem = (field: ImportField, message: string) => problems.push({ field, message });

  const lostDigits = storedAsNumberProblem(data.cells.citizenId, '公民身份号码');
  if (lostDigits) problem('citizenId', lostDigits);
  const residenceText = text('residence');
  const residence = residenceText === undefined ? undefined : choiceOf(residenceColumn, residenceText)?.value;
  if (residenceText === undefined) problem('residence', '请填写户籍类型：户籍 或 流动');
  else if (residence !== 'registered' && residence !== 'migrant')
    problem('residence', `户籍类型须为“户籍”或“流动”，不能是“${residenceText}”`);

  const gridText = text('grid');
  const area = gridText === undefined ? community : gridAreaOf(gridText, community);
  if (area === undefined) problem('grid', `网格号须为本社区的网格序号（如 03）或代码（如 ${community}-03）`);

  const origin = text('origin');
  const arrival = readDate(data.cells.arrivalDate, headerIn(layout, 'arrivalDate'), { date1904: layout.date1904 === true });
  if (arrival && !arrival.ok) problem('arrivalDate', arrival.message);
  const isMigrant = residence === 'migrant';
  if (isMigrant && origin === undefined && arrival !== undefined) problem('origin', '流动人口须填写流出地');
  if (isMigrant && origin !== undefined && arrival === undefined) problem('arrivalDate', '流动人口须填写来本地日期');
  const person = {
    name: text('name') ?? '',
    citizenId: text('citizenId') ?? '',
    ...(text('phone') !== undefined ? { phone: text('phone') } : {}),
    residence: isMigrant ? 'migrant' : 'registered',
    // A 户籍 row's origin columns are ignored; a 流动 row must fill both (the schema says so).
    ...(isMigrant && (origin !== undefined || arrival !== undefined)
      ? { migrant: { origin: origin ?? '', arrivalDate: arrival?.ok ? arrival.date : '' } }
      : {}),
    area: area ?? community,
    ...(text('building') !== undefined ? { building: text('building') } : {}),
    ...(text('room') !== undefined ? { room: text('room') } : {}),
  };
  const parsedPerson = validators.person.safeParse(person);
  if (!parsedPerson.success) {
    for (const issue of parsedPerson.error.issues) problem(personField(issue.path, origin), issue.message);
  }

  const groups = readGroups(data, layout, problems, validators);

  const order = new Map(layout.columns.map(({ index, column }) => [column.field, index]));
  const position = (field: ImportField) => order.get(field) ?? Number.MAX_SAFE_INTEGER;
  // The first message per field is the most specific one (the cell checks above run before the schemas).
  const byField = new Map<ImportField, Problem>();
  for (const entry of problems) if (!byField.has(entry.field)) byField.set(entry.field, entry);
  const sorted = [...byField.values()].sort(
    (a, b) =>
      position(a.field) - position(b.field) ||
      importColumns.indexOf(columnOf(a.field)) - importColumns.indexOf(columnOf(b.field)),
  );
  const first = sorted[0];
  if (first) {
    const others = sorted.slice(1).map((entry) => headerIn(layout, entry.field));
    return {
      ok: false,
      error: {
        row: data.row,
        field: first.field,
        column: headerIn(layout, first.field),
        value: text(first.field) ?? '',
        message: others.length > 0 ? `${first.message}（本行另有问题的列：${others.join('、')}）` : first.message,
      },
    };
  }
  // Only the file's own columns can be filled.
  const provided = new Set(layout.columns.flatMap(({ column }) => (text(column.field) === undefined ? [] : [column.field])));
  return { ok: true, input: { row: data.row, person: parsedPerson.data as PersonInput, groups, provided } };
}

/**
 * The groups a row names (the 特殊群体 list, a group's 是 column, or for 残疾人 its own columns filled)
 * with the attributes its columns give. 否 in a group's column leaves the group out (and never takes a
 * member out of it). Problems are reported at the column they concern.
 */
function readGroups(data: DataRow, layout: SheetLayout, problems: Problem[], validators: RowValidators): GroupInput[] {
  const text = (field: ImportField) => cellText(data.cells[field]);
  const problem = (field: ImportField, message: string) => problems.push({ field, message });
  const listed = new Set<GroupName>();
  const groupList = text('groups');
  for (const label of groupList === undefined ? [] : groupList.split(/[、，,;；/\s]+/).filter(Boolean)) {
    const group = groupByLabel.get(labelKey(label));
    if (group) listed.add(group);
    else problem('groups', `特殊群体“${label}”无法识别：可填写 ${importableLabels}`);
  }

  const groups: GroupInput[] = [];
  for (const group of groupNames) {
    const spec = groupColumns[group];
    const implied = (spec.impliedBy ?? []).some((field) => text(field) !== undefined);
    // Most rows name no group at all: nothing more to look at.
    if (!implied && !listed.has(group) && cellText(data.cells[spec.flag]) === undefined) continue;
    const label = groupDefinitions[group].label;
    const mark = yesNo(data.cells[spec.flag]);
    if (mark === 'invalid') {
      problem(spec.flag, `“${headerIn(layout, spec.flag)}”列须填“是”或“否”（也可留空），不能是“${text(spec.flag)}”`);
      continue;
    }
    if (mark === 'no') {
      if (listed.has(group)) {
        problem(spec.flag, `“特殊群体”列写了${label}，“${headerIn(layout, spec.flag)}”列却填了否：请改成一致`);
      }
      continue;
    }
    if (mark !== 'yes' && !listed.has(group) && !implied) continue;

    const attributes: Record<string, unknown> = {};
    const failed = new Set<ImportField>();
    for (const [path, field] of Object.entries(spec.attributes)) {
      const reading = readAttribute(columnOf(field), headerIn(layout, field), data.cells[field], layout);
      if (reading === undefined) continue;
      if ('problem' in reading) {
        problem(field, reading.problem);
        failed.add(field);
      } else setPath(attributes, path, reading.value);
    }
    const parsed = validators.groupAttributes(group).safeParse(attributes);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.map(String);
        // Left blank, the person's own household is filled in by the store.
        if (spec.ownHousehold && path[0] === spec.ownHousehold && attributes[spec.ownHousehold] === undefined) continue;
        const field = fieldOfPath(spec, path) ?? spec.flag;
        if (failed.has(field)) continue;
        // Cross-field rules assume well-formed values: they speak only once every cell read cleanly.
        if (issue.code === 'custom' && failed.size > 0) continue;
        const column = columnOf(field);
        const missing = issue.code !== 'custom' && field !== spec.flag && text(field) === undefined;
        const choices = choiceLabels(column.read);
        problem(
          field,
          missing
            ? `${label}须填写${headerIn(layout, field)}${choices.length > 0 ? `：${choices.join('、')}` : ''}`
            : issue.message,
        );
      }
    }
    // The attributes as the row gives them (the schema's defaults are not applied, so they never overwrite).
    groups.push({ group, attributes });
  }
  return groups;
}

/**
 * The column a refusal of the store concerns, when it names a group attribute (`attributes.householdId`,
 * `attributes.guardian.phone`) of one of the row's groups: that attribute's column; otherwise the 是/否
 * column of the row's only group, or 特殊群体 when it had several.
 */
export function fieldOfGroupProblem(problemField: string, groups: readonly GroupName[]): ImportField {
  const path = problemField.replace(/^attributes\./, '').split('.');
  for (const group of groups) {
    const field = problemField.startsWith('attributes.') ? fieldOfPath(groupColumns[group], path) : undefined;
    if (field) return field;
  }
  const [only] = groups;
  return groups.length === 1 && only ? groupColumns[only].flag : 'groups';
}

/** The column an attribute issue concerns: its own, else the first column of the nested attribute it is in. */
function fieldOfPath(spec: GroupColumns, path: readonly string[]): ImportField | undefined {
  const exact = spec.attributes[path.join('.')] ?? spec.attributes[path[0] ?? ''];
  if (exact) return exact;
  const prefix = `${path[0]}.`;
  return Object.entries(spec.attributes).find(([attribute]) => attribute.startsWith(prefix))?.[1];
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const [head = '', ...rest] = path.split('.');
  if (rest.length === 0) {
    target[head] = value;
    return;
  }
  const inner = (target[head] ?? {}) as Record<string, unknown>;
  target[head] = inner;
  setPath(inner, rest.join('.'), value);
}

const choiceKey = (text: string) => halfWidth(text).replace(/\s+/g, '').toUpperCase();

/** Each choice column's choices by every name they go by, built on first use. */
const choicesByName = new Map<ImportField, Map<string, Choice>>();

function choiceOf(column: ImportColumn, text: string): Choice | undefined {
  let byName = choicesByName.get(column.field);
  if (!byName) {
    const read = column.read;
    const choices = read?.kind === 'choice' || read?.kind === 'list' ? (read.choices ?? []) : [];
    byName = new Map();
    for (const choice of choices) {
      for (const name of [choice.label, String(choice.value), ...(choice.aliases ?? [])]) {
        if (!byName.has(choiceKey(name))) byName.set(choiceKey(name), choice);
      }
    }
    choicesByName.set(column.field, byName);
  }
  return byName.get(choiceKey(text));
}

const chineseCounts: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** One attribute cell as the schema takes it, or why it cannot be read; undefined when empty. */
function readAttribute(
  column: ImportColumn,
  header: string,
  cell: ImportCell,
  layout: SheetLayout,
): { value: unknown } | { problem: string } | undefined {
  const read = column.read ?? { kind: 'text' };
  if (read.kind === 'date') {
    const reading = readDate(cell, header, { date1904: layout.date1904 === true });
    if (reading === undefined) return undefined;
    return reading.ok ? { value: reading.date } : { problem: reading.message };
  }
  const shown = cellText(cell);
  if (shown === undefined) return undefined;
  switch (read.kind) {
    case 'code': {
      const lost = storedAsNumberProblem(cell, header);
      return lost ? { problem: lost } : { value: shown };
    }
    case 'yes-no': {
      const mark = yesNo(cell);
      return mark === 'invalid' ? { problem: `${header}须填“是”或“否”，不能是“${shown}”` } : { value: mark === 'yes' };
    }
    case 'count': {
      const bare = halfWidth(shown)
        .replace(/\s+/g, '')
        .replace(/(人|个|名)$/, '');
      const count = /^\d+$/.test(bare) ? Number(bare) : chineseCounts[bare];
      return count === undefined ? { problem: `${header}须为整数，如 2，不能是“${shown}”` } : { value: count };
    }
    case 'choice': {
      const choice = choiceOf(column, shown);
      if (choice) return { value: choice.value };
      // A number the choices do not list (残疾等级 5) goes to the schema, which says what range it allows.
      if (/^\d+$/.test(halfWidth(shown)) && read.choices.every((option) => typeof option.value === 'number')) {
        return { value: Number(halfWidth(shown)) };
      }
      return { problem: `${header}须为：${choiceLabels(read).join('、')}，不能是“${shown}”` };
    }
    case 'list': {
      const parts = shown.split(/[、，,;；/\s]+/).filter(Boolean);
      if (!read.choices) return { value: [...new Set(parts)] };
      const values: unknown[] = [];
      for (const part of parts) {
        const choice = choiceOf(column, part);
        if (!choice) return { problem: `${header}中的“${part}”不是可选值：可填写 ${choiceLabels(read).join('、')}` };
        values.push(choice.value);
      }
      return { value: [...new Set(values)] };
    }
    default:
      return { value: shown };
  }
}

function personField(path: readonly PropertyKey[], origin: string | undefined): ImportField {
  const [head, detail] = path.map(String);
  if (head === 'migrant') {
    if (detail === 'arrivalDate') return 'arrivalDate';
    if (detail === 'origin') return 'origin';
    return origin === undefined ? 'origin' : 'arrivalDate';
  }
  if (head === 'area') return 'grid';
  const known: readonly string[] = ['name', 'citizenId', 'phone', 'residence', 'building', 'room'];
  return (known.includes(head ?? '') ? head : 'name') as ImportField;
}

/** Headers by field, per layout: a file's rows are read many thousand times against the same layout. */
const headersOf = new WeakMap<SheetLayout, Map<ImportField, string>>();

function headerIn(layout: SheetLayout, field: ImportField): string {
  let headers = headersOf.get(layout);
  if (!headers) {
    headers = new Map(layout.columns.map(({ column, header }) => [column.field, header]));
    headersOf.set(layout, headers);
  }
  return headers.get(field) ?? columnOf(field).header;
}

/** Normalised citizen IDs as the registry compares them. */
function idKey(data: DataRow): string | undefined {
  return cellText(data.cells.citizenId)?.toUpperCase();
}

/** For each row whose citizen ID appeared on an earlier row of the file, that earlier row's number. */
export function duplicateRows(rows: readonly DataRow[]): Map<number, number> {
  const firstRow = new Map<string, number>();
  const duplicates = new Map<number, number>();
  for (const data of rows) {
    const id = idKey(data);
    if (id === undefined) continue;
    const earlier = firstRow.get(id);
    if (earlier === undefined) firstRow.set(id, data.row);
    else duplicates.set(data.row, earlier);
  }
  return duplicates;
}

export function duplicateError(data: DataRow, layout: SheetLayout, firstRow: number): RowError {
  return {
    row: data.row,
    field: 'citizenId',
    column: headerIn(layout, 'citizenId'),
    value: cellText(data.cells.citizenId) ?? '',
    message: `与第 ${firstRow} 行的公民身份号码重复：同一人只能出现一次`,
  };
}

/** A registered person's details as the import compares them (phone decrypted by the store). */
export interface StoredDetails {
  name: string;
  phone?: string | undefined;
  residence: 'registered' | 'migrant';
  migrant?: { origin: string; arrivalDate: string } | undefined;
  area: string;
  building?: string | undefined;
  room?: string | undefined;
}

export interface PersonChanges {
  /** Detail fields the row changes; empty when it changes none. */
  patch: PersonDetailsPatch;
  /** The new area when the row names another grid of the community. */
  area?: string;
}

/**
 * What applying a row to an already registered person changes. Only fields the row fills count, so a
 * ledger without phone numbers never erases the ones on record.
 */
export function personChanges(current: StoredDetails, input: ImportRowInput): PersonChanges {
  const { person, provided } = input;
  const patch: PersonDetailsPatch = {};
  if (person.name !== current.name) patch.name = person.name;
  if (provided.has('phone') && person.phone !== current.phone) patch.phone = person.phone ?? null;
  if (person.residence !== current.residence) patch.residence = person.residence;
  const sameMigrant =
    person.migrant?.origin === current.migrant?.origin && person.migrant?.arrivalDate === current.migrant?.arrivalDate;
  if (person.migrant && !sameMigrant) patch.migrant = person.migrant;
  if (provided.has('building') && person.building !== current.building) patch.building = person.building ?? null;
  if (provided.has('room') && person.room !== current.room) patch.room = person.room ?? null;
  const moves = provided.has('grid') && person.area !== current.area;
  return { patch, ...(moves ? { area: person.area } : {}) };
}

export function hasChanges(changes: PersonChanges): boolean {
  return Object.keys(changes.patch).length > 0 || changes.area !== undefined;
}

export type RowOutcome = 'created' | 'updated' | 'unchanged' | 'failed';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  failedRows: number;
}

export function tally(counts: ImportCounts, outcomes: readonly RowOutcome[]): ImportCounts {
  const next = { ...counts };
  for (const outcome of outcomes) {
    if (outcome === 'failed') next.failedRows++;
    else next[outcome]++;
  }
  return next;
}

/**
 * Who writes an import's changes in the audit trail and on records: the uploader, through this job. The
 * job id in it lets a resumed job tell its own earlier writes from changes made by anyone else.
 */
export function importActor(subject: string, importId: string): string {
  return `${subject} (import ${importId})`;
}

/** Error items sort by row: `ROWERR#000042`. */
export function rowErrorKey(row: number): string {
  return `ROWERR#${String(row).padStart(6, '0')}`;
}
