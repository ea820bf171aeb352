import { httpHandler, ValidationFailed } from '@shequ/kit';
import { effectiveDateProblem } from '../domain/persons.ts';
import { activePersonInScope } from '../person-access.ts';
import { recordVisit as route, visitView } from '../schemas/visits.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { recordVisit } from '../store/visits.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const person = await activePersonInScope(d, params.id, caller, '记录走访');
    const dateProblem = effectiveDateProblem(body.visitedOn, person.birthDate, d.now());
    if (dateProblem) throw ValidationFailed.field('body.visitedOn', dateProblem);
    const { visit } = await recordVisit(d, person, body, caller.subject);
    return { status: 201, body: visitView.parse(visit) };
  });
}

export const handler = createHandler();
