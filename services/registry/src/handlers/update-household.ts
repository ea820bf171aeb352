import { httpHandler } from '@shequ/kit';
import { toHouseholdView } from '../household-view.ts';
import { updateHousehold as route } from '../schemas/households.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { requestActor, updateHousehold } from '../store/households.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const { version, ...patch } = body;
    const state = await updateHousehold(d, params.id, patch, version, requestActor(caller));
    return { body: await toHouseholdView(d, state) };
  });
}

export const handler = createHandler();
