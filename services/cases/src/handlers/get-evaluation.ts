import { httpHandler } from '@shequ/kit';
import { presentEvaluation, getEvaluation as route } from '../schemas/evaluations.ts';
import { type CasesDeps, defaultCasesDeps } from '../store/deps.ts';
import { evaluationInScope } from '../store/evaluations.ts';

export function createHandler(deps: () => CasesDeps = defaultCasesDeps) {
  return httpHandler(route, async ({ params, caller }) => ({
    body: presentEvaluation(await evaluationInScope(deps(), params.evaluationId, caller)),
  }));
}

export const handler = createHandler();
