import { donorKinds, itemConditions } from '@shequ/contracts';
import {
  communityCodeSchema,
  defineRoute,
  labelledEnum,
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
  effectiveStatus,
  type GardenPlot,
  HOLD_DAYS,
  isOverdue,
  LOAN_DAYS,
  type Loan,
  MAX_LOAN_DAYS,
  RENEW_DAYS,
  type SharedItem,
} from '../domain/sharing.ts';

/** Staff run the station; residents act for themselves (the person their token names). */
const stationUsers: readonly Role[] = [...staffRoles, 'resident'];

const conditionSchema = z.enum(itemConditions, '成色须为 new（全新）、good（良好）或 fair（一般）');
export const photoTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
/** Photos are uploaded first; the key names the service's own folder, so a client cannot point at another's objects. */
export const photoKeySchema = z
  .string()
  .regex(/^volunteering\/(sharing|wishes)\/[\w-]+\/[0-9a-z]{19,40}$/, '照片须先通过上传接口上传，再填写返回的 key');
const personIdSchema = recordIdSchema.describe('居民在人口库中的编号');

export const photoUploadBody = z.object({
  contentType: z.enum(photoTypes, '照片须为 JPEG、PNG 或 WebP 格式'),
  contentLength: z
    .number('文件大小须为字节数')
    .int()
    .min(1, '文件不能为空')
    .max(10 * 1024 * 1024, '照片不能超过 10 MB'),
});
export const photoUploadView = z
  .object({
    key: z.string().describe('上传后在登记时填写的照片 key'),
    uploadUrl: z.string().describe('以 PUT 上传照片的预签名地址，须带相同的 Content-Type'),
    expiresInSeconds: z.number(),
  })
  .meta({ id: 'PhotoUpload' });
/** Upload URLs last 15 minutes, long enough for a phone on a slow line. */
export const UPLOAD_SECONDS = 900;

/** The words the catalogue, the loans and the plots are shown in (the console reads them from the document). */
const conditionLabels = { new: '全新', good: '良好', fair: '一般' } satisfies Record<(typeof itemConditions)[number], string>;
const conditionView = labelledEnum('SharedItemCondition', '成色', conditionLabels);
const donorKindView = labelledEnum('SharedItemDonorKind', '捐赠人类型', {
  resident: '居民',
  unit: '单位',
  anonymous: '匿名',
} satisfies Record<(typeof donorKinds)[number], string>);
const itemStatusView = labelledEnum('SharedItemStatus', '物品状态', {
  available: '可借',
  held: '已预约',
  'on-loan': '借出中',
  withdrawn: '已下架',
});
const loanStatusView = labelledEnum('SharedLoanStatus', '借用状态', { open: '未还', returned: '已还' });
const plotStatusView = labelledEnum('GardenPlotStatus', '地块状态', { free: '空闲', claimed: '已认领' });

export const itemView = z
  .object({
    id: z.string(),
    area: z.string(),
    name: z.string(),
    category: z.string(),
    condition: conditionView,
    description: z.string().optional(),
    photos: z.array(z.string()),
    donorKind: donorKindView,
    donorName: z.string().optional(),
    donatedOn: z.iso.date(),
    status: itemStatusView.describe('预约到期未借的物品显示为 available'),
    heldUntil: z.string().optional().describe('预约保留到此时刻'),
    heldByMe: z.boolean().optional(),
    holderPersonId: z.string().optional().describe('仅工作人员可见'),
    loanId: z.string().optional().describe('仅工作人员可见'),
    withdrawnReason: z.string().optional(),
    version: z.number(),
  })
  .meta({ id: 'SharedItem' });

/** An item as a reader sees it: an expired hold reads as available, and who holds it is for staff only. */
export function presentItem(item: SharedItem, now: Date, viewer: { staff: boolean; personId?: string | undefined }) {
  const status = effectiveStatus(item, now);
  const hold = status === 'held' ? item.hold : undefined;
  return itemView.parse({
    id: item.id,
    area: item.area,
    name: item.name,
    category: item.category,
    condition: item.condition,
    description: item.description,
    photos: item.photos,
    donorKind: item.donorKind,
    donorName: item.donorName,
    donatedOn: item.donatedOn,
    status,
    ...(hold ? { heldUntil: hold.until, heldByMe: hold.personId === viewer.personId } : {}),
    ...(viewer.staff && hold ? { holderPersonId: hold.personId } : {}),
    ...(viewer.staff && status === 'on-loan' ? { loanId: item.loanId } : {}),
    withdrawnReason: item.withdrawnReason,
    version: item.version,
  });
}

