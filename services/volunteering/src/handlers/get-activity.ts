import { assertInScope, httpHandler, staffRoles } from '@shequ/kit';
import { getActivity as route, toActivityView } from '../schemas/activities.ts';
import { requireActivity } from '../store/activities.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const activity = await requireActivity(deps(), params.id);
    if (staffRoles.includes(caller.role)) assertInScope(caller, activity.area);
    return { body: toActivityView(activity) };
  });
}

export const handler = createHandler();
