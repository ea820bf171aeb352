import { assertInScope, httpHandler } from '@shequ/kit';
import { toHouseholdSummary } from '../household-view.ts';
import { listHouseholds as route } from '../schemas/households.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { listHouseholds } from '../store/households.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(caller, query.area);
    const page = await listHouseholds(deps(), query);
    return { body: { items: page.items.map(toHouseholdSummary), ...(page.cursor ? { cursor: page.cursor } : {}) } };
  });
}

export const handler = createHandler();
