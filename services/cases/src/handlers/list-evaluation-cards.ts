import { httpHandler } from '@shequ/kit';
import { presentCard, listCards as route } from '../schemas/evaluations.ts';
import { type CasesDeps, defaultCasesDeps } from '../store/deps.ts';
import { cardsOfEvaluation, evaluationInScope } from '../store/evaluations.ts';

export function createHandler(deps: () => CasesDeps = defaultCasesDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const d = deps();
    const evaluation = await evaluationInScope(d, params.evaluationId, caller);
    const cards = await cardsOfEvaluation(d, evaluation.id);
    return { body: { items: cards.map(presentCard) } };
  });
}

export const handler = createHandler();
