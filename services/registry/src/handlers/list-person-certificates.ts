import { httpHandler } from '@shequ/kit';
import { personWithRecordsVisible } from '../person-access.ts';
import { listPersonCertificates as route, toCertificateView } from '../schemas/certificates.ts';
import { heldCertificates } from '../store/certificates.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const d = deps();
    const person = await personWithRecordsVisible(d, params.id, caller);
    const certificates = await heldCertificates(d, person.id);
    return { body: { personId: person.id, items: certificates.map(toCertificateView) } };
  });
}

export const handler = createHandler();
