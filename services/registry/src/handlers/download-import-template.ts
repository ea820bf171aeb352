import { httpHandler } from '@shequ/kit';
import { writeWorkbook } from '@shequ/sheets';
import { importColumns } from '../domain/import-columns.ts';
import { downloadImportTemplate as route, XLSX_TYPE } from '../schemas/imports.ts';

/** The same for everyone and every day: built once per process. */
let template: Promise<Buffer> | undefined;

function buildTemplate(): Promise<Buffer> {
  return writeWorkbook({
    sheetName: '人员导入',
    columns: importColumns.map((column) => ({ header: column.header, key: column.field })),
    rows: [Object.fromEntries(importColumns.map((column) => [column.field, column.example || null]))],
    moreSheets: [
      {
        sheetName: '说明',
        columns: [
          { header: '列名', key: 'header', width: 14 },
          { header: '是否必填', key: 'required', width: 10 },
          { header: '也可写作', key: 'aliases', width: 24 },
          { header: '填写说明', key: 'explanation', width: 80 },
        ],
        rows: importColumns.map((column) => ({
          header: column.header,
          required: column.required ? '必填' : '选填',
          aliases: column.aliases.join('、'),
          explanation: column.explanation,
        })),
      },
    ],
  });
}

export function createHandler() {
  return httpHandler(route, async () => {
    template ??= buildTemplate();
    return { file: { contentType: XLSX_TYPE, content: await template, fileName: '人员台帐导入模板.xlsx' } };
  });
}

export const handler = createHandler();
