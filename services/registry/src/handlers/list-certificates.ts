import { assertInScope, httpHandler } from '@shequ/kit';
import { listCertificates as route, toCertificateView } from '../schemas/certificates.ts';
import { listCertificates } from '../store/certificates.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(caller, query.area);
    const page = await listCertificates(deps(), query);
    return { body: { items: page.items.map(toCertificateView), ...(page.cursor ? { cursor: page.cursor } : {}) } };
  });
}

export const handler = createHandler();