export const loanView = z
  .object({
    id: z.string(),
    itemId: z.string(),
    itemName: z.string(),
    area: z.string(),
    personId: z.string(),
    borrowerName: z.string(),
    borrowedOn: z.iso.date(),
    dueOn: z.iso.date(),
    renewals: z.number(),
    status: loanStatusView,
    overdue: z.boolean().describe('应还日期已过仍未归还'),
    returnedOn: z.iso.date().optional(),
    daysLate: z.number().optional().describe('归还时逾期的天数，按期归还为 0'),
    version: z.number(),
  })
  .meta({ id: 'ItemLoan' });

export function presentLoan(loan: Loan, today: string) {
  return loanView.parse({ ...loan, overdue: isOverdue(loan, today) });
}

export const holdView = z
  .object({
    holdId: z.string(),
    item: itemView,
    until: z.string(),
  })
  .meta({ id: 'ItemHold' });

export const plotView = z
  .object({
    id: z.string(),
    area: z.string(),
    code: z.string(),
    sizeSqm: z.number().optional(),
    note: z.string().optional(),
    status: plotStatusView,
    holderPersonId: z.string().optional().describe('仅工作人员和认领人本人可见'),
    holderName: z.string().optional().describe('仅工作人员和认领人本人可见'),
    season: z.string().optional(),
    claimedOn: z.iso.date().optional(),
    version: z.number(),
  })
  .meta({ id: 'GardenPlot' });

export function presentPlot(plot: GardenPlot, viewer: { staff: boolean; personId?: string | undefined }) {
  const mine = plot.holderPersonId !== undefined && plot.holderPersonId === viewer.personId;
  const { holderPersonId, holderName, ...rest } = plot;
  return plotView.parse(viewer.staff || mine ? plot : rest);
}

const itemParams = z.object({ itemId: recordIdSchema });
const loanParams = z.object({ loanId: recordIdSchema });
const plotParams = z.object({ plotId: recordIdSchema });
const forPerson = personIdSchema.optional().describe('工作人员代居民办理时必填；居民本人办理时不填');

export const createItemPhotoUpload = defineRoute({
  method: 'POST',
  path: '/volunteering/sharing/photo-uploads',
  operationId: 'createSharedItemPhotoUpload',
  summary: '获取捐赠物品照片上传地址',
  description: '为某社区共享驿站的捐赠物品照片签发 15 分钟有效的上传地址；上传后把返回的 key 填入登记捐赠的 photos。',
  auth: 'jwt',
  roles: staffRoles,
  body: photoUploadBody.extend({ community: communityCodeSchema }),
  response: { status: 201, description: '上传地址和照片 key', schema: photoUploadView },
});

export const recordSharedItemBody = z
  .object({
    community: communityCodeSchema,
    name: textField('物品名称', 50),
    category: textField('类别', 20).describe('如“图书”“玩具”“工具”“家电”'),
    condition: conditionSchema,
    description: textField('说明', 500).optional(),
    photos: z.array(photoKeySchema).max(9, '照片最多 9 张').default([]),
    donorKind: z.enum(donorKinds, '捐赠人类型须为 resident（居民）、unit（单位）或 anonymous（匿名）'),
    donorName: textField('捐赠人', 50).optional().describe('居民或单位名称，可不填'),
    donorPersonId: personIdSchema.optional().describe('捐赠居民的人口库编号，可不填'),
    donatedOn: z.iso.date('捐赠日期格式须为 YYYY-MM-DD').optional().describe('不填为今天'),
  })
  .refine((body) => body.donorKind !== 'anonymous' || (!body.donorName && !body.donorPersonId), {
    path: ['donorName'],
    message: '匿名捐赠不能填写捐赠人',
  });

export const recordSharedItem = defineRoute({
  method: 'POST',
  path: '/volunteering/sharing/items',
  operationId: 'recordSharedItem',
  summary: '登记捐赠物品',
  description: '共享驿站登记一件居民或单位捐赠的闲置物品：名称、类别、成色和照片，登记后即可在目录中借用。',
  auth: 'jwt',
  roles: staffRoles,
  idempotent: true,
  body: recordSharedItemBody,
  response: { status: 201, description: '已登记的物品', schema: itemView },
});

export const listSharedItems = defineRoute({
  method: 'GET',
  path: '/volunteering/sharing/items',
  operationId: 'listSharedItems',
  summary: '共享驿站物品目录',
  description: '某社区共享驿站的物品，按登记先后排列，可按类别、成色和状态筛选；按状态筛选时一页可能少于 limit 条。',
  auth: 'jwt',
  query: z.object({
    community: communityCodeSchema,
    category: z.string().trim().min(1).max(20).optional(),
    condition: conditionSchema.optional(),
    status: z.enum(['available', 'held', 'on-loan', 'withdrawn'], '状态须为 available、held、on-loan 或 withdrawn').optional(),
    ...pageQuery,
  }),
  response: { status: 200, description: '一页物品', schema: pageOf(itemView) },
});

