import { SheetFormatError } from './errors.ts';

/**
 * Parses CSV text as RFC 4180 describes it: comma-separated fields, CRLF or LF line ends, fields in
 * double quotes may hold commas, line breaks and doubled quotes. A leading byte-order mark (Excel writes
 * one with "CSV UTF-8") and a final line end are ignored. Rows keep their file order, so row `i` of the
 * result is line `i + 1` of the file (a quoted field spanning lines counts as one row).
 */
export function readCsv(text: string): string[][] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < source.length) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (char === '"') {
        quoted = false;
        i++;
        const next = source[i];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          throw new SheetFormatError(`CSV 第 ${rows.length + 1} 行：引号后只能是逗号或换行`);
        }
      } else {
        field += char;
        i++;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
      i++;
    } else if (char === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (char === '\n' || char === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += char === '\r' && source[i + 1] === '\n' ? 2 : 1;
    } else {
      field += char;
      i++;
    }
  }
  if (quoted) throw new SheetFormatError(`CSV 第 ${rows.length + 1} 行：引号没有闭合`);
  // Text after the last line end is a final row without one; nothing after it means the file ended cleanly.
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
