import { shanghaiDay } from '@shequ/contracts';
import { ConcurrentModificationError } from '@shequ/ddb';
import { assertInScope, Conflict, httpHandler, NotFound } from '@shequ/kit';
import type { Pairing } from '../domain/pairing.ts';
import { endPairing as route, toPairingView } from '../schemas/pairing.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { endPairing, getPairing } from '../store/pairing.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const pairing = await getPairing(d, params.id);
    if (!pairing) throw new NotFound('未找到该结对帮扶');
    assertInScope(caller, pairing.community);
    if (pairing.status !== 'active') throw new Conflict('pairing-ended', '该结对帮扶已结束');
    if (pairing.version !== body.version) throw new ConcurrentModificationError();
    const today = shanghaiDay(d.now());
    const ended: Pairing = { ...pairing, status: 'ended', endedOn: today, endReason: body.reason, endedBy: caller.subject };
    return { body: toPairingView(await endPairing(d, pairing, ended), today) };
  });
}

export const handler = createHandler();
