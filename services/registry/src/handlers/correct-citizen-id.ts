import { Conflict, httpHandler, ValidationFailed } from '@shequ/kit';
import { personToChange } from '../person-access.ts';
import { toPersonView } from '../person-view.ts';
import { correctCitizenId as route } from '../schemas/persons.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { correctCitizenId, DuplicateCitizenIdError } from '../store/persons.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const person = await personToChange(d, params.id, caller, 'correct-citizen-id', body.version);
    if ((await d.pii.decrypt(person.citizenIdCipher)) === body.citizenId) {
      throw ValidationFailed.field('body.citizenId', '新号码与原登记号码相同，无需更正');
    }
    try {
      const corrected = await correctCitizenId(d, person, body, caller.subject);
      return { body: await toPersonView(corrected, { reveal: false, pii: d.pii, today: d.now() }) };
    } catch (error) {
      if (error instanceof DuplicateCitizenIdError) {
        throw new Conflict('citizen-id-registered', '该公民身份号码已登记为本区另一人，不能更正为此号码；请先核实两条记录');
      }
      throw error;
    }
  });
}

export const handler = createHandler();
