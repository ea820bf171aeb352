import { assertInScope, httpHandler } from '@shequ/kit';
import { grantMutualAidAward as route } from '../schemas/units.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { awardView, grantAward, requireUnit } from '../store/units.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ body, caller }) => {
    const d = deps();
    const unit = await requireUnit(d, body.unitId, 'body.unitId');
    assertInScope(caller, unit.area);
    return { status: 201, body: awardView(await grantAward(d, unit, body, caller.subject)) };
  });
}

export const handler = createHandler();
