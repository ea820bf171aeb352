import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  ArchiveBatchHandedOver,
  type ArchivedCertificateType,
  archivedCertificateTypes,
  CertificateApplied,
  CertificateIssued,
  CertificateRevoked,
  type CertificateType,
  communityOf,
  createEvent,
} from '@shequ/contracts';
import {
  ConcurrentModificationError,
  createPut,
  failedConditionIndex,
  getItems,
  isTransactionConflict,
  key,
  keyIdOf,
  newId,
  type Page,
  type PageRequest,
  queryAll,
  queryPage,
  recordOf,
  type TransactItem,
  versionedPut,
  writeWithEvents,
} from '@shequ/ddb';
import { gridOf, levelOf } from '../domain/areas.ts';
import {
  type CertificateDetails,
  type CertificateStatus,
  certificateCatalogue,
  certificateNumber,
  countArchived,
  isArchivedType,
  type RequiredGroup,
  subdistrictOf,
} from '../domain/certificates.ts';
import { shanghaiDateTime } from '../domain/visits.ts';
import { auditPut } from './audit.ts';
import type { RegistryDeps } from './deps.ts';
import type { PersonRecord } from './persons.ts';

export interface CertificateRecord {
  id: string;
  personId: string;
  /** As on the application (and the printed card), so lists need no read of the person. */
  personName: string;
  area: string;
  community: string;
  type: CertificateType;
  status: CertificateStatus;
  details?: CertificateDetails;
  number?: string;
  appliedAt: string;
  appliedBy: string;
  issuedAt?: string;
  issuedBy?: string;
  revokedAt?: string;
  revokedBy?: string;
  revokeReason?: string;
  /** Local (Shanghai) time of issue, else of application: what lists sort and filter months by. */
  listedAt: string;
  version: number;
}

export interface ArchiveBatchRecord {
  id: string;
  community: string;
  subdistrict: string;
  month: string;
  status: 'handed-over';
  certificates: { id: string; type: ArchivedCertificateType; number: string; personName: string }[];
  counts: Record<ArchivedCertificateType, number>;
  total: number;
  handedOverAt: string;
  handedOverBy: string;
}

export class CertificateHeldError extends Error {
  override name = 'CertificateHeldError';
  constructor(readonly existingId: string | undefined) {
    super('person already holds this certificate type');
  }
}

/** The month's three certificates were already handed over: issuing one more would leave it out of the archive. */
export class MonthArchivedError extends Error {
  override name = 'MonthArchivedError';
  constructor(readonly month: string) {
    super(`archive batch for ${month} exists`);
  }
}

export class ArchiveBatchExistsError extends Error {
  override name = 'ArchiveBatchExistsError';
}

function certificateKey(id: string) {
  return { pk: key('CERT', id), sk: 'CERT' };
}

/** One valid (applied or issued) certificate of a type per person, claimed by this item in the person's partition. */
function heldKey(personId: string, type: CertificateType) {
  return { pk: key('PERSON', personId), sk: key('CERTHELD', type) };
}

function archiveKey(community: string, month: string) {
  return { pk: key('ARCHIVE', community, month), sk: 'ARCHIVE' };
}

/**
 * gsi1 lists a community's certificates by type, then by local time of issue (or application), so
 * "type T in month M" is one key range and the month batch reads exactly what it hands over.
 */
function certificateItem(record: CertificateRecord) {
  return {
    ...certificateKey(record.id),
    entity: 'certificate',
    ...record,
    gsi1pk: key('AREA', record.community, 'CERT'),
    gsi1sk: key(record.type, record.listedAt, record.id),
  };
}

export async function getCertificate(deps: RegistryDeps, id: string): Promise<CertificateRecord | undefined> {
  const out = await deps.client.send(new GetCommand({ TableName: deps.tableName, Key: certificateKey(id) }));
  return out.Item ? recordOf<CertificateRecord>(out.Item) : undefined;
}

/**
 * A person's valid (applied or issued) certificates, newest application first: the claims in their
 * partition name them (one Query), the certificates themselves come in one BatchGet.
 */
