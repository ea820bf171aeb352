import {
  ActivityReminderDue,
  ActivitySignUpChanged,
  ApplicationStatusChanged,
  CaseEscalated,
  CaseStatusChanged,
  CertificateIssued,
  CivicDayDue,
  type EventEnvelope,
  LoanDue,
  PaymentMade,
  parseEvent,
  LoanOverdue as SharedLoanOverdue,
  VisitOverdue,
} from '@shequ/contracts';
import { eventConsumer } from '@shequ/kit';
import type { Variables } from '../domain/templates.ts';
import { contactOf } from '../store/contacts.ts';
import { defaultNotificationsDeps, type NotificationsDeps } from '../store/deps.ts';
import { createMessage, type NewMessage } from '../store/messages.ts';

const ROUND_NAMES = ['', '第一榜', '第二榜', '第三榜'];
/** Sign-up changes a person is told about (a place taken, waiting, or promoted from the waitlist). */
const SIGN_UP_OUTCOMES = {
  confirmed: '报名成功',
  waitlisted: '名额已满，您已进入候补名单',
  promoted: '有人取消，您已由候补转为正式报名',
} as const;
const LOAN_STAGES = { 'due-soon': '即将到期', 'due-today': '今天到期', overdue: '已逾期' } as const;
const CLOSED_OUTCOMES: Record<string, string> = { rejected: '申请未获批准', ended: '补助已终止', suspended: '补助已暂停' };

/** Who answers for an overdue case, as its staff are told. */
const LEVEL_NAMES = { community: '社区', subdistrict: '街道', district: '区' } as const;

type Intent = Omit<NewMessage, 'source' | 'variables'> & { variables: Variables; needsName?: boolean };

/** What an event tells whom, if anything: the template and its variables (the name is filled in from contacts). */
function intentOf(envelope: EventEnvelope): Intent | undefined {
  switch (envelope.type) {
    case ApplicationStatusChanged.type: {
      const { data } = parseEvent(ApplicationStatusChanged, envelope);
      const person = { recipient: `person:${data.personId}`, personId: data.personId, needsName: true };
      const programme = data.programmeName ?? data.programme;
      if (data.command === 'submit') return { ...person, templateKey: 'application-submitted', variables: { programme } };
      if (data.round && data.lastDay && data.from !== data.to) {
        return {
          ...person,
          templateKey: 'application-notice',
          variables: { programme, round: ROUND_NAMES[data.round] ?? '', lastDay: data.lastDay },
        };
      }
      if (data.command === 'approve' && data.amountFen !== undefined) {
        return { ...person, templateKey: 'application-approved', variables: { programme, amount: data.amountFen } };
      }
      const outcome = CLOSED_OUTCOMES[data.to];
      if (outcome && data.from !== data.to && data.command !== 'expire') {
        return {
          ...person,
          templateKey: 'application-closed',
          variables: { programme, outcome, reason: data.reason ?? '未注明' },
        };
      }
      return undefined;
    }
    case PaymentMade.type: {
      const { data } = parseEvent(PaymentMade, envelope);
      return {
        recipient: `person:${data.personId}`,
        personId: data.personId,
        needsName: true,
        templateKey: 'payment-made',
        variables: {
          period: data.period === 'once' ? data.month : data.period,
          programme: data.programmeName ?? data.programme,
          amount: data.amountFen,
        },
      };
    }
    case LoanDue.type: {
      const { data } = parseEvent(LoanDue, envelope);
      return {
        recipient: `person:${data.personId}`,
        personId: data.personId,
        needsName: true,
        templateKey: 'loan-due',
        variables: { programme: data.programmeName, amount: data.amountFen, when: LOAN_STAGES[data.stage], dueOn: data.dueOn },
      };
    }
    case ActivitySignUpChanged.type: {
      const { data } = parseEvent(ActivitySignUpChanged, envelope);
      const person = { recipient: `person:${data.personId}`, personId: data.personId, needsName: true };
      const activity = data.title ?? '社区活动';
      const outcome = SIGN_UP_OUTCOMES[data.change as keyof typeof SIGN_UP_OUTCOMES];
      if (outcome) {
        return {
          ...person,
          templateKey: 'activity-place',
          variables: { outcome, activity, date: data.day, place: data.place ?? '社区' },
        };
      }
      if (data.change === 'refused') {
        return {
          ...person,
          templateKey: 'activity-refused',
          variables: { activity, date: data.day, reason: data.reason ?? '不符合报名条件' },
        };
      }
      return undefined;
    }
    case ActivityReminderDue.type: {
      const { data } = parseEvent(ActivityReminderDue, envelope);
      const time = new Date(Date.parse(data.startsAt) + 8 * 3600_000).toISOString().slice(11, 16);
      return {
        recipient: `person:${data.personId}`,
        personId: data.personId,
        needsName: true,
        templateKey: 'activity-reminder',
        variables: { activity: data.title, time, place: data.place },
      };
    }
    case SharedLoanOverdue.type: {
      const { data } = parseEvent(SharedLoanOverdue, envelope);
      return {
        recipient: `person:${data.personId}`,
        personId: data.personId,
        needsName: true,
        templateKey: 'shared-loan-overdue',
        variables: { item: data.itemName, dueOn: data.dueOn, days: data.daysOverdue },
      };
    }
    case VisitOverdue.type: {
      const { data } = parseEvent(VisitOverdue, envelope);
      return { recipient: `user:${data.assignedTo}`, templateKey: 'visit-overdue', variables: { dueOn: data.dueOn } };
    }
    case CertificateIssued.type: {
      const { data } = parseEvent(CertificateIssued, envelope);
      return {
        recipient: `person:${data.personId}`,
        personId: data.personId,
        needsName: true,
        templateKey: 'certificate-issued',
        variables: { certificate: data.typeLabel ?? '证件' },
      };
    }
    default:
      return undefined;
  }
}

