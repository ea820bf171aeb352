import { assertInScope, httpHandler } from '@shequ/kit';
import { communityReader } from '../domain/places.ts';
import { listFacilities as route } from '../schemas/places.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { facilityView, listFacilities } from '../store/places.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, query, caller }) => {
    assertInScope(communityReader(caller), params.community);
    const page = await listFacilities(deps(), params.community, query);
    return { body: { ...page, items: page.items.map(facilityView) } };
  });
}

export const handler = createHandler();
