import { Conflict, httpHandler } from '@shequ/kit';
import { importInScope } from '../import-access.ts';
import { cancelImport as route } from '../schemas/imports.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { cancelImport } from '../store/import-processing.ts';
import { importView } from '../store/imports.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const d = deps();
    const job = await importInScope(d, params.id, caller);
    const result = await cancelImport(d, job, caller.subject);
    if (result.outcome === 'finished') {
      throw new Conflict('import-finished', `该导入任务已${finishedLabel[result.job.status] ?? '结束'}，无法取消`);
    }
    if (result.outcome === 'cancelled') return { status: 200, body: importView(result.job) };
    return { status: 202, body: importView(result.job, result.cancel) };
  });
}

const finishedLabel: Partial<Record<string, string>> = { done: '完成', failed: '失败', cancelled: '取消' };

export const handler = createHandler();
