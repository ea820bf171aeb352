import { assertInScope, httpHandler } from '@shequ/kit';
import { communityReader } from '../domain/places.ts';
import { listMutualAidOffers as route } from '../schemas/units.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { listOffers, offerView } from '../store/units.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(communityReader(caller), query.area);
    const page = await listOffers(deps(), query);
    return { body: { ...page, items: page.items.map(offerView) } };
  });
}

export const handler = createHandler();
