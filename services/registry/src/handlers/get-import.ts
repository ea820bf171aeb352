import { assertInScope, httpHandler, NotFound } from '@shequ/kit';
import { getImport as route } from '../schemas/imports.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { getCancelRequest, getImport, importView } from '../store/imports.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const d = deps();
    const job = await getImport(d, params.id);
    if (!job) throw new NotFound('未找到该导入任务');
    assertInScope(caller, job.community);
    const cancel = job.status === 'running' ? await getCancelRequest(d, job.id) : undefined;
    return { body: importView(job, cancel) };
  });
}

export const handler = createHandler();
