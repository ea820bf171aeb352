import { civicDayKinds } from '@shequ/contracts';
import {
  communityCodeSchema,
  defineRoute,
  monthSchema,
  type Role,
  type RouteBinding,
  recordIdSchema,
  textField,
} from '@shequ/kit';
import { z } from 'zod';
import { civicDayRules, type PlannedCivicDay, SERVICE_WEEK, topicAgendaItem } from '../domain/civic-calendar.ts';
import type { CommunityMonth } from '../store/civic-calendar.ts';

/** Those who run a community's 五日一周: they set its representatives and service week and keep its records. */
export const calendarKeepers: readonly Role[] = ['district-admin', 'subdistrict-staff', 'community-worker'];

const versionSchema = z.number('请提供版本号 version（首次填写为 0）').int('版本号须为整数').min(0, '版本号不能为负数');
const staffSubjectSchema = z.string('工作人员账号须为文字').trim().min(1, '工作人员账号不能为空').max(128, '工作人员账号过长');

const kindLabels = [...civicDayRules.map((rule) => `${rule.kind}（${rule.name}）`), `service-week（${SERVICE_WEEK.name}）`];
const kindSchema = z.enum(civicDayKinds, `日子须为：${kindLabels.join('、')}`);

const monthParams = z.object({ community: communityCodeSchema, month: monthSchema });

const agendaItemView = z.object({
  text: z.string(),
  source: z
    .enum(['worker', 'recurring-topic'])
    .describe('worker：工作人员列入；recurring-topic：本月集中反映的诉求（议事日自动列入）'),
  topicId: z.string().optional(),
  caseCount: z.number().optional(),
  caseIds: z.array(z.string()).optional().describe('仅本社区工作人员可见'),
});

const dayView = z.object({
  kind: kindSchema,
  name: z.string(),
  what: z.string(),
  nominal: z.iso.date().describe('规定的日子（服务周为其星期一）'),
  date: z.iso.date().describe('实际举行的工作日'),
  days: z.array(z.iso.date()).optional().describe('服务周的各个工作日'),
  movedBecause: z.string().optional().describe('顺延的原因'),
  agenda: z.array(agendaItemView),
  attendance: z
    .object({
      representativesPresent: z.number(),
      representativesTotal: z.number(),
      representatives: z
        .array(z.object({ personId: z.string(), name: z.string() }))
        .optional()
        .describe('仅本社区工作人员可见'),
      staff: z.array(z.string()).optional().describe('仅本社区工作人员可见'),
      otherResidents: z.number(),
      recordedAt: z.string(),
    })
    .optional(),
  minutes: z.object({ text: z.string(), recordedAt: z.string() }).optional(),
  version: z.number().describe('该日记录的版本号，0 表示尚无记录'),
});
export type CivicDayView = z.infer<typeof dayView>;

export const calendarView = z
  .object({
    community: z.string(),
    month: z.string(),
    officialCalendarKnown: z.boolean().describe('false：该年国务院节假日安排尚未收录，只按周末顺延'),
    note: z.string().optional(),
    serviceWeek: z.object({
      start: z.iso.date(),
      custom: z.boolean().describe('true：社区自行调整过本月服务周'),
      version: z.number().describe('本月设置的版本号，0 表示未调整'),
    }),
    days: z.array(dayView),
  })
  .meta({ id: 'CivicCalendar' });
export type CalendarView = z.infer<typeof calendarView>;

/** The agenda of a planned day: the workers' items, and on deliberation day the month's recurring topics after them. */
export function agendaOf(day: PlannedCivicDay, month: CommunityMonth, staff: boolean): CivicDayView['agenda'] {
  const items: CivicDayView['agenda'] = (month.records.get(day.kind)?.agenda ?? []).map((item) => ({
    text: item,
    source: 'worker',
  }));
  if (day.kind !== 'deliberation') return items;
  return [
    ...items,
    ...month.topics.map((topic) => ({
      text: topicAgendaItem(topic),
      source: 'recurring-topic' as const,
      topicId: topic.topicId,
      caseCount: topic.caseCount,
      ...(staff ? { caseIds: topic.caseIds } : {}),
    })),
  ];
}

export function presentDay(day: PlannedCivicDay, month: CommunityMonth, staff: boolean): CivicDayView {
  const record = month.records.get(day.kind);
  const attendance = record?.attendance;
  return dayView.parse({
    ...day,
    agenda: agendaOf(day, month, staff),
    ...(attendance
      ? {
          attendance: {
            representativesPresent: attendance.representatives.length,
            representativesTotal: attendance.representativesTotal,
            ...(staff ? { representatives: attendance.representatives, staff: attendance.staff } : {}),
            otherResidents: attendance.otherResidents,
            recordedAt: attendance.recordedAt,
          },
        }
      : {}),
    ...(record?.minutes ? { minutes: { text: record.minutes.text, recordedAt: record.minutes.recordedAt } } : {}),
    version: record?.version ?? 0,
  });
}

