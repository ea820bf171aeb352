import { assertInScope, httpHandler } from '@shequ/kit';
import { presentEvaluation, listEvaluations as route } from '../schemas/evaluations.ts';
import { type CasesDeps, defaultCasesDeps } from '../store/deps.ts';
import { listEvaluations } from '../store/evaluations.ts';

export function createHandler(deps: () => CasesDeps = defaultCasesDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(caller, query.community);
    const page = await listEvaluations(deps(), query.community, query);
    return { body: { items: page.items.map(presentEvaluation), ...(page.cursor ? { cursor: page.cursor } : {}) } };
  });
}

export const handler = createHandler();
