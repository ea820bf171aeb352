import { assertInScope, Conflict, httpHandler } from '@shequ/kit';
import { toPersonView } from '../person-view.ts';
import { registerPerson as route } from '../schemas/persons.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { DuplicateCitizenIdError, registerPerson } from '../store/persons.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ body, caller }) => {
    assertInScope(caller, body.area);
    const d = deps();
    try {
      const { person } = await registerPerson(d, body, caller.subject);
      return { status: 201, body: await toPersonView(person, { reveal: false, pii: d.pii, today: d.now() }) };
    } catch (error) {
      if (error instanceof DuplicateCitizenIdError) {
        throw new Conflict('citizen-id-registered', '该公民身份号码已在本区登记，请勿重复登记；如人员迁移请办理迁移');
      }
      throw error;
    }
  });
}

export const handler = createHandler();