/** A community's month as a reader sees it; `staff` (in the community's scope) also sees names and case numbers. */
export function presentMonth(community: string, month: CommunityMonth, staff: boolean): CalendarView {
  const { plan, settings } = month;
  const week = plan.days.find((day) => day.kind === 'service-week');
  return calendarView.parse({
    community,
    month: plan.month,
    officialCalendarKnown: plan.officialCalendarKnown,
    ...(plan.officialCalendarKnown
      ? {}
      : {
          note: `${plan.month.slice(0, 4)} 年的国务院节假日安排尚未收录，日期暂只按周末顺延；安排公布并更新后，遇节假日的日子会重新顺延。`,
        }),
    serviceWeek: {
      start: settings?.serviceWeekStart ?? week?.nominal ?? `${plan.month}-16`,
      custom: settings !== undefined,
      version: settings?.version ?? 0,
    },
    days: plan.days.map((day) => presentDay(day, month, staff)),
  });
}

export const getCivicCalendar = defineRoute({
  method: 'GET',
  path: '/cases/communities/{community}/calendar/{month}',
  operationId: 'getCivicCalendar',
  summary: '五日一周日历',
  description:
    '某社区某月的五日一周：接待日（2 日）、公开日（5 日）、宣传日（15 日）、议事日（28 日）、季末月 30 日的评议日和一个服务周。' +
    '遇周末或法定节假日按国务院节假日安排（含调休）顺延至下一个工作日。每天附议程（议事日自动列入本月集中反映的诉求）、出席情况和纪要。' +
    '登录即可查看；出席人员名单和诉求编号仅本社区工作人员可见。',
  auth: 'jwt',
  params: monthParams,
  response: { status: 200, description: '当月日历', schema: calendarView },
});

export const recordCivicDay = defineRoute({
  method: 'PATCH',
  path: '/cases/communities/{community}/calendar/{month}/days/{kind}',
  operationId: 'recordCivicDay',
  summary: '填写五日一周某日的议程、出席和纪要',
  description:
    '填写本月某个日子的议程（整体替换）、出席情况和纪要；未提供的部分保持不变。出席和纪要须在该日当天或之后填写；' +
    '出席的居民代表须在本社区居民代表名单中。首次填写 version 为 0，之后为读取到的版本号，版本不一致返回 409。',
  auth: 'jwt',
  roles: calendarKeepers,
  params: monthParams.extend({ kind: kindSchema }),
  body: z
    .object({
      agenda: z.array(textField('议程事项', 200), '议程须为事项列表').max(30, '议程最多 30 项').optional(),
      attendance: z
        .object({
          representatives: z.array(recordIdSchema, '出席的居民代表须为人员编号列表').max(100, '居民代表最多 100 人').default([]),
          staff: z.array(staffSubjectSchema, '出席的工作人员须为账号列表').max(50, '工作人员最多 50 人').default([]),
          otherResidents: z.number('其他到场居民人数须为数字').int('人数须为整数').min(0, '人数不能为负').max(10_000).default(0),
        })
        .optional(),
      minutes: textField('纪要', 5000).optional(),
      version: versionSchema,
    })
    .refine((body) => body.agenda !== undefined || body.attendance !== undefined || body.minutes !== undefined, {
      message: '请至少填写议程、出席或纪要中的一项',
    }),
  response: { status: 200, description: '填写后的这一天', schema: dayView },
});

export const setServiceWeek = defineRoute({
  method: 'PUT',
  path: '/cases/communities/{community}/calendar/{month}/service-week',
  operationId: 'setServiceWeek',
  summary: '调整本月服务周',
  description:
    '社区按需求问卷把本月服务周改到另一周：须为本月内的星期一，不早于今天；该周的法定节假日不办。已有出席或纪要的服务周不能再调整。' +
    '首次调整 version 为 0。',
  auth: 'jwt',
  roles: calendarKeepers,
  params: monthParams,
  body: z.object({ start: z.iso.date('服务周开始日期格式须为 YYYY-MM-DD'), version: versionSchema }),
  response: { status: 200, description: '调整后的当月日历', schema: calendarView },
});

export const calendarRoutes: readonly RouteBinding[] = [
  { route: getCivicCalendar, handler: 'handlers/get-civic-calendar' },
  { route: recordCivicDay, handler: 'handlers/record-civic-day' },
  { route: setServiceWeek, handler: 'handlers/set-service-week' },
];
