import { assertInScope, httpHandler } from '@shequ/kit';
import { listVolunteers as route, toVolunteerView } from '../schemas/volunteers.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { listVolunteers } from '../store/volunteers.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(caller, query.community);
    const page = await listVolunteers(deps(), query, query);
    // Skills are a list, so the skill filter applies to the page read: a page may hold fewer, never skip any.
    const items = query.skill ? page.items.filter((v) => v.skills.includes(query.skill as never)) : page.items;
    return { body: { items: items.map((v) => toVolunteerView(v)), ...(page.cursor ? { cursor: page.cursor } : {}) } };
  });
}

export const handler = createHandler();
