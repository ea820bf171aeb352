import { communityCodeSchema, defineRoute, type RouteBinding, recordIdSchema, staffRoles } from '@shequ/kit';
import { z } from 'zod';
import type { RepresentativesRecord } from '../store/representatives.ts';
import { calendarKeepers } from './civic-calendar.ts';

/** 居民代表 by custom number 50; room is left for a large community, never for a whole register. */
export const MAX_REPRESENTATIVES = 100;
export const MAX_CALENDAR_STAFF = 50;

/** Refuses a list naming someone twice, at the repeated entry. */
const noDuplicates = (label: string) => (values: string[], ctx: z.RefinementCtx) => {
  values.forEach((value, index) => {
    if (values.indexOf(value) !== index) ctx.addIssue({ code: 'custom', path: [index], message: `${label} ${value} 重复` });
  });
};

export const representativesView = z
  .object({
    community: z.string(),
    persons: z.array(z.object({ personId: z.string(), name: z.string() })).describe('居民代表（人口库中的居民）'),
    staff: z.array(z.string()).describe('参加五日一周的工作人员登录账号'),
    setBy: z.string().optional(),
    setAt: z.string().optional(),
    version: z.number().describe('0 表示尚未设置'),
  })
  .meta({ id: 'Representatives' });

export function presentRepresentatives(community: string, record: RepresentativesRecord | undefined) {
  return representativesView.parse(record ?? { community, persons: [], staff: [], version: 0 });
}

const params = z.object({ community: communityCodeSchema });

export const getRepresentatives = defineRoute({
  method: 'GET',
  path: '/cases/communities/{community}/representatives',
  operationId: 'getRepresentatives',
  summary: '居民代表和参加人员',
  description: '社区的居民代表（评议日发放评议卡的对象）和参加五日一周的工作人员；五日一周前一天提醒他们。',
  auth: 'jwt',
  roles: staffRoles,
  params,
  response: { status: 200, description: '居民代表和工作人员', schema: representativesView },
});

export const setRepresentatives = defineRoute({
  method: 'PUT',
  path: '/cases/communities/{community}/representatives',
  operationId: 'setRepresentatives',
  summary: '设置居民代表和参加人员',
  description:
    `整体替换社区的居民代表（最多 ${MAX_REPRESENTATIVES} 人，须为人口库中现居本社区的居民）和参加五日一周的工作人员（登录账号，最多 ` +
    `${MAX_CALENDAR_STAFF} 人）。首次设置 version 为 0，之后为读取到的版本号，版本不一致返回 409。`,
  auth: 'jwt',
  roles: calendarKeepers,
  params,
  body: z.object({
    persons: z
      .array(recordIdSchema, '居民代表须为人员编号列表')
      .max(MAX_REPRESENTATIVES, `居民代表最多 ${MAX_REPRESENTATIVES} 人`)
      .superRefine(noDuplicates('居民代表'))
      .default([]),
    staff: z
      .array(
        z.string('工作人员账号须为文字').trim().min(1, '工作人员账号不能为空').max(128, '工作人员账号过长'),
        '工作人员须为账号列表',
      )
      .max(MAX_CALENDAR_STAFF, `工作人员最多 ${MAX_CALENDAR_STAFF} 人`)
      .superRefine(noDuplicates('工作人员'))
      .default([]),
    version: z.number('请提供版本号 version（首次设置为 0）').int('版本号须为整数').min(0, '版本号不能为负数'),
  }),
  response: { status: 200, description: '设置后的居民代表和工作人员', schema: representativesView },
});

export const representativeRoutes: readonly RouteBinding[] = [
  { route: getRepresentatives, handler: 'handlers/get-representatives' },
  { route: setRepresentatives, handler: 'handlers/set-representatives' },
];
