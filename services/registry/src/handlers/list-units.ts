import { assertInScope, httpHandler } from '@shequ/kit';
import { communityReader } from '../domain/places.ts';
import { listUnits as route } from '../schemas/units.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { listUnits, unitView } from '../store/units.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(communityReader(caller), query.area);
    const page = await listUnits(deps(), query);
    return { body: { ...page, items: page.items.map(unitView) } };
  });
}

export const handler = createHandler();
