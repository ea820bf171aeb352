import { areaCodeSchema } from '@shequ/contracts';
import { defineRoute, fileTypes, type Role, type RouteBinding, textField } from '@shequ/kit';
import { z } from 'zod';
import { BOARD_AREA, MAX_POSTING_DAYS, noticeSources, workerNoticeKinds } from '../domain/board.ts';
import { noticeKindSchema } from './enums.ts';

/** Who keeps a board by hand: the offices of the district, its sub-districts and communities. */
const boardKeepers: readonly Role[] = ['district-admin', 'subdistrict-staff', 'community-worker'];

const daySchema = (label: string) => z.iso.date(`${label}格式须为 YYYY-MM-DD`);
const boardAreaSchema = z.string().regex(BOARD_AREA, '公示地区须为区（6 位）、街道（9 位）或社区（12 位）代码');
const noticeIdSchema = z.string().regex(/^[\w-]{1,120}$/, '公示编号格式不正确');

const entryView = z.object({
  name: z.string(),
  citizenIdMasked: z.string().describe('身份证号仅显示前 6 位和后 4 位'),
  programmeName: z.string().optional(),
  amountYuan: z.number().optional().describe('拟发放的月（次）金额（元）'),
});

export const publicNoticeView = z
  .object({
    id: z.string(),
    area: z.string(),
    areaLevel: z.enum(['district', 'subdistrict', 'community']).describe('张贴在区、街道还是社区的公示栏'),
    source: z.enum(noticeSources).describe('subsidies（补助三榜公示）、cases（办理结果）或 worker（工作人员发布）'),
    kind: noticeKindSchema,
    kindLabel: z.string(),
    title: z.string(),
    body: z.string().optional(),
    entries: z.array(entryView).optional().describe('公示名单；身份证号一律打码'),
    postedFrom: z.string(),
    postedUntil: z.string().describe('公示期最后一天（含）'),
  })
  .meta({ id: 'PublicNotice' });

export const noticeView = publicNoticeView
  .omit({ areaLevel: true })
  .extend({
    postedAt: z.string(),
    postedBy: z.string(),
    takenDownAt: z.string().optional(),
    takenDownBy: z.string().optional(),
    takeDownReason: z.string().optional(),
    version: z.number(),
  })
  .meta({ id: 'Notice' });

export const postNoticeBody = z.object({
  area: boardAreaSchema.describe('张贴到哪一级的公示栏：区的公告在其所有街道和社区的公示栏都显示'),
  kind: z.enum(workerNoticeKinds, '类型须为 policy（政策公告）、activity（活动通知）或 other（其他）'),
  title: textField('标题', 60),
  body: textField('正文', 5000).describe('不得包含完整的身份证号或手机号'),
  postedFrom: daySchema('公示开始日期').describe('不能早于今天（北京时间）'),
  postedUntil: daySchema('公示截止日期').describe(`公示期最后一天（含），公示期最长 ${MAX_POSTING_DAYS} 天`),
});
export type PostNoticeBody = z.infer<typeof postNoticeBody>;

export const postNotice = defineRoute({
  method: 'POST',
  path: '/notifications/notices',
  operationId: 'postNotice',
  summary: '发布公示公告',
  description: `在本辖区的区、街道或社区公示栏发布政策、活动等公告，注明公示期（最长 ${MAX_POSTING_DAYS} 天）。公示栏公开可读，正文不得包含完整的身份证号或手机号。`,
  auth: 'jwt',
  roles: boardKeepers,
  idempotent: true,
  body: postNoticeBody,
  response: { status: 201, description: '已发布的公告', schema: noticeView },
});

export const takeDownNotice = defineRoute({
  method: 'POST',
  path: '/notifications/notices/{id}/take-down',
  operationId: 'takeDownNotice',
  summary: '撤下公告',
  description:
    '公示期未满时提前撤下工作人员发布的公告，须填写原因；补助公示随审批流程张贴和撤下，不能在此撤下。已撤下的再次撤下不改变记录。',
  auth: 'jwt',
  roles: boardKeepers,
  params: z.object({ id: noticeIdSchema }),
  body: z.object({ reason: textField('撤下原因', 200) }),
  response: { status: 200, description: '已撤下的公告', schema: noticeView },
});

export const getBoard = defineRoute({
  method: 'GET',
  path: '/notifications/board',
  operationId: 'getBoard',
  summary: '公示栏',
  description:
    '某地区公示栏上当前正在公示的内容：本地区及其上级（街道、区）发布的公告、补助三榜公示和办理结果，最新的在前。无需登录；个人信息一律打码。',
  auth: 'public',
  query: z.object({ area: areaCodeSchema.describe('社区（12 位）、街道（9 位）或区（6 位）代码；网格代码按所属社区') }),
  response: {
    status: 200,
    description: '当前公示',
    schema: z.object({ area: z.string(), day: z.string().describe('按北京时间的当天'), notices: z.array(publicNoticeView) }),
  },
});

export const printBoard = defineRoute({
  method: 'GET',
  path: '/notifications/board/print',
  operationId: 'printBoardNotice',
  summary: '打印公示',
  description: '公示栏上一份当前公示的可打印页面（A4），个人信息打码，注明公示期和异议受理方式。',
  auth: 'public',
  query: z.object({ area: areaCodeSchema.describe('公示栏所在地区代码'), id: noticeIdSchema.describe('公示编号') }),
  response: { status: 200, description: '可打印的 HTML 页面', file: { contentTypes: [fileTypes.html] } },
});

export const boardRoutes: readonly RouteBinding[] = [
  { route: postNotice, handler: 'handlers/post-notice' },
  { route: takeDownNotice, handler: 'handlers/take-down-notice' },
  { route: getBoard, handler: 'handlers/get-board' },
  { route: printBoard, handler: 'handlers/print-board' },
];
