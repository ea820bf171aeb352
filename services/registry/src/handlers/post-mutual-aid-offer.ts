import { assertInScope, httpHandler } from '@shequ/kit';
import { postMutualAidOffer as route } from '../schemas/units.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { offerView, postOffer, requireUnit } from '../store/units.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ body, caller }) => {
    const d = deps();
    const unit = await requireUnit(d, body.unitId, 'body.unitId');
    assertInScope(caller, unit.area);
    return { status: 201, body: offerView(await postOffer(d, unit, body, caller.subject)) };
  });
}

export const handler = createHandler();
