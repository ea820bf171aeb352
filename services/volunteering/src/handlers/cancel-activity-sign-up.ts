import { Forbidden, httpHandler, inScope, staffRoles } from '@shequ/kit';
import { cancelActivitySignUp as route, toSignUpView } from '../schemas/activities.ts';
import { activityWithPeople, cancelSignUp, NotSignedUpError } from '../store/activities.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const d = deps();
    const found = await activityWithPeople(d, params.id);
    const mine = found?.signUps.find((signUp) => signUp.personId === params.personId);
    if (!found || !mine || mine.status === 'cancelled') throw new NotSignedUpError('未找到该居民对此活动的有效报名');
    // Staff in the area, the beneficiary, or whoever signed them up (a parent) may cancel.
    const allowed =
      (staffRoles.includes(caller.role) && inScope(caller, found.activity.area)) ||
      caller.personId === params.personId ||
      mine.signedUpBy === caller.subject;
    if (!allowed) throw new Forbidden('只能取消本人或自己为之报名的报名');
    const result = await cancelSignUp(d, params.id, params.personId, caller.subject);
    return {
      body: {
        cancelled: toSignUpView(result.cancelled),
        ...(result.promoted ? { promoted: toSignUpView(result.promoted) } : {}),
      },
    };
  });
}

export const handler = createHandler();
