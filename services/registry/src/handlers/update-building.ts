import { assertInScope, httpHandler } from '@shequ/kit';
import { updateBuilding as route } from '../schemas/places.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { buildingView, updateBuilding } from '../store/places.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    assertInScope(caller, params.community);
    return { body: buildingView(await updateBuilding(deps(), params.community, params.id, body, caller.subject)) };
  });
}

export const handler = createHandler();
