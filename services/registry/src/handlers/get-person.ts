import { Forbidden, httpHandler, mayReveal } from '@shequ/kit';
import { visiblePerson } from '../person-access.ts';
import { toPersonView } from '../person-view.ts';
import { getPerson as route } from '../schemas/persons.ts';
import { recordReveal } from '../store/audit.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, query, caller }) => {
    const d = deps();
    const person = await visiblePerson(d, params.id, caller);
    const reveal = query.reveal === 'true';
    if (reveal && !mayReveal(caller)) throw new Forbidden('当前角色无权查看完整证件号和电话');
    if (reveal) await recordReveal(d, person.id, caller.subject, ['citizenId', ...(person.phoneCipher ? ['phone'] : [])]);
    return { body: await toPersonView(person, { reveal, pii: d.pii, today: d.now() }) };
  });
}

export const handler = createHandler();
