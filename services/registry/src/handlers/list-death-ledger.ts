import { assertInScope, httpHandler } from '@shequ/kit';
import { toDeathRecordView } from '../person-view.ts';
import { listDeathLedger as route } from '../schemas/persons.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { listDeathLedger } from '../store/persons.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(caller, query.area);
    const page = await listDeathLedger(deps(), query);
    return { body: { items: page.items.map(toDeathRecordView), ...(page.cursor ? { cursor: page.cursor } : {}) } };
  });
}

export const handler = createHandler();
