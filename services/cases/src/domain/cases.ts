import { addDays, type CaseChannel, type CaseStatus, type EscalationLevel } from '@shequ/contracts';
import { addWorkingDays, type OfficialCalendar } from './civic-calendar.ts';
import { normaliseTopic } from './topics.ts';

/**
 * The 民生流水线 (SPEC §5) as a state machine: a request is registered (received), accepted with a deadline
 * counted in working days (受理, 限期办理), handled, its outcome published on the public board (公示反馈) and
 * followed up with the resident's verdict (跟踪监督). A dissatisfied resident reopens it. A request that is
 * not the community's to solve is referred on or declined, with the reason said plainly. Pure.
 */

export interface CaseCategory {
  code: string;
  label: string;
  /** Working days from acceptance to the deadline (限期办理). */
  deadlineDays: number;
}

/** Categories and their default deadlines; a district sets its own deadlines through the API. */
export const caseCategories: readonly CaseCategory[] = [
  { code: 'security', label: '治安安全', deadlineDays: 3 },
  { code: 'policy', label: '政策咨询', deadlineDays: 3 },
  { code: 'environment', label: '环境卫生', deadlineDays: 5 },
  { code: 'assistance', label: '困难帮扶', deadlineDays: 5 },
  { code: 'neighbourhood', label: '邻里纠纷', deadlineDays: 7 },
  { code: 'facilities', label: '设施维修', deadlineDays: 10 },
  { code: 'property', label: '物业管理', deadlineDays: 10 },
  { code: 'other', label: '其他事项', deadlineDays: 10 },
];

export const MAX_DEADLINE_DAYS = 60;

/** Working days a higher level gets to settle a case escalated to it. */
export const ESCALATION_DAYS = 5;

/** Days an outcome stays on the public board unless the worker says otherwise. */
export const PUBLICATION_DAYS = 7;

export const channelLabels: Record<CaseChannel, string> = {
  mailbox: '民生信箱',
  'contact-card': '连心卡',
  'visit-diary': '走访日记',
  'reception-day': '接待日',
  'walk-in': '来访',
};

export const statusLabels: Record<CaseStatus, string> = {
  received: '已登记，待受理',
  accepted: '已受理，限期办理中',
  handled: '已办结，待公示',
  published: '结果已公示，待回访',
  closed: '已回访，办结',
  referred: '已转交其他单位办理',
  declined: '不予受理',
  withdrawn: '已撤回',
};

export const levelLabels: Record<EscalationLevel, string> = { community: '社区', subdistrict: '街道', district: '区' };

export const satisfactions = ['satisfied', 'basically-satisfied', 'dissatisfied'] as const;
export type Satisfaction = (typeof satisfactions)[number];
export const satisfactionLabels: Record<Satisfaction, string> = {
  satisfied: '满意',
  'basically-satisfied': '基本满意',
  dissatisfied: '不满意',
};

/** Who a case is assigned to: a department (物业、城管中队) or a named worker (with their sign-in, to be told). */
export interface Assignee {
  kind: 'department' | 'person';
  name: string;
  subject?: string | undefined;
}

export interface HistoryEntry {
  at: string;
  by: string;
  action: CaseCommand['type'] | 'file' | 'escalate';
  from?: CaseStatus;
  to: CaseStatus;
  note?: string;
}

export interface CaseRecord {
  id: string;
  /** The resident's grid or community, or the place the request is about. */
  area: string;
  community: string;
  channel: CaseChannel;
  category: string;
  categoryLabel: string;
  topic: string;
  /** `category:normalised topic` (see topics.ts): equal for equal wordings. */
  topicId: string;
  description: string;
  personId?: string;
  personName?: string;
  filedBy: string;
  filedByRole: string;
  filedOn: string;
  filedAt: string;
  status: CaseStatus;
  /** Open cases of the same person and topic when this one was filed: a worker decides whether to merge. */
  possibleDuplicates: string[];
  level: EscalationLevel;
  acceptedBy?: string;
  acceptedOn?: string;
  deadlineDays?: number;
  dueOn?: string;
  assignee?: Assignee;
  escalations: { level: EscalationLevel; on: string; overdueSince: string; dueOn: string }[];
  outcome?: { text: string; handledOn: string; by: string };
  publication?: { postedFrom: string; postedUntil: string; by: string };
  followUps: { satisfaction: Satisfaction; note?: string; on: string; by: string }[];
  reopenings: number;
  referredTo?: string;
  reason?: string;
  /** Whether it was handled by its (last) deadline; set when handled. */
  handledInTime?: boolean;
  history: HistoryEntry[];
  version: number;
}

