import { assertInScope, httpHandler, staffRoles } from '@shequ/kit';
import { listActivities as route, toActivityView } from '../schemas/activities.ts';
import { listActivities } from '../store/activities.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    // The calendar is public to residents and volunteers; staff work within their own areas.
    if (staffRoles.includes(caller.role)) assertInScope(caller, query.community);
    const page = await listActivities(
      deps(),
      { community: query.community, from: query.from, to: query.to, kind: query.kind },
      { limit: query.limit, cursor: query.cursor },
    );
    return { body: { items: page.items.map(toActivityView), ...(page.cursor ? { cursor: page.cursor } : {}) } };
  });
}

export const handler = createHandler();
