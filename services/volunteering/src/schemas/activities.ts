import { activityKinds } from '@shequ/contracts';
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
} from '@shequ/kit';
import { z } from 'zod';
import { activityKindInfo, tradeLabels, waitlistOrder } from '../domain/activities.ts';
import type { ActivityRecord, ServiceRecord, SignUpRecord } from '../store/activities.ts';

/** Residents and volunteers sign up themselves or their own child; staff sign up anyone in their areas. */
const signUpRoles: readonly Role[] = [...staffRoles, 'volunteer', 'resident'];
/** A unit reads how its own commitment stands. */
const commitmentReaders: readonly Role[] = [...staffRoles, 'unit'];

const daySchema = z.iso.date('日期格式须为 YYYY-MM-DD');
const yearSchema = z.string().regex(/^20\d{2}$/, '年度须为 4 位年份，如 2026');
const instantSchema = z.iso.datetime({ offset: true, message: '时间须为带时区的 ISO 8601 格式，如 2026-03-05T09:00:00+08:00' });
const kindSchema = labelledEnum(
  'ActivityKind',
  '活动类型',
  Object.fromEntries(activityKinds.map((kind) => [kind, activityKindInfo[kind].label])) as Record<
    (typeof activityKinds)[number],
    string
  >,
);
const tradeSchema = labelledEnum('TrainingTrade', '培训工种', tradeLabels);
const versionSchema = z.number('请提供记录版本号 version').int().min(1);

export const activityIdParams = z.object({ id: recordIdSchema });
const signUpParams = z.object({ id: recordIdSchema, personId: recordIdSchema });
const unitYearParams = z.object({ unitId: recordIdSchema, year: yearSchema });

export const createActivityBody = z
  .object({
    community: communityCodeSchema,
    kind: kindSchema,
    trade: tradeSchema.optional().describe('技能培训（job-training）必填：培训工种'),
    title: z.string().trim().min(1, '请填写活动名称').max(100, '活动名称不能超过 100 字'),
    description: z.string().trim().min(1).max(2000, '活动介绍不能超过 2000 字').optional(),
    place: z.string().trim().min(1, '请填写活动地点').max(100, '活动地点不能超过 100 字'),
    startsAt: instantSchema,
    endsAt: instantSchema,
    capacity: z.number('请填写名额').int('名额须为整数').min(1, '名额至少 1 个').max(2000, '名额最多 2000 个'),
    offeredBy: z
      .object({
        unitId: recordIdSchema.describe('共建单位在户籍登记中的编号'),
        unitName: z.string().trim().min(1, '请填写单位名称').max(100, '单位名称不能超过 100 字'),
      })
      .optional()
      .describe('由共建单位提供时填写；计入该单位的季度课程承诺'),
  })
  .refine((body) => Date.parse(body.endsAt) > Date.parse(body.startsAt), {
    message: '结束时间须晚于开始时间',
    path: ['endsAt'],
  })
  .refine((body) => (body.kind === 'job-training') === (body.trade !== undefined), {
    message: '技能培训须填写培训工种（trade），其他活动不填',
    path: ['trade'],
  });
export type CreateActivityBody = z.infer<typeof createActivityBody>;

export const activityView = z
  .object({
    id: z.string(),
    kind: kindSchema,
    kindLabel: z.string(),
    usualSlot: z.string().optional().describe('该类活动的惯常时间，如义诊每周四上午'),
    trade: tradeSchema.optional(),
    tradeLabel: z.string().optional(),
    title: z.string(),
    description: z.string().optional(),
    community: z.string(),
    place: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    day: z.string().describe('活动日（北京时间）'),
    capacity: z.number(),
    taken: z.number().describe('已确认名额'),
    available: z.number().describe('剩余名额'),
    waitlisted: z.number().describe('候补人数'),
    offeredBy: z.object({ unitId: z.string(), unitName: z.string() }).optional(),
    note: z
      .object({ text: z.string(), photoKeys: z.array(z.string()), recordedAt: z.string(), recordedBy: z.string() })
      .optional()
      .describe('活动记录（文字和照片）'),
    createdAt: z.string(),
    version: z.number(),
  })
  .meta({ id: 'Activity' });

