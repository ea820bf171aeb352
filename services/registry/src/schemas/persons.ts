import { areaCodeSchema } from '@shequ/contracts';
import { defineRoute, fileTypes, pageOf, pageQuery, pageQueryOf, type Role, type RouteBinding, staffRoles } from '@shequ/kit';
import { z } from 'zod';
import { citizenIdMessages, citizenIdProblem } from '../domain/citizen-id.ts';
import { burialMethodSchema, personStatusSchema, residenceSchema, sexSchema } from './enums.ts';

export const citizenIdSchema = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .superRefine((value, ctx) => {
    const problem = citizenIdProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: citizenIdMessages[problem] });
  });

export const phoneSchema = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/, '电话号码须为 11 位手机号或带区号的固定电话');

/** Persons live in a community (12 digits) or one of its grids (`-NN`). */
const personAreaSchema = areaCodeSchema.refine((code) => code.length >= 12, '人员须登记到社区（12 位代码）或网格');

const nameSchema = z.string().trim().min(1, '请填写姓名').max(50, '姓名不能超过 50 个字');
const buildingSchema = z.string().trim().max(50, '楼栋不能超过 50 个字');
const roomSchema = z.string().trim().max(20, '房号不能超过 20 个字');
const migrantSchema = z.object({
  origin: z.string().trim().min(1, '请填写流出地').max(100, '流出地不能超过 100 个字'),
  arrivalDate: z.iso.date('来本地日期格式须为 YYYY-MM-DD'),
});
const dateSchema = (what: string) => z.iso.date(`${what}格式须为 YYYY-MM-DD`);
const reasonSchema = z.string().trim().min(1, '请填写办理原因').max(200, '原因不能超过 200 个字');
/** The version the caller last read: a change made meanwhile by someone else answers 409 instead of being overwritten. */
const versionSchema = z
  .number('请提供记录的版本号 version（查看人员时返回）')
  .int('版本号须为整数')
  .min(1, '版本号须为正整数')
  .describe('上次读取时的版本号；期间被他人修改则返回 409');

export const personIdParams = z.object({ id: z.string().regex(/^[0-9a-z]{19,40}$/, '人员编号格式不正确') });

export const registerPersonBody = z
  .object({
    name: nameSchema,
    citizenId: citizenIdSchema,
    phone: phoneSchema.optional(),
    residence: residenceSchema,
    migrant: migrantSchema.optional(),
    area: personAreaSchema,
    building: buildingSchema.optional(),
    room: roomSchema.optional(),
  })
  .superRefine((body, ctx) => {
    if (body.residence === 'migrant' && !body.migrant) {
      ctx.addIssue({ code: 'custom', path: ['migrant'], message: '流动人口须填写流出地和来本地日期' });
    }
  });
export type RegisterPersonBody = z.infer<typeof registerPersonBody>;

export const personView = z
  .object({
    id: z.string(),
    name: z.string(),
    citizenId: z.string().describe('默认脱敏，如 350203********1234；有权限的角色可用 reveal=true 查看全号'),
    phone: z.string().optional(),
    birthDate: z.iso.date(),
    sex: sexSchema,
    age: z.number().int(),
    residence: residenceSchema,
    migrant: z.object({ origin: z.string(), arrivalDate: z.string() }).optional(),
    area: z.string(),
    building: z.string().optional(),
    room: z.string().optional(),
    status: personStatusSchema.describe('active 在册；moved-out 已迁出本区；deceased 已死亡（记录保留，仅供查阅）'),
    movedOut: z.object({ date: z.string(), destination: z.string() }).optional(),
    death: z
      .object({
        dateOfDeath: z.string(),
        placeOfDeath: z.string().optional(),
        burial: z.object({ method: z.string(), place: z.string().optional(), date: z.string().optional() }).optional(),
      })
      .optional(),
    elderly: z.boolean().optional().describe('今天满 60 周岁（按身份证出生日期实时推算，不存储）；仅在册人员'),
    womanOfChildbearingAge: z.boolean().optional().describe('今天为 15–49 周岁女性（育龄妇女，实时推算）；仅在册人员'),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string().optional(),
  })
  .meta({ id: 'Person' });
export type PersonView = z.infer<typeof personView>;

