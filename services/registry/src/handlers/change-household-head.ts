import { httpHandler } from '@shequ/kit';
import { toHouseholdView } from '../household-view.ts';
import { changeHouseholdHead as route } from '../schemas/households.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { changeHouseholdHead, requestActor } from '../store/households.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const { version, ...head } = body;
    const state = await changeHouseholdHead(d, params.id, head, version, requestActor(caller));
    return { body: await toHouseholdView(d, state) };
  });
}

export const handler = createHandler();
