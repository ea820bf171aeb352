import { httpHandler } from '@shequ/kit';
import { presentResults, getResults as route } from '../schemas/evaluations.ts';
import { type CasesDeps, defaultCasesDeps } from '../store/deps.ts';
import { commentsOf, evaluationInScope, resultsOfEvaluation } from '../store/evaluations.ts';

export function createHandler(deps: () => CasesDeps = defaultCasesDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const d = deps();
    const evaluation = await evaluationInScope(d, params.evaluationId, caller, true);
    const [results, comments] = await Promise.all([resultsOfEvaluation(d, evaluation), commentsOf(d, evaluation.id)]);
    return { body: presentResults(evaluation, results, comments) };
  });
}

export const handler = createHandler();
