import { httpHandler } from '@shequ/kit';
import { visiblePerson } from '../person-access.ts';
import { listPersonAudit as route } from '../schemas/persons.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { listAudit } from '../store/persons.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, query, caller }) => {
    const d = deps();
    await visiblePerson(d, params.id, caller);
    return { body: await listAudit(d, params.id, query) };
  });
}

export const handler = createHandler();
