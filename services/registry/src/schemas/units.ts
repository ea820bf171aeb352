import {
  communityCodeSchema,
  defineRoute,
  pageOf,
  pageQuery,
  type Role,
  type RouteBinding,
  recordIdSchema,
  staffRoles,
  textField,
} from '@shequ/kit';
import { z } from 'zod';
import {
  agreementStatusSchema,
  mutualAidApplicationStatusSchema,
  mutualAidMembershipSchema,
  offerKindSchema,
  unitKindSchema,
} from './enums.ts';
import { phoneSchema } from './persons.ts';
import { areaManagers, clearable, communityParams, versionSchema } from './places.ts';

/** Staff read units of their community; a co-building unit's own account sees its peers too. */
const unitReaders: readonly Role[] = [...staffRoles, 'unit'];
/** Acts a unit takes for itself (joining, posting offers), or staff on its behalf. */
const unitActors: readonly Role[] = [...areaManagers, 'unit'];

const unitAreaSchema = z.string().regex(/^\d{12}(-\d{2})?$/, '单位须登记到社区（12 位代码）或其网格（如 350203006029-03）');
const kindSchema = unitKindSchema;
const unitParams = z.object({ id: recordIdSchema });
const dateSchema = (what: string) => z.iso.date(`${what}格式须为 YYYY-MM-DD`);
const yearSchema = z.coerce
  .number('年份须为四位数字')
  .int('年份须为四位数字')
  .min(2000, '年份不早于 2000')
  .max(2100, '年份不晚于 2100');
const applicationStatusSchema = mutualAidApplicationStatusSchema;

export const unitView = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: kindSchema,
    kindLabel: z.string(),
    area: z.string().describe('所在社区或网格'),
    address: z.string().optional(),
    contactName: z.string().optional(),
    contactPhone: z.string().optional().describe('脱敏显示，如 138****5678'),
    mutualAid: mutualAidMembershipSchema.optional().describe('共建互助联合会：pending 申请待审议；member 会员'),
    memberSince: z.string().optional(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string().optional(),
  })
  .meta({ id: 'Unit' });
export type UnitView = z.infer<typeof unitView>;

export const registerUnitBody = z.object({
  name: textField('单位名称', 100).describe('社区内唯一'),
  kind: kindSchema,
  area: unitAreaSchema,
  address: textField('地址', 100).optional(),
  contactName: textField('联系人', 50).optional(),
  contactPhone: phoneSchema.optional(),
});
export type RegisterUnitBody = z.infer<typeof registerUnitBody>;

export const updateUnitBody = z.object({
  version: versionSchema,
  name: textField('单位名称', 100).optional(),
  kind: kindSchema.optional(),
  area: unitAreaSchema.optional().describe('只能在本社区内调整网格；迁往其他社区请重新登记'),
  address: clearable(textField('地址', 100)),
  contactName: clearable(textField('联系人', 50)),
  contactPhone: clearable(phoneSchema),
});
export type UpdateUnitBody = z.infer<typeof updateUnitBody>;

const commitmentsSchema = z.object({
  jobOpenings: z
    .number('岗位数须为整数')
    .int('岗位数须为整数')
    .min(0, '岗位数不能为负')
    .max(10000)
    .optional()
    .describe('每年提供的就业岗位数'),
  featureCoursesPerQuarter: z
    .number('特色课程数须为整数')
    .int('特色课程数须为整数')
    .min(0, '特色课程数不能为负')
    .max(100)
    .optional()
    .describe('每季度开设的特色课程数'),
  venues: z.array(textField('场地', 100)).max(20, '场地最多 20 处').optional().describe('向社区开放的场地'),
});

export const signAgreementBody = z.object({
  signedOn: dateSchema('签订日期'),
  validUntil: dateSchema('有效期至'),
  commitments: commitmentsSchema.default({}),
});
export type SignAgreementBody = z.infer<typeof signAgreementBody>;

export const agreementView = z
  .object({
    id: z.string(),
    unitId: z.string(),
    signedOn: z.string(),
    validUntil: z.string(),
    status: agreementStatusSchema.describe('按今天（北京时间）计算：active 有效；expired 已到期'),
    commitments: commitmentsSchema,
    createdAt: z.string(),
  })
  .meta({ id: 'CoBuildingAgreement' });