export function toActivityView(record: ActivityRecord): z.infer<typeof activityView> {
  const info = activityKindInfo[record.kind];
  return activityView.parse({
    id: record.id,
    kind: record.kind,
    kindLabel: info.label,
    ...(info.usualSlot ? { usualSlot: info.usualSlot } : {}),
    ...(record.trade ? { trade: record.trade, tradeLabel: tradeLabels[record.trade] } : {}),
    title: record.title,
    ...(record.description ? { description: record.description } : {}),
    community: record.community,
    place: record.place,
    startsAt: record.startsAt,
    endsAt: record.endsAt,
    day: record.day,
    capacity: record.capacity,
    taken: record.taken,
    available: Math.max(0, record.capacity - record.taken),
    waitlisted: record.waitlisted,
    ...(record.offeredBy ? { offeredBy: record.offeredBy } : {}),
    ...(record.note ? { note: record.note } : {}),
    createdAt: record.createdAt,
    version: record.version,
  });
}

export const signUpView = z
  .object({
    activityId: z.string(),
    personId: z.string(),
    name: z.string(),
    title: z.string(),
    day: z.string(),
    status: labelledEnum('ActivitySignUpStatus', '报名状态', {
      confirmed: '已获名额',
      waitlisted: '候补',
      cancelled: '已取消',
    }),
    position: z.number().optional().describe('候补顺位（1 为下一个递补）'),
    reason: z.string().optional().describe('被移出候补的原因'),
    signedUpAt: z.string(),
    confirmedAt: z.string().optional(),
    cancelledAt: z.string().optional(),
    checkedInAt: z.string().optional(),
    checkedOutAt: z.string().optional(),
  })
  .meta({ id: 'ActivitySignUp' });

export function toSignUpView(record: SignUpRecord, position?: number): z.infer<typeof signUpView> {
  const { activityId, personId, name, title, day, status, signedUpAt } = record;
  return signUpView.parse({
    activityId,
    personId,
    name,
    title,
    day,
    status,
    ...(position !== undefined ? { position } : {}),
    ...(record.reason ? { reason: record.reason } : {}),
    signedUpAt,
    ...(record.confirmedAt ? { confirmedAt: record.confirmedAt } : {}),
    ...(record.cancelledAt ? { cancelledAt: record.cancelledAt } : {}),
    ...(record.checkedInAt ? { checkedInAt: record.checkedInAt } : {}),
    ...(record.checkedOutAt ? { checkedOutAt: record.checkedOutAt } : {}),
  });
}

/** Sign-ups with their waitlist positions. */
export function toSignUpViews(signUps: readonly SignUpRecord[]) {
  const order = new Map(waitlistOrder(signUps).map((signUp, index) => [signUp.personId, index + 1]));
  return signUps.map((signUp) => toSignUpView(signUp, order.get(signUp.personId)));
}

export const servedView = z
  .object({
    volunteerId: z.string(),
    name: z.string().optional(),
    checkedInAt: z.string(),
    checkedOutAt: z.string().optional(),
    hours: z.number().optional().describe('记入的服务时长（小时，按半小时取整）'),
  })
  .meta({ id: 'ActivityAttendance' });

export function toServedView(record: ServiceRecord): z.infer<typeof servedView> {
  return servedView.parse({
    volunteerId: record.volunteerId,
    ...(record.name ? { name: record.name } : {}),
    checkedInAt: record.checkedInAt,
    ...(record.checkedOutAt ? { checkedOutAt: record.checkedOutAt, hours: record.hours } : {}),
  });
}

