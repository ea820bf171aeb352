import { Conflict, httpHandler } from '@shequ/kit';
import { importInScope } from '../import-access.ts';
import { resumeImport as route } from '../schemas/imports.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { resumeImport } from '../store/import-processing.ts';
import { getImport, importView } from '../store/imports.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const d = deps();
    const job = await importInScope(d, params.id, caller);
    if (job.status !== 'cancelled') throw new Conflict('import-not-cancelled', '只有已取消的导入任务可以继续导入');
    const resumed = await resumeImport(d, job);
    // Someone else resumed it at the same moment: show the job as it now stands.
    return { status: 202, body: importView(resumed ?? (await getImport(d, job.id)) ?? job) };
  });
}

export const handler = createHandler();
