import { areaCodeSchema, type certificateTypes } from '@shequ/contracts';
import {
  communityCodeSchema,
  defineRoute,
  monthSchema,
  pageOf,
  pageQuery,
  type Role,
  type RouteBinding,
  recordIdSchema,
  staffRoles,
} from '@shequ/kit';
import { z } from 'zod';
import { certificateCatalogue } from '../domain/certificates.ts';
import { certificateStatusSchema, certificateTypeSchema } from './enums.ts';
import { personIdParams } from './persons.ts';
import { versionSchema } from './places.ts';

/** The community office that issues certificates, and those above it. */
const issuingRoles: readonly Role[] = ['district-admin', 'subdistrict-staff', 'community-worker'];

const typeSchema = certificateTypeSchema;
const statusSchema = certificateStatusSchema;
const certificateParams = z.object({ id: recordIdSchema });

export const applyForCertificateBody = z.object({
  type: typeSchema,
  details: z
    .object({
      discountPercent: z
        .number('优惠比例须为数字')
        .int('优惠比例须为整数')
        .min(15, '一卡通体检费优惠比例须在 15–25 之间')
        .max(25, '一卡通体检费优惠比例须在 15–25 之间')
        .optional()
        .describe('一卡通的体检费优惠比例（%），15–25；其他证件不填'),
      note: z.string().trim().min(1).max(200, '备注不能超过 200 个字').optional(),
    })
    .optional(),
});
export type ApplyForCertificateBody = z.infer<typeof applyForCertificateBody>;

export const certificateView = z
  .object({
    id: z.string(),
    personId: z.string(),
    personName: z.string(),
    area: z.string(),
    type: certificateTypeSchema,
    typeLabel: z.string().describe('证件中文名称'),
    status: certificateStatusSchema,
    details: z.object({ discountPercent: z.number().int().optional(), note: z.string().optional() }).optional(),
    number: z.string().optional().describe('签发后的证件编号，如 350203006029-2026-LNYD-0001（社区-年份-类型-序号）'),
    appliedAt: z.string(),
    appliedBy: z.string(),
    issuedAt: z.string().optional(),
    issuedBy: z.string().optional(),
    revokedAt: z.string().optional(),
    revokedBy: z.string().optional(),
    revokeReason: z.string().optional(),
    version: z.number().int(),
  })
  .meta({ id: 'Certificate' });

/** What callers see of a certificate: the record with its Chinese type name. */
export function toCertificateView(record: { type: (typeof certificateTypes)[number] }) {
  return certificateView.parse({ ...record, typeLabel: certificateCatalogue[record.type].label });
}

export const archiveBatchView = z
  .object({
    id: z.string(),
    community: z.string(),
    subdistrict: z.string(),
    month: z.string(),
    status: z.literal('handed-over'),
    certificates: z.array(z.object({ id: z.string(), type: certificateTypeSchema, number: z.string(), personName: z.string() })),
    counts: z.object({
      'reproductive-health': z.number().int(),
      'only-child': z.number().int(),
      'migrant-marriage-fertility': z.number().int(),
    }),
    total: z.number().int(),
    handedOverAt: z.string(),
    handedOverBy: z.string(),
  })
  .meta({ id: 'ArchiveBatch' });

export const applyForCertificate = defineRoute({
  method: 'POST',
  path: '/registry/persons/{id}/certificates',
  operationId: 'applyForCertificate',
  summary: '申请证件或卡',
  description:
    '为一名人员申请证件或卡，状态为已申请。生殖健康服务证、独生子女证、流动人口婚育证明只在社区三证办理日受理（非办理日返回 422 并告知下一个办理日）；老年优待证须年满 60 周岁；残疾人免费乘车卡须已登记为残疾人；一卡通须填写体检费优惠比例（15–25%）。同一人同类证件只能有一张有效（已申请或已签发）。',
  auth: 'jwt',
  roles: staffRoles,
  idempotent: true,
  params: personIdParams,
  body: applyForCertificateBody,
  response: { status: 201, description: '已受理的申请', schema: certificateView },
});

export const getCertificate = defineRoute({
  method: 'GET',
  path: '/registry/certificates/{id}',
  operationId: 'getCertificate',
  summary: '查看证件',
  description: '按编号查看证件或卡的状态、编号和办理人。',
  auth: 'jwt',
  roles: staffRoles,
  params: certificateParams,
  response: { status: 200, description: '证件', schema: certificateView },
});

