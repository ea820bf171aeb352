import { assertInScope, httpHandler } from '@shequ/kit';
import { toPersonView } from '../person-view.ts';
import { listPersons as route } from '../schemas/persons.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { listPersons } from '../store/persons.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(caller, query.area);
    const d = deps();
    const page = await listPersons(d, query);
    const today = d.now();
    return {
      body: {
        items: await Promise.all(page.items.map((person) => toPersonView(person, { reveal: false, pii: d.pii, today }))),
        ...(page.cursor ? { cursor: page.cursor } : {}),
      },
    };
  });
}

export const handler = createHandler();
