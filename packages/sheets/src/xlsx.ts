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
  for (const row of spec.rows) sheet.addRow(spec.columns.map((column) => row[column.key] ?? null));
  for (const line of spec.below ?? []) sheet.addRow([...line]);
}

export interface ReadOptions {
  /** Sheet name, or 1-based position; the first sheet by default. */
  sheet?: string | number;
}

/**
 * Reads one sheet of an .xlsx file as rows of plain cells. Row `i` of the result is spreadsheet row
 * `i + 1` (empty rows stay as empty arrays), so an importer can report errors by the row number people see.
 * Rich text becomes its text, formulas their last computed result, hyperlinks their text; trailing
 * empty cells are dropped, and a merged range counts once, in its top-left cell.
 */
export async function readWorkbook(content: Buffer | Uint8Array, options: ReadOptions = {}): Promise<Cell[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
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
  return Array.from(rows, (row) => row ?? []);
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
