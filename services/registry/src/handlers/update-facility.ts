import { assertInScope, httpHandler } from '@shequ/kit';
import { updateFacility as route } from '../schemas/places.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { facilityView, updateFacility } from '../store/places.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    assertInScope(caller, params.community);
    return { body: facilityView(await updateFacility(deps(), params.community, params.id, body, caller.subject)) };
  });
}

export const handler = createHandler();
