import { assertInScope, httpHandler, NotFound } from '@shequ/kit';
import { listActivitySignUps as route, toActivityView, toServedView, toSignUpViews } from '../schemas/activities.ts';
import { activityWithPeople } from '../store/activities.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const found = await activityWithPeople(deps(), params.id);
    if (!found) throw new NotFound('未找到该活动');
    assertInScope(caller, found.activity.area);
    return {
      body: {
        activity: toActivityView(found.activity),
        signUps: toSignUpViews(found.signUps),
        volunteers: found.served.map(toServedView),
      },
    };
  });
}

export const handler = createHandler();
