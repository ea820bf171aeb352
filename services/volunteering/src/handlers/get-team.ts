import { httpHandler } from '@shequ/kit';
import { getTeam as route, toTeamView } from '../schemas/teams.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { teamInScope, teamMembers } from '../store/teams.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const d = deps();
    const team = await teamInScope(d, caller, params.id);
    const members = (await teamMembers(d, team.teamId)).map((member) => ({
      volunteerId: member.volunteerId,
      name: member.name,
      joinedAt: member.joinedAt,
      leader: team.leaderIds.includes(member.volunteerId),
    }));
    return { body: { ...toTeamView(team), members } };
  });
}

export const handler = createHandler();