export type CaseCommand =
  | { type: 'accept'; assignee: Assignee; deadlineDays?: number | undefined }
  | { type: 'transfer'; assignee: Assignee; reason: string }
  | { type: 'handle'; outcome: string }
  | { type: 'publish'; days?: number | undefined; summary?: string | undefined }
  | { type: 'follow-up'; satisfaction: Satisfaction; note?: string | undefined }
  | { type: 'refer'; to: string; reason: string }
  | { type: 'decline'; reason: string }
  | { type: 'withdraw'; reason: string };

/** What a step needs besides the case: the day, who acts, the working-day calendar and the category's deadline. */
export interface StepContext {
  today: string;
  at: string;
  by: string;
  calendar: OfficialCalendar;
  defaultDeadlineDays: number;
}

export type StepResult =
  | { ok: true; record: CaseRecord; published?: { postedFrom: string; postedUntil: string; text: string } }
  | { ok: false; message: string };

const allowedFrom: Record<CaseCommand['type'], readonly CaseStatus[]> = {
  accept: ['received'],
  transfer: ['accepted'],
  handle: ['accepted'],
  publish: ['handled'],
  'follow-up': ['published'],
  refer: ['received', 'accepted'],
  decline: ['received'],
  withdraw: ['received', 'accepted'],
};

const commandLabels: Record<CaseCommand['type'], string> = {
  accept: '受理',
  transfer: '转办',
  handle: '办结',
  publish: '公示结果',
  'follow-up': '回访',
  refer: '转交',
  decline: '不予受理',
  withdraw: '撤回',
};

/** Open cases: the pipeline still owes the resident something. */
export function isOpen(status: CaseStatus): boolean {
  return status === 'received' || status === 'accepted' || status === 'handled' || status === 'published';
}

/** Overdue on `today`: accepted, and its deadline day has passed. */
export function isOverdue(record: Pick<CaseRecord, 'status' | 'dueOn'>, today: string): boolean {
  return record.status === 'accepted' && record.dueOn !== undefined && record.dueOn < today;
}

/** The level above: community → sub-district → district (the district stays the district). */
export function nextLevel(level: EscalationLevel): EscalationLevel {
  return level === 'community' ? 'subdistrict' : 'district';
}

