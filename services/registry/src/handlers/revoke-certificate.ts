import { ConcurrentModificationError } from '@shequ/ddb';
import { assertInScope, Conflict, httpHandler, NotFound } from '@shequ/kit';
import { transitionProblem } from '../domain/certificates.ts';
import { revokeCertificate as route, toCertificateView } from '../schemas/certificates.ts';
import { getCertificate, revokeCertificate } from '../store/certificates.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const certificate = await getCertificate(d, params.id);
    if (!certificate) throw new NotFound('未找到该证件');
    assertInScope(caller, certificate.area);
    const refused = transitionProblem(certificate.status, 'revoked');
    if (refused) throw new Conflict(`certificate-${certificate.status}`, refused);
    if (certificate.version !== body.version) throw new ConcurrentModificationError('stale version');
    const revoked = await revokeCertificate(d, certificate, body.version, body.reason, caller.subject);
    return { body: toCertificateView(revoked) };
  });
}

export const handler = createHandler();
