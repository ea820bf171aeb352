import { assertInScope, httpHandler } from '@shequ/kit';
import { communityReader } from '../domain/places.ts';
import { listMutualAidActivities as route } from '../schemas/mutual-aid-year.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { activityView, listActivities } from '../store/mutual-aid-year.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(communityReader(caller), query.area);
    const page = await listActivities(deps(), query);
    return { body: { ...page, items: page.items.map(activityView) } };
  });
}

export const handler = createHandler();
