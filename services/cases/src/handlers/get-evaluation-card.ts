import { shanghaiDay } from '@shequ/contracts';
import { NotFound, publicHttpHandler } from '@shequ/kit';
import { answerRefusal } from '../domain/evaluations.ts';
import { presentPublicCard, getCard as route } from '../schemas/evaluations.ts';
import { type CasesDeps, defaultCasesDeps } from '../store/deps.ts';
import { getCard, getEvaluation } from '../store/evaluations.ts';

/** The card's code is its holder's credential: whoever has it may see the form it stands for. */
export function createHandler(deps: () => CasesDeps = defaultCasesDeps) {
  return publicHttpHandler(route, async ({ params }) => {
    const d = deps();
    const card = await getCard(d, params.code);
    const evaluation = card && (await getEvaluation(d, card.evaluationId));
    if (!card || !evaluation) throw new NotFound('未找到该评议卡，请核对卡上的编码');
    return { body: presentPublicCard(card, evaluation, answerRefusal(evaluation, shanghaiDay(d.now()))) };
  });
}

export const handler = createHandler();
