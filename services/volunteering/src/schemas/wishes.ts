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
import { ageOn, CLAIM_DAYS, childAlias, effectiveWishStatus, type MicroWish, withLapsedClaim } from '../domain/wishes.ts';
import { photoKeySchema, photoTypes, photoUploadBody, photoUploadView } from './sharing.ts';

/** Volunteers, residents and units (donors) claim wishes; staff post and close them. */
const claimants: readonly Role[] = ['volunteer', 'resident', 'unit'];
const statusSchema = z.enum(['open', 'claimed', 'fulfilled', 'cancelled'], '状态须为 open、claimed、fulfilled 或 cancelled');

const wishStatusView = labelledEnum('MicroWishStatus', '心愿状态', {
  open: '待认领',
  claimed: '已认领',
  fulfilled: '已实现',
  cancelled: '已撤回',
});

export const wishView = z
  .object({
    id: z.string(),
    area: z.string(),
    child: z.string().describe('工作人员看到姓名，其他人看到“某小朋友”'),
    childId: z.string().optional().describe('仅工作人员可见'),
    childAge: z.number(),
    title: z.string(),
    description: z.string(),
    deadline: z.iso.date(),
    status: wishStatusView.describe('认领到期未实现的心愿显示为 open'),
    claim: z
      .object({
        name: z.string().optional(),
        contact: z.string().optional().describe('仅工作人员和认领人本人可见'),
        claimedOn: z.iso.date(),
        claimedUntil: z.iso.date(),
        mine: z.boolean(),
      })
      .optional(),
    fulfilment: z.object({ photoKey: z.string(), note: z.string().optional(), fulfilledOn: z.iso.date() }).optional(),
    cancelReason: z.string().optional(),
    lapsedClaims: z.number().describe('到期未实现而退回心愿池的次数'),
    version: z.number(),
  })
  .meta({ id: 'Wish' });

/** A wish as a reader sees it: a lapsed claim is gone, and only staff see the child's name and the claimant's contact. */
export function presentWish(stored: MicroWish, today: string, viewer: { staff: boolean; subject: string }) {
  const wish = effectiveWishStatus(stored, today) !== stored.status ? withLapsedClaim(stored) : stored;
  const claim = wish.status === 'claimed' ? wish.claim : undefined;
  const mine = claim?.by === viewer.subject;
  return wishView.parse({
    id: wish.id,
    area: wish.area,
    child: viewer.staff ? wish.childName : childAlias(wish.childName),
    ...(viewer.staff ? { childId: wish.childId } : {}),
    childAge: ageOn(wish.childBirthDate, today),
    title: wish.title,
    description: wish.description,
    deadline: wish.deadline,
    status: wish.status,
    ...(claim
      ? {
          claim: {
            name: claim.name,
            ...(viewer.staff || mine ? { contact: claim.contact } : {}),
            claimedOn: claim.claimedOn,
            claimedUntil: claim.claimedUntil,
            mine,
          },
        }
      : {}),
    ...(wish.fulfilment
      ? {
          fulfilment: {
            photoKey: wish.fulfilment.photoKey,
            note: wish.fulfilment.note,
            fulfilledOn: wish.fulfilment.fulfilledOn,
          },
        }
      : {}),
    cancelReason: wish.cancelReason,
    lapsedClaims: wish.lapsedClaims.length,
    version: wish.version,
  });
}

const wishParams = z.object({ wishId: recordIdSchema });

export const postWish = defineRoute({
  method: 'POST',
  path: '/volunteering/wishes',
  operationId: 'postMicroWish',
  summary: '发布微心愿',
  description: '社区工作人员为辖区内未满 18 周岁的儿童发布一个微心愿，注明内容和截止日期，发布后进入心愿池等待认领。',
  auth: 'jwt',
  roles: staffRoles,
  idempotent: true,
  body: z.object({
    childId: recordIdSchema.describe('儿童在人口库中的编号'),
    title: textField('心愿', 50).describe('如“一套绘本”'),
    description: textField('心愿说明', 500),
    deadline: z.iso.date('截止日期格式须为 YYYY-MM-DD'),
  }),
  response: { status: 201, description: '已发布的心愿', schema: wishView },
});

