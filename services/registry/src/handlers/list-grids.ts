import { assertInScope, httpHandler } from '@shequ/kit';
import { communityReader } from '../domain/places.ts';
import { listGrids as route } from '../schemas/places.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { gridView, listGrids } from '../store/places.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, query, caller }) => {
    assertInScope(communityReader(caller), params.community);
    const page = await listGrids(deps(), params.community, query);
    return { body: { ...page, items: page.items.map(gridView) } };
  });
}

export const handler = createHandler();
