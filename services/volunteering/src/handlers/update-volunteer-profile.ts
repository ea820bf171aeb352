import { ConcurrentModificationError } from '@shequ/ddb';
import { httpHandler } from '@shequ/kit';
import type { Volunteer } from '../domain/volunteers.ts';
import { updateVolunteerProfile as route, toVolunteerView } from '../schemas/volunteers.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { saveVolunteer, volunteerForCaller } from '../store/volunteers.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const volunteer = await volunteerForCaller(d, caller, params.id);
    if (volunteer.version !== body.version) throw new ConcurrentModificationError();
    const { otherSkills: _old, ...rest } = volunteer;
    const next: Volunteer = {
      ...rest,
      skills: [...new Set(body.skills)],
      ...(body.otherSkills ? { otherSkills: body.otherSkills } : {}),
      availability: body.availability,
    };
    return { body: toVolunteerView(await saveVolunteer(d, next, volunteer.version, { kind: 'profile' }, caller.subject)) };
  });
}

export const handler = createHandler();