/** Applies a worker's or resident's command; a refusal says why in Chinese and changes nothing. */
export function applyCommand(record: CaseRecord, command: CaseCommand, context: StepContext): StepResult {
  if (!allowedFrom[command.type].includes(record.status)) {
    return { ok: false, message: `诉求当前状态为“${statusLabels[record.status]}”，不能${commandLabels[command.type]}` };
  }
  const entry = (to: CaseStatus, note?: string): HistoryEntry => ({
    at: context.at,
    by: context.by,
    action: command.type,
    from: record.status,
    to,
    ...(note ? { note } : {}),
  });
  switch (command.type) {
    case 'accept': {
      const days = command.deadlineDays ?? context.defaultDeadlineDays;
      const dueOn = addWorkingDays(context.today, days, context.calendar);
      return {
        ok: true,
        record: {
          ...record,
          status: 'accepted',
          acceptedBy: context.by,
          acceptedOn: context.today,
          deadlineDays: days,
          dueOn,
          assignee: command.assignee,
          history: [
            ...record.history,
            entry('accepted', `交由${command.assignee.name}办理，${days} 个工作日内（${dueOn} 前）办结`),
          ],
        },
      };
    }
    case 'transfer': {
      if (record.assignee && record.assignee.name === command.assignee.name) {
        return { ok: false, message: `诉求已由${command.assignee.name}承办，无需转办` };
      }
      return {
        ok: true,
        record: {
          ...record,
          assignee: command.assignee,
          history: [
            ...record.history,
            entry('accepted', `由${record.assignee?.name ?? '未指定'}转交${command.assignee.name}：${command.reason}`),
          ],
        },
      };
    }
    case 'handle':
      return {
        ok: true,
        record: {
          ...record,
          status: 'handled',
          outcome: { text: command.outcome, handledOn: context.today, by: context.by },
          handledInTime: record.dueOn === undefined || context.today <= record.dueOn,
          history: [...record.history, entry('handled')],
        },
      };
    case 'publish': {
      const days = command.days ?? PUBLICATION_DAYS;
      const postedUntil = addDays(context.today, days - 1);
      const text = command.summary ?? record.outcome?.text ?? '';
      return {
        ok: true,
        record: {
          ...record,
          status: 'published',
          publication: { postedFrom: context.today, postedUntil, by: context.by },
          history: [...record.history, entry('published', `公示至 ${postedUntil}`)],
        },
        published: { postedFrom: context.today, postedUntil, text },
      };
    }
    case 'follow-up': {
      const followUps = [
        ...record.followUps,
        {
          satisfaction: command.satisfaction,
          ...(command.note ? { note: command.note } : {}),
          on: context.today,
          by: context.by,
        },
      ];
      if (command.satisfaction !== 'dissatisfied') {
        return {
          ok: true,
          record: {
            ...record,
            status: 'closed',
            followUps,
            history: [...record.history, entry('closed', satisfactionLabels[command.satisfaction])],
          },
        };
      }
      // A dissatisfied resident sends the case back to be handled again, with a fresh deadline.
      const days = record.deadlineDays ?? context.defaultDeadlineDays;
      const dueOn = addWorkingDays(context.today, days, context.calendar);
      const { outcome: _outcome, publication: _publication, handledInTime: _inTime, ...open } = record;
      return {
        ok: true,
        record: {
          ...open,
          status: 'accepted',
          dueOn,
          followUps,
          reopenings: record.reopenings + 1,
          history: [
            ...record.history,
            entry('accepted', `居民不满意，重新办理，${dueOn} 前办结${command.note ? `：${command.note}` : ''}`),
          ],
        },
      };
    }
    case 'refer':
      return {
        ok: true,
        record: {
          ...record,
          status: 'referred',
          referredTo: command.to,
          reason: command.reason,
          history: [...record.history, entry('referred', `转交${command.to}：${command.reason}`)],
        },
      };
    case 'decline':
      return {
        ok: true,
        record: {
          ...record,
          status: 'declined',
          reason: command.reason,
          history: [...record.history, entry('declined', command.reason)],
        },
      };
    case 'withdraw':
      return {
        ok: true,
        record: {
          ...record,
          status: 'withdrawn',
          reason: command.reason,
          history: [...record.history, entry('withdrawn', command.reason)],
        },
      };
  }
}

/**
 * Escalates an overdue case one level up with a fresh deadline; undefined when it is not overdue on `today`
 * (so a second run the same day, or a case handled meanwhile, does nothing).
 */
export function escalate(record: CaseRecord, today: string, at: string, calendar: OfficialCalendar): CaseRecord | undefined {
  if (!isOverdue(record, today)) return undefined;
  const level = nextLevel(record.level);
  const overdueSince = addDays(record.dueOn as string, 1);
  const dueOn = addWorkingDays(today, ESCALATION_DAYS, calendar);
  return {
    ...record,
    level,
    dueOn,
    escalations: [...record.escalations, { level, on: today, overdueSince, dueOn }],
    history: [
      ...record.history,
      {
        at,
        by: 'system',
        action: 'escalate',
        from: 'accepted',
        to: 'accepted',
        note: `${record.dueOn} 到期未办结，上报${levelLabels[level]}督办，${dueOn} 前办结`,
      },
    ],
  };
}

/**
 * Likely duplicates: the same person's open cases in the same category whose topic reads the same, or one
 * contains the other ("楼道堆物" and "3号楼楼道堆物"): people re-file when they hear nothing.
 */
export function likelyDuplicates(
  candidate: { category: string; topic: string },
  others: readonly { id: string; category: string; topic: string; status: CaseStatus }[],
): string[] {
  const mine = normaliseTopic(candidate.topic);
  return others
    .filter((other) => {
      if (!isOpen(other.status) || other.category !== candidate.category) return false;
      const theirs = normaliseTopic(other.topic);
      return theirs.includes(mine) || mine.includes(theirs);
    })
    .map((other) => other.id);
}
