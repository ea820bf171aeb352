import { assertInScope, httpHandler } from '@shequ/kit';
import { shanghaiDate } from '../domain/persons.ts';
import { dueListEnd } from '../domain/visits.ts';
import { listDueVisits as route, toDuePage } from '../schemas/visits.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { namesOf } from '../store/persons.ts';
import { listDueVisits } from '../store/visits.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(caller, query.area);
    const d = deps();
    const today = shanghaiDate(d.now());
    const page = await listDueVisits(d, { ...query, before: dueListEnd(query.before, today) });
    const names = await namesOf(
      d,
      page.items.map((plan) => plan.personId),
    );
    return { body: toDuePage(page, today, names) };
  });
}

export const handler = createHandler();
