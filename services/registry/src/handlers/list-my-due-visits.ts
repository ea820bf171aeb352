import { httpHandler } from '@shequ/kit';
import { shanghaiDate } from '../domain/persons.ts';
import { dueListEnd } from '../domain/visits.ts';
import { listMyDueVisits as route, toDuePage } from '../schemas/visits.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { namesOf } from '../store/persons.ts';
import { listVisitsDueFor } from '../store/visits.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    const d = deps();
    const today = shanghaiDate(d.now());
    const page = await listVisitsDueFor(d, { ...query, assignedTo: caller.subject, before: dueListEnd(query.before, today) });
    const names = await namesOf(
      d,
      page.items.map((plan) => plan.personId),
    );
    return { body: toDuePage(page, today, names) };
  });
}

export const handler = createHandler();