export async function heldCertificates(deps: RegistryDeps, personId: string): Promise<CertificateRecord[]> {
  const claims = await queryAll(deps, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :held)',
    ExpressionAttributeValues: { ':pk': key('PERSON', personId), ':held': key('CERTHELD', '') },
    ConsistentRead: true,
  });
  const keys = claims.map((claim) => certificateKey(String(claim.certificateId)));
  const found = await getItems(deps, keys);
  return keys
    .flatMap((certificate) => {
      const item = found.get(keyIdOf(certificate));
      return item ? [recordOf<CertificateRecord>(item)] : [];
    })
    .sort((a, b) => b.appliedAt.localeCompare(a.appliedAt));
}

/** Whether a person is a member of a special group: the groups capability keeps `PERSON#<id>` / `GROUP#<group>`. */
export async function isGroupMember(deps: RegistryDeps, personId: string, group: RequiredGroup): Promise<boolean> {
  const out = await deps.client.send(
    new GetCommand({
      TableName: deps.tableName,
      Key: { pk: key('PERSON', personId), sk: key('GROUP', group) },
      ConsistentRead: true,
    }),
  );
  return out.Item !== undefined;
}

/**
 * Records an application with its audit entry and CertificateApplied, claiming the person's one valid
 * certificate of the type in the same transaction (CertificateHeldError when another one holds it).
 */
export async function applyForCertificate(
  deps: RegistryDeps,
  person: PersonRecord,
  input: { type: CertificateType; details?: CertificateDetails | undefined },
  actor: string,
): Promise<CertificateRecord> {
  const now = deps.now();
  const record: CertificateRecord = {
    id: newId(now),
    personId: person.id,
    personName: person.name,
    area: person.area,
    community: communityOf(person.area),
    type: input.type,
    status: 'applied',
    ...(input.details && Object.keys(input.details).length > 0 ? { details: input.details } : {}),
    appliedAt: now.toISOString(),
    appliedBy: actor,
    listedAt: shanghaiDateTime(now),
    version: 1,
  };
  const event = createEvent(CertificateApplied, {
    id: newId(now),
    district: deps.district,
    area: person.area,
    occurredAt: now,
    data: { certificateId: record.id, personId: person.id, area: person.area, type: record.type, appliedAt: record.appliedAt },
  });
  const held = heldKey(person.id, record.type);
  try {
    await writeWithEvents(
      deps.client,
      deps.tableName,
      [
        createPut(deps.tableName, certificateItem(record)),
        createPut(deps.tableName, { ...held, entity: 'certificate-held', certificateId: record.id }),
        auditPut(deps.tableName, person.id, {
          action: 'certificate-apply',
          actor,
          at: record.appliedAt,
          fields: ['certificate'],
        }),
      ],
      [event],
    );
  } catch (error) {
    if (failedConditionIndex(error) === 1) {
      const existing = await deps.client.send(new GetCommand({ TableName: deps.tableName, Key: held }));
      throw new CertificateHeldError(existing.Item?.certificateId as string | undefined);
    }
    throw error;
  }
  return record;
}

/** Enough for ten clerks issuing the same type at the same second; a real office sees one or two. */
const NUMBER_ATTEMPTS = 30;

/**
 * Issues an applied certificate with the next number of its community, type and year. The number is
 * claimed by a compare-and-set on the counter item in the same transaction as the certificate, its audit
 * entry and CertificateIssued: a number is used only if the issue commits (gap-free), and two issues
 * reading the same counter cannot both commit (unique); the loser re-reads and tries the next number.
 */