export const createActivity = defineRoute({
  method: 'POST',
  path: '/volunteering/activities',
  operationId: 'createActivity',
  summary: '发布活动',
  description:
    '发布一项社区活动：特色课程、讲座、义诊（每周四上午）、健康体检、四点半课堂、文化活动、技能培训（电工、物业管理、养老护理员、育婴员）或免费早教（0–36 月龄，每人 3 次）。由共建单位提供的活动计入该单位的季度课程承诺。',
  auth: 'jwt',
  roles: staffRoles,
  idempotent: true,
  body: createActivityBody,
  response: { status: 201, description: '已发布的活动', schema: activityView },
});

export const listActivities = defineRoute({
  method: 'GET',
  path: '/volunteering/activities',
  operationId: 'listActivities',
  summary: '活动列表',
  description: '某社区的活动，按活动日从早到晚，可按日期范围和类型筛选，分页返回。',
  auth: 'jwt',
  query: z.object({
    community: communityCodeSchema,
    from: daySchema.optional(),
    to: daySchema.optional(),
    kind: kindSchema.optional(),
    ...pageQuery,
  }),
  response: { status: 200, description: '一页活动', schema: pageOf(activityView) },
});

export const getActivity = defineRoute({
  method: 'GET',
  path: '/volunteering/activities/{id}',
  operationId: 'getActivity',
  summary: '活动详情',
  description: '活动的时间、地点、名额、剩余名额和候补人数，以及活动记录。',
  auth: 'jwt',
  params: activityIdParams,
  response: { status: 200, description: '活动', schema: activityView },
});

export const listActivitySignUps = defineRoute({
  method: 'GET',
  path: '/volunteering/activities/{id}/sign-ups',
  operationId: 'listActivitySignUps',
  summary: '报名和签到名单',
  description: '活动的全部报名（含候补顺位、签到签退时间）和服务志愿者的签到签退及记入时长。',
  auth: 'jwt',
  roles: staffRoles,
  params: activityIdParams,
  response: {
    status: 200,
    description: '报名和志愿者名单',
    schema: z.object({ activity: activityView, signUps: z.array(signUpView), volunteers: z.array(servedView) }),
  },
});

export const signUpForActivity = defineRoute({
  method: 'POST',
  path: '/volunteering/activities/{id}/sign-ups',
  operationId: 'signUpForActivity',
  summary: '活动报名',
  description:
    '为一名居民（受益人）报名：有名额即确认，满员则进入候补，有人取消时按报名先后自动递补。居民可为本人或自己的孩子报名（亲子关系不在本服务登记，按家长申报受理）。早教活动仅限活动日 0–36 月龄的儿童，每名儿童免费 3 次，超出即拒绝并说明原因。',
  auth: 'jwt',
  roles: signUpRoles,
  idempotent: true,
  params: activityIdParams,
  body: z.object({ personId: recordIdSchema.describe('受益人在户籍登记中的编号（孩子报名填孩子的编号）') }),
  response: { status: 201, description: '报名结果：confirmed 已获名额，waitlisted 候补', schema: signUpView },
});

export const cancelActivitySignUp = defineRoute({
  method: 'POST',
  path: '/volunteering/activities/{id}/sign-ups/{personId}/cancel',
  operationId: 'cancelActivitySignUp',
  summary: '取消报名',
  description: '取消报名或候补。取消已确认的名额时，名额在同一事务中自动递补给候补第一位；已签到的不能取消。',
  auth: 'jwt',
  roles: signUpRoles,
  params: signUpParams,
  response: {
    status: 200,
    description: '已取消的报名和递补上的报名（如有）',
    schema: z.object({ cancelled: signUpView, promoted: signUpView.optional() }),
  },
});

const attendanceBody = z
  .object({
    personId: recordIdSchema.optional().describe('参加活动的居民'),
    volunteerId: recordIdSchema.optional().describe('服务本次活动的志愿者'),
    volunteerName: z.string().trim().min(1).max(50, '志愿者姓名不能超过 50 字').optional(),
    at: instantSchema.optional().describe('签到/签退时间，默认当前时间'),
  })
  .refine((body) => (body.personId === undefined) !== (body.volunteerId === undefined), {
    message: '请填写 personId（参加者）或 volunteerId（志愿者）其中之一',
    path: ['personId'],
  });
