import {
  communityCodeSchema,
  defineRoute,
  fileTypes,
  labelledEnum,
  monthSchema,
  type RouteBinding,
  recordIdSchema,
  staffRoles,
} from '@shequ/kit';
import { z } from 'zod';
import {
  entryIdOf,
  type HoursEntry,
  type hourSources,
  type hourStatuses,
  MAX_LOGGED_HOURS,
  MIN_LOGGED_HOURS,
} from '../domain/hours.ts';
import { idParams } from './teams.ts';
import { everyoneRoles, selfRoles } from './volunteers.ts';

const yearSchema = z.string().regex(/^20\d{2}$/, '年度须为 4 位年份，如 2026');

export const hoursEntryView = z
  .object({
    entryId: z.string().describe('审核时使用的时长记录编号'),
    volunteerId: z.string(),
    hours: z.number(),
    source: labelledEnum('VolunteerHoursSource', '时长来源', { activity: '活动签到签退', self: '本人登记' } satisfies Record<
      (typeof hourSources)[number],
      string
    >),
    activityId: z.string().optional(),
    logId: z.string().optional(),
    community: z.string(),
    month: z.string(),
    date: z.string(),
    status: labelledEnum('VolunteerHoursStatus', '审核状态', {
      pending: '待审核',
      approved: '已确认',
      rejected: '已驳回',
    } satisfies Record<(typeof hourStatuses)[number], string>),
    what: z.string().optional(),
    reviewedBy: z.string().optional(),
    reviewedAt: z.string().optional(),
    rejectReason: z.string().optional(),
  })
  .meta({ id: 'VolunteerHoursEntry' });

const volunteerTotal = z.object({ volunteerId: z.string(), name: z.string(), hours: z.number(), entries: z.number() });

export const logHours = defineRoute({
  method: 'POST',
  path: '/volunteering/volunteers/{id}/hours',
  operationId: 'logHours',
  summary: '登记服务时长',
  description: `已审核的志愿者登记本人的服务时长（日期、时长 ${MIN_LOGGED_HOURS}–${MAX_LOGGED_HOURS} 小时、服务内容），由所在队伍的队长或社区工作人员审核后计入。`,
  auth: 'jwt',
  roles: selfRoles,
  idempotent: true,
  params: idParams,
  body: z.object({
    date: z.iso.date('服务日期格式须为 YYYY-MM-DD'),
    hours: z
      .number('时长须为数字')
      .min(MIN_LOGGED_HOURS, `时长至少 ${MIN_LOGGED_HOURS} 小时`)
      .max(MAX_LOGGED_HOURS, `一次最多登记 ${MAX_LOGGED_HOURS} 小时`)
      .refine((hours) => Number.isInteger(hours * 2), '时长以半小时为单位'),
    what: z.string().trim().min(1, '请填写服务内容').max(300, '服务内容不能超过 300 字'),
  }),
  response: { status: 201, description: '待审核的时长记录', schema: hoursEntryView },
});

export const listVolunteerHours = defineRoute({
  method: 'GET',
  path: '/volunteering/volunteers/{id}/hours',
  operationId: 'listVolunteerHours',
  summary: '志愿者服务时长',
  description: '一名志愿者某年度的时长记录（含待审核和驳回的）、按月合计和全年合计；合计只计已确认的时长。',
  auth: 'jwt',
  roles: everyoneRoles,
  params: idParams,
  query: z.object({ year: yearSchema }),
  response: {
    status: 200,
    description: '年度时长',
    schema: z.object({
      volunteerId: z.string(),
      year: z.string(),
      totalHours: z.number(),
      byMonth: z.array(z.object({ month: z.string(), hours: z.number() })),
      entries: z.array(hoursEntryView),
    }),
  },
});

export const reviewHours = defineRoute({
  method: 'POST',
  path: '/volunteering/volunteers/{id}/hours/{entryId}/review',
  operationId: 'reviewHours',
  summary: '审核服务时长',
  description: '志愿者所在队伍的队长或社区工作人员确认或驳回本人登记的时长，每条只审核一次；队长不能审核自己的时长。',
  auth: 'jwt',
  roles: everyoneRoles,
  params: z.object({
    id: recordIdSchema,
    entryId: z.string().regex(/^\d{4}-\d{2}-\d{2}_[\w-]{1,60}$/, '时长记录编号格式不正确'),
  }),
  body: z.discriminatedUnion(
    'decision',
    [
      z.object({ decision: z.literal('approve') }),
      z.object({
        decision: z.literal('reject'),
        reason: z.string().trim().min(1, '驳回须说明理由').max(300, '理由不能超过 300 字'),
      }),
    ],
    '审核结果须为 approve 或 reject',
  ),
  response: { status: 200, description: '审核后的时长记录', schema: hoursEntryView },
});

export const printHoursCertificate = defineRoute({
  method: 'GET',
  path: '/volunteering/volunteers/{id}/hours/certificate',
  operationId: 'printHoursCertificate',
  summary: '打印服务时长证明',
  description: '一名志愿者某年度已确认服务时长的证明（A4 网页，可直接打印盖章）。',
  auth: 'jwt',
  roles: everyoneRoles,
  params: idParams,
  query: z.object({ year: yearSchema }),
  response: { status: 200, description: '可打印的 HTML 页面', file: { contentTypes: [fileTypes.html] } },
});

export const getTeamHours = defineRoute({
  method: 'GET',
  path: '/volunteering/teams/{id}/hours',
  operationId: 'getTeamHours',
  summary: '队伍月度服务时长',
  description: '队伍成员某月的时长：每人合计（已确认）、队伍合计，以及待审核的记录供队长审核。队长或工作人员可查看。',
  auth: 'jwt',
  roles: everyoneRoles,
  params: idParams,
  query: z.object({ month: monthSchema }),
  response: {
    status: 200,
    description: '队伍月度时长',
    schema: z.object({
      teamId: z.string(),
      month: z.string(),
      totalHours: z.number(),
      members: z.array(volunteerTotal),
      pending: z.array(hoursEntryView),
    }),
  },
});

export const getCommunityHours = defineRoute({
  method: 'GET',
  path: '/volunteering/hours',
  operationId: 'getCommunityHours',
  summary: '社区月度服务时长',
  description: '社区某月已确认的服务时长：总计、按来源（活动签到、本人登记）、按队伍和按志愿者，以及待审核的记录。',
  auth: 'jwt',
  roles: staffRoles,
  query: z.object({ community: communityCodeSchema, month: monthSchema }),
  response: {
    status: 200,
    description: '社区月度时长',
    schema: z.object({
      community: z.string(),
      month: z.string(),
      totalHours: z.number(),
      volunteers: z.number().describe('有已确认时长的志愿者人数'),
      bySource: z.object({ activity: z.number(), self: z.number() }),
      byTeam: z.array(z.object({ teamId: z.string(), name: z.string(), hours: z.number() })),
      byVolunteer: z.array(volunteerTotal),
      pending: z.array(hoursEntryView),
    }),
  },
});

export const hourRoutes: readonly RouteBinding[] = [
  { route: logHours, handler: 'handlers/log-hours' },
  { route: listVolunteerHours, handler: 'handlers/list-volunteer-hours' },
  { route: reviewHours, handler: 'handlers/review-hours' },
  { route: printHoursCertificate, handler: 'handlers/print-hours-certificate' },
  { route: getTeamHours, handler: 'handlers/get-team-hours' },
  { route: getCommunityHours, handler: 'handlers/get-community-hours' },
];

export function toEntryView(entry: HoursEntry) {
  return hoursEntryView.parse({ ...entry, entryId: entryIdOf(entry) });
}
