import { assertInScope, httpHandler, NotFound } from '@shequ/kit';
import { writeWorkbook } from '@shequ/sheets';
import { periodLabel, reportSheet, sheetLines, toCsv } from '../domain/report-sheet.ts';
import { exportReport as route } from '../schemas/exports.ts';
import { defaultStatisticsDeps, type StatisticsDeps } from '../store/deps.ts';
import { readSnapshot } from '../store/snapshots.ts';

const contentTypes = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

/** The stored snapshot of a report, as the office's XLSX or as CSV; never compiles on the request path. */
export function createHandler(deps: () => StatisticsDeps = defaultStatisticsDeps) {
  return httpHandler(route, async ({ params, query, caller }) => {
    assertInScope(caller, query.area);
    const table = await readSnapshot(deps(), params.kind, params.period, query.area);
    if (!table) throw new NotFound(`${query.area} ${periodLabel(params.period)}的报表尚未编制，请在编制后再导出`);
    const sheet = reportSheet(table);
    const fileName = `${sheet.baseName}.${query.format}`;
    if (query.format === 'csv') {
      return { file: { contentType: contentTypes.csv, content: toCsv(sheetLines(sheet)), fileName } };
    }
    const content = await writeWorkbook({
      sheetName: sheet.sheetName,
      title: sheet.title,
      above: sheet.above,
      columns: sheet.columns,
      rows: sheet.rows,
      below: sheet.below,
    });
    return { file: { contentType: contentTypes.xlsx, content, fileName } };
  });
}

export const handler = createHandler();