export type AgreementView = z.infer<typeof agreementView>;

export const applicationView = z
  .object({
    id: z.string(),
    unitId: z.string(),
    unitName: z.string(),
    area: z.string(),
    statement: z.string(),
    status: applicationStatusSchema.describe('pending 待审议；approved 已批准；rejected 已驳回'),
    reason: z.string().optional().describe('理事会审议意见'),
    decidedBy: z.string().optional(),
    decidedAt: z.string().optional(),
    version: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'MutualAidApplication' });
export type ApplicationView = z.infer<typeof applicationView>;

export const applyBody = z.object({
  unitId: recordIdSchema,
  statement: textField('申请说明', 1000),
});
export type ApplyBody = z.infer<typeof applyBody>;

export const decisionBody = z.object({
  decision: z.enum(['approved', 'rejected'], '审议结果须为 approved（批准）或 rejected（驳回）'),
  reason: textField('审议意见', 500),
  version: versionSchema,
});
export type DecisionBody = z.infer<typeof decisionBody>;

export const offerBody = z.object({
  unitId: recordIdSchema,
  kind: offerKindSchema,
  title: textField('标题', 50),
  description: textField('说明', 1000),
});
export type OfferBody = z.infer<typeof offerBody>;

export const offerView = z
  .object({
    id: z.string(),
    unitId: z.string(),
    unitName: z.string(),
    area: z.string(),
    kind: offerKindSchema,
    kindLabel: z.string(),
    title: z.string(),
    description: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'MutualAidOffer' });
export type OfferView = z.infer<typeof offerView>;

export const awardBody = z.object({
  year: yearSchema,
  unitId: recordIdSchema,
  title: textField('表彰名称', 50),
});
export type AwardBody = z.infer<typeof awardBody>;

export const awardView = z
  .object({
    year: z.number().int(),
    unitId: z.string(),
    unitName: z.string(),
    area: z.string(),
    title: z.string(),
    grantedAt: z.string(),
  })
  .meta({ id: 'MutualAidAward' });
export type AwardView = z.infer<typeof awardView>;

export const setLegalAdvisorBody = z.object({
  name: textField('律师姓名', 50),
  firm: textField('律师事务所', 100),
  phone: phoneSchema.describe('律师的工作电话，将在联系卡上公开'),
  serviceHours: textField('服务时间', 100).describe('如“每周三下午 14:30–17:30 在社区坐班”'),
  version: versionSchema.optional().describe('首次设置时不填；修改时填上次读取的版本号'),
});
export type SetLegalAdvisorBody = z.infer<typeof setLegalAdvisorBody>;

export const legalAdvisorView = z
  .object({
    community: z.string(),
    name: z.string(),
    firm: z.string(),
    phone: z.string().describe('律师的工作电话，公开'),
    serviceHours: z.string(),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'LegalAdvisor' });
export type LegalAdvisorView = z.infer<typeof legalAdvisorView>;

const communityQuery = { area: communityCodeSchema.describe('社区代码') };

export const registerUnit = defineRoute({
  method: 'POST',
  path: '/registry/units',
  operationId: 'registerUnit',
  summary: '登记辖内单位',
  description: '登记社区内的机关、企业、学校、医院、社会组织等单位（名称在社区内唯一）。联系人电话加密保存，脱敏显示。',
  auth: 'jwt',
  roles: areaManagers,
  idempotent: true,
  body: registerUnitBody,
  response: { status: 201, description: '已登记的单位', schema: unitView },
});

export const listUnits = defineRoute({
  method: 'GET',
  path: '/registry/units',
  operationId: 'listUnits',
  summary: '辖内单位列表',
  description: '按名称列出社区或网格内的单位，可按类型筛选或按名称前缀查找，分页返回。',
  auth: 'jwt',
  roles: unitReaders,
  query: z.object({
    area: unitAreaSchema,
    kind: kindSchema.optional(),
    name: z.string().trim().min(1).max(100).optional(),
    ...pageQuery,
  }),
  response: { status: 200, description: '一页单位；有下一页时返回 cursor', schema: pageOf(unitView) },
});

