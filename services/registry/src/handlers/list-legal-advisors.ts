import { assertInScope, httpHandler, NotFound } from '@shequ/kit';
import { listLegalAdvisors as route } from '../schemas/legal-advisors.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { legalAdvisorsOf } from '../store/legal-advisors.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(caller, query.area);
    const found = await legalAdvisorsOf(deps(), query.area);
    if (!found) throw new NotFound(`本区的区划数据中没有地区 ${query.area}，请核对代码`);
    return { body: found };
  });
}

export const handler = createHandler();
