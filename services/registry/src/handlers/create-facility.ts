import { assertInScope, httpHandler } from '@shequ/kit';
import { createFacility as route } from '../schemas/places.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { createFacility, facilityView } from '../store/places.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    assertInScope(caller, params.community);
    return { status: 201, body: facilityView(await createFacility(deps(), params.community, body, caller.subject)) };
  });
}

export const handler = createHandler();