export const getUnit = defineRoute({
  method: 'GET',
  path: '/registry/units/{id}',
  operationId: 'getUnit',
  summary: '查看单位',
  auth: 'jwt',
  roles: unitReaders,
  params: unitParams,
  response: { status: 200, description: '单位信息（联系人电话脱敏）', schema: unitView },
});

export const updateUnit = defineRoute({
  method: 'PATCH',
  path: '/registry/units/{id}',
  operationId: 'updateUnit',
  summary: '修改单位',
  description: '修改单位名称、类型、所在网格、地址或联系人；须提交读取时的 version。字段传 null 表示清空。',
  auth: 'jwt',
  roles: areaManagers,
  params: unitParams,
  body: updateUnitBody,
  response: { status: 200, description: '修改后的单位', schema: unitView },
});

export const signAgreement = defineRoute({
  method: 'POST',
  path: '/registry/units/{id}/agreements',
  operationId: 'signAgreement',
  summary: '登记共建协议',
  description: '登记单位与社区签订的共建协议及其承诺：每年提供的就业岗位、每季度的特色课程、开放的场地。',
  auth: 'jwt',
  roles: areaManagers,
  idempotent: true,
  params: unitParams,
  body: signAgreementBody,
  response: { status: 201, description: '已登记的协议', schema: agreementView },
});

export const listAgreements = defineRoute({
  method: 'GET',
  path: '/registry/units/{id}/agreements',
  operationId: 'listAgreements',
  summary: '单位的共建协议',
  description: '按签订先后倒序列出单位的共建协议，并标明是否仍在有效期内。',
  auth: 'jwt',
  roles: unitReaders,
  params: unitParams,
  query: z.object(pageQuery),
  response: { status: 200, description: '一页协议；有下一页时返回 cursor', schema: pageOf(agreementView) },
});

export const applyToMutualAid = defineRoute({
  method: 'POST',
  path: '/registry/mutual-aid/applications',
  operationId: 'applyToMutualAid',
  summary: '申请加入共建互助联合会',
  description: '单位申请加入社区的共建互助联合会，由理事会审议。同一单位同时只能有一份待审议的申请；已是会员的无需申请。',
  auth: 'jwt',
  roles: unitActors,
  idempotent: true,
  body: applyBody,
  response: { status: 201, description: '已提交的申请', schema: applicationView },
});

export const listMutualAidApplications = defineRoute({
  method: 'GET',
  path: '/registry/mutual-aid/applications',
  operationId: 'listMutualAidApplications',
  summary: '入会申请列表',
  description: '按提交先后倒序列出社区的入会申请，可按状态筛选（如待审议）。',
  auth: 'jwt',
  roles: staffRoles,
  query: z.object({ ...communityQuery, status: applicationStatusSchema.optional(), ...pageQuery }),
  response: { status: 200, description: '一页申请；有下一页时返回 cursor', schema: pageOf(applicationView) },
});

export const decideMutualAidApplication = defineRoute({
  method: 'POST',
  path: '/registry/mutual-aid/applications/{id}/decision',
  operationId: 'decideMutualAidApplication',
  summary: '理事会审议入会申请',
  description:
    '记录理事会对入会申请的审议结果：批准后单位成为会员，驳回后单位可重新申请。每份申请只能审议一次，已审议的返回 409。',
  auth: 'jwt',
  roles: areaManagers,
  idempotent: true,
  params: z.object({ id: recordIdSchema }),
  body: decisionBody,
  response: { status: 200, description: '审议后的申请', schema: applicationView },
});

export const listMutualAidMembers = defineRoute({
  method: 'GET',
  path: '/registry/mutual-aid/members',
  operationId: 'listMutualAidMembers',
  summary: '共建互助联合会会员',
  description: '按名称列出社区共建互助联合会的会员单位。',
  auth: 'jwt',
  roles: unitReaders,
  query: z.object({ ...communityQuery, ...pageQuery }),
  response: { status: 200, description: '一页会员单位；有下一页时返回 cursor', schema: pageOf(unitView) },
});

export const postMutualAidOffer = defineRoute({
  method: 'POST',
  path: '/registry/mutual-aid/offers',
  operationId: 'postMutualAidOffer',
  summary: '发布资源或需求',
  description: '会员单位发布可提供的资源（resource）或需求（need），供联合会对接。非会员返回 409。',
  auth: 'jwt',
  roles: unitActors,
  idempotent: true,
  body: offerBody,
  response: { status: 201, description: '已发布的资源或需求', schema: offerView },
});

