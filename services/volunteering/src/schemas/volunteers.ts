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
import { skillLabels, type Volunteer } from '../domain/volunteers.ts';
import { idParams, versionSchema } from './teams.ts';

/** Residents register themselves and log their own hours; an approved volunteer keeps the resident's rights. */
export const selfRoles: readonly Role[] = ['resident', 'volunteer'];
export const everyoneRoles: readonly Role[] = [...staffRoles, ...selfRoles];

const skillSchema = labelledEnum('VolunteerSkill', '技能（调查表中的选项）', skillLabels);
const weekdaySchema = labelledEnum('VolunteerWeekday', '星期', {
  mon: '周一',
  tue: '周二',
  wed: '周三',
  thu: '周四',
  fri: '周五',
  sat: '周六',
  sun: '周日',
});
const slotSchema = labelledEnum('VolunteerTimeSlot', '时段', { morning: '上午', afternoon: '下午', evening: '晚上' });
export const volunteerStatusSchema = labelledEnum('VolunteerStatus', '志愿者状态', {
  pending: '待审核',
  approved: '已通过',
  rejected: '已驳回',
});

const skillsSchema = z.array(skillSchema).max(Object.keys(skillLabels).length).default([]).describe('调查表中勾选的技能特长');
const otherSkillsSchema = z
  .string()
  .trim()
  .min(1)
  .max(300, '其他特长不能超过 300 字')
  .optional()
  .describe('调查表之外的特长，自由填写');
const availabilitySchema = z.object({
  weekdays: z.array(weekdaySchema).min(1, '请至少选择一天可服务的日子'),
  slots: z.array(slotSchema).min(1, '请至少选择一个可服务的时段'),
  note: z.string().trim().min(1).max(200, '备注不能超过 200 字').optional(),
});

const profileFields = { skills: skillsSchema, otherSkills: otherSkillsSchema, availability: availabilitySchema };

export const volunteerView = z
  .object({
    volunteerId: z.string(),
    personId: z.string().optional(),
    name: z.string(),
    community: z.string(),
    skills: z.array(skillSchema),
    skillLabels: z.array(z.string()),
    otherSkills: z.string().optional(),
    availability: availabilitySchema,
    status: volunteerStatusSchema,
    selfRegistered: z.boolean(),
    registeredAt: z.string(),
    decidedAt: z.string().optional(),
    rejectReason: z.string().optional(),
    teamIds: z.array(z.string()).optional(),
    version: z.number(),
  })
  .meta({ id: 'Volunteer' });

export const registerVolunteer = defineRoute({
  method: 'POST',
  path: '/volunteering/volunteers',
  operationId: 'registerVolunteer',
  summary: '志愿者注册',
  description:
    '居民本人注册为志愿者（按登录身份关联户籍人员，待社区审核）；社区工作人员可直接登记（personId 为登记在册的人员，或无登记时填姓名和社区），登记即审核通过。每人只能有一份志愿者档案。',
  auth: 'jwt',
  roles: everyoneRoles,
  idempotent: true,
  body: z.object({
    personId: recordIdSchema.optional().describe('工作人员登记时：登记在册的人员编号'),
    name: z.string().trim().min(1).max(50, '姓名不能超过 50 个字').optional().describe('工作人员登记未在册人员时填写'),
    community: communityCodeSchema.optional().describe('工作人员登记未在册人员时填写'),
    ...profileFields,
  }),
  response: { status: 201, description: '志愿者档案', schema: volunteerView },
});

export const listVolunteers = defineRoute({
  method: 'GET',
  path: '/volunteering/volunteers',
  operationId: 'listVolunteers',
  summary: '志愿者名册',
  description: '社区的志愿者，可按状态筛选（待审核的按注册先后列出），可按技能筛选。',
  auth: 'jwt',
  roles: staffRoles,
  query: z.object({
    community: communityCodeSchema,
    status: volunteerStatusSchema.optional(),
    skill: skillSchema.optional(),
    ...pageQuery,
  }),
  response: { status: 200, description: '一页志愿者', schema: pageOf(volunteerView) },
});

export const getMyVolunteer = defineRoute({
  method: 'GET',
  path: '/volunteering/volunteers/me',
  operationId: 'getMyVolunteer',
  summary: '我的志愿者档案',
  description: '当前登录居民的志愿者档案及所在队伍。',
  auth: 'jwt',
  roles: selfRoles,
  response: { status: 200, description: '志愿者档案', schema: volunteerView },
});

export const getVolunteer = defineRoute({
  method: 'GET',
  path: '/volunteering/volunteers/{id}',
  operationId: 'getVolunteer',
  summary: '志愿者档案',
  description: '一名志愿者的档案及所在队伍；本人或管辖社区的工作人员可查看。',
  auth: 'jwt',
  roles: everyoneRoles,
  params: idParams,
  response: { status: 200, description: '志愿者档案', schema: volunteerView },
});

export const updateVolunteerProfile = defineRoute({
  method: 'PUT',
  path: '/volunteering/volunteers/{id}/profile',
  operationId: 'updateVolunteerProfile',
  summary: '更新技能和服务时间',
  description: '更新调查得来的技能特长和可服务时间；本人或工作人员可改。须带读取时的 version。',
  auth: 'jwt',
  roles: everyoneRoles,
  params: idParams,
  body: z.object({ ...profileFields, version: versionSchema }),
  response: { status: 200, description: '更新后的档案', schema: volunteerView },
});

export const decideVolunteer = defineRoute({
  method: 'POST',
  path: '/volunteering/volunteers/{id}/decision',
  operationId: 'decideVolunteer',
  summary: '审核志愿者注册',
  description: '社区审核居民的志愿者注册：通过或驳回（驳回须说明理由），每份注册只审核一次。',
  auth: 'jwt',
  roles: staffRoles,
  params: idParams,
  body: z.discriminatedUnion(
    'decision',
    [
      z.object({ decision: z.literal('approve'), version: versionSchema }),
      z.object({
        decision: z.literal('reject'),
        reason: z.string().trim().min(1, '驳回须说明理由').max(300, '理由不能超过 300 字'),
        version: versionSchema,
      }),
    ],
    '审核结果须为 approve 或 reject',
  ),
  response: { status: 200, description: '审核后的档案', schema: volunteerView },
});

export const volunteerRoutes: readonly RouteBinding[] = [
  { route: registerVolunteer, handler: 'handlers/register-volunteer' },
  { route: listVolunteers, handler: 'handlers/list-volunteers' },
  { route: getMyVolunteer, handler: 'handlers/get-my-volunteer' },
  { route: getVolunteer, handler: 'handlers/get-volunteer' },
  { route: updateVolunteerProfile, handler: 'handlers/update-volunteer-profile' },
  { route: decideVolunteer, handler: 'handlers/decide-volunteer' },
];

/** A volunteer as the API shows them: skills with their survey labels, and their teams when known. */
export function toVolunteerView(volunteer: Volunteer, teamIds?: string[]) {
  const { registeredBy: _by, decidedBy: _decider, ...shown } = volunteer;
  return volunteerView.parse({
    ...shown,
    skillLabels: volunteer.skills.map((skill) => skillLabels[skill]),
    ...(teamIds ? { teamIds } : {}),
  });
}
