import { assertInScope, httpHandler } from '@shequ/kit';
import { createBuilding as route } from '../schemas/places.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { buildingView, createBuilding } from '../store/places.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    assertInScope(caller, params.community);
    return { status: 201, body: buildingView(await createBuilding(deps(), params.community, body, caller.subject)) };
  });
}

export const handler = createHandler();