export type AttendanceBody = z.infer<typeof attendanceBody>;

const attendanceResponse = z.object({ signUp: signUpView.optional(), volunteer: servedView.optional() });

export const checkInToActivity = defineRoute({
  method: 'POST',
  path: '/volunteering/activities/{id}/check-ins',
  operationId: 'checkInToActivity',
  summary: '活动签到',
  description: '工作人员为已获名额的参加者或服务的志愿者签到。重复签到返回第一次的记录。',
  auth: 'jwt',
  roles: staffRoles,
  params: activityIdParams,
  body: attendanceBody,
  response: { status: 200, description: '签到后的报名或志愿者记录', schema: attendanceResponse },
});

export const checkOutOfActivity = defineRoute({
  method: 'POST',
  path: '/volunteering/activities/{id}/check-outs',
  operationId: 'checkOutOfActivity',
  summary: '活动签退',
  description:
    '工作人员为参加者或志愿者签退。志愿者签退时按签退减签到时间（按半小时四舍五入）记入服务时长，只记一次；重复签退不重复记入。',
  auth: 'jwt',
  roles: staffRoles,
  params: activityIdParams,
  body: attendanceBody,
  response: { status: 200, description: '签退后的报名或志愿者记录', schema: attendanceResponse },
});

export const photoContentTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;

export const createActivityPhotoUpload = defineRoute({
  method: 'POST',
  path: '/volunteering/activities/{id}/photo-uploads',
  operationId: 'createActivityPhotoUpload',
  summary: '申请上传活动照片',
  description: '返回一个 15 分钟内有效的上传地址：用 PUT 上传照片（类型和大小须与申请一致），再把 objectKey 填入活动记录。',
  auth: 'jwt',
  roles: staffRoles,
  params: activityIdParams,
  body: z.object({
    contentType: z.enum(photoContentTypes, '照片须为 image/jpeg、image/png 或 image/webp'),
    size: z
      .number('请填写照片大小（字节）')
      .int()
      .min(1, '照片不能为空')
      .max(10 * 1024 * 1024, '照片不能超过 10 MB'),
  }),
  response: {
    status: 201,
    description: '上传地址',
    schema: z.object({
      uploadUrl: z.string(),
      method: z.literal('PUT'),
      headers: z.record(z.string(), z.string()),
      objectKey: z.string(),
      expiresAt: z.string(),
    }),
  },
});

export const recordActivity = defineRoute({
  method: 'PUT',
  path: '/volunteering/activities/{id}/record',
  operationId: 'recordActivity',
  summary: '填写活动记录',
  description:
    '为已举办的活动填写文字记录并附照片（objectKey 来自“申请上传活动照片”）。文化活动须有文字和至少一张照片才计入示范点每年不少于 4 场的要求。修改已有记录时带上读取到的 version。',
  auth: 'jwt',
  roles: staffRoles,
  params: activityIdParams,
  body: z.object({
    text: z.string().trim().min(1, '请填写活动记录').max(5000, '活动记录不能超过 5000 字'),
    photoKeys: z.array(z.string().max(300)).max(30, '照片最多 30 张').default([]),
    version: versionSchema.optional(),
  }),
  response: { status: 200, description: '活动（含记录）', schema: activityView },
});

export const listPersonSignUps = defineRoute({
  method: 'GET',
  path: '/volunteering/persons/{personId}/sign-ups',
  operationId: 'listPersonSignUps',
  summary: '个人报名记录',
  description: '一名居民（或孩子）的活动报名，活动日从近到远。居民可查本人及自己为之报名的孩子。',
  auth: 'jwt',
  roles: signUpRoles,
  params: z.object({ personId: recordIdSchema }),
  query: z.object(pageQuery),
  response: { status: 200, description: '一页报名', schema: pageOf(signUpView) },
});

const commitmentView = z.object({
  unitId: z.string(),
  unitName: z.string().optional(),
  community: z.string(),
  year: z.string(),
  coursesPerQuarter: z.number(),
  version: z.number(),
});

