import { areaCodeSchema } from '@shequ/contracts';
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
import { areaLevelSchema, facilityKindSchema, gridFocusSchema } from './enums.ts';
import { phoneSchema } from './persons.ts';

/** Roles that manage a community's places and units, each within its own areas. */
export const areaManagers: readonly Role[] = ['district-admin', 'subdistrict-staff', 'community-worker'];

export const gridCodeSchema = z.string().regex(/^\d{12}-\d{2}$/, '网格代码须形如 350203006029-03');
export const communityParams = z.object({ community: communityCodeSchema });

/** The version the caller last read: a change made meanwhile by someone else answers 409 instead of being overwritten. */
export const versionSchema = z
  .number('请提供记录的版本号 version（读取记录时返回）')
  .int('版本号须为整数')
  .min(1, '版本号须为正整数')
  .describe('上次读取时的版本号；期间被他人修改则返回 409');

/** A trimmed, non-empty text of at most `max` characters, named in its messages. */
/** In PATCH bodies: absent keeps the value, `null` clears it. */
export const clearable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

const focusSchema = gridFocusSchema;
const gridNumberSchema = z.coerce
  .number('网格序号须为 1–99 的整数')
  .int('网格序号须为 1–99 的整数')
  .min(1, '网格序号须为 1–99 的整数')
  .max(99, '网格序号须为 1–99 的整数');
const weekdaySchema = z
  .number('星期须为 1–7 的整数')
  .int('星期须为 1–7 的整数')
  .min(1, '星期须为 1（周一）到 7（周日）')
  .max(7, '星期须为 1（周一）到 7（周日）');
const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式须为 HH:MM，如 08:30');

// Phone numbers of grid leaders and unit contacts are stored encrypted and only ever shown masked.
const maskedPhone = z.string().describe('脱敏显示，如 138****5678');

export const areaView = z
  .object({
    code: z.string(),
    name: z.string(),
    level: areaLevelSchema.describe('district 区县；subdistrict 街道；community 社区；grid 网格'),
    parent: z.string().optional(),
    children: z.array(z.object({ code: z.string(), name: z.string(), level: areaLevelSchema })),
  })
  .meta({ id: 'Area' });
export type AreaView = z.infer<typeof areaView>;

