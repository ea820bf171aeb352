import { newId } from '@shequ/ddb';
import { assertInScope, httpHandler, ValidationFailed } from '@shequ/kit';
import { buildingsProblem, normaliseBuildings, type Team } from '../domain/teams.ts';
import { createTeam as route, toTeamView } from '../schemas/teams.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { assertLeaders, createTeam } from '../store/teams.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ body, caller }) => {
    const d = deps();
    assertInScope(caller, body.community);
    const buildings = normaliseBuildings(body.buildings ?? []);
    const problem = buildingsProblem(body.kind, buildings);
    if (problem) throw ValidationFailed.field('body.buildings', problem);
    const leaderIds = [...new Set(body.leaderIds)];
    await assertLeaders(d, body.community, leaderIds);
    const now = d.now().toISOString();
    const team: Team = {
      teamId: newId(d.now()),
      community: body.community,
      kind: body.kind,
      name: body.name,
      ...(body.description ? { description: body.description } : {}),
      leaderIds,
      ...(body.kind === 'vanguard' ? { buildings } : {}),
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    return { status: 201, body: toTeamView(await createTeam(d, team, caller.subject)) };
  });
}

export const handler = createHandler();
