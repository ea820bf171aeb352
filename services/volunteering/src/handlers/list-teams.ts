import { assertInScope, httpHandler } from '@shequ/kit';
import { listTeams as route, toTeamView } from '../schemas/teams.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { listTeams } from '../store/teams.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(caller, query.community);
    const teams = await listTeams(deps(), query.community, query.kind);
    return { body: { items: teams.map(toTeamView) } };
  });
}

export const handler = createHandler();
