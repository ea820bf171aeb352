import { Conflict, httpHandler } from '@shequ/kit';
import { removeTeamMember as route } from '../schemas/teams.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { leaveTeam, teamInScope } from '../store/teams.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const d = deps();
    const team = await teamInScope(d, caller, params.id);
    // A leader off the team would still approve its hours: they step down as leader first.
    if (team.leaderIds.includes(params.volunteerId)) {
      throw new Conflict('leader-of-team', '该志愿者是本队队长，请先修改队伍卸任队长后再移出');
    }
    const removed = await leaveTeam(d, team, params.volunteerId, caller.subject);
    return { body: { teamId: team.teamId, volunteerId: params.volunteerId, removed } };
  });
}

export const handler = createHandler();