export const issueCertificate = defineRoute({
  method: 'POST',
  path: '/registry/certificates/{id}/issue',
  operationId: 'issueCertificate',
  summary: '签发证件',
  description:
    '签发已申请的证件：按社区、类型和年份连续编号（不重号、不跳号），记录签发人和签发时间。当月三证档案已移交街道后，当月不能再签发三证。',
  auth: 'jwt',
  roles: issuingRoles,
  idempotent: true,
  params: certificateParams,
  body: z.object({ version: versionSchema }),
  response: { status: 200, description: '已签发的证件', schema: certificateView },
});

export const revokeCertificate = defineRoute({
  method: 'POST',
  path: '/registry/certificates/{id}/revoke',
  operationId: 'revokeCertificate',
  summary: '作废证件',
  description: '作废已申请或已签发的证件（如不再符合条件、遗失补办），须填写原因。作废后此人可重新申请同类证件。',
  auth: 'jwt',
  roles: issuingRoles,
  idempotent: true,
  params: certificateParams,
  body: z.object({
    reason: z.string().trim().min(1, '请填写作废原因').max(200, '原因不能超过 200 个字'),
    version: versionSchema,
  }),
  response: { status: 200, description: '已作废的证件', schema: certificateView },
});

export const listPersonCertificates = defineRoute({
  method: 'GET',
  path: '/registry/persons/{id}/certificates',
  operationId: 'listPersonCertificates',
  summary: '人员的证件和卡',
  description:
    '一名人员当前有效的证件和卡（已申请待签发、已签发；每类至多一张），含类型、状态、编号、申请和签发时间，最近申请的在前。已作废的不在其中，可在证件列表按状态 revoked 查看。居民只能查看本人的；工作人员只能查看管辖范围内人员的。',
  auth: 'jwt',
  params: personIdParams,
  response: {
    status: 200,
    description: '人员当前有效的证件和卡',
    schema: z.object({ personId: z.string(), items: z.array(certificateView) }).meta({ id: 'PersonCertificates' }),
  },
});

export const listCertificates = defineRoute({
  method: 'GET',
  path: '/registry/certificates',
  operationId: 'listCertificates',
  summary: '证件列表',
  description: '列出社区（或网格）的证件和卡，可按类型、状态和月份（签发月份；未签发的按申请月份）筛选，新的在前，分页返回。',
  auth: 'jwt',
  roles: staffRoles,
  query: z.object({
    area: areaCodeSchema.refine((code) => code.length >= 12, '请指定社区（12 位代码）或网格'),
    type: typeSchema.optional(),
    status: statusSchema.optional(),
    month: monthSchema.optional(),
    ...pageQuery,
  }),
  response: {
    status: 200,
    description: '一页证件；有下一页时返回 cursor',
    schema: pageOf(certificateView),
  },
});

export const handOverArchiveBatch = defineRoute({
  method: 'POST',
  path: '/registry/certificates/archive-batches',
  operationId: 'handOverArchiveBatch',
  summary: '三证月末归档移交',
  description:
    '把社区当月签发的三证（生殖健康服务证、独生子女证、流动人口婚育证明）汇成一批档案移交街道，列出证件编号并按类型计数。每个社区每月只移交一次（重复移交返回 409）；该月最后一天起才能移交。',
  auth: 'jwt',
  roles: issuingRoles,
  idempotent: true,
  body: z.object({ community: communityCodeSchema, month: monthSchema }),
  response: { status: 201, description: '已移交的档案批次', schema: archiveBatchView },
});

export const listArchiveBatches = defineRoute({
  method: 'GET',
  path: '/registry/certificates/archive-batches',
  operationId: 'listArchiveBatches',
  summary: '三证归档批次',
  description: '街道查看所辖各社区移交的三证档案批次，或查看一个社区的批次，按月份从新到旧，分页返回。',
  auth: 'jwt',
  roles: issuingRoles,
  query: z.object({
    area: z.string().regex(/^\d{9}(\d{3})?$/, '请指定街道（9 位代码）或社区（12 位代码）'),
    ...pageQuery,
  }),
  response: {
    status: 200,
    description: '一页档案批次',
    schema: pageOf(archiveBatchView),
  },
});

export const certificateRoutes: readonly RouteBinding[] = [
  { route: applyForCertificate, handler: 'handlers/apply-for-certificate' },
  { route: listPersonCertificates, handler: 'handlers/list-person-certificates' },
  { route: getCertificate, handler: 'handlers/get-certificate' },
  { route: issueCertificate, handler: 'handlers/issue-certificate' },
  { route: revokeCertificate, handler: 'handlers/revoke-certificate' },
  { route: listCertificates, handler: 'handlers/list-certificates' },
  { route: handOverArchiveBatch, handler: 'handlers/hand-over-archive-batch' },
  { route: listArchiveBatches, handler: 'handlers/list-archive-batches' },
];