export const registerPerson = defineRoute({
  method: 'POST',
  path: '/registry/persons',
  operationId: 'registerPerson',
  summary: '登记人员',
  description: '登记一名户籍或流动人口。身份证号校验后加密保存，出生日期和性别由身份证号推导。同一区内一个身份证号只登记一人。',
  auth: 'jwt',
  roles: staffRoles,
  idempotent: true,
  body: registerPersonBody,
  response: { status: 201, description: '已登记，返回脱敏后的人员信息', schema: personView },
});

export const getPerson = defineRoute({
  method: 'GET',
  path: '/registry/persons/{id}',
  operationId: 'getPerson',
  summary: '查看人员',
  description:
    '按编号查看人员。居民只能查看本人；工作人员只能查看管辖范围内的人员。reveal=true 时有权限的角色可看到完整证件号和电话，并记入审计。',
  auth: 'jwt',
  params: personIdParams,
  query: z.object({ reveal: z.enum(['true', 'false']).optional() }),
  response: { status: 200, description: '人员信息', schema: personView },
});

const nameFilterSchema = z.string().trim().min(1, '姓名筛选不能为空').max(50, '姓名不能超过 50 个字').optional();

export const listPersons = defineRoute({
  method: 'GET',
  path: '/registry/persons',
  operationId: 'listPersons',
  summary: '人员列表',
  description:
    '按社区或网格列出在册人员（按姓名排序，可按姓名前缀筛选），分页返回；证件号和电话脱敏。已迁出本区或已死亡的人员不在列表中，仍可按编号查看。',
  auth: 'jwt',
  roles: staffRoles,
  query: z.object({
    area: personAreaSchema,
    name: nameFilterSchema,
    ...pageQuery,
  }),
  response: {
    status: 200,
    description: '一页人员；有下一页时返回 cursor',
    schema: pageOf(personView),
  },
});

export const updatePersonBody = z
  .object({
    version: versionSchema,
    name: nameSchema.optional(),
    phone: phoneSchema.nullable().optional().describe('null 表示删除电话'),
    residence: residenceSchema.optional(),
    migrant: migrantSchema.nullable().optional(),
    building: buildingSchema.nullable().optional(),
    room: roomSchema.nullable().optional(),
    // Declared only to refuse them with a pointer to where such a change belongs.
    citizenId: z.never('公民身份号码不能在此修改；号码有误请由街道或区级工作人员办理“更正公民身份号码”').optional(),
    area: z.never('所属社区或网格不能在此修改；搬家请办理“区内迁移”').optional(),
  })
  .superRefine((body, ctx) => {
    const fields = ['name', 'phone', 'residence', 'migrant', 'building', 'room'] as const;
    if (!fields.some((field) => body[field] !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: '请至少填写一项要修改的内容（姓名、电话、户籍类型、流动人口信息、楼栋、房号）',
      });
    }
  });
export type UpdatePersonBody = z.infer<typeof updatePersonBody>;

export const updatePerson = defineRoute({
  method: 'PATCH',
  path: '/registry/persons/{id}',
  operationId: 'updatePerson',
  summary: '修改人员信息',
  description:
    '修改姓名、电话、户籍类型、流动人口信息、楼栋和房号；未提供的字段不变，可选字段传 null 表示清除。须带上次读取的 version，期间被他人修改则返回 409。公民身份号码和所属地区不在此修改（分别办理更正和迁移）。每次修改记入审计（记录改了哪些字段）。',
  auth: 'jwt',
  roles: staffRoles,
  params: personIdParams,
  body: updatePersonBody,
  response: { status: 200, description: '修改后的人员信息（脱敏）', schema: personView },
});

export const movePersonBody = z.object({
  area: personAreaSchema.describe('迁入的本区社区（12 位）或网格代码'),
  building: buildingSchema.optional(),
  room: roomSchema.optional(),
  date: dateSchema('迁移日期'),
  reason: reasonSchema,
  version: versionSchema,
});
export type MovePersonBody = z.infer<typeof movePersonBody>;

export const movePerson = defineRoute({
  method: 'POST',
  path: '/registry/persons/{id}/move',
  operationId: 'movePerson',
  summary: '区内迁移',
  description:
    '人员在本区内搬到另一个社区或网格：仍是同一人（不重新登记），从原社区名单移到新社区名单，原楼栋房号换成新的。须管辖其现住地；迁入地须为本区的社区或网格。',
  auth: 'jwt',
  roles: staffRoles,
  idempotent: true,
  params: personIdParams,
  body: movePersonBody,
  response: { status: 200, description: '迁移后的人员信息（脱敏）', schema: personView },
});

