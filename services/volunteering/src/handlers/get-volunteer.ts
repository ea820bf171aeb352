import { httpHandler } from '@shequ/kit';
import { getVolunteer as route, toVolunteerView } from '../schemas/volunteers.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { teamIdsOf } from '../store/teams.ts';
import { volunteerForCaller } from '../store/volunteers.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const d = deps();
    const volunteer = await volunteerForCaller(d, caller, params.id);
    return { body: toVolunteerView(volunteer, await teamIdsOf(d, volunteer.volunteerId)) };
  });
}

export const handler = createHandler();
