import { httpHandler, NotFound, ValidationFailed } from '@shequ/kit';
import { addTeamMember as route } from '../schemas/teams.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { joinTeam, teamInScope, teamMembers } from '../store/teams.ts';
import { assertApproved, getVolunteer } from '../store/volunteers.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const d = deps();
    const team = await teamInScope(d, caller, params.id);
    const volunteer = await getVolunteer(d, params.volunteerId);
    if (!volunteer) throw new NotFound('未找到该志愿者');
    if (volunteer.community !== team.community) {
      throw ValidationFailed.field('path.volunteerId', `${volunteer.name} 不是本社区的志愿者，不能加入该队伍`);
    }
    assertApproved(volunteer);
    const joined = await joinTeam(d, team, volunteer, caller.subject);
    const member = (await teamMembers(d, team.teamId)).find((m) => m.volunteerId === volunteer.volunteerId);
    return {
      status: joined ? 201 : 200,
      body: {
        volunteerId: volunteer.volunteerId,
        name: volunteer.name,
        joinedAt: member?.joinedAt ?? d.now().toISOString(),
        leader: team.leaderIds.includes(volunteer.volunteerId),
      },
    };
  });
}

export const handler = createHandler();