export const movePersonOutBody = z.object({
  date: dateSchema('迁出日期'),
  destination: z.string().trim().min(1, '请填写迁往何处').max(100, '迁往地不能超过 100 个字'),
  reason: reasonSchema,
  version: versionSchema,
});
export type MovePersonOutBody = z.infer<typeof movePersonOutBody>;

export const movePersonOut = defineRoute({
  method: 'POST',
  path: '/registry/persons/{id}/move-out',
  operationId: 'movePersonOut',
  summary: '迁出本区',
  description:
    '登记人员迁出本区：状态变为已迁出，记录保留可按编号查看，但不再出现在社区名单和按年龄推算的群体中。已迁出或已死亡的人员不能再办理。',
  auth: 'jwt',
  roles: staffRoles,
  idempotent: true,
  params: personIdParams,
  body: movePersonOutBody,
  response: { status: 200, description: '迁出后的人员信息（脱敏）', schema: personView },
});

export const burialMethods = ['cremation', 'burial', 'other'] as const;

export const recordDeathBody = z.object({
  dateOfDeath: dateSchema('死亡日期'),
  placeOfDeath: z.string().trim().min(1).max(100, '死亡地点不能超过 100 个字').optional(),
  cause: z.string().trim().min(1).max(200, '死亡原因不能超过 200 个字').optional(),
  burial: z
    .object({
      method: burialMethodSchema,
      place: z.string().trim().min(1).max(100, '安葬地点不能超过 100 个字').optional(),
      date: dateSchema('安葬日期').optional(),
    })
    .optional(),
  reason: reasonSchema.describe('登记依据，如“家属申报，凭死亡医学证明”'),
  version: versionSchema,
});
export type RecordDeathBody = z.infer<typeof recordDeathBody>;

export const recordDeath = defineRoute({
  method: 'POST',
  path: '/registry/persons/{id}/deceased',
  operationId: 'recordPersonDeath',
  summary: '死亡登记',
  description:
    '登记人员死亡：状态变为已死亡，移出社区名单，同时记入死亡人员及殡葬台帐（死亡日期、地点、原因、殡葬方式）。死亡日期不能早于出生日期或晚于今天。',
  auth: 'jwt',
  roles: staffRoles,
  idempotent: true,
  params: personIdParams,
  body: recordDeathBody,
  response: { status: 200, description: '登记后的人员信息（脱敏）', schema: personView },
});

export const correctCitizenIdBody = z.object({
  citizenId: citizenIdSchema,
  reason: reasonSchema,
  version: versionSchema,
});
export type CorrectCitizenIdBody = z.infer<typeof correctCitizenIdBody>;

/** Correcting an identity is rarer and weightier than everyday edits, so it sits above the community. */
export const citizenIdCorrectors: readonly Role[] = ['district-admin', 'subdistrict-staff'];

export const correctCitizenId = defineRoute({
  method: 'POST',
  path: '/registry/persons/{id}/correct-citizen-id',
  operationId: 'correctPersonCitizenId',
  summary: '更正公民身份号码',
  description:
    '更正登记错误的公民身份号码：出生日期和性别随之重新推导，本区“一号一人”的占用随之转移；新号码已被他人登记时返回 409。须填写更正原因，记入审计。',
  auth: 'jwt',
  roles: citizenIdCorrectors,
  idempotent: true,
  params: personIdParams,
  body: correctCitizenIdBody,
  response: { status: 200, description: '更正后的人员信息（脱敏）', schema: personView },
});

export const searchPersonsBody = z
  .object({ citizenId: citizenIdSchema.optional(), phone: phoneSchema.optional() })
  .refine((body) => (body.citizenId === undefined) !== (body.phone === undefined), {
    message: '请填写公民身份号码或电话号码其中一项',
  });

export const searchPersons = defineRoute({
  method: 'POST',
  path: '/registry/persons/search',
  operationId: 'searchPersons',
  summary: '按证件号或电话精确查找人员',
  description:
    '按完整的公民身份号码或电话号码精确查找（号码放在请求正文中，不会出现在网址和访问日志里）。只返回管辖范围内的人员，结果脱敏；包括已迁出和已死亡的人员（见 status）。按姓名查找请用人员列表的 name 参数。',
  auth: 'jwt',
  roles: staffRoles,
  body: searchPersonsBody,
  response: { status: 200, description: '匹配的人员（可能为空）', schema: z.object({ items: z.array(personView) }) },
});

