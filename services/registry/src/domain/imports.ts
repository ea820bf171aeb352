import { defineEvent } from '@shequ/contracts';
import { z } from 'zod';
import { disabilityCategories, type GroupName, groupDefinitions } from './groups.ts';
import { columnForHeader, columnOf, type ImportColumn, type ImportField, importColumns } from './import-columns.ts';
import type { PersonDetailsPatch } from './persons.ts';

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

/** What a spreadsheet cell holds once read (the shape `@shequ/sheets` returns). */
export type ImportCell = string | number | boolean | Date | null | undefined;

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

/** The data rows below the header, blank rows left out, with the limits checked. */
export function dataRowsOf(rows: readonly (readonly ImportCell[])[], layout: SheetLayout): DataRow[] {
  const data: DataRow[] = [];
  for (let index = layout.headerRow; index < rows.length; index++) {
    const cells = rows[index] ?? [];
    if (cells.every((cell) => cellText(cell) === undefined)) continue;
    data.push({
      row: index + 1,
      cells: Object.fromEntries(layout.columns.map(({ index: position, column }) => [column.field, cells[position]])),
    });
  }
  if (data.length === 0) throw new ImportFileRejected('no-rows', '文件中表头下没有数据行');
  if (data.length > MAX_IMPORT_ROWS) {
    throw new ImportFileRejected(
      'too-many-rows',
      `文件有 ${data.length} 行数据，超过每个文件 ${MAX_IMPORT_ROWS} 行的上限：请拆分成多个文件导入`,
    );
  }
  return data;
}

/** A cell as trimmed text, undefined when empty; Excel dates become YYYY-MM-DD, whole numbers their digits. */
export function cellText(cell: ImportCell): string | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : cell.toISOString().slice(0, 10);
  const text = typeof cell === 'number' && Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
  const trimmed = text.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  return trimmed === '' ? undefined : trimmed;
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
 * Which row fields fill each importable group's attributes. Only groups whose required attributes the
 * template carries can be imported.
 */
export const importableGroups: Partial<
  Record<GroupName, { aliases: readonly string[]; attributes: Record<string, ImportField> }>
> = {
  disabled: {
    aliases: ['残疾', '残疾人员'],
    attributes: { category: 'disabilityCategory', grade: 'disabilityGrade', certificateNumber: 'certificateNumber' },
  },
  'living-alone': { aliases: ['独居', '独居老年人'], attributes: {} },
};

const groupByLabel = new Map<string, GroupName>(
  (Object.entries(importableGroups) as [GroupName, { aliases: readonly string[] }][]).flatMap(([group, spec]) =>
    [groupDefinitions[group].label, ...spec.aliases, group].map((label) => [label, group] as const),
  ),
);
const importableLabels = Object.keys(importableGroups)
  .map((group) => groupDefinitions[group as GroupName].label)
  .join('、');

const residenceByText: Record<string, PersonInput['residence']> = {
  户籍: 'registered',
  户籍人口: 'registered',
  本地: 'registered',
  常住户籍: 'registered',
  流动: 'migrant',
  流动人口: 'migrant',
  外来: 'migrant',
  外来人口: 'migrant',
};

const chineseNumerals: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** `二级`, `2级`, `2`, `II` → 2; anything else stays text, for the schema to refuse in its own words. */
function gradeOf(text: string): number | string {
  const bare = text.replace(/级$/, '').replace(/^第/, '');
  if (/^\d+$/.test(bare)) return Number(bare);
  if (bare.length === 1 && chineseNumerals[bare] !== undefined) return chineseNumerals[bare];
  const roman = ['I', 'II', 'III', 'IV'].indexOf(bare.toUpperCase());
  return roman >= 0 ? roman + 1 : text;
}

const categoryByText = new Map<string, string>(
  Object.entries(disabilityCategories).flatMap(([code, { label }]) => [
    [code, code],
    [label, code],
    [label.replace(/残疾$/, ''), code],
  ]),
);
const categoryLabels = Object.values(disabilityCategories)
  .map(({ label }) => label.replace(/残疾$/, ''))
  .join('、');

/** `2023/5/1`, `2023.05.01`, `2023年5月1日`, `20230501` → `2023-05-01`; other text is returned as it is. */
export function normaliseDate(text: string): string {
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!match) return text;
  const [, year, month, day] = match;
  return `${year}-${month?.padStart(2, '0')}-${day?.padStart(2, '0')}`;
}

/** `3`, `03`, `第3网格`, `350203006029-03` → the grid's area code; undefined when it is not one of this community. */
function gridAreaOf(text: string, community: string): string | undefined {
  const full = /^(\d{12})-(\d{2})$/.exec(text);
  if (full) return full[1] === community ? text : undefined;
  const number = /^第?(\d{1,2})(号?网格)?$/.exec(text);
  if (!number || Number(number[1]) === 0) return undefined;
  return `${community}-${String(Number(number[1])).padStart(2, '0')}`;
}

/**
 * Reads one data row of a community's ledger: cell texts become a registration and group memberships,
 * validated by the API's own schemas. A bad row yields its first failing field (leftmost in the file)
 * with a Chinese message; other failing fields of the row are named at the end of that message.
 */
