import { communityCodeSchema, defineRoute, pageOf, pageQuery, type Role, type RouteBinding, recordIdSchema } from '@shequ/kit';
import { z } from 'zod';
import { broadcastStatusSchema } from './enums.ts';

const senders: readonly Role[] = ['district-admin', 'subdistrict-staff', 'community-worker'];
/** A registry group (`disabled`, `dibao`…) or a volunteer team (`team-<teamId>`). */
const segmentSchema = z
  .string()
  .regex(
    /^([a-z][a-z-]{1,40}|team-[0-9a-z]{19,40})$/,
    '群发对象须为户籍登记中的人员类别代码（如 disabled、dibao）或志愿服务队 team-<队伍编号>',
  );

export const broadcastView = z
  .object({
    id: z.string(),
    community: z.string(),
    group: z.string(),
    title: z.string(),
    body: z.string(),
    urgent: z.boolean(),
    audience: z.number().int().optional().describe('发送时名单上的人数，即进度的分母'),
    status: broadcastStatusSchema,
    createdBy: z.string(),
    createdAt: z.string(),
    finishedAt: z.string().optional(),
    cancelledAt: z.string().optional(),
    report: z
      .object({
        recipients: z.number().describe('收到站内消息的人数'),
        sms: z.object({
          queued: z.number(),
          held: z.number(),
          sending: z.number(),
          sent: z.number(),
          failed: z.number(),
          suppressed: z.number(),
        }),
      })
      .describe('发送报告'),
  })
  .meta({ id: 'Broadcast' });

export const createBroadcast = defineRoute({
  method: 'POST',
  path: '/notifications/broadcasts',
  operationId: 'createBroadcast',
  summary: '群发通知',
  description:
    '向一个社区某一类人员（如全部残疾人、低保对象）或一支志愿服务队（team-<队伍编号>）的全体志愿者群发通知：每人一条站内消息，并按本人设置发短信；非紧急通知遵守免打扰时段。发送在后台进行，可随时查看进度和报告，未发完前可取消。',
  auth: 'jwt',
  roles: senders,
  idempotent: true,
  body: z.object({
    community: communityCodeSchema,
    group: segmentSchema,
    title: z.string().trim().min(1, '请填写标题').max(40, '标题不能超过 40 字'),
    body: z.string().trim().min(1, '请填写正文').max(300, '正文不能超过 300 字'),
    urgent: z.boolean().default(false).describe('紧急通知不受免打扰时段和每日条数限制'),
  }),
  response: { status: 202, description: '已受理的群发', schema: broadcastView },
});

export const getBroadcast = defineRoute({
  method: 'GET',
  path: '/notifications/broadcasts/{id}',
  operationId: 'getBroadcast',
  summary: '群发进度和报告',
  description: '群发的状态，收到站内消息的人数，短信待发、暂缓、已发、失败、不发送的条数。',
  auth: 'jwt',
  roles: senders,
  params: z.object({ id: recordIdSchema }),
  response: { status: 200, description: '群发及其报告', schema: broadcastView },
});

export const cancelBroadcast = defineRoute({
  method: 'POST',
  path: '/notifications/broadcasts/{id}/cancel',
  operationId: 'cancelBroadcast',
  summary: '取消群发',
  description: '停止尚未完成的群发：不再写入新消息，尚未发出的短信不再发送。已发出的不能撤回。',
  auth: 'jwt',
  roles: senders,
  params: z.object({ id: recordIdSchema }),
  response: { status: 200, description: '取消后的群发', schema: broadcastView },
});

export const listBroadcasts = defineRoute({
  method: 'GET',
  path: '/notifications/broadcasts',
  operationId: 'listBroadcasts',
  summary: '群发记录',
  description: '一个社区的群发，最新的在前。',
  auth: 'jwt',
  roles: senders,
  query: z.object({ community: communityCodeSchema, ...pageQuery }),
  response: { status: 200, description: '一页群发', schema: pageOf(broadcastView) },
});

export const getSegmentSize = defineRoute({
  method: 'GET',
  path: '/notifications/segments',
  operationId: 'getSegmentSize',
  summary: '群发对象人数',
  description: '一个社区某一类人员当前有多少人，即群发前可知会发给多少人（按户籍登记同步的名单）。',
  auth: 'jwt',
  roles: senders,
  query: z.object({
    community: communityCodeSchema,
    group: segmentSchema,
  }),
  response: {
    status: 200,
    description: '人数',
    schema: z.object({ community: z.string(), group: z.string(), members: z.number().int() }),
  },
});

export const broadcastRoutes: readonly RouteBinding[] = [
  { route: createBroadcast, handler: 'handlers/create-broadcast' },
  { route: listBroadcasts, handler: 'handlers/list-broadcasts' },
  { route: getBroadcast, handler: 'handlers/get-broadcast' },
  { route: cancelBroadcast, handler: 'handlers/cancel-broadcast' },
  { route: getSegmentSize, handler: 'handlers/get-segment-size' },
];
