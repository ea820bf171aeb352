import { assertInScope, httpHandler } from '@shequ/kit';
import { listImports as route } from '../schemas/imports.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { importView, listImports } from '../store/imports.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(caller, query.area);
    const page = await listImports(deps(), {
      community: query.area,
      inProgress: query.inProgress === 'true',
      limit: query.limit,
      cursor: query.cursor,
    });
    return { body: { items: page.items.map((job) => importView(job)), ...(page.cursor ? { cursor: page.cursor } : {}) } };
  });
}

export const handler = createHandler();
