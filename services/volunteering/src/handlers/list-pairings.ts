import { shanghaiDay } from '@shequ/contracts';
import { assertInScope, httpHandler } from '@shequ/kit';
import { listPairings as route, toPairingView } from '../schemas/pairing.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { listPairings } from '../store/pairing.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    const d = deps();
    assertInScope(caller, query.community);
    const page = await listPairings(d, query.community, query.status, query);
    const today = shanghaiDay(d.now());
    return { body: { items: page.items.map((p) => toPairingView(p, today)), ...(page.cursor ? { cursor: page.cursor } : {}) } };
  });
}

export const handler = createHandler();
