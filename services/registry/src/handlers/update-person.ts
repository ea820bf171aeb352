import { httpHandler, ValidationFailed } from '@shequ/kit';
import { patchDetails } from '../domain/persons.ts';
import { personToChange } from '../person-access.ts';
import { toPersonView } from '../person-view.ts';
import { updatePerson as route } from '../schemas/persons.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { detailsOf, updatePerson } from '../store/persons.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const person = await personToChange(d, params.id, caller, 'update', body.version);
    const patched = patchDetails(await detailsOf(d, person), body);
    if (!patched.ok) throw ValidationFailed.field(`body.${patched.field}`, patched.message);
    // Sending what is already there changes nothing: no new version, no audit entry, no event.
    const updated = patched.changed.length > 0 ? await updatePerson(d, person, patched, caller.subject) : person;
    return { body: await toPersonView(updated, { reveal: false, pii: d.pii, today: d.now() }) };
  });
}

export const handler = createHandler();
