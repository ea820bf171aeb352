import { fileTypes, HttpProblem } from '@shequ/kit';
import { type WorkbookSpec, writeWorkbook } from '@shequ/sheets';

/**
 * The refusal of an export longer than its limit: 422 rather than a cut list, telling what to narrow by
 * (`subject` names what is counted: `350203006029 的人员`).
 */
export function exportTooLarge(subject: string, max: number, narrowBy: string): HttpProblem {
  return new HttpProblem(
    422,
    'export-too-large',
    '导出数量超出上限',
    `${subject}超过 ${max} 人，一次导出不了；请按${narrowBy}缩小范围后分批导出`,
  );
}

/** A handler's answer that downloads the workbook as `fileName` (sent as an RFC 5987 Content-Disposition). */
export async function workbookFile(spec: WorkbookSpec, fileName: string) {
  return { file: { contentType: fileTypes.xlsx, content: await writeWorkbook(spec), fileName } };
}