/** What a case's status change tells the resident who raised it, if anything (a worker's own intake has no resident). */
function caseIntent(envelope: EventEnvelope): Intent | undefined {
  const { data } = parseEvent(CaseStatusChanged, envelope);
  if (!data.personId || data.from === data.to) return undefined;
  const person = { recipient: `person:${data.personId}`, personId: data.personId, needsName: true };
  const topic = data.topic;
  switch (data.to) {
    case 'accepted':
      if (!data.dueOn) return undefined;
      return { ...person, templateKey: 'case-accepted', variables: { topic, category: data.categoryLabel, dueOn: data.dueOn } };
    case 'handled':
    case 'published':
      return {
        ...person,
        templateKey: 'case-outcome',
        variables: {
          topic,
          progress: data.to === 'handled' ? '已办理完毕' : '的办理结果已在社区公示栏公示',
          outcome: data.outcome ?? '详见社区公示栏',
        },
      };
    case 'referred':
      return { ...person, templateKey: 'case-referred', variables: { topic, referredTo: data.referredTo ?? '有关部门' } };
    case 'declined':
      return { ...person, templateKey: 'case-declined', variables: { topic, reason: data.reason ?? '未注明' } };
    default:
      return undefined;
  }
}

/** Every message an event makes: one per recipient, each with its own recipient-bound id (so at most once each). */
function intentsOf(envelope: EventEnvelope): Intent[] {
  switch (envelope.type) {
    case CivicDayDue.type: {
      const { data } = parseEvent(CivicDayDue, envelope);
      const variables = {
        dayName: data.name,
        date: data.date,
        what: data.what,
        agenda: data.agenda.length > 0 ? data.agenda.join('；') : '届时公布',
      };
      return [
        ...[...new Set(data.persons)].map((personId) => ({
          recipient: `person:${personId}`,
          personId,
          templateKey: 'civic-day',
          variables,
        })),
        ...[...new Set(data.staff)].map((subject) => ({ recipient: `user:${subject}`, templateKey: 'civic-day', variables })),
      ];
    }
    case CaseStatusChanged.type: {
      const intent = caseIntent(envelope);
      return intent ? [intent] : [];
    }
    case CaseEscalated.type: {
      const { data } = parseEvent(CaseEscalated, envelope);
      const variables = { topic: data.topic, category: data.categoryLabel, dueOn: data.dueOn, level: LEVEL_NAMES[data.level] };
      return [...new Set(data.notify)].map((subject) => ({
        recipient: `user:${subject}`,
        templateKey: 'case-escalated',
        variables,
      }));
    }
    default: {
      const intent = intentOf(envelope);
      return intent ? [intent] : [];
    }
  }
}

/**
 * Turns the other services' events into messages: the applicant at every step of their application and
 * for every payment and loan coming due, the grid worker for an overdue visit, the holder of a certificate ready to collect,
 * a community's representatives and staff the day before a 五日一周 day, a resident at each step of their case and its
 * handlers when it is overdue. The event id is the message's source, so an event delivered twice makes one message per recipient.
 */
export function createHandler(deps: () => NotificationsDeps = defaultNotificationsDeps) {
  return eventConsumer('notify', async (envelope, log) => {
    const d = deps();
    for (const intent of intentsOf(envelope)) {
      const { needsName, ...message } = intent;
      const variables = { ...message.variables };
      if (needsName && message.personId) {
        const contact = await contactOf(d, message.personId);
        // The registry's PersonRegistered always comes first; until it has arrived, let the queue retry.
        if (!contact) throw new Error(`contact ${message.personId} not known yet`);
        variables.name = contact.name;
      }
      const { created } = await createMessage(d, { ...message, variables, source: envelope.id });
      if (!created) log.info('message existed already, nothing sent again', { recipient: message.recipient });
    }
  });
}

export const handler = createHandler();
