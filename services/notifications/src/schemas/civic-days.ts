import { defineRoute, type Role, type RouteBinding, recordIdSchema } from '@shequ/kit';
import { z } from 'zod';

const managers: readonly Role[] = ['district-admin', 'subdistrict-staff', 'community-worker'];
const communityParams = z.object({ community: z.string().regex(/^\d{12}$/, '社区代码须为 12 位数字，如 350203006029') });

const participantsView = z.object({
  community: z.string(),
  persons: z.array(z.string()).describe('参加的居民（居民代表等）的人员编号'),
  staff: z.array(z.string()).describe('参加的工作人员的登录账号'),
  version: z.number().describe('0 表示尚未设置'),
});

export const listCivicDays = defineRoute({
  method: 'GET',
  path: '/notifications/civic-days',
  operationId: 'listCivicDays',
  summary: '五日一周日历',
  description:
    '某月的接待日（2 日）、公开日（5 日）、宣传日（15 日）、议事日（28 日），季末月 30 日为评议日。前一天 9:00 提醒参加的人员。',
  auth: 'public',
  query: z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式须为 YYYY-MM') }),
  response: {
    status: 200,
    description: '当月的日子',
    schema: z.object({
      items: z.array(z.object({ kind: z.string(), date: z.string(), name: z.string(), what: z.string() })),
    }),
  },
});

export const getCivicParticipants = defineRoute({
  method: 'GET',
  path: '/notifications/civic-days/{community}/participants',
  operationId: 'getCivicParticipants',
  summary: '五日一周参加人员',
  description: '社区五日一周各日子的提醒对象。',
  auth: 'jwt',
  roles: managers,
  params: communityParams,
  response: { status: 200, description: '参加人员', schema: participantsView },
});

export const setCivicParticipants = defineRoute({
  method: 'PUT',
  path: '/notifications/civic-days/{community}/participants',
  operationId: 'setCivicParticipants',
  summary: '设置五日一周参加人员',
  description: '设置社区五日一周的提醒对象（整体替换）：居民按人员编号，工作人员按登录账号。首次设置 version 为 0。',
  auth: 'jwt',
  roles: managers,
  params: communityParams,
  body: z.object({
    persons: z.array(recordIdSchema).max(200, '居民最多 200 人').default([]),
    staff: z.array(z.string().trim().min(1).max(128)).max(50, '工作人员最多 50 人').default([]),
    version: z.number('请提供版本号 version（首次设置为 0）').int().min(0),
  }),
  response: { status: 200, description: '设置后的参加人员', schema: participantsView },
});

export const civicDayRoutes: readonly RouteBinding[] = [
  { route: listCivicDays, handler: 'handlers/list-civic-days' },
  { route: getCivicParticipants, handler: 'handlers/get-civic-participants' },
  { route: setCivicParticipants, handler: 'handlers/set-civic-participants' },
];
