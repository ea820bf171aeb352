import { ConcurrentModificationError } from '@shequ/ddb';
import { assertInScope, httpHandler, NotFound } from '@shequ/kit';
import { decideBase } from '../domain/employment.ts';
import { baseView, inspectEmploymentBase as route } from '../schemas/employment.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';
import { getBase, presentBase, recordInspection, refusalProblem } from '../store/employment.ts';

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const base = await getBase(d, params.id, true);
    if (!base) throw new NotFound('未找到该就业扶贫基地');
    assertInScope(caller, base.area);
    const command = { type: 'inspect' as const, passed: body.passed, findings: body.findings, evidence: body.evidence };
    const decided = decideBase(base, command, caller.subject, d.now());
    if (!decided.ok) throw refusalProblem(decided);
    if (base.version !== body.version) throw new ConcurrentModificationError('stale version');
    return { body: baseView.parse(presentBase(await recordInspection(d, base, decided.base))) };
  });
}

export const handler = createHandler();
