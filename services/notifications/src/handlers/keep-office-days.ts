import {
  archivedCertificateTypes,
  CertificateApplied,
  CertificateIssued,
  CertificateRevoked,
  communityOf,
  OfficeHoursSet,
  parseEvent,
} from '@shequ/contracts';
import { eventConsumer } from '@shequ/kit';
import { defaultNotificationsDeps, type NotificationsDeps } from '../store/deps.ts';
import { keepOfficeHours, keepPendingCertificate } from '../store/office-days.ts';

/** Only the three certificates handled on fixed office days wait for one. */
const officeDayTypes: readonly string[] = archivedCertificateTypes;

/** Keeps each community's certificate office days and the certificates waiting for one. */
export function createHandler(deps: () => NotificationsDeps = defaultNotificationsDeps) {
  return eventConsumer('keep-office-days', async (envelope, log) => {
    const d = deps();
    switch (envelope.type) {
      case OfficeHoursSet.type: {
        const { data, occurredAt } = parseEvent(OfficeHoursSet, envelope);
        await keepOfficeHours(d, {
          community: data.community,
          certificateOfficeDays: data.certificateOfficeDays,
          summary: data.summary,
          asOf: occurredAt,
        });
        return;
      }
      case CertificateApplied.type:
      case CertificateIssued.type:
      case CertificateRevoked.type: {
        const { data, occurredAt } =
          envelope.type === CertificateApplied.type
            ? parseEvent(CertificateApplied, envelope)
            : envelope.type === CertificateIssued.type
              ? parseEvent(CertificateIssued, envelope)
              : parseEvent(CertificateRevoked, envelope);
        if (!officeDayTypes.includes(data.type)) return;
        await keepPendingCertificate(d, {
          certificateId: data.certificateId,
          personId: data.personId,
          community: communityOf(data.area),
          type: data.type,
          pending: envelope.type === CertificateApplied.type,
          asOf: occurredAt,
        });
        return;
      }
      default:
        log.warn('event not for this consumer, ignored');
    }
  });
}

export const handler = createHandler();
