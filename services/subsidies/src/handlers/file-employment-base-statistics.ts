import { ConcurrentModificationError } from '@shequ/ddb';
import { assertInScope, httpHandler, NotFound } from '@shequ/kit';
import { decideBase } from '../domain/employment.ts';
import { baseView, fileEmploymentBaseStatistics as route } from '../schemas/employment.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';
import { fileStatistics, getBase, presentBase, refusalProblem } from '../store/employment.ts';

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const base = await getBase(d, params.id, true);
    if (!base) throw new NotFound('未找到该就业扶贫基地');
    assertInScope(caller, base.area);
    const { version, ...statistics } = body;
    const decided = decideBase(base, { type: 'file-statistics', statistics }, caller.subject, d.now());
    if (!decided.ok) throw refusalProblem(decided);
    if (base.version !== version) throw new ConcurrentModificationError('stale version');
    return { body: baseView.parse(presentBase(await fileStatistics(d, base, decided.base))) };
  });
}

export const handler = createHandler();
