import { assertInScope, httpHandler, NotFound } from '@shequ/kit';
import { listImportErrors as route } from '../schemas/imports.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { getImport, listImportErrors } from '../store/imports.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, query, caller }) => {
    const d = deps();
    const job = await getImport(d, params.id);
    if (!job) throw new NotFound('未找到该导入任务');
    assertInScope(caller, job.community);
    return { body: await listImportErrors(d, job.id, query) };
  });
}

export const handler = createHandler();
