import { assertInScope, httpHandler } from '@shequ/kit';
import { communityReader } from '../domain/places.ts';
import { getUnit as route } from '../schemas/units.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { requireUnit, unitView } from '../store/units.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const unit = await requireUnit(deps(), params.id);
    assertInScope(communityReader(caller), unit.area);
    return { body: unitView(unit) };
  });
}

export const handler = createHandler();
