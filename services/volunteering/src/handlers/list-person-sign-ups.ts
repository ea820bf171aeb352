import { httpHandler, inScope, staffRoles } from '@shequ/kit';
import { listPersonSignUps as route, toSignUpView } from '../schemas/activities.ts';
import { listPersonSignUps } from '../store/activities.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, query, caller }) => {
    const page = await listPersonSignUps(deps(), params.personId, { limit: query.limit, cursor: query.cursor });
    // Staff see sign-ups in their areas; others their own and those they made for their children.
    const visible = staffRoles.includes(caller.role)
      ? page.items.filter((signUp) => inScope(caller, signUp.community))
      : page.items.filter((signUp) => caller.personId === params.personId || signUp.signedUpBy === caller.subject);
    return { body: { items: visible.map((signUp) => toSignUpView(signUp)), ...(page.cursor ? { cursor: page.cursor } : {}) } };
  });
}

export const handler = createHandler();
