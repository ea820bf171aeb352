import { assertInScope, Conflict, httpHandler, NotFound } from '@shequ/kit';
import { closedPersonProblem } from '../domain/visits.ts';
import { setVisitPlan as route, visitPlanView } from '../schemas/visits.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { getPerson } from '../store/persons.ts';
import { setVisitPlan } from '../store/visits.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const person = await getPerson(d, params.id);
    if (!person) throw new NotFound('未找到该人员');
    assertInScope(caller, person.area);
    const closed = closedPersonProblem(person.status, '安排走访');
    if (closed) throw new Conflict(`person-${person.status}`, closed);
    const plan = await setVisitPlan(d, person, body, caller.subject);
    return { status: body.version === undefined ? 201 : 200, body: visitPlanView.parse(plan) };
  });
}

export const handler = createHandler();