export const gridView = z
  .object({
    code: z.string().describe('网格代码，如 350203006029-03'),
    community: z.string(),
    number: z.number().int(),
    name: z.string(),
    focus: focusSchema,
    focusLabel: z.string().describe('网格特色的中文名称'),
    leaderName: z.string().optional(),
    leaderPhone: maskedPhone.optional(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string().optional(),
  })
  .meta({ id: 'Grid' });
export type GridView = z.infer<typeof gridView>;

export const defineGridBody = z.object({
  number: gridNumberSchema,
  name: textField('网格名称', 30).optional().describe('缺省为“第N网格”'),
  focus: focusSchema,
  leaderName: textField('网格长姓名', 50).optional(),
  leaderPhone: phoneSchema.optional(),
});
export type DefineGridBody = z.infer<typeof defineGridBody>;

export const updateGridBody = z.object({
  version: versionSchema,
  name: textField('网格名称', 30).optional(),
  focus: focusSchema.optional(),
  leaderName: clearable(textField('网格长姓名', 50)),
  leaderPhone: clearable(phoneSchema),
});
export type UpdateGridBody = z.infer<typeof updateGridBody>;

export const buildingView = z
  .object({
    id: z.string(),
    community: z.string(),
    name: z.string(),
    grid: z.string().optional(),
    floors: z.number().int().optional(),
    households: z.number().int().optional(),
    address: z.string().optional(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string().optional(),
  })
  .meta({ id: 'Building' });
export type BuildingView = z.infer<typeof buildingView>;

const floorsSchema = z.number('楼层数须为整数').int('楼层数须为整数').min(1, '楼层数至少为 1').max(200, '楼层数不能超过 200');
const householdsSchema = z.number('户数须为整数').int('户数须为整数').min(0, '户数不能为负').max(10000, '户数不能超过 10000');

export const createBuildingBody = z.object({
  name: textField('楼栋名称', 30).describe('社区内唯一，如“3号楼”'),
  grid: gridCodeSchema.optional().describe('所属网格，须为本社区已设立的网格'),
  floors: floorsSchema.optional(),
  households: householdsSchema.optional(),
  address: textField('地址', 100).optional(),
});
export type CreateBuildingBody = z.infer<typeof createBuildingBody>;

export const updateBuildingBody = z.object({
  version: versionSchema,
  name: textField('楼栋名称', 30).optional(),
  grid: clearable(gridCodeSchema),
  floors: clearable(floorsSchema),
  households: clearable(householdsSchema),
  address: clearable(textField('地址', 100)),
});
export type UpdateBuildingBody = z.infer<typeof updateBuildingBody>;

export const facilityView = z
  .object({
    id: z.string(),
    community: z.string(),
    kind: facilityKindSchema,
    kindLabel: z.string(),
    name: z.string(),
    parentId: z.string().optional().describe('服务站所属的银龄幸福之家'),
    address: z.string().optional(),
    openHours: z.string().optional(),
    description: z.string().optional(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string().optional(),
  })
  .meta({ id: 'Facility' });
export type FacilityView = z.infer<typeof facilityView>;

export const createFacilityBody = z.object({
  kind: facilityKindSchema,
  name: textField('设施名称', 50),
  parentId: recordIdSchema.optional().describe('仅服务站需要：所属银龄幸福之家的编号'),
  address: textField('地址', 100).optional(),
  openHours: textField('开放时间', 100).optional(),
  description: textField('简介', 500).optional(),
});
export type CreateFacilityBody = z.infer<typeof createFacilityBody>;

export const updateFacilityBody = z.object({
  version: versionSchema,
  name: textField('设施名称', 50).optional(),
  address: clearable(textField('地址', 100)),
  openHours: clearable(textField('开放时间', 100)),
  description: clearable(textField('简介', 500)),
});
export type UpdateFacilityBody = z.infer<typeof updateFacilityBody>;

const periodSchema = z.object({ from: timeSchema, to: timeSchema });

export const setOfficeHoursBody = z.object({
  openDays: z.array(weekdaySchema).min(1, '请至少填写一个办公日').max(7, '办公日最多 7 天').describe('1 = 周一 … 7 = 周日'),
  periods: z
    .array(periodSchema)
    .min(1, '请至少填写一个办公时段')
    .max(4, '办公时段最多 4 个')
    .describe('如 08:30–12:00、14:30–17:30'),
  certificateOfficeDays: z
    .array(weekdaySchema)
    .max(7, '三证办理日最多 7 天')
    .default([])
    .describe('生殖健康服务证、独生子女证、流动人口婚育证的固定办理日（通常每周 3 天），须是办公日'),
  note: textField('备注', 200).optional(),
  version: versionSchema.optional().describe('首次设置时不填；修改时填上次读取的版本号'),
});
export type SetOfficeHoursBody = z.infer<typeof setOfficeHoursBody>;

export const officeHoursView = z
  .object({
    community: z.string(),
    openDays: z.array(z.number().int()),
    periods: z.array(z.object({ from: z.string(), to: z.string() })),
    certificateOfficeDays: z.array(z.number().int()),
    note: z.string().optional(),
    summary: z.string().describe('一句话说明，如“周一至周五 08:30–12:00、14:30–17:30；三证办理日：周一、周三、周五”'),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'OfficeHours' });
export type OfficeHoursView = z.infer<typeof officeHoursView>;

export const getArea = defineRoute({
  method: 'GET',
  path: '/registry/areas/{code}',
  operationId: 'getArea',
  summary: '查看地区及其下级',
  description:
    '按行政区划代码查看本区、街道、社区或网格，以及其直接下级：区的街道、街道的社区、社区的网格。地区信息不是个人信息，无需登录，可供公开栏和小程序使用。',
  auth: 'public',
  params: z.object({ code: areaCodeSchema }),
  response: { status: 200, description: '地区及其直接下级（按代码排序）', schema: areaView },
});

export const defineGrid = defineRoute({
  method: 'POST',
  path: '/registry/communities/{community}/grids',
  operationId: 'defineGrid',
  summary: '设立网格',
  description: '在社区内设立网格（一网格一特色），网格代码为“社区代码-序号”，如 350203006029-03。网格长电话加密保存，脱敏显示。',
  auth: 'jwt',
  roles: areaManagers,
  idempotent: true,
  params: communityParams,
  body: defineGridBody,
  response: { status: 201, description: '已设立的网格', schema: gridView },
});

export const updateGrid = defineRoute({
  method: 'PATCH',
  path: '/registry/communities/{community}/grids/{number}',
  operationId: 'updateGrid',
  summary: '修改网格',
  description: '修改网格名称、特色或网格长；须提交读取时的 version，期间被他人修改则返回 409。网格长字段传 null 表示清空。',
  auth: 'jwt',
  roles: areaManagers,
  params: z.object({ community: communityCodeSchema, number: gridNumberSchema }),
  body: updateGridBody,
  response: { status: 200, description: '修改后的网格', schema: gridView },
});

export const listGrids = defineRoute({
  method: 'GET',
  path: '/registry/communities/{community}/grids',
  operationId: 'listGrids',
  summary: '社区网格列表',
  description: '按序号列出社区的网格及其特色和网格长（电话脱敏）。网格员可查看本社区的网格。',
  auth: 'jwt',
  roles: staffRoles,
  params: communityParams,
  query: z.object(pageQuery),
  response: { status: 200, description: '一页网格；有下一页时返回 cursor', schema: pageOf(gridView) },
});

export const createBuilding = defineRoute({
  method: 'POST',
  path: '/registry/communities/{community}/buildings',
  operationId: 'createBuilding',
  summary: '登记楼栋',
  description: '登记社区内的楼栋（名称在社区内唯一），可指定所属网格、楼层数和户数。',
  auth: 'jwt',
  roles: areaManagers,
  idempotent: true,
  params: communityParams,
  body: createBuildingBody,
  response: { status: 201, description: '已登记的楼栋', schema: buildingView },
});

export const updateBuilding = defineRoute({
  method: 'PATCH',
  path: '/registry/communities/{community}/buildings/{id}',
  operationId: 'updateBuilding',
  summary: '修改楼栋',
  description: '修改楼栋名称、所属网格、楼层数、户数或地址；须提交读取时的 version。字段传 null 表示清空。',
  auth: 'jwt',
  roles: areaManagers,
  params: z.object({ community: communityCodeSchema, id: recordIdSchema }),
  body: updateBuildingBody,
  response: { status: 200, description: '修改后的楼栋', schema: buildingView },
});

export const listBuildings = defineRoute({
  method: 'GET',
  path: '/registry/communities/{community}/buildings',
  operationId: 'listBuildings',
  summary: '社区楼栋列表',
  description: '按登记先后列出社区的楼栋，可按网格筛选。',
  auth: 'jwt',
  roles: staffRoles,
  params: communityParams,
  query: z.object({ grid: gridCodeSchema.optional(), ...pageQuery }),
  response: { status: 200, description: '一页楼栋；有下一页时返回 cursor', schema: pageOf(buildingView) },
});

export const createFacility = defineRoute({
  method: 'POST',
  path: '/registry/communities/{community}/facilities',
  operationId: 'createFacility',
  summary: '登记社区设施',
  description:
    '登记社区书院、党群之家、妇女儿童家园、银龄幸福之家等设施。银龄幸福之家“1+6”的服务站登记为 silver-age-station，并以 parentId 指明所属的银龄幸福之家。',
  auth: 'jwt',
  roles: areaManagers,
  idempotent: true,
  params: communityParams,
  body: createFacilityBody,
  response: { status: 201, description: '已登记的设施', schema: facilityView },
});

export const updateFacility = defineRoute({
  method: 'PATCH',
  path: '/registry/communities/{community}/facilities/{id}',
  operationId: 'updateFacility',
  summary: '修改社区设施',
  description: '修改设施名称、地址、开放时间或简介（类型和所属上级不可改）；须提交读取时的 version。字段传 null 表示清空。',
  auth: 'jwt',
  roles: areaManagers,
  params: z.object({ community: communityCodeSchema, id: recordIdSchema }),
  body: updateFacilityBody,
  response: { status: 200, description: '修改后的设施', schema: facilityView },
});

export const listFacilities = defineRoute({
  method: 'GET',
  path: '/registry/communities/{community}/facilities',
  operationId: 'listFacilities',
  summary: '社区设施列表',
  description: '按登记先后列出社区设施，可按类型或所属上级（如某银龄幸福之家的服务站）筛选。',
  auth: 'jwt',
  roles: staffRoles,
  params: communityParams,
  query: z.object({ kind: facilityKindSchema.optional(), parentId: recordIdSchema.optional(), ...pageQuery }),
  response: { status: 200, description: '一页设施；有下一页时返回 cursor', schema: pageOf(facilityView) },
});

export const setOfficeHours = defineRoute({
  method: 'PUT',
  path: '/registry/communities/{community}/office-hours',
  operationId: 'setOfficeHours',
  summary: '设置社区办公时间',
  description:
    '设置社区的办公日、办公时段和三证（生殖健康服务证、独生子女证、流动人口婚育证）的固定办理日。首次设置不填 version；修改时须提交读取时的 version。',
  auth: 'jwt',
  roles: areaManagers,
  params: communityParams,
  body: setOfficeHoursBody,
  response: { status: 200, description: '设置后的办公时间', schema: officeHoursView },
});

export const getOfficeHours = defineRoute({
  method: 'GET',
  path: '/registry/communities/{community}/office-hours',
  operationId: 'getOfficeHours',
  summary: '查看社区办公时间',
  description: '社区的办公时间和三证办理日，无需登录，供公开栏和小程序使用。',
  auth: 'public',
  params: communityParams,
  response: { status: 200, description: '社区办公时间', schema: officeHoursView },
});

export const placeRoutes: readonly RouteBinding[] = [
  { route: getArea, handler: 'handlers/get-area' },
  { route: defineGrid, handler: 'handlers/define-grid' },
  { route: updateGrid, handler: 'handlers/update-grid' },
  { route: listGrids, handler: 'handlers/list-grids' },
  { route: createBuilding, handler: 'handlers/create-building' },
  { route: updateBuilding, handler: 'handlers/update-building' },
  { route: listBuildings, handler: 'handlers/list-buildings' },
  { route: createFacility, handler: 'handlers/create-facility' },
  { route: updateFacility, handler: 'handlers/update-facility' },
  { route: listFacilities, handler: 'handlers/list-facilities' },
  { route: setOfficeHours, handler: 'handlers/set-office-hours' },
  { route: getOfficeHours, handler: 'handlers/get-office-hours' },
];
