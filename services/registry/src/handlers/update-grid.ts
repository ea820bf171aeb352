import { assertInScope, httpHandler } from '@shequ/kit';
import { gridCode } from '../domain/places.ts';
import { updateGrid as route } from '../schemas/places.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { gridView, updateGrid } from '../store/places.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    assertInScope(caller, params.community);
    const grid = gridCode(params.community, params.number);
    return { body: gridView(await updateGrid(deps(), grid, body, caller.subject)) };
  });
}

export const handler = createHandler();
