import { httpHandler, ValidationFailed } from '@shequ/kit';
import { effectiveDateProblem } from '../domain/persons.ts';
import { personToChange } from '../person-access.ts';
import { toPersonView } from '../person-view.ts';
import { recordDeath as route } from '../schemas/persons.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { recordDeath } from '../store/persons.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const person = await personToChange(d, params.id, caller, 'decease', body.version);
    const dateProblem = effectiveDateProblem(body.dateOfDeath, person.birthDate, d.now());
    if (dateProblem) throw ValidationFailed.field('body.dateOfDeath', dateProblem);
    if (body.burial?.date && body.burial.date < body.dateOfDeath) {
      throw ValidationFailed.field('body.burial.date', '安葬日期不能早于死亡日期');
    }
    const recorded = await recordDeath(d, person, body, caller.subject);
    return { body: await toPersonView(recorded, { reveal: false, pii: d.pii, today: d.now() }) };
  });
}

export const handler = createHandler();
