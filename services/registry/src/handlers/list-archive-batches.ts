import { assertInScope, httpHandler } from '@shequ/kit';
import { archiveBatchView, listArchiveBatches as route } from '../schemas/certificates.ts';
import { listArchiveBatches } from '../store/certificates.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(caller, query.area);
    const page = await listArchiveBatches(deps(), query);
    return {
      body: { items: page.items.map((batch) => archiveBatchView.parse(batch)), ...(page.cursor ? { cursor: page.cursor } : {}) },
    };
  });
}

export const handler = createHandler();
