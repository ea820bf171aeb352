import { shanghaiDay } from '@shequ/contracts';
import { Conflict, NotFound, publicHttpHandler, ValidationFailed } from '@shequ/kit';
import { answerRefusal, scoreProblems } from '../domain/evaluations.ts';
import { answerCard as route } from '../schemas/evaluations.ts';
import { type CasesDeps, defaultCasesDeps } from '../store/deps.ts';
import { answerCard, CardAnsweredError, EvaluationNotOpenError, getCard, getEvaluation } from '../store/evaluations.ts';

const ANSWERED = '该评议卡已经填写，每张卡只能评议一次';

/**
 * One answer per card, counted once: the code (unguessable, printed on the card) is the credential, so a
 * representative answers by phone and a worker keys in a paper card the same way.
 */
export function createHandler(deps: () => CasesDeps = defaultCasesDeps) {
  return publicHttpHandler(route, async ({ params, body }) => {
    const d = deps();
    const card = await getCard(d, params.code, true);
    const evaluation = card && (await getEvaluation(d, card.evaluationId, true));
    if (!card || !evaluation) throw new NotFound('未找到该评议卡，请核对卡上的编码');
    if (card.answeredAt) throw new Conflict('card-answered', ANSWERED);
    const refusal = answerRefusal(evaluation, shanghaiDay(d.now()));
    if (refusal) throw new Conflict('evaluation-not-open', refusal);
    const problems = scoreProblems(evaluation, body.scores);
    if (problems.length > 0) {
      throw new ValidationFailed(
        problems.map((problem) => ({ field: `body.${problem.field}`, message: problem.message })),
        problems[0]?.message,
      );
    }
    try {
      const answered = await answerCard(d, evaluation, card, {
        scores: body.scores,
        ...(body.comment ? { comment: body.comment } : {}),
      });
      return { status: 201, body: { code: answered.code, answeredAt: answered.answeredAt as string, counted: true as const } };
    } catch (error) {
      if (error instanceof CardAnsweredError) throw new Conflict('card-answered', ANSWERED);
      if (error instanceof EvaluationNotOpenError) throw new Conflict('evaluation-not-open', '本次评议已结束，不再接受评议卡');
      throw error;
    }
  });
}

export const handler = createHandler();
