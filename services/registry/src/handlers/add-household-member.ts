import { httpHandler } from '@shequ/kit';
import { toHouseholdView } from '../household-view.ts';
import { addHouseholdMember as route } from '../schemas/households.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { addHouseholdMember, requestActor } from '../store/households.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const { version, ...member } = body;
    const state = await addHouseholdMember(d, params.id, member, version, requestActor(caller));
    return { status: 201, body: await toHouseholdView(d, state) };
  });
}

export const handler = createHandler();