export async function issueCertificate(
  deps: RegistryDeps,
  certificate: CertificateRecord,
  expectedVersion: number,
  actor: string,
): Promise<CertificateRecord> {
  const now = deps.now();
  const local = shanghaiDateTime(now);
  const year = local.slice(0, 4);
  const month = local.slice(0, 7);
  const issuedAt = now.toISOString();
  const counterKey = { pk: key('CERTSEQ', certificate.community, certificate.type, year), sk: 'CERTSEQ' };
  for (let attempt = 1; attempt <= NUMBER_ATTEMPTS; attempt++) {
    const counter = await deps.client.send(new GetCommand({ TableName: deps.tableName, Key: counterKey, ConsistentRead: true }));
    const last = (counter.Item?.last as number | undefined) ?? 0;
    const number = certificateNumber(certificate.community, certificate.type, year, last + 1);
    const issued: CertificateRecord = {
      ...certificate,
      status: 'issued',
      number,
      issuedAt,
      issuedBy: actor,
      listedAt: local,
      version: expectedVersion + 1,
    };
    const event = createEvent(CertificateIssued, {
      id: newId(now),
      district: deps.district,
      area: certificate.area,
      occurredAt: now,
      data: {
        certificateId: certificate.id,
        personId: certificate.personId,
        area: certificate.area,
        type: certificate.type,
        typeLabel: certificateCatalogue[certificate.type].label,
        number,
        issuedAt,
        ...(certificate.details?.discountPercent !== undefined ? { discountPercent: certificate.details.discountPercent } : {}),
      },
    });
    const items: TransactItem[] = [
      {
        Update: {
          TableName: deps.tableName,
          Key: counterKey,
          UpdateExpression: 'SET #last = :next, entity = :entity',
          ConditionExpression: last === 0 ? 'attribute_not_exists(pk)' : '#last = :last',
          ExpressionAttributeNames: { '#last': 'last' },
          ExpressionAttributeValues: {
            ':next': last + 1,
            ':entity': 'certificate-counter',
            ...(last === 0 ? {} : { ':last': last }),
          },
        },
      },
      versionedPut(deps.tableName, certificateItem(issued), expectedVersion),
      auditPut(deps.tableName, certificate.personId, {
        action: 'certificate-issue',
        actor,
        at: issuedAt,
        fields: ['certificate.status', 'certificate.number'],
      }),
      ...(isArchivedType(certificate.type)
        ? [
            {
              ConditionCheck: {
                TableName: deps.tableName,
                Key: archiveKey(certificate.community, month),
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ]
        : []),
    ];
    try {
      await writeWithEvents(deps.client, deps.tableName, items, [event]);
      return issued;
    } catch (error) {
      const failed = failedConditionIndex(error);
      if (failed === 1) throw new ConcurrentModificationError('certificate changed');
      if (failed === 3) throw new MonthArchivedError(month);
      if (failed !== 0 && !isTransactionConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
  throw new ConcurrentModificationError('certificate number contended');
}

/** Revokes a certificate and frees the person's claim on its type, so a replacement can be applied for. */
export async function revokeCertificate(
  deps: RegistryDeps,
  certificate: CertificateRecord,
  expectedVersion: number,
  reason: string,
  actor: string,
): Promise<CertificateRecord> {
  const now = deps.now();
  const revokedAt = now.toISOString();
  const revoked: CertificateRecord = {
    ...certificate,
    status: 'revoked',
    revokedAt,
    revokedBy: actor,
    revokeReason: reason,
    version: expectedVersion + 1,
  };
  const event = createEvent(CertificateRevoked, {
    id: newId(now),
    district: deps.district,
    area: certificate.area,
    occurredAt: now,
    data: {
      certificateId: certificate.id,
      personId: certificate.personId,
      area: certificate.area,
      type: certificate.type,
      ...(certificate.number ? { number: certificate.number } : {}),
      reason,
      revokedAt,
    },
  });
  try {
    await writeWithEvents(
      deps.client,
      deps.tableName,
      [
        versionedPut(deps.tableName, certificateItem(revoked), expectedVersion),
        {
          Delete: {
            TableName: deps.tableName,
            Key: heldKey(certificate.personId, certificate.type),
            // Only this certificate's own claim: never free a claim another certificate holds.
            ConditionExpression: 'attribute_not_exists(pk) OR certificateId = :id',
            ExpressionAttributeValues: { ':id': certificate.id },
          },
        },
        auditPut(deps.tableName, certificate.personId, {
          action: 'certificate-revoke',
          actor,
          at: revokedAt,
          fields: ['certificate.status'],
        }),
      ],
      [event],
    );
  } catch (error) {
    if (failedConditionIndex(error) === 0) throw new ConcurrentModificationError('certificate changed');
    throw error;
  }
  return revoked;
}

export type CertificateQuery = PageRequest & {
  area: string;
  type?: CertificateType | undefined;
  status?: CertificateStatus | undefined;
  month?: string | undefined;
};

/**
 * One page of a community's certificates, newest first within each type. Type (and month with it) is a
 * key range; grid, status, and a month without a type are filters, so a page may be short but never skips.
 */
export function listCertificates(deps: RegistryDeps, query: CertificateQuery): Promise<Page<CertificateRecord>> {
  const grid = gridOf(query.area);
  const prefix = query.type ? (query.month ? key(query.type, query.month) : `${query.type}#`) : undefined;
  const month = query.type ? undefined : query.month;
  // Built here rather than as queryPage's equality filter, which cannot be combined with the month's begins_with.
  const filters = [
    ...(grid ? ['area = :grid'] : []),
    ...(query.status ? ['#status = :status'] : []),
    ...(month ? ['begins_with(listedAt, :month)'] : []),
  ];
  return queryPage<CertificateRecord>(
    deps,
    {
      IndexName: 'gsi1',
      KeyConditionExpression: prefix ? 'gsi1pk = :pk AND begins_with(gsi1sk, :prefix)' : 'gsi1pk = :pk',
      ...(filters.length > 0 ? { FilterExpression: filters.join(' AND ') } : {}),
      ...(query.status ? { ExpressionAttributeNames: { '#status': 'status' } } : {}),
      ExpressionAttributeValues: {
        ':pk': key('AREA', communityOf(query.area), 'CERT'),
        ...(prefix ? { ':prefix': prefix } : {}),
        ...(grid ? { ':grid': grid } : {}),
        ...(query.status ? { ':status': query.status } : {}),
        ...(month ? { ':month': month } : {}),
      },
      ScanIndexForward: false,
    },
    query,
  );
}

/** Every issued certificate of one archived type in a community's month, all pages. */
async function issuedInMonth(deps: RegistryDeps, community: string, type: ArchivedCertificateType, month: string) {
  const found: CertificateRecord[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await deps.client.send(
      new QueryCommand({
        TableName: deps.tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :prefix)',
        FilterExpression: '#status = :issued',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':pk': key('AREA', community, 'CERT'), ':prefix': key(type, month), ':issued': 'issued' },
        ExclusiveStartKey: startKey,
      }),
    );
    found.push(...(out.Items ?? []).map((item) => recordOf<CertificateRecord>(item)));
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return found;
}

/**
 * Hands a community's month of the three certificates to its sub-district: one batch per community and
 * month (ArchiveBatchExistsError on a second), written with ArchiveBatchHandedOver. From then on issuing
 * one of the three in that month is refused (see `issueCertificate`), so the batch stays complete.
 */
export async function handOverArchiveBatch(
  deps: RegistryDeps,
  community: string,
  month: string,
  actor: string,
): Promise<ArchiveBatchRecord> {
  const now = deps.now();
  const issued = (await Promise.all(archivedCertificateTypes.map((type) => issuedInMonth(deps, community, type, month)))).flat();
  const counts = countArchived(issued);
  const batch: ArchiveBatchRecord = {
    id: newId(now),
    community,
    subdistrict: subdistrictOf(community),
    month,
    status: 'handed-over',
    certificates: issued.map((certificate) => ({
      id: certificate.id,
      type: certificate.type as ArchivedCertificateType,
      number: certificate.number as string,
      personName: certificate.personName,
    })),
    counts,
    total: issued.length,
    handedOverAt: now.toISOString(),
    handedOverBy: actor,
  };
  const event = createEvent(ArchiveBatchHandedOver, {
    id: newId(now),
    district: deps.district,
    area: community,
    occurredAt: now,
    data: { batchId: batch.id, community, subdistrict: batch.subdistrict, month, counts, total: batch.total },
  });
  try {
    await writeWithEvents(
      deps.client,
      deps.tableName,
      [
        createPut(deps.tableName, {
          ...archiveKey(community, month),
          entity: 'archive-batch',
          ...batch,
          // gsi1: a sub-district's batches; gsi2: one community's. Both newest month first.
          gsi1pk: key('AREA', batch.subdistrict, 'ARCHIVE'),
          gsi1sk: key(month, community),
          gsi2pk: key('AREA', community, 'ARCHIVE'),
          gsi2sk: month,
        }),
      ],
      [event],
    );
  } catch (error) {
    if (failedConditionIndex(error) === 0) throw new ArchiveBatchExistsError();
    throw error;
  }
  return batch;
}

/** A sub-district's (or one community's) archive batches, newest month first. */
export function listArchiveBatches(deps: RegistryDeps, query: PageRequest & { area: string }): Promise<Page<ArchiveBatchRecord>> {
  const index = levelOf(query.area) === 'subdistrict' ? 'gsi1' : 'gsi2';
  return queryPage<ArchiveBatchRecord>(
    deps,
    {
      IndexName: index,
      KeyConditionExpression: `${index}pk = :pk`,
      ExpressionAttributeValues: { ':pk': key('AREA', query.area, 'ARCHIVE') },
      ScanIndexForward: false,
    },
    query,
  );
}
