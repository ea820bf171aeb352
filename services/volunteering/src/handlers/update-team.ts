import { ConcurrentModificationError } from '@shequ/ddb';
import { httpHandler, ValidationFailed } from '@shequ/kit';
import { buildingsProblem, normaliseBuildings, type Team } from '../domain/teams.ts';
import { updateTeam as route, toTeamView } from '../schemas/teams.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { assertLeaders, teamInScope, updateTeam } from '../store/teams.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const team = await teamInScope(d, caller, params.id);
    if (team.version !== body.version) throw new ConcurrentModificationError();
    // Omitting buildings keeps what a squad covers; only a squad may have any.
    const buildings = body.buildings === undefined ? (team.buildings ?? []) : normaliseBuildings(body.buildings);
    const problem = buildingsProblem(team.kind, buildings);
    if (problem) throw ValidationFailed.field('body.buildings', problem);
    const leaderIds = [...new Set(body.leaderIds)];
    await assertLeaders(d, team.community, leaderIds);
    const { description: _old, ...rest } = team;
    const next: Team = {
      ...rest,
      name: body.name,
      ...(body.description ? { description: body.description } : {}),
      leaderIds,
      ...(team.kind === 'vanguard' ? { buildings } : {}),
      updatedAt: d.now().toISOString(),
    };
    return { body: toTeamView(await updateTeam(d, team, next, caller.subject)) };
  });
}

export const handler = createHandler();
