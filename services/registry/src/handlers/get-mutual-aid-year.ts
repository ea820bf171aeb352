import { assertInScope, httpHandler } from '@shequ/kit';
import { communityReader } from '../domain/places.ts';
import { getMutualAidYear as route } from '../schemas/mutual-aid-year.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { mutualAidYear } from '../store/mutual-aid-year.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, query, caller }) => {
    assertInScope(communityReader(caller), query.area);
    return { body: await mutualAidYear(deps(), query.area, params.year) };
  });
}

export const handler = createHandler();
