import { assertInScope, httpHandler } from '@shequ/kit';
import { presentRepresentatives, getRepresentatives as route } from '../schemas/representatives.ts';
import { type CasesDeps, defaultCasesDeps } from '../store/deps.ts';
import { representativesOf } from '../store/representatives.ts';

export function createHandler(deps: () => CasesDeps = defaultCasesDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    assertInScope(caller, params.community);
    return { body: presentRepresentatives(params.community, await representativesOf(deps(), params.community)) };
  });
}

export const handler = createHandler();
