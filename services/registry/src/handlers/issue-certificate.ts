import { ConcurrentModificationError } from '@shequ/ddb';
import { assertInScope, Conflict, httpHandler, NotFound } from '@shequ/kit';
import { transitionProblem } from '../domain/certificates.ts';
import { issueCertificate as route, toCertificateView } from '../schemas/certificates.ts';
import { getCertificate, issueCertificate, MonthArchivedError } from '../store/certificates.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const certificate = await getCertificate(d, params.id);
    if (!certificate) throw new NotFound('未找到该证件');
    assertInScope(caller, certificate.area);
    const refused = transitionProblem(certificate.status, 'issued');
    if (refused) throw new Conflict(`certificate-${certificate.status}`, refused);
    if (certificate.version !== body.version) throw new ConcurrentModificationError('stale version');
    try {
      return { body: toCertificateView(await issueCertificate(d, certificate, body.version, caller.subject)) };
    } catch (error) {
      if (error instanceof MonthArchivedError) {
        throw new Conflict('month-archived', `本社区 ${error.month} 的三证档案已移交街道，本月不能再签发三证，请于下月办理`);
      }
      throw error;
    }
  });
}

export const handler = createHandler();
