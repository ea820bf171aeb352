import { assertInScope, httpHandler, NotFound } from '@shequ/kit';
import { getCertificate as route, toCertificateView } from '../schemas/certificates.ts';
import { getCertificate } from '../store/certificates.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const certificate = await getCertificate(deps(), params.id);
    if (!certificate) throw new NotFound('未找到该证件');
    assertInScope(caller, certificate.area);
    return { body: toCertificateView(certificate) };
  });
}

export const handler = createHandler();
