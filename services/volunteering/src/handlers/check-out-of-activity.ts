import { assertInScope, httpHandler } from '@shequ/kit';
import { checkOutOfActivity as route, toServedView, toSignUpView } from '../schemas/activities.ts';
import { checkOutVolunteer, recordParticipantAttendance, requireActivity } from '../store/activities.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const activity = await requireActivity(d, params.id);
    assertInScope(caller, activity.area);
    const at = new Date(body.at ?? d.now()).toISOString();
    if (body.personId) {
      const signUp = await recordParticipantAttendance(d, activity, body.personId, 'check-out', at, caller.subject);
      return { body: { signUp: toSignUpView(signUp) } };
    }
    const volunteerId = body.volunteerId as string;
    const served = await checkOutVolunteer(d, activity, volunteerId, at, caller.subject);
    return { body: { volunteer: toServedView(served) } };
  });
}

export const handler = createHandler();
