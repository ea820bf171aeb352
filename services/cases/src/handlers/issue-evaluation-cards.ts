import { Conflict, httpHandler, ValidationFailed } from '@shequ/kit';
import { presentCard, presentEvaluation, issueCards as route } from '../schemas/evaluations.ts';
import { type CasesDeps, defaultCasesDeps } from '../store/deps.ts';
import { cardsOfEvaluation, evaluationInScope, issueCards } from '../store/evaluations.ts';
import { representativesOf } from '../store/representatives.ts';

/** One card per representative: issuing again only gives cards to representatives added since. */
export function createHandler(deps: () => CasesDeps = defaultCasesDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const d = deps();
    const evaluation = await evaluationInScope(d, params.evaluationId, caller, true);
    if (evaluation.status === 'closed') throw new Conflict('evaluation-closed', '本次评议已结束，不能再发放评议卡');
    const representatives = await representativesOf(d, evaluation.community);
    if (!representatives || representatives.persons.length === 0) {
      throw ValidationFailed.field('community', '本社区尚未设置居民代表，请先设置居民代表名单再发放评议卡');
    }
    const holders = new Set(evaluation.cardHolders);
    const newcomers = representatives.persons.filter((person) => !holders.has(person.personId));
    const { evaluation: stored, issued } =
      newcomers.length > 0 ? await issueCards(d, evaluation, newcomers, caller.subject) : { evaluation, issued: [] };
    const known = await cardsOfEvaluation(d, evaluation.id);
    // The index is eventually consistent: cards just written are added from what was written.
    const cards = [...known.filter((card) => !issued.some((fresh) => fresh.code === card.code)), ...issued];
    cards.sort((a, b) => a.personId.localeCompare(b.personId));
    return {
      status: 201,
      body: { evaluation: presentEvaluation(stored), issuedNow: issued.length, cards: cards.map(presentCard) },
    };
  });
}

export const handler = createHandler();
