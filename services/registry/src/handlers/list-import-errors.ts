import { httpHandler } from '@shequ/kit';
import { importInScope } from '../import-access.ts';
import { listImportErrors as route } from '../schemas/imports.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { listImportErrors } from '../store/imports.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, query, caller }) => {
    const d = deps();
    const job = await importInScope(d, params.id, caller);
    return { body: await listImportErrors(d, job.id, query) };
  });
}

export const handler = createHandler();
