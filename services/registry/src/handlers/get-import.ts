import { httpHandler } from '@shequ/kit';
import { importInScope } from '../import-access.ts';
import { getImport as route } from '../schemas/imports.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { getCancelRequest, importView } from '../store/imports.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const d = deps();
    const job = await importInScope(d, params.id, caller);
    const cancel = job.status === 'running' ? await getCancelRequest(d, job.id) : undefined;
    return { body: importView(job, cancel) };
  });
}

export const handler = createHandler();
