import { httpHandler, ValidationFailed } from '@shequ/kit';
import { effectiveDateProblem } from '../domain/persons.ts';
import { personToChange } from '../person-access.ts';
import { toPersonView } from '../person-view.ts';
import { movePersonOut as route } from '../schemas/persons.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { movePersonOut } from '../store/persons.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const person = await personToChange(d, params.id, caller, 'move-out', body.version);
    const dateProblem = effectiveDateProblem(body.date, person.birthDate, d.now());
    if (dateProblem) throw ValidationFailed.field('body.date', dateProblem);
    const moved = await movePersonOut(d, person, body, caller.subject);
    return { body: await toPersonView(moved, { reveal: false, pii: d.pii, today: d.now() }) };
  });
}

export const handler = createHandler();
