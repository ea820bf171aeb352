import { z } from 'zod';
import { areaCodeSchema, defineEvent } from '../envelope.ts';

/**
 * Certificates and cards issued in a community. The first three (计生三证) are handled on the community's
 * office days and handed to the sub-district in a month-end archive batch.
 */
export const certificateTypes = [
  'reproductive-health',
  'only-child',
  'migrant-marriage-fertility',
  'senior-preferential',
  'disabled-free-bus',
  'long-term-medication',
  'all-in-one',
  'rose',
  'warm',
  'clarity',
] as const;
export type CertificateType = (typeof certificateTypes)[number];

/** The three certificates that go into the month-end archive batch. */
export const archivedCertificateTypes = ['reproductive-health', 'only-child', 'migrant-marriage-fertility'] as const;
export type ArchivedCertificateType = (typeof archivedCertificateTypes)[number];

const type = z.enum(certificateTypes);

export const CertificateApplied = defineEvent(
  'registry',
  'CertificateApplied',
  z.object({ certificateId: z.string(), personId: z.string(), area: areaCodeSchema, type, appliedAt: z.iso.datetime() }),
);

/** Issued with its number; `discountPercent` is the 一卡通 check-up discount (15–25). */
export const CertificateIssued = defineEvent(
  'registry',
  'CertificateIssued',
  z.object({
    certificateId: z.string(),
    personId: z.string(),
    area: areaCodeSchema,
    type,
    /** The certificate's name as printed (生殖健康服务证…), so a message needs no catalogue. */
    typeLabel: z.string().optional(),
    number: z.string(),
    issuedAt: z.iso.datetime(),
    discountPercent: z.number().int().optional(),
  }),
);

export const CertificateRevoked = defineEvent(
  'registry',
  'CertificateRevoked',
  z.object({
    certificateId: z.string(),
    personId: z.string(),
    area: areaCodeSchema,
    type,
    number: z.string().optional(),
    reason: z.string(),
    revokedAt: z.iso.datetime(),
  }),
);

/** A community's month of the three certificates was handed to its sub-district; statistics count from it. */
export const ArchiveBatchHandedOver = defineEvent(
  'registry',
  'ArchiveBatchHandedOver',
  z.object({
    batchId: z.string(),
    community: areaCodeSchema,
    subdistrict: areaCodeSchema,
    month: z.string().regex(/^\d{4}-\d{2}$/),
    counts: z.object({
      'reproductive-health': z.number().int(),
      'only-child': z.number().int(),
      'migrant-marriage-fertility': z.number().int(),
    }),
    total: z.number().int(),
  }),
);