export function readRow(data: DataRow, community: string, layout: SheetLayout, validators: RowValidators): RowReading {
  const text = (field: ImportField) => cellText(data.cells[field]);
  const problems: { field: ImportField; message: string }[] = [];
  const problem = (field: ImportField, message: string) => problems.push({ field, message });

  if (typeof data.cells.citizenId === 'number') {
    problem('citizenId', '公民身份号码被 Excel 存成了数字，末几位已丢失：请把该列设为“文本”格式后重新填写号码');
  }
  const residenceText = text('residence');
  const residence = residenceText === undefined ? undefined : residenceByText[residenceText];
  if (residenceText === undefined) problem('residence', '请填写户籍类型：户籍 或 流动');
  else if (!residence) problem('residence', `户籍类型须为“户籍”或“流动”，不能是“${residenceText}”`);

  const gridText = text('grid');
  const area = gridText === undefined ? community : gridAreaOf(gridText, community);
  if (area === undefined) problem('grid', `网格号须为本社区的网格序号（如 03）或代码（如 ${community}-03）`);

  const origin = text('origin');
  const arrivalText = text('arrivalDate');
  if (residence === 'migrant' && origin === undefined && arrivalText !== undefined) problem('origin', '流动人口须填写流出地');
  if (residence === 'migrant' && origin !== undefined && arrivalText === undefined)
    problem('arrivalDate', '流动人口须填写来本地日期');
  const person = {
    name: text('name') ?? '',
    citizenId: text('citizenId') ?? '',
    ...(text('phone') !== undefined ? { phone: text('phone') } : {}),
    residence: residence ?? 'registered',
    // A 户籍 row's origin columns are ignored; a 流动 row must fill both (the schema says so).
    ...(residence === 'migrant' && (origin !== undefined || arrivalText !== undefined)
      ? { migrant: { origin: origin ?? '', arrivalDate: arrivalText === undefined ? '' : normaliseDate(arrivalText) } }
      : {}),
    area: area ?? community,
    ...(text('building') !== undefined ? { building: text('building') } : {}),
    ...(text('room') !== undefined ? { room: text('room') } : {}),
  };
  const parsedPerson = validators.person.safeParse(person);
  if (!parsedPerson.success) {
    for (const issue of parsedPerson.error.issues) problem(personField(issue.path, origin), issue.message);
  }

  const groups = readGroups(text, problems, validators);

  const order = new Map(layout.columns.map(({ index, column }) => [column.field, index]));
  const position = (field: ImportField) => order.get(field) ?? Number.MAX_SAFE_INTEGER;
  // The first message per field is the most specific one (the cell checks above run before the schemas).
  const byField = new Map<ImportField, { field: ImportField; message: string }>();
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
  const provided = new Set(importColumns.map((column) => column.field).filter((field) => text(field) !== undefined));
  return { ok: true, input: { row: data.row, person: parsedPerson.data as PersonInput, groups, provided } };
}

function readGroups(
  text: (field: ImportField) => string | undefined,
  problems: { field: ImportField; message: string }[],
  validators: RowValidators,
): GroupInput[] {
  const problem = (field: ImportField, message: string) => problems.push({ field, message });
  const names = new Set<GroupName>();
  for (const label of (text('groups') ?? '').split(/[、，,;；/\s]+/).filter(Boolean)) {
    const group = groupByLabel.get(label);
    if (group) names.add(group);
    else problem('groups', `特殊群体“${label}”不能通过导入登记：可填写 ${importableLabels}`);
  }
  const disabledFields = Object.values(importableGroups.disabled?.attributes ?? {});
  if (disabledFields.some((field) => text(field) !== undefined)) names.add('disabled');

  const groups: GroupInput[] = [];
  for (const group of names) {
    const mapping = importableGroups[group]?.attributes ?? {};
    const attributes: Record<string, unknown> = {};
    for (const [attribute, field] of Object.entries(mapping)) {
      const value = text(field);
      if (value !== undefined) attributes[attribute] = value;
    }
    const problemsBefore = problems.length;
    if (group === 'disabled') {
      const category = text('disabilityCategory');
      if (category === undefined) problem('disabilityCategory', `残疾人须填写残疾类别：${categoryLabels}`);
      else if (!categoryByText.has(category))
        problem('disabilityCategory', `残疾类别须为：${categoryLabels}，不能是“${category}”`);
      else attributes.category = categoryByText.get(category);
      const grade = text('disabilityGrade');
      if (grade === undefined) problem('disabilityGrade', '残疾人须填写残疾等级：1–4（一级最重）');
      else attributes.grade = gradeOf(grade);
      if (text('certificateNumber') === undefined) problem('certificateNumber', '残疾人须填写残疾证号');
    }
    // The schema's cross-field rules assume well-formed values: run it only on what the cells gave cleanly.
    const parsed = problems.length === problemsBefore ? validators.groupAttributes(group).safeParse(attributes) : undefined;
    if (parsed && !parsed.success) {
      for (const issue of parsed.error.issues) {
        problem(mapping[String(issue.path[0] ?? '')] ?? 'groups', issue.message);
      }
    }
    // The attributes as the row gives them (the schema's defaults are not applied, so they never overwrite).
    groups.push({ group, attributes });
  }
  return groups;
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

function headerIn(layout: SheetLayout, field: ImportField): string {
  return layout.columns.find(({ column }) => column.field === field)?.header ?? columnOf(field).header;
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
