import type { VolunteerStatus } from '@shequ/contracts';

/** The survey's fixed vocabulary of skills and talents; anything else goes in free text. */
export const skillLabels = {
  medical: '医疗护理',
  'elder-care': '养老照护',
  'child-care': '育婴托幼',
  tutoring: '课业辅导',
  legal: '法律咨询',
  psychology: '心理疏导',
  electrician: '水电维修',
  repair: '家电维修',
  computer: '电脑网络',
  photography: '摄影摄像',
  writing: '文字宣传',
  calligraphy: '书法绘画',
  music: '音乐',
  dance: '舞蹈',
  sports: '体育健身',
  cooking: '烹饪',
  haircut: '理发',
  'sign-language': '手语',
  translation: '外语翻译',
  driving: '驾驶',
  patrol: '治安巡逻',
  'first-aid': '急救',
} as const;
export type Skill = keyof typeof skillLabels;
export const skills = Object.keys(skillLabels) as [Skill, ...Skill[]];

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];
export const timeSlots = ['morning', 'afternoon', 'evening'] as const;
export type TimeSlot = (typeof timeSlots)[number];

export interface Availability {
  weekdays: Weekday[];
  slots: TimeSlot[];
  note?: string;
}

export interface Volunteer {
  volunteerId: string;
  /** The registry person, when there is one (a resident, or a volunteer staff found in the registry). */
  personId?: string;
  name: string;
  community: string;
  skills: Skill[];
  /** Talents and skills the vocabulary does not name, as the survey answer put them. */
  otherSkills?: string;
  availability: Availability;
  status: VolunteerStatus;
  selfRegistered: boolean;
  registeredAt: string;
  registeredBy: string;
  decidedAt?: string;
  decidedBy?: string;
  rejectReason?: string;
  version: number;
}

export type VolunteerDecision = 'approve' | 'reject';

/** Why a decision cannot be taken, or undefined: only a pending registration is decided, once. */
export function decisionProblem(status: VolunteerStatus): string | undefined {
  if (status === 'pending') return undefined;
  return status === 'approved' ? '该志愿者已审核通过，不能重复审核' : '该志愿者注册申请已被驳回，不能再审核';
}
