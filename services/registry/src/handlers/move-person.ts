import { httpHandler, ValidationFailed } from '@shequ/kit';
import { effectiveDateProblem, isResidentialAreaOf } from '../domain/persons.ts';
import { personToChange } from '../person-access.ts';
import { toPersonView } from '../person-view.ts';
import { movePerson as route } from '../schemas/persons.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { movePerson } from '../store/persons.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    if (!isResidentialAreaOf(d.district, body.area)) {
      throw ValidationFailed.field('body.area', `迁入地须为本区（${d.district}）的社区或网格；迁往区外请办理迁出`);
    }
    // Scope is checked on where the person lives now: the sending side registers the move, and the
    // destination only has to be in this district (the receiving community sees the person arrive in its list).
    const person = await personToChange(d, params.id, caller, 'move', body.version);
    if (body.area === person.area) {
      throw ValidationFailed.field('body.area', '迁入地与现住地相同；同一网格内换楼栋或房号请直接修改人员信息');
    }
    const dateProblem = effectiveDateProblem(body.date, person.birthDate, d.now());
    if (dateProblem) throw ValidationFailed.field('body.date', dateProblem);
    const moved = await movePerson(d, person, body, caller.subject);
    return { body: await toPersonView(moved, { reveal: false, pii: d.pii, today: d.now() }) };
  });
}

export const handler = createHandler();