export const auditEntryView = z
  .object({
    at: z.string(),
    action: z.string().describe('create 登记、update 修改、reveal 查看完整号码、move 迁移、move-out 迁出、deceased 死亡登记等'),
    actor: z.string(),
    fields: z.array(z.string()).optional(),
    reason: z.string().optional(),
  })
  .meta({ id: 'AuditEntry' });

export const listPersonAudit = defineRoute({
  method: 'GET',
  path: '/registry/persons/{id}/audit',
  operationId: 'listPersonAudit',
  summary: '人员审计记录',
  description: '区级管理员查看某人的全部写操作和完整号码查看记录（谁、何时、哪些字段），最新的在前，分页返回。',
  auth: 'jwt',
  roles: ['district-admin'],
  params: personIdParams,
  query: z.object({
    ...pageQueryOf(50),
  }),
  response: {
    status: 200,
    description: '一页审计记录；有下一页时返回 cursor',
    schema: pageOf(auditEntryView),
  },
});

/** At most this many persons go into one spreadsheet; larger areas are exported grid by grid. */
export const exportRowLimit = 5000;

export const exportPersons = defineRoute({
  method: 'GET',
  path: '/registry/persons/export',
  operationId: 'exportPersons',
  summary: '导出人员名单（Excel）',
  description: `把社区或网格的在册人员名单（可按姓名前缀筛选）导出为 .xlsx，证件号和电话脱敏。一次最多 ${exportRowLimit} 人，超过时请按网格或姓名缩小范围。`,
  auth: 'jwt',
  roles: staffRoles,
  query: z.object({ area: personAreaSchema, name: nameFilterSchema }),
  response: { status: 200, description: 'Excel 文件', file: { contentTypes: [fileTypes.xlsx] } },
});

export const deathRecordView = z
  .object({
    personId: z.string(),
    name: z.string(),
    citizenId: z.string().describe('脱敏'),
    sex: sexSchema,
    birthDate: z.string(),
    ageAtDeath: z.number().int(),
    residence: residenceSchema,
    area: z.string(),
    dateOfDeath: z.string(),
    placeOfDeath: z.string().optional(),
    cause: z.string().optional(),
    burial: z.object({ method: burialMethodSchema, place: z.string().optional(), date: z.string().optional() }).optional(),
    recordedAt: z.string(),
    recordedBy: z.string(),
  })
  .meta({ id: 'DeathRecord' });
export type DeathRecordView = z.infer<typeof deathRecordView>;

export const listDeathLedger = defineRoute({
  method: 'GET',
  path: '/registry/death-ledger',
  operationId: 'listDeathLedger',
  summary: '死亡人员及殡葬台帐',
  description:
    '按街道、社区或网格列出死亡人员（按死亡日期排序，可按日期区间筛选），含殡葬方式，分页返回；证件号脱敏。区级请按街道分别查询。',
  auth: 'jwt',
  roles: staffRoles,
  query: z
    .object({
      area: areaCodeSchema.refine((code) => code.length >= 9, '台帐请按街道（9 位）、社区（12 位）或网格查询'),
      from: dateSchema('起始日期').optional(),
      to: dateSchema('截止日期').optional(),
      ...pageQueryOf(50),
    })
    .refine((query) => !query.from || !query.to || query.from <= query.to, {
      path: ['to'],
      message: '截止日期不能早于起始日期',
    }),
  response: {
    status: 200,
    description: '一页台帐；有下一页时返回 cursor',
    schema: pageOf(deathRecordView),
  },
});

export const personRoutes: readonly RouteBinding[] = [
  { route: registerPerson, handler: 'handlers/register-person' },
  { route: searchPersons, handler: 'handlers/search-persons' },
  { route: exportPersons, handler: 'handlers/export-persons' },
  { route: getPerson, handler: 'handlers/get-person' },
  { route: listPersons, handler: 'handlers/list-persons' },
  { route: updatePerson, handler: 'handlers/update-person' },
  { route: movePerson, handler: 'handlers/move-person' },
  { route: movePersonOut, handler: 'handlers/move-person-out' },
  { route: recordDeath, handler: 'handlers/record-death' },
  { route: correctCitizenId, handler: 'handlers/correct-citizen-id' },
  { route: listPersonAudit, handler: 'handlers/list-person-audit' },
  { route: listDeathLedger, handler: 'handlers/list-death-ledger' },
];
