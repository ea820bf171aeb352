import { assertInScope, BadRequest, HttpProblem, httpHandler, ValidationFailed } from '@shequ/kit';
import { ImportFileRejected } from '../domain/imports.ts';
import { startImport as route, XLSX_TYPE } from '../schemas/imports.ts';
import { createImport } from '../store/import-processing.ts';
import { defaultImportDeps, type ImportDeps, importView } from '../store/imports.ts';

export function createHandler(deps: () => ImportDeps = defaultImportDeps) {
  return httpHandler(route, async ({ query, rawBody, headers, caller }) => {
    assertInScope(caller, query.community);
    const d = deps();
    if (query.objectKey && rawBody)
      throw new BadRequest('ambiguous-file', '请二选一：直接上传文件，或给出 objectKey，不能同时提供');
    let bytes = rawBody;
    let contentType = headers['content-type'] ?? 'application/octet-stream';
    if (query.objectKey) {
      if (!query.objectKey.startsWith(`registry/uploads/${query.community}/`)) {
        throw ValidationFailed.field('query.objectKey', '该上传文件不属于此社区，请为本社区重新申请上传');
      }
      bytes = await d.objects.get(query.objectKey);
      if (!bytes) throw ValidationFailed.field('query.objectKey', '未找到上传的文件：请确认已用上传地址上传成功，或重新申请上传');
      contentType = /\.csv$/i.test(query.fileName) ? 'text/csv' : XLSX_TYPE;
    }
    if (!bytes) throw new BadRequest('missing-file', '没有收到文件：请把 .xlsx 或 CSV 文件作为请求正文上传，或给出 objectKey');
    try {
      const { job, existing } = await createImport(
        d,
        { community: query.community, fileName: query.fileName, contentType, bytes, objectKey: query.objectKey },
        caller.subject,
      );
      return { status: existing ? 200 : 202, body: importView(job) };
    } catch (error) {
      if (error instanceof ImportFileRejected) throw new HttpProblem(422, error.code, '导入文件未通过检查', error.message);
      throw error;
    }
  });
}

export const handler = createHandler();