export const listWishes = defineRoute({
  method: 'GET',
  path: '/volunteering/wishes',
  operationId: 'listMicroWishes',
  summary: '心愿池',
  description: '某社区的微心愿，按发布先后排列，可按状态筛选（筛选在读取后进行，一页可能少于 limit 条）。',
  auth: 'jwt',
  query: z.object({ community: communityCodeSchema, status: statusSchema.optional(), ...pageQuery }),
  response: { status: 200, description: '一页心愿', schema: pageOf(wishView) },
});

export const getWish = defineRoute({
  method: 'GET',
  path: '/volunteering/wishes/{wishId}',
  operationId: 'getMicroWish',
  summary: '心愿详情',
  auth: 'jwt',
  params: wishParams,
  response: { status: 200, description: '心愿', schema: wishView },
});

export const claimWish = defineRoute({
  method: 'POST',
  path: '/volunteering/wishes/{wishId}/claim',
  operationId: 'claimMicroWish',
  summary: '认领微心愿',
  description: `志愿者或爱心人士认领一个心愿，须在 ${CLAIM_DAYS} 天内实现，逾期未实现的心愿自动回到心愿池。`,
  auth: 'jwt',
  roles: claimants,
  params: wishParams,
  body: z.object({
    name: textField('认领人称呼', 50).optional().describe('可不填，不填则以匿名展示'),
    contact: textField('联系方式', 50).optional().describe('便于社区联系，可不填'),
  }),
  response: { status: 200, description: '已认领的心愿', schema: wishView },
});

export const createWishPhotoUpload = defineRoute({
  method: 'POST',
  path: '/volunteering/wishes/{wishId}/photo-uploads',
  operationId: 'createMicroWishPhotoUpload',
  summary: '获取心愿实现照片上传地址',
  description: '认领人或工作人员为心愿实现的照片获取 15 分钟有效的上传地址；上传后在登记实现时填写返回的 key。',
  auth: 'jwt',
  params: wishParams,
  body: photoUploadBody,
  response: { status: 201, description: '上传地址和照片 key', schema: photoUploadView },
});

export const getWishPhoto = defineRoute({
  method: 'GET',
  path: '/volunteering/wishes/{wishId}/photo',
  operationId: 'getMicroWishPhoto',
  summary: '心愿实现照片',
  description: '已实现心愿的证明照片本身（JPEG、PNG 或 WebP）。',
  auth: 'jwt',
  params: wishParams,
  response: { status: 200, description: '照片', file: { contentTypes: photoTypes } },
});

export const fulfilWish = defineRoute({
  method: 'POST',
  path: '/volunteering/wishes/{wishId}/fulfil',
  operationId: 'fulfilMicroWish',
  summary: '登记心愿实现',
  description: '认领人或工作人员登记心愿已实现，附照片为证。认领已到期的须重新认领。',
  auth: 'jwt',
  params: wishParams,
  body: z.object({ photoKey: photoKeySchema, note: textField('说明', 500).optional() }),
  response: { status: 200, description: '已实现的心愿', schema: wishView },
});

export const cancelWish = defineRoute({
  method: 'POST',
  path: '/volunteering/wishes/{wishId}/cancel',
  operationId: 'cancelMicroWish',
  summary: '撤回微心愿',
  description: '工作人员撤回尚未实现的心愿（如儿童已迁出、需求已另行解决）。',
  auth: 'jwt',
  roles: staffRoles,
  params: wishParams,
  body: z.object({ reason: textField('撤回原因', 200) }),
  response: { status: 200, description: '已撤回的心愿', schema: wishView },
});

export const wishRoutes: readonly RouteBinding[] = [
  { route: postWish, handler: 'handlers/post-micro-wish' },
  { route: listWishes, handler: 'handlers/list-micro-wishes' },
  { route: getWish, handler: 'handlers/get-micro-wish' },
  { route: claimWish, handler: 'handlers/claim-micro-wish' },
  { route: createWishPhotoUpload, handler: 'handlers/create-micro-wish-photo-upload' },
  { route: getWishPhoto, handler: 'handlers/get-micro-wish-photo' },
  { route: fulfilWish, handler: 'handlers/fulfil-micro-wish' },
  { route: cancelWish, handler: 'handlers/cancel-micro-wish' },
];
