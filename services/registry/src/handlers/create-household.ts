import { httpHandler } from '@shequ/kit';
import { toHouseholdView } from '../household-view.ts';
import { createHousehold as route } from '../schemas/households.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { createHousehold, requestActor } from '../store/households.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ body, caller }) => {
    const d = deps();
    const state = await createHousehold(d, body, requestActor(caller));
    return { status: 201, body: await toHouseholdView(d, state) };
  });
}

export const handler = createHandler();
