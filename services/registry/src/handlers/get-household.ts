import { Forbidden, httpHandler, inScope, NotFound, staffRoles } from '@shequ/kit';
import { toHouseholdView } from '../household-view.ts';
import { getHousehold as route } from '../schemas/households.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { getHousehold } from '../store/households.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const d = deps();
    const state = await getHousehold(d, params.id);
    if (!state) throw new NotFound('未找到该户');
    const isMember = state.members.some((member) => member.personId === caller.personId);
    const isStaff = staffRoles.includes(caller.role);
    // Out-of-scope and missing look the same to non-staff, so household ids cannot be probed.
    if (!isMember && !(isStaff && inScope(caller, state.household.area))) {
      if (!isStaff) throw new NotFound('未找到该户');
      throw new Forbidden('该户不在您的管辖范围内');
    }
    return { body: await toHouseholdView(d, state) };
  });
}

export const handler = createHandler();
