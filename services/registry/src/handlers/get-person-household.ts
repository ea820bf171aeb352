import { httpHandler } from '@shequ/kit';
import { toHouseholdView } from '../household-view.ts';
import { personWithRecordsVisible } from '../person-access.ts';
import { getPersonHousehold as route } from '../schemas/households.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { getHousehold, householdIdOf } from '../store/households.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const d = deps();
    const person = await personWithRecordsVisible(d, params.id, caller);
    // The person's claim item names their one household; none means they belong to no household.
    const householdId = await householdIdOf(d, person.id);
    const state = householdId ? await getHousehold(d, householdId) : undefined;
    return { body: { personId: person.id, household: state ? await toHouseholdView(d, state) : null } };
  });
}

export const handler = createHandler();