export const getSharedItem = defineRoute({
  method: 'GET',
  path: '/volunteering/sharing/items/{itemId}',
  operationId: 'getSharedItem',
  summary: '物品详情',
  auth: 'jwt',
  params: itemParams,
  response: { status: 200, description: '物品', schema: itemView },
});

export const withdrawSharedItem = defineRoute({
  method: 'POST',
  path: '/volunteering/sharing/items/{itemId}/withdraw',
  operationId: 'withdrawSharedItem',
  summary: '物品下架',
  description: '损坏、遗失或转赠的物品下架，不再出借；借出中的物品须先归还。',
  auth: 'jwt',
  roles: staffRoles,
  params: itemParams,
  body: z.object({ reason: textField('下架原因', 200) }),
  response: { status: 200, description: '已下架的物品', schema: itemView },
});

export const holdSharedItem = defineRoute({
  method: 'POST',
  path: '/volunteering/sharing/items/{itemId}/hold',
  operationId: 'holdSharedItem',
  summary: '预约物品',
  description: `为居民预约一件可借的物品，保留 ${HOLD_DAYS} 天，到期未借自动释放。有逾期未还物品的居民不能预约。`,
  auth: 'jwt',
  roles: stationUsers,
  idempotent: true,
  params: itemParams,
  body: z.object({ personId: forPerson }),
  response: { status: 201, description: '预约', schema: holdView },
});

export const cancelHold = defineRoute({
  method: 'DELETE',
  path: '/volunteering/sharing/items/{itemId}/hold',
  operationId: 'cancelSharedItemHold',
  summary: '取消预约',
  description: '预约人本人或工作人员取消物品的预约，物品恢复可借。',
  auth: 'jwt',
  roles: stationUsers,
  params: itemParams,
  response: { status: 200, description: '物品', schema: itemView },
});

export const borrowSharedItem = defineRoute({
  method: 'POST',
  path: '/volunteering/sharing/items/{itemId}/loans',
  operationId: 'borrowSharedItem',
  summary: '借用物品',
  description: `借出一件可借的（或本人预约的）物品，默认借期 ${LOAN_DAYS} 天。有逾期未还物品的居民不能再借。两人同时借同一件物品时只有一人成功，另一人得到 409。`,
  auth: 'jwt',
  roles: stationUsers,
  idempotent: true,
  params: itemParams,
  body: z.object({
    personId: forPerson,
    days: z
      .number('借期须为天数')
      .int('借期须为整数天')
      .min(1, '借期至少 1 天')
      .max(MAX_LOAN_DAYS, `借期最长 ${MAX_LOAN_DAYS} 天`)
      .optional()
      .describe(`不填为 ${LOAN_DAYS} 天`),
  }),
  response: { status: 201, description: '借用记录', schema: loanView },
});

export const renewSharedLoan = defineRoute({
  method: 'POST',
  path: '/volunteering/sharing/loans/{loanId}/renew',
  operationId: 'renewSharedLoan',
  summary: '续借',
  description: `借用人本人或工作人员续借一次，应还日期顺延 ${RENEW_DAYS} 天；已逾期的不能续借。`,
  auth: 'jwt',
  roles: stationUsers,
  params: loanParams,
  response: { status: 200, description: '续借后的借用记录', schema: loanView },
});

export const returnSharedLoan = defineRoute({
  method: 'POST',
  path: '/volunteering/sharing/loans/{loanId}/return',
  operationId: 'returnSharedLoan',
  summary: '归还物品',
  description: '工作人员收回借出的物品并记录成色；逾期归还的记录逾期天数。物品随即恢复可借，借用人的借用限制随之解除。',
  auth: 'jwt',
  roles: staffRoles,
  params: loanParams,
  body: z.object({ condition: conditionSchema.optional().describe('归还时的成色，不填则不变') }),
  response: { status: 200, description: '已归还的借用记录', schema: loanView },
});

export const listSharedLoans = defineRoute({
  method: 'GET',
  path: '/volunteering/sharing/loans',
  operationId: 'listSharedLoans',
  summary: '借用记录',
  description:
    '一名居民的借用记录：未还的在前（应还日期晚的在前），已还的在后（最近借的在前）。居民只能查看本人的记录。工作人员不指定居民而指定 community 时，列出该社区共享驿站全部未还的借用，应还日期早的在前（逾期的最先）。',
  auth: 'jwt',
  roles: stationUsers,
  query: z.object({
    personId: forPerson,
    community: communityCodeSchema.optional().describe('工作人员查看社区全部未还借用时填写（不填 personId）'),
    ...pageQuery,
  }),
  response: { status: 200, description: '一页借用记录', schema: pageOf(loanView) },
});

