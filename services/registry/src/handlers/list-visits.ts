import { assertInScope, httpHandler, NotFound } from '@shequ/kit';
import { listVisits as route, visitView } from '../schemas/visits.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { getPerson } from '../store/persons.ts';
import { listVisits } from '../store/visits.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, query, caller }) => {
    const d = deps();
    const person = await getPerson(d, params.id);
    if (!person) throw new NotFound('未找到该人员');
    assertInScope(caller, person.area);
    const page = await listVisits(d, person.id, query);
    return {
      body: { items: page.items.map((visit) => visitView.parse(visit)), ...(page.cursor ? { cursor: page.cursor } : {}) },
    };
  });
}

export const handler = createHandler();
