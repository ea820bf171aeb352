import { key, putIfNewer, queryAll, recordOf } from '@shequ/ddb';
import type { NotificationsDeps } from './deps.ts';

/**
 * Each community's certificate office days and the certificates waiting for one, kept from registry
 * events: enough to remind an applicant of the next office day without reading the registry.
 */

export interface OfficeHoursRecord {
  community: string;
  certificateOfficeDays: number[];
  summary: string;
  asOf: string;
}

export interface PendingCertificate {
  certificateId: string;
  personId: string;
  community: string;
  type: string;
  pending: boolean;
  asOf: string;
}

const HOURS_PARTITION = 'OFFICE-HOURS';

export function keepOfficeHours(deps: NotificationsDeps, hours: OfficeHoursRecord): Promise<boolean> {
  return putIfNewer(deps, { pk: HOURS_PARTITION, sk: hours.community, entity: 'office-hours', ...hours });
}

/** Applied: waiting for an office day; issued or revoked: no longer (kept as `pending: false`, so a late "applied" cannot revive it). */
export function keepPendingCertificate(deps: NotificationsDeps, certificate: PendingCertificate): Promise<boolean> {
  return putIfNewer(deps, {
    pk: key('OFFICE', certificate.community),
    sk: key('PENDING', certificate.certificateId),
    entity: 'pending-certificate',
    ...certificate,
  });
}

export async function allOfficeHours(deps: NotificationsDeps): Promise<OfficeHoursRecord[]> {
  const items = await queryAll(deps, {
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': HOURS_PARTITION },
  });
  return items.map((item) => recordOf<OfficeHoursRecord>(item));
}

export async function pendingCertificates(deps: NotificationsDeps, community: string): Promise<PendingCertificate[]> {
  const items = await queryAll(deps, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': key('OFFICE', community), ':prefix': 'PENDING#' },
  });
  return items.map((item) => recordOf<PendingCertificate>(item)).filter((certificate) => certificate.pending);
}
