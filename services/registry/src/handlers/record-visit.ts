import { assertInScope, Conflict, httpHandler, NotFound, ValidationFailed } from '@shequ/kit';
import { effectiveDateProblem } from '../domain/persons.ts';
import { closedPersonProblem } from '../domain/visits.ts';
import { recordVisit as route, visitView } from '../schemas/visits.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { getPerson } from '../store/persons.ts';
import { recordVisit } from '../store/visits.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const person = await getPerson(d, params.id);
    if (!person) throw new NotFound('未找到该人员');
    assertInScope(caller, person.area);
    const closed = closedPersonProblem(person.status, '记录走访');
    if (closed) throw new Conflict(`person-${person.status}`, closed);
    const dateProblem = effectiveDateProblem(body.visitedOn, person.birthDate, d.now());
    if (dateProblem) throw ValidationFailed.field('body.visitedOn', dateProblem);
    const { visit } = await recordVisit(d, person, body, caller.subject);
    return { status: 201, body: visitView.parse(visit) };
  });
}

export const handler = createHandler();