export const listMutualAidOffers = defineRoute({
  method: 'GET',
  path: '/registry/mutual-aid/offers',
  operationId: 'listMutualAidOffers',
  summary: '资源与需求列表',
  description: '按发布先后倒序列出社区会员单位发布的资源和需求，可只看一类，便于对接。',
  auth: 'jwt',
  roles: unitReaders,
  query: z.object({ ...communityQuery, kind: offerKindSchema.optional(), ...pageQuery }),
  response: { status: 200, description: '一页资源或需求；有下一页时返回 cursor', schema: pageOf(offerView) },
});

export const grantMutualAidAward = defineRoute({
  method: 'POST',
  path: '/registry/mutual-aid/awards',
  operationId: 'grantMutualAidAward',
  summary: '登记年度表彰',
  description: '登记联合会对会员单位的年度表彰；同一单位同一年度同一名称只登记一次。',
  auth: 'jwt',
  roles: areaManagers,
  idempotent: true,
  body: awardBody,
  response: { status: 201, description: '已登记的表彰', schema: awardView },
});

export const listMutualAidAwards = defineRoute({
  method: 'GET',
  path: '/registry/mutual-aid/awards',
  operationId: 'listMutualAidAwards',
  summary: '年度表彰列表',
  description: '列出社区联合会某一年度（不填则全部，新年度在前）的表彰。',
  auth: 'jwt',
  roles: unitReaders,
  query: z.object({ ...communityQuery, year: yearSchema.optional(), ...pageQuery }),
  response: { status: 200, description: '一页表彰；有下一页时返回 cursor', schema: pageOf(awardView) },
});

export const setLegalAdvisor = defineRoute({
  method: 'PUT',
  path: '/registry/communities/{community}/legal-advisor',
  operationId: 'setLegalAdvisor',
  summary: '设置社区法律顾问',
  description:
    '设置社区的法律顾问（一村一法律顾问，一名律师可服务多个社区）。律师的工作电话将在联系卡上公开，不作为个人信息加密。首次设置不填 version；修改时须提交读取时的 version。',
  auth: 'jwt',
  roles: areaManagers,
  params: communityParams,
  body: setLegalAdvisorBody,
  response: { status: 200, description: '设置后的法律顾问联系卡', schema: legalAdvisorView },
});

export const getLegalAdvisor = defineRoute({
  method: 'GET',
  path: '/registry/communities/{community}/legal-advisor',
  operationId: 'getLegalAdvisor',
  summary: '社区法律顾问联系卡',
  description:
    '社区法律顾问的联系卡：姓名、律师事务所、工作电话和服务时间。律师的工作电话本就用于公开联系，因此完整显示；无需登录。',
  auth: 'public',
  params: communityParams,
  response: { status: 200, description: '法律顾问联系卡', schema: legalAdvisorView },
});

export const unitRoutes: readonly RouteBinding[] = [
  { route: registerUnit, handler: 'handlers/register-unit' },
  { route: listUnits, handler: 'handlers/list-units' },
  { route: getUnit, handler: 'handlers/get-unit' },
  { route: updateUnit, handler: 'handlers/update-unit' },
  { route: signAgreement, handler: 'handlers/sign-agreement' },
  { route: listAgreements, handler: 'handlers/list-agreements' },
  { route: applyToMutualAid, handler: 'handlers/apply-to-mutual-aid' },
  { route: listMutualAidApplications, handler: 'handlers/list-mutual-aid-applications' },
  { route: decideMutualAidApplication, handler: 'handlers/decide-mutual-aid-application' },
  { route: listMutualAidMembers, handler: 'handlers/list-mutual-aid-members' },
  { route: postMutualAidOffer, handler: 'handlers/post-mutual-aid-offer' },
  { route: listMutualAidOffers, handler: 'handlers/list-mutual-aid-offers' },
  { route: grantMutualAidAward, handler: 'handlers/grant-mutual-aid-award' },
  { route: listMutualAidAwards, handler: 'handlers/list-mutual-aid-awards' },
  { route: setLegalAdvisor, handler: 'handlers/set-legal-advisor' },
  { route: getLegalAdvisor, handler: 'handlers/get-legal-advisor' },
];
