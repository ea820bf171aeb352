/**
 * Reading single cells of an uploaded ledger as the people who filled it meant them: numbers as Excel
 * holds them (never with digits a double's binary expansion invents), dates in every form Excel and
 * its users produce, 是/否. Pure: no spreadsheet library, just the cell values it hands over.
 */

/** What a spreadsheet cell holds once read (the shape `@shequ/sheets` returns). */
export type ImportCell = string | number | boolean | Date | null | undefined;

/** Excel keeps 15 significant digits of a number; the rest of an 18-digit ID typed as a number is gone. */
export const EXCEL_DIGITS = 15;

/**
 * A number as the file holds it. Whole numbers within double precision print all their digits; beyond
 * that (an 18-digit ID Excel stored as a number) the 15 significant digits Excel kept, in Excel's own
 * notation (`3.5020319450101E+17`), never the digits of the double's expansion (`350203194501010048`).
 */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isSafeInteger(value)) return String(value);
  if (Math.abs(value) >= 1e15) {
    const [mantissa = '', exponent = ''] = value.toExponential(EXCEL_DIGITS - 1).split('e');
    const trimmed = mantissa.includes('.') ? mantissa.replace(/0+$/, '').replace(/\.$/, '') : mantissa;
    return `${trimmed}E${exponent.startsWith('-') ? exponent : `+${exponent.replace(/^\+/, '')}`}`;
  }
  // 0.1 + 0.2 is shown by Excel as 0.3: its 15 digits, not the double's 17.
  return String(Number(value.toPrecision(EXCEL_DIGITS)));
}

/** A cell as trimmed text, undefined when empty; Excel dates become YYYY-MM-DD, numbers as the file holds them. */
export function cellText(cell: ImportCell): string | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : cell.toISOString().slice(0, 10);
  const text = typeof cell === 'number' ? numberText(cell) : typeof cell === 'boolean' ? (cell ? 'TRUE' : 'FALSE') : cell;
  const trimmed = text.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  return trimmed === '' ? undefined : trimmed;
}

/** Full-width digits and punctuation (２０２３／５／１) as their ASCII forms. */
export function halfWidth(text: string): string {
  if (!/[\uff01-\uff5e\u3000]/.test(text)) return text;
  return text.replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/**
 * Why an identifier cell (citizen ID, certificate number) cannot be read: Excel turned it into a
 * number and kept only its first 15 digits. A number cell with more digits than that, or the text a
 * CSV holds for one (`3.50203E+17`, as Excel writes the number it shows), says so.
 */
export function storedAsNumberProblem(cell: ImportCell, what: string): string | undefined {
  const shown = cellText(cell);
  if (shown === undefined) return undefined;
  if (typeof cell === 'number') {
    const digits = Math.abs(cell) >= 1 ? Math.floor(Math.log10(Math.abs(cell))) + 1 : 1;
    if (digits <= EXCEL_DIGITS) return undefined;
    return `${what}被 Excel 存成了数字（${shown}），只保留了前 ${EXCEL_DIGITS} 位，末 ${digits - EXCEL_DIGITS} 位已丢失：请把该列设为“文本”格式后重新填写号码`;
  }
  if (/[E\uff25\uff45]/i.test(shown) && /^\d(\.\d+)?E\+\d+$/i.test(halfWidth(shown))) {
    return `${what}被 Excel 存成了数字（显示为 ${shown}），末几位已丢失：请把该列设为“文本”格式后重新填写号码`;
  }
  return undefined;
}

export type DateReading = { ok: true; date: string } | { ok: false; message: string };

const MAX_SERIAL = 2_958_465; // 9999-12-31
const DAY_MS = 86_400_000;

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A calendar date from its parts, or why there is no such day. */
function dateOf(year: number, month: number, day: number, what: string, shown: string): DateReading {
  if (year < 1900 || year > 2100)
    return { ok: false, message: `${what}“${shown}”的年份 ${year} 不对：请填写 1900–2100 年间的日期` };
  if (month < 1 || month > 12) return { ok: false, message: `${what}“${shown}”不存在：月份须为 1–12` };
  const days = daysIn(year, month);
  if (day < 1 || day > days) {
    return { ok: false, message: `${what}“${shown}”不存在：${year}年${month}月只有 ${days} 天` };
  }
  return { ok: true, date: iso(year, month, day) };
}

/**
 * An Excel date serial (a date in a General cell, or in a Chinese built-in date format the reader does
 * not know) as its day. In the 1900 system serial 1 is 1900-01-01 and Excel counts a 29 February 1900
 * that never was (serial 60, kept from Lotus 1-2-3), so from serial 61 (1900-03-01) on the days are
 * counted from 1899-12-30; in the 1904 system serial 0 is 1904-01-01. A time of day is ignored.
 */
export function excelSerialDate(serial: number, what: string, options: { date1904?: boolean } = {}): DateReading {
  const whole = Math.floor(serial);
  const shown = numberText(serial);
  if (!Number.isFinite(serial) || whole < (options.date1904 ? 0 : 1) || whole > MAX_SERIAL) {
    return { ok: false, message: `${what}“${shown}”不是日期：请填写如 2023-05-01 的日期` };
  }
  if (options.date1904) {
    const day = new Date(Date.UTC(1904, 0, 1) + whole * DAY_MS);
    return dateOf(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), what, shown);
  }
  if (whole === 60) {
    return { ok: false, message: `${what}“${shown}”是 Excel 的 1900年2月29日，这一天并不存在：请填写正确的日期` };
  }
  const day = new Date((whole < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30)) + whole * DAY_MS);
  return dateOf(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), what, shown);
}

