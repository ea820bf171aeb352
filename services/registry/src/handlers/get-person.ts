import { Forbidden, httpHandler, inScope, mayReveal, NotFound } from '@shequ/kit';
import { toPersonView } from '../person-view.ts';
import { getPerson as route } from '../schemas/persons.ts';
import { recordReveal } from '../store/audit.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { getPerson } from '../store/persons.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, query, caller }) => {
    const d = deps();
    const person = await getPerson(d, params.id);
    const isSelf = caller.personId !== undefined && caller.personId === params.id;
    // Out-of-scope and missing look the same to a resident, so IDs cannot be probed; staff get 403.
    if (!person) throw new NotFound('未找到该人员');
    if (!isSelf && (caller.role === 'resident' || !inScope(caller, person.area))) {
      if (caller.role === 'resident') throw new NotFound('未找到该人员');
      throw new Forbidden(`该人员不在您的管辖范围内`);
    }
    const reveal = query.reveal === 'true';
    if (reveal && !mayReveal(caller)) throw new Forbidden('当前角色无权查看完整证件号和电话');
    if (reveal) await recordReveal(d, person.id, caller.subject, ['citizenId', ...(person.phoneCipher ? ['phone'] : [])]);
    return { body: await toPersonView(person, { reveal, pii: d.pii, today: d.now() }) };
  });
}

export const handler = createHandler();
