import { shanghaiDay } from '@shequ/contracts';
import { httpHandler } from '@shequ/kit';
import { getPairing as route, toPairingView, toVisitView } from '../schemas/pairing.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { pairingForCaller, pairingVisits } from '../store/pairing.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const d = deps();
    const { pairing } = await pairingForCaller(d, caller, params.id);
    const visits = await pairingVisits(d, pairing.pairingId);
    return { body: { ...toPairingView(pairing, shanghaiDay(d.now())), visitLog: visits.map(toVisitView) } };
  });
}

export const handler = createHandler();
