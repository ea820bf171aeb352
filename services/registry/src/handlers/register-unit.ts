import { assertInScope, httpHandler } from '@shequ/kit';
import { registerUnit as route } from '../schemas/units.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { registerUnit, unitView } from '../store/units.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ body, caller }) => {
    assertInScope(caller, body.area);
    return { status: 201, body: unitView(await registerUnit(deps(), body, caller.subject)) };
  });
}

export const handler = createHandler();
