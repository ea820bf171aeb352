import { httpHandler, inScope, staffRoles } from '@shequ/kit';
import { listPersonSignUps as route, toSignUpView, toSignUpViews } from '../schemas/activities.ts';
import { activityWithPeople, listPersonSignUps } from '../store/activities.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, query, caller }) => {
    const d = deps();
    const page = await listPersonSignUps(d, params.personId, { limit: query.limit, cursor: query.cursor });
    // Staff see sign-ups in their areas; others their own and those they made for their children.
    const visible = staffRoles.includes(caller.role)
      ? page.items.filter((signUp) => inScope(caller, signUp.community))
      : page.items.filter((signUp) => caller.personId === params.personId || signUp.signedUpBy === caller.subject);
    // A waitlisted sign-up carries its place in the queue, which only the activity's whole waitlist tells.
    const items = await Promise.all(
      visible.map(async (signUp) => {
        if (signUp.status !== 'waitlisted') return toSignUpView(signUp);
        const found = await activityWithPeople(d, signUp.activityId);
        const view = toSignUpViews(found?.signUps ?? []).find((other) => other.personId === signUp.personId);
        return view ?? toSignUpView(signUp);
      }),
    );
    return { body: { items, ...(page.cursor ? { cursor: page.cursor } : {}) } };
  });
}

export const handler = createHandler();
