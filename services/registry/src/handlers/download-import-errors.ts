import { httpHandler } from '@shequ/kit';
import { writeWorkbook } from '@shequ/sheets';
import { importInScope } from '../import-access.ts';
import { downloadImportErrors as route, XLSX_TYPE } from '../schemas/imports.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { allImportErrors } from '../store/imports.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const d = deps();
    const job = await importInScope(d, params.id, caller);
    const errors = await allImportErrors(d, job.id);
    const content = await writeWorkbook({
      sheetName: '错误报告',
      title: `${job.fileName} 导入错误报告（共 ${job.failedRows} 行未导入）`,
      // Rows that were not persons (合计, blank lines) are no errors, but the worker should see they were left out.
      ...(job.skippedNote ? { above: [[job.skippedNote]] } : {}),
      columns: [
        { header: '行号', key: 'row', width: 8 },
        { header: '列', key: 'column', width: 14 },
        { header: '值', key: 'value', width: 24 },
        { header: '错误说明', key: 'message', width: 60 },
      ],
      rows: errors,
    });
    const baseName = job.fileName.replace(/\.(xlsx|csv)$/i, '');
    return { file: { contentType: XLSX_TYPE, content, fileName: `${baseName}-错误报告.xlsx` } };
  });
}

export const handler = createHandler();
