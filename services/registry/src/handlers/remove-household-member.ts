import { httpHandler } from '@shequ/kit';
import { toHouseholdView } from '../household-view.ts';
import { removeHouseholdMember as route } from '../schemas/households.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { removeHouseholdMember, requestActor } from '../store/households.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, query, caller }) => {
    const d = deps();
    const state = await removeHouseholdMember(d, params.id, params.personId, query.version, requestActor(caller));
    return { body: await toHouseholdView(d, state) };
  });
}

export const handler = createHandler();
