import { httpHandler, NotFound } from '@shequ/kit';
import { getMyVolunteer as route, toVolunteerView } from '../schemas/volunteers.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { teamIdsOf } from '../store/teams.ts';
import { volunteerOfPerson } from '../store/volunteers.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ caller }) => {
    const d = deps();
    const volunteer = caller.personId ? await volunteerOfPerson(d, caller.personId) : undefined;
    if (!volunteer) throw new NotFound('您还没有注册为志愿者');
    return { body: toVolunteerView(volunteer, await teamIdsOf(d, volunteer.volunteerId)) };
  });
}

export const handler = createHandler();
