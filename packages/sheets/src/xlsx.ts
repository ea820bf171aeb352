import ExcelJS from 'exceljs';
import { SheetFormatError } from './errors.ts';

/** What a cell holds once read: text, a number, a yes/no, a date (Excel date cells), or nothing. */
export type Cell = string | number | boolean | Date | null;

export interface SheetColumn {
  /** Header text in the first row of the table (Chinese for the people who open the file). */
  header: string;
  /** Property of each row object that fills this column. */
  key: string;
  /** Width in characters; defaults to one that fits the header. */
  width?: number;
  /**
   * Cells of the column are formatted as text (`@`), so what is typed stays as typed: an 18-digit ID
   * is not turned into a number that keeps only 15 digits.
   */
  text?: boolean;
  /** Values offered in a drop-down on the data rows (other values are still accepted, with a warning). */
  choices?: readonly string[];
  /** A note on the header cell, shown when the pointer rests on it. */
  note?: string;
}

export interface SheetSpec {
  sheetName: string;
  /** Optional line above the table (e.g. `鹭江街道小学社区 人员名单 2024-05-01`), merged across the columns. */
  title?: string;
  /**
   * Lines between the title and the header (reporting unit, period, unit of measure), one cell per column;
   * none by default.
   */
  above?: readonly (readonly Cell[])[];
  columns: readonly SheetColumn[];
  rows: readonly Record<string, Cell | undefined>[];
  /** Data rows that column formats and drop-downs cover, for a template people fill in; the rows given by default. */
  inputRows?: number;
  /** Lines after the rows (compiled by, compiled on), one cell per column; none by default. */
  below?: readonly (readonly Cell[])[];
}

export interface WorkbookSpec extends SheetSpec {
  /** Further sheets after the first (an explanation sheet, a totals sheet…). */
  moreSheets?: readonly SheetSpec[];
}

/**
 * Writes an .xlsx file: per sheet an optional title line and lines above the table, a bold header row kept
 * in view while scrolling, one row per object, then optional lines below the table. Strings are written as text, never as formulas, so a value that starts with
 * `=` cannot run anything when the file is opened.
 */
export async function writeWorkbook(spec: WorkbookSpec): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheetSpec of [spec, ...(spec.moreSheets ?? [])]) addSheet(workbook, sheetSpec);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): void {
  const sheet = workbook.addWorksheet(spec.sheetName);
  if (spec.title) {
    const titleRow = sheet.addRow([spec.title]);
    titleRow.font = { bold: true, size: 14 };
    if (spec.columns.length > 1) sheet.mergeCells(1, 1, 1, spec.columns.length);
  }
  for (const line of spec.above ?? []) sheet.addRow([...line]);
  const header = sheet.addRow(spec.columns.map((column) => column.header));
  header.font = { bold: true };
  spec.columns.forEach((column, index) => {
    // CJK characters take about two character widths in Excel's default font.
    sheet.getColumn(index + 1).width = column.width ?? Math.max(10, column.header.length * 2 + 2);
  });
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  const first = header.number + 1;
  const last = header.number + Math.max(spec.rows.length, spec.inputRows ?? 0);
  const validations = (sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } })
    .dataValidations;
  spec.columns.forEach((column, index) => {
    const cells = sheet.getColumn(index + 1);
    // The column's style is what Excel gives cells typed later; the cells written now get it too.
    if (column.text) cells.numFmt = '@';
    if (column.note) header.getCell(index + 1).note = column.note;
    if (column.choices && column.choices.length > 0 && last >= first) {
      validations.add(`${cells.letter}${first}:${cells.letter}${last}`, {
        type: 'list',
        allowBlank: true,
        // An inline list is a quoted, comma-separated string of at most 255 characters.
        formulae: [`"${column.choices.join(',').slice(0, 253)}"`],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: column.header,
        error: `可选：${column.choices.join('、')}`,
      });
    }
  });
  for (const row of spec.rows) sheet.addRow(spec.columns.map((column) => row[column.key] ?? null));
  for (const line of spec.below ?? []) sheet.addRow([...line]);
}

export interface ReadOptions {
  /** Sheet name, or 1-based position; the first sheet by default. */
  sheet?: string | number;
}

/** One sheet as read, with what it takes to read its numbers right. */
export interface SheetRead {
  /** Row `i` is spreadsheet row `i + 1`, as `readWorkbook` returns them. */
  rows: Cell[][];
  /**
   * The workbook counts dates from 1904 (old Mac Excel): a date serial in a General cell is then 1,462
   * days later than in the usual 1900 system. Cells formatted as dates are already converted.
   */
  date1904: boolean;
}

/**
 * Reads one sheet of an .xlsx file as rows of plain cells. Row `i` of the result is spreadsheet row
 * `i + 1` (empty rows stay as empty arrays), so an importer can report errors by the row number people see.
 * Rich text becomes its text, formulas their last computed result, hyperlinks their text; trailing
 * empty cells are dropped, and a merged range counts once, in its top-left cell.
 */
export async function readWorkbook(content: Buffer | Uint8Array, options: ReadOptions = {}): Promise<Cell[][]> {
  return (await readSheet(content, options)).rows;
}

/**
 * `readWorkbook`, and the workbook's date system. A number formatted as a date becomes a `Date` (at
 * midnight UTC of the day it shows); a date serial in a General cell, or in one of the Chinese built-in
 * date formats (number formats 27–36 and 50–58, which the reader does not know), stays a number: the
 * caller, which knows the column holds dates, converts it.
 */
export async function readSheet(content: Buffer | Uint8Array, options: ReadOptions = {}): Promise<SheetRead> {
  const workbook = new ExcelJS.Workbook();
  try {
    // Drop-downs and conditional formats mean nothing to a reader, and ExcelJS expands a drop-down over
    // a range into one entry per cell: a template's 20,000-row lists would take seconds to load.
    await workbook.xlsx.load(content as unknown as ExcelJS.Buffer, {
      ignoreNodes: ['dataValidations', 'conditionalFormatting', 'extLst'],
    });
  } catch {
    throw new SheetFormatError('文件不是有效的 Excel（.xlsx）文件，请另存为 .xlsx 后重新上传');
  }
  const sheet = workbook.getWorksheet(options.sheet ?? 1) ?? (options.sheet === undefined ? workbook.worksheets[0] : undefined);
  if (!sheet) throw new SheetFormatError(`文件中没有工作表 ${options.sheet ?? ''}`.trim());
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      // A merged range holds its value once, in its top-left cell; the others only point at it.
      cells[column - 1] = cell.isMerged && cell.master !== cell ? null : plain(cell.value);
    });
    while (cells.length > 0 && (cells[cells.length - 1] ?? null) === null) cells.pop();
    rows[rowNumber - 1] = Array.from(cells, (cell) => cell ?? null);
  });
  return { rows: Array.from(rows, (row) => row ?? []), date1904: workbook.properties.date1904 === true };
}

function plain(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) {
    return value;
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return plain((value.result ?? null) as ExcelJS.CellValue);
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : plain(value.text as ExcelJS.CellValue);
  if ('error' in value) return null;
  return null;
}
