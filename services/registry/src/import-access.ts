import { assertInScope, type Caller, NotFound } from '@shequ/kit';
import type { RegistryDeps } from './store/deps.ts';
import { getImport, type ImportRecord } from './store/imports.ts';

/** The import job a caller asks about: 404 when there is none, 403 when its community is not in their areas. */
export async function importInScope(deps: RegistryDeps, id: string, caller: Caller): Promise<ImportRecord> {
  const job = await getImport(deps, id);
  if (!job) throw new NotFound('未找到该导入任务');
  assertInScope(caller, job.community);
  return job;
}