export const setUnitCommitment = defineRoute({
  method: 'PUT',
  path: '/volunteering/units/{unitId}/commitments/{year}',
  operationId: 'setUnitCommitment',
  summary: '设定共建单位课程承诺',
  description: '共建单位每季度承诺提供的课程数（如每季度一门特色课程）。首次设定不带 version，调整时带读取到的 version。',
  auth: 'jwt',
  roles: staffRoles,
  params: unitYearParams,
  body: z.object({
    community: communityCodeSchema,
    unitName: z.string().trim().min(1).max(100, '单位名称不能超过 100 字').optional(),
    coursesPerQuarter: z.number('请填写每季度课程数').int('课程数须为整数').min(1, '每季度至少 1 门').max(50, '每季度最多 50 门'),
    version: versionSchema.optional(),
  }),
  response: { status: 200, description: '承诺（新设时返回 201）', schema: commitmentView },
});

export const getUnitCommitmentReport = defineRoute({
  method: 'GET',
  path: '/volunteering/units/{unitId}/commitments/{year}',
  operationId: 'getUnitCommitmentReport',
  summary: '共建单位课程承诺落实情况',
  description:
    '按季度列出承诺课程数和已举办的该单位活动数：met 已完成，missed 季度已过未完成，in-progress 本季度进行中，upcoming 尚未开始。',
  auth: 'jwt',
  roles: commitmentReaders,
  params: unitYearParams,
  response: {
    status: 200,
    description: '各季度落实情况',
    schema: commitmentView.extend({
      quarters: z.array(
        z.object({
          quarter: z.string(),
          committed: z.number(),
          delivered: z.number(),
          status: z.enum(['met', 'missed', 'in-progress', 'upcoming']),
        }),
      ),
    }),
  },
});

export const getCulturalEventReport = defineRoute({
  method: 'GET',
  path: '/volunteering/reports/cultural-events',
  operationId: 'getCulturalEventReport',
  summary: '示范点文化活动达标情况',
  description: '某社区（示范点）某年已举办并有文字和照片记录的文化活动数，对照每年不少于 4 场的要求显示是否达标。',
  auth: 'jwt',
  roles: staffRoles,
  query: z.object({ community: communityCodeSchema, year: yearSchema }),
  response: {
    status: 200,
    description: '达标情况',
    schema: z.object({
      community: z.string(),
      year: z.string(),
      required: z.number(),
      held: z.number().describe('已举办且有文字和照片记录的场次'),
      scheduled: z.number().describe('全年已安排的场次'),
      met: z.boolean(),
      events: z.array(
        z.object({ id: z.string(), title: z.string(), day: z.string(), recorded: z.boolean(), photos: z.number() }),
      ),
    }),
  },
});

export const activityRoutes: readonly RouteBinding[] = [
  { route: createActivity, handler: 'handlers/create-activity' },
  { route: listActivities, handler: 'handlers/list-activities' },
  { route: getActivity, handler: 'handlers/get-activity' },
  { route: listActivitySignUps, handler: 'handlers/list-activity-sign-ups' },
  { route: signUpForActivity, handler: 'handlers/sign-up-for-activity' },
  { route: cancelActivitySignUp, handler: 'handlers/cancel-activity-sign-up' },
  { route: checkInToActivity, handler: 'handlers/check-in-to-activity' },
  { route: checkOutOfActivity, handler: 'handlers/check-out-of-activity' },
  { route: createActivityPhotoUpload, handler: 'handlers/create-activity-photo-upload' },
  { route: recordActivity, handler: 'handlers/record-activity' },
  { route: listPersonSignUps, handler: 'handlers/list-person-sign-ups' },
  { route: setUnitCommitment, handler: 'handlers/set-unit-commitment' },
  { route: getUnitCommitmentReport, handler: 'handlers/get-unit-commitment-report' },
  { route: getCulturalEventReport, handler: 'handlers/get-cultural-event-report' },
];
