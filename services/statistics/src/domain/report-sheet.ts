import { shanghaiDay } from '@shequ/contracts';
import type { ReportTable } from './report-table.ts';

/** A cell of a rendered report: text or a number, or empty. */
export type SheetCell = string | number | null;

/**
 * A report laid out as the offices' paper tables are: the title line, the line naming the reporting unit,
 * the period and the unit of measure, the header, one row per child area, the 合计 row, and the line naming
 * who compiled it and on which day. The XLSX and the CSV export are this same layout.
 */
export interface ReportSheet {
  /** Excel sheet name: the report's title, within Excel's 31 characters. */
  sheetName: string;
  title: string;
  above: SheetCell[][];
  columns: { header: string; key: string; width: number }[];
  /** Child areas, then (when their sum falls short of the area's own figures) the remainder, then 合计. */
  rows: Record<string, SheetCell>[];
  below: SheetCell[][];
  /** File name without its extension: `思明区鹭江街道民政月报表（2026年5月）`. */
  baseName: string;
}

export const AREA_COLUMN = 'area';
/** Label of the row for what the area counts but none of its child areas does (e.g. people not yet put in a grid). */
export const REMAINDER_LABEL = '其他（未划入下级地区）';
export const TOTALS_LABEL = '合计';

/** `2026-05` → `2026年5月`, `2026` → `2026年度`. */
export function periodLabel(period: string): string {
  const [year, month] = period.split('-');
  return month ? `${year}年${Number(month)}月` : `${year}年度`;
}

/** `2026-06-01` → `2026年6月1日`. */
export function dayLabel(day: string): string {
  const [year, month, date] = day.split('-');
  return `${year}年${Number(month)}月${Number(date)}日`;
}

/** A column of percentages (按时办结率): its 合计 is the area's own rate, not a sum of the rows. */
const isRate = (unit: string | undefined) => unit === '%';

/** Sums that are money keep their fen; counts stay whole. */
const sum = (values: number[]) => Math.round(values.reduce((total, value) => total + value, 0) * 100) / 100;

/** Renders a compiled report as its sheet. Pure: the same table gives the same sheet. */
export function reportSheet(table: ReportTable): ReportSheet {
  const columns = [
    { header: '地区', key: AREA_COLUMN, width: 24 },
    ...table.columns.map((column) => {
      const header = column.unit ? `${column.label}（${column.unit}）` : column.label;
      return { header, key: column.key, width: Math.max(10, header.length * 2 + 2) };
    }),
  ];
  const rows: Record<string, SheetCell>[] = table.rows.map((row) => ({
    [AREA_COLUMN]: row.label,
    ...Object.fromEntries(table.columns.map((column) => [column.key, row.values[column.key] ?? 0])),
  }));
  if (table.rows.length > 0) {
    // The area's own counter holds everyone in it; its child areas may not (a person registered to the
    // community but to no grid). That difference gets its own row, so the 合计 is both the area's figure
    // and the sum of the rows above it, as an office checks it. Rates do not add up: left empty there.
    const remainder = Object.fromEntries(
      table.columns.map((column) => [
        column.key,
        isRate(column.unit)
          ? null
          : sum([table.totals[column.key] ?? 0, ...table.rows.map((row) => -(row.values[column.key] ?? 0))]),
      ]),
    );
    if (Object.values(remainder).some((value) => value !== null && value !== 0))
      rows.push({ [AREA_COLUMN]: REMAINDER_LABEL, ...remainder });
  }
  rows.push({
    [AREA_COLUMN]: TOTALS_LABEL,
    ...Object.fromEntries(table.columns.map((column) => [column.key, table.totals[column.key] ?? 0])),
  });
  const last = columns.length - 1;
  const spread = (left: string, middle: string | undefined, right: string): SheetCell[] => {
    const line: SheetCell[] = Array.from({ length: Math.max(columns.length, 3) }, () => null);
    line[0] = left;
    if (middle !== undefined) line[Math.floor(Math.max(last, 2) / 2)] = middle;
    line[Math.max(last, 2)] = right;
    return line;
  };
  const period = periodLabel(table.period);
  return {
    sheetName: table.title.slice(0, 31),
    title: `${table.areaName} ${table.title}`,
    above: [spread(`填报单位：${table.areaName}`, `统计时间：${period}`, table.unit)],
    columns,
    rows,
    below: [spread(`制表人：${table.compiledBy}`, undefined, `制表日期：${dayLabel(shanghaiDay(new Date(table.compiledAt)))}`)],
    baseName: `${table.areaName}${table.title}（${period}）`,
  };
}

/** Every line of the sheet in order, as a CSV or a reader sees them. */
export function sheetLines(sheet: ReportSheet): SheetCell[][] {
  return [
    [sheet.title],
    ...sheet.above,
    sheet.columns.map((column) => column.header),
    ...sheet.rows.map((row) => sheet.columns.map((column) => row[column.key] ?? null)),
    ...sheet.below,
  ];
}

/** Text a spreadsheet would take for a formula is kept as text: a leading `'` as Excel itself shows it. */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(cell: SheetCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The lines as RFC 4180 CSV (CRLF line ends, fields with commas, quotes or line breaks in double quotes),
 * led by a UTF-8 byte-order mark so Excel opens the Chinese text as UTF-8 rather than the system's GBK.
 */
export function toCsv(lines: readonly SheetCell[][]): string {
  return `\uFEFF${lines.map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`;
}
