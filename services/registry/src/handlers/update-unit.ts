import { assertInScope, httpHandler } from '@shequ/kit';
import { updateUnit as route } from '../schemas/units.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { requireUnit, unitView, updateUnit } from '../store/units.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const unit = await requireUnit(d, params.id);
    assertInScope(caller, unit.area);
    return { body: unitView(await updateUnit(d, unit, body, caller.subject)) };
  });
}

export const handler = createHandler();
