import { httpHandler, inScope } from '@shequ/kit';
import { toPersonView } from '../person-view.ts';
import { searchPersons as route } from '../schemas/persons.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { findPersons } from '../store/persons.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ body, caller }) => {
    const d = deps();
    // Matches outside the caller's areas are left out silently: a 403 would confirm the number is registered.
    const found = (await findPersons(d, body)).filter((person) => inScope(caller, person.area));
    const today = d.now();
    return {
      body: { items: await Promise.all(found.map((person) => toPersonView(person, { reveal: false, pii: d.pii, today }))) },
    };
  });
}

export const handler = createHandler();
