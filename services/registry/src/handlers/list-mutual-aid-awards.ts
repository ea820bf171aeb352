import { assertInScope, httpHandler } from '@shequ/kit';
import { communityReader } from '../domain/places.ts';
import { listMutualAidAwards as route } from '../schemas/units.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { awardView, listAwards } from '../store/units.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(communityReader(caller), query.area);
    const page = await listAwards(deps(), query);
    return { body: { ...page, items: page.items.map(awardView) } };
  });
}

export const handler = createHandler();
