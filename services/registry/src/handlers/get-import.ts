import { assertInScope, httpHandler, NotFound } from '@shequ/kit';
import { getImport as route } from '../schemas/imports.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { getImport, importView } from '../store/imports.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const job = await getImport(deps(), params.id);
    if (!job) throw new NotFound('未找到该导入任务');
    assertInScope(caller, job.community);
    return { body: importView(job) };
  });
}

export const handler = createHandler();
