import { assertInScope, httpHandler } from '@shequ/kit';
import { listPartyPosts as route } from '../schemas/teams.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { listPartyPosts } from '../store/teams.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(caller, query.community);
    return { body: { items: await listPartyPosts(deps(), query.community) } };
  });
}

export const handler = createHandler();
