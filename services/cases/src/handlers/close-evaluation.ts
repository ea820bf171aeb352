import { shanghaiDay } from '@shequ/contracts';
import { Conflict, httpHandler } from '@shequ/kit';
import { closeRefusal } from '../domain/evaluations.ts';
import { presentResults, closeEvaluation as route } from '../schemas/evaluations.ts';
import { type CasesDeps, defaultCasesDeps } from '../store/deps.ts';
import { closeEvaluation, commentsOf, evaluationInScope } from '../store/evaluations.ts';

/** Freezes the results and raises EvaluationClosed; answers after this are refused. */
export function createHandler(deps: () => CasesDeps = defaultCasesDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const d = deps();
    const today = shanghaiDay(d.now());
    const evaluation = await evaluationInScope(d, params.evaluationId, caller, true);
    const refusal = closeRefusal(evaluation, today);
    if (refusal) throw new Conflict('evaluation-not-closable', refusal);
    const closed = await closeEvaluation(d, evaluation, caller.subject, today);
    return { body: presentResults(closed, closed.results as NonNullable<typeof closed.results>, await commentsOf(d, closed.id)) };
  });
}

export const handler = createHandler();