const yearOnly = /^(\d{4})年?$/;
const yearMonth = /^(\d{4})(?:[-/.年](\d{1,2})月?)$/;
const separated = /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$/;
const chinese = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;
const compact = /^(\d{4})(\d{2})(\d{2})$/;
const dayFirst = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/;
/** A time after the date, as Excel writes a date-time into CSV (`2023/5/1 0:00`) or ISO does (`T08:00:00Z`). */
const timeOfDay = /(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?|[ T]+0{1,2}时?)$/;

/**
 * A date cell in any form Excel produces or people type: a Date (cells formatted as dates), an Excel
 * serial (45047, in a General cell), `2023-05-01`, `2023/5/1`, `2023-5-1`, `2023.5.1`, `2023年5月1日`,
 * `20230501` (as text or as a number), with or without a time after it. A day that does not exist
 * (2023-02-29), a year alone, a month without its day, or day-first forms (5/1/2023, ambiguous) are
 * refused with the reason in Chinese. Undefined for an empty cell.
 */
export function readDate(cell: ImportCell, what: string, options: { date1904?: boolean } = {}): DateReading | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { ok: false, message: `${what}不是有效的日期` };
    return dateOf(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate(), what, cell.toISOString().slice(0, 10));
  }
  if (typeof cell === 'number') return numberDate(cell, what, options);
  const shown = cellText(cell);
  if (shown === undefined) return undefined;
  const text = halfWidth(shown).trim().replace(timeOfDay, '').trim();
  if (/^\d+(\.\d+)?$/.test(text) && !compact.test(text)) return numberDate(Number(text), what, options, shown);
  const parts = separated.exec(text) ?? chinese.exec(text) ?? compact.exec(text);
  if (parts) return dateOf(Number(parts[1]), Number(parts[2]), Number(parts[3]), what, shown);
  if (yearOnly.test(text)) return { ok: false, message: `${what}只写了年份（${shown}）：请写完整日期，如 2023-05-01` };
  if (yearMonth.test(text)) return { ok: false, message: `${what}“${shown}”没有写日：请写完整日期，如 2023-05-01` };
  if (dayFirst.test(text)) {
    return { ok: false, message: `${what}“${shown}”看不出哪个是月、哪个是日：请按 年-月-日 填写，如 2023-05-01` };
  }
  return { ok: false, message: `${what}“${shown}”不是日期：请写成 2023-05-01（也可写 2023/5/1、2023年5月1日、20230501）` };
}

function numberDate(value: number, what: string, options: { date1904?: boolean }, shown = numberText(value)): DateReading {
  if (Number.isInteger(value) && value >= 19_000_101 && value <= 21_001_231) {
    return dateOf(Math.floor(value / 10_000), Math.floor(value / 100) % 100, value % 100, what, shown);
  }
  // A year typed into a General cell is a number too; as a serial it would be a day in 1905.
  if (value >= 1900 && value <= 2100) {
    return Number.isInteger(value)
      ? { ok: false, message: `${what}只写了年份（${shown}）：请写完整日期，如 2023-05-01` }
      : { ok: false, message: `${what}“${shown}”没有写日：请写完整日期，如 2023-05-01` };
  }
  return excelSerialDate(value, what, options);
}

export type YesNo = 'yes' | 'no';

const yesTexts = new Set(['是', '√', '✓', '✔', 'Y', 'YES', 'TRUE', '1', '有', '属于', '对']);
const noTexts = new Set(['否', '×', '✗', 'N', 'NO', 'FALSE', '0', '无', '不是', '不属于', '-', '/']);

/** 是/否 as people mark it (是, √, Y, 1, TRUE; 否, ×, N, 0, 无); undefined when empty, `invalid` for anything else. */
export function yesNo(cell: ImportCell): YesNo | 'invalid' | undefined {
  if (typeof cell === 'boolean') return cell ? 'yes' : 'no';
  const text = cellText(cell);
  if (text === undefined) return undefined;
  const key = halfWidth(text).replace(/\s+/g, '').toUpperCase();
  if (yesTexts.has(key)) return 'yes';
  if (noTexts.has(key)) return 'no';
  return 'invalid';
}