/** What a stored photo is, told by its first bytes: the directory store keeps no content type. */
export function photoTypeOf(bytes: Buffer): (typeof photoTypes)[number] | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'image/jpeg';
  if (bytes.subarray(0, 4).toString('hex') === '89504e47') return 'image/png';
  if (bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP')
    return 'image/webp';
  return undefined;
}

export const getSharedItemPhoto = defineRoute({
  method: 'GET',
  path: '/volunteering/sharing/items/{itemId}/photos/{index}',
  operationId: 'getSharedItemPhoto',
  summary: '物品照片',
  description: '捐赠物品的第 index 张照片（从 0 起）的图片本身（JPEG、PNG 或 WebP）。',
  auth: 'jwt',
  params: z.object({
    itemId: recordIdSchema,
    index: z.coerce
      .number('照片序号须为数字')
      .int()
      .min(0, '照片序号从 0 起')
      .max(8, '照片最多 9 张')
      .describe('第几张照片，从 0 起'),
  }),
  response: { status: 200, description: '照片', file: { contentTypes: photoTypes } },
});

export const defineGardenPlot = defineRoute({
  method: 'POST',
  path: '/volunteering/sharing/plots',
  operationId: 'defineGardenPlot',
  summary: '设立共享菜园地块',
  description: '社区设立一块共享菜园地块，编号在社区内唯一。',
  auth: 'jwt',
  roles: staffRoles,
  idempotent: true,
  body: z.object({
    community: communityCodeSchema,
    code: z
      .string()
      .trim()
      .regex(/^[\w-]{1,20}$/, '地块编号须为 1–20 位字母、数字或连字符，如 A-03'),
    sizeSqm: z.number('面积须为数字').positive('面积须大于 0').max(10_000).optional(),
    note: textField('说明', 200).optional(),
  }),
  response: { status: 201, description: '地块', schema: plotView },
});

export const listGardenPlots = defineRoute({
  method: 'GET',
  path: '/volunteering/sharing/plots',
  operationId: 'listGardenPlots',
  summary: '共享菜园地块',
  description: '某社区的共享菜园地块，按编号排列，可只看空闲的。',
  auth: 'jwt',
  query: z.object({
    community: communityCodeSchema,
    status: z.enum(['free', 'claimed'], '状态须为 free（空闲）或 claimed（已认领）').optional(),
    ...pageQuery,
  }),
  response: { status: 200, description: '一页地块', schema: pageOf(plotView) },
});

export const claimGardenPlot = defineRoute({
  method: 'POST',
  path: '/volunteering/sharing/plots/{plotId}/claim',
  operationId: 'claimGardenPlot',
  summary: '认领菜园地块',
  description: '本社区居民认领一块空闲地块，注明季节或年度；每位居民同时只能认领一块。',
  auth: 'jwt',
  roles: stationUsers,
  params: plotParams,
  body: z.object({
    personId: forPerson,
    season: z.string().regex(/^20\d{2}(-(spring|summer|autumn|winter))?$/, '认领期须为年度（如 2026）或季节（如 2026-spring）'),
  }),
  response: { status: 200, description: '已认领的地块', schema: plotView },
});

export const releaseGardenPlot = defineRoute({
  method: 'POST',
  path: '/volunteering/sharing/plots/{plotId}/release',
  operationId: 'releaseGardenPlot',
  summary: '退还菜园地块',
  description: '认领人本人或工作人员退还地块，地块恢复空闲，居民可另行认领。',
  auth: 'jwt',
  roles: stationUsers,
  params: plotParams,
  response: { status: 200, description: '空闲的地块', schema: plotView },
});

export const sharingRoutes: readonly RouteBinding[] = [
  { route: createItemPhotoUpload, handler: 'handlers/create-shared-item-photo-upload' },
  { route: recordSharedItem, handler: 'handlers/record-shared-item' },
  { route: listSharedItems, handler: 'handlers/list-shared-items' },
  { route: getSharedItem, handler: 'handlers/get-shared-item' },
  { route: getSharedItemPhoto, handler: 'handlers/get-shared-item-photo' },
  { route: withdrawSharedItem, handler: 'handlers/withdraw-shared-item' },
  { route: holdSharedItem, handler: 'handlers/hold-shared-item' },
  { route: cancelHold, handler: 'handlers/cancel-shared-item-hold' },
  { route: borrowSharedItem, handler: 'handlers/borrow-shared-item' },
  { route: renewSharedLoan, handler: 'handlers/renew-shared-loan' },
  { route: returnSharedLoan, handler: 'handlers/return-shared-loan' },
  { route: listSharedLoans, handler: 'handlers/list-shared-loans' },
  { route: defineGardenPlot, handler: 'handlers/define-garden-plot' },
  { route: listGardenPlots, handler: 'handlers/list-garden-plots' },
  { route: claimGardenPlot, handler: 'handlers/claim-garden-plot' },
  { route: releaseGardenPlot, handler: 'handlers/release-garden-plot' },
];
