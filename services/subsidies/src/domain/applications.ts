import { addDays, applicationStates, shanghaiDay } from '@shequ/contracts';
import { z } from 'zod';
import { DaySchema } from './calendar.ts';
import { graduatedExit } from './payments.ts';
import { DEFAULT_NOTICE_DAYS } from './programmes.ts';

/**
 * The subsidy application state machine: submitted → community-review (入户抽查) → 三榜公示 rounds 1–3 →
 * subdistrict-approval → active → ended, with rejection and withdrawal before approval and
 * suspension/resumption while active. Pure: the caller passes the actor and the time.
 */

// The states are part of the ApplicationStatusChanged contract other services read; the domain uses the same list.
export const ApplicationStateSchema = z.enum(applicationStates);
export type ApplicationState = z.infer<typeof ApplicationStateSchema>;

/** States no command leaves. */
export const FINAL_STATES: readonly ApplicationState[] = ['ended', 'rejected', 'withdrawn'];

export const HomeVisitSchema = z.object({
  visitedOn: DaySchema,
  by: z.string().min(1),
  findings: z.string().min(1),
  passed: z.boolean(),
});
/** The 入户抽查 spot check recorded during community review. */
export type HomeVisit = z.infer<typeof HomeVisitSchema>;

export const ReviewSchema = z.object({
  reviewedOn: DaySchema,
  by: z.string(),
  findings: z.string().min(1),
  /** `continue` as is, or `adjust` the amount to the facts as they now stand. */
  outcome: z.enum(['continue', 'adjust']),
});
/** One periodic re-check of a running benefit. */
export type Review = z.infer<typeof ReviewSchema>;

export const ObjectionSchema = z.object({
  id: z.string(),
  round: z.number().int().min(1).max(3),
  raisedOn: DaySchema,
  recordedBy: z.string(),
  content: z.string().min(1),
  resolution: z
    .object({
      resolvedOn: DaySchema,
      by: z.string(),
      outcome: z.enum(['upheld', 'dismissed']),
      note: z.string().min(1),
    })
    .optional(),
});
/** An objection raised against the application while one of its notice rounds is posted. */
export type Objection = z.infer<typeof ObjectionSchema>;

export const NoticeRoundSchema = z.object({
  round: z.number().int().min(1).max(3),
  postedOn: DaySchema,
  days: z.number().int().positive(),
  closedOn: DaySchema.optional(),
});
/** One 公示 round: posted on a day for a number of days; closable from `postedOn + days`. */
export type NoticeRound = z.infer<typeof NoticeRoundSchema>;

export const HistoryEntrySchema = z.object({
  from: ApplicationStateSchema,
  to: ApplicationStateSchema,
  command: z.string(),
  by: z.string(),
  at: z.string(),
  reason: z.string().optional(),
});
/** One step of the application's life; recording steps leave `from === to`. */
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const ApplicationSchema = z.object({
  id: z.string(),
  programmeId: z.string(),
  applicantId: z.string(),
  /** Who filed it: the applicant or a worker on their behalf. */
  filedBy: z.string(),
  state: ApplicationStateSchema,
  noticeDays: z.number().int().positive(),
  submittedOn: DaySchema,
  homeVisit: HomeVisitSchema.optional(),
  rounds: z.array(NoticeRoundSchema),
  objections: z.array(ObjectionSchema),
  approvedOn: DaySchema.optional(),
  startsOn: DaySchema.optional(),
  suspensions: z.array(z.object({ from: DaySchema, to: DaySchema.optional() })),
  endsOn: DaySchema.optional(),
  /** For loans (幸福工程): when the loan falls due, and when it was repaid. */
  loan: z.object({ dueOn: DaySchema, repaidOn: DaySchema.optional() }).optional(),
  /** For in-kind aids: when, by whom and with what note the aid was handed over. */
  handover: z.object({ on: DaySchema, by: z.string(), note: z.string().optional() }).optional(),
  /** When the running benefit is next due for its periodic re-check (动态管理复核). */
  nextReviewOn: DaySchema.optional(),
  reviews: z.array(ReviewSchema).optional(),
  /** 低保渐退: when work was reported and the trial that follows (see `graduatedExit` in payments.ts). */
  graduatedExit: z
    .object({ reportedWorkOn: DaySchema, trialFrom: z.string(), trialTo: z.string(), exitMonth: z.string() })
    .optional(),
  history: z.array(HistoryEntrySchema),
});
/** A plain, serialisable application; the store keeps it with a version for optimistic locking. */
export type Application = z.infer<typeof ApplicationSchema>;

export const ApplicationCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start-review') }),
  z.object({ type: z.literal('record-home-visit'), visit: HomeVisitSchema }),
  z.object({ type: z.literal('post-notice') }),
  z.object({ type: z.literal('raise-objection'), content: z.string().min(1) }),
  z.object({
    type: z.literal('resolve-objection'),
    objectionId: z.string(),
    outcome: z.enum(['upheld', 'dismissed']),
    note: z.string().min(1),
  }),
  z.object({ type: z.literal('close-notice') }),
  z.object({ type: z.literal('approve'), startsOn: DaySchema.optional() }),
  z.object({ type: z.literal('suspend'), reason: z.string() }),
  z.object({ type: z.literal('resume'), reason: z.string().optional() }),
  /** `endsOn` backdates the end (a death registered late); the default is today. */
  z.object({ type: z.literal('end'), reason: z.string(), endsOn: DaySchema.optional() }),
  /** 低保渐退: the recipient reported new work on `reportedOn`; the benefit runs the trial out, then ends. */
  z.object({ type: z.literal('report-work'), reportedOn: DaySchema }),
  /** A periodic re-check; the caller passes when the next one falls due (the programme decides the interval). */
  z.object({
    type: z.literal('record-review'),
    review: ReviewSchema.omit({ by: true }),
    nextReviewOn: DaySchema.optional(),
  }),
  /** A loan was repaid in full: the benefit is complete. */
  z.object({ type: z.literal('record-repayment'), repaidOn: DaySchema }),
  /** An in-kind aid (wheelchair, hearing aid, referral) was handed over: the benefit is complete. */
  z.object({ type: z.literal('hand-over'), handedOverOn: DaySchema, note: z.string().optional() }),
  /** The benefit's last day has passed (one-off paid, 渐退 trial over): the payment run closes it. */
  z.object({ type: z.literal('expire') }),
  z.object({ type: z.literal('reject'), reason: z.string() }),
  z.object({ type: z.literal('withdraw'), reason: z.string() }),
]);
/** What a resident or worker asks of an application. */
export type ApplicationCommand = z.infer<typeof ApplicationCommandSchema>;

/** Who is acting; `id` is what history records. */
export interface Actor {
  id: string;
}

/** Stable refusal codes the handler maps to HTTP 409/422. */
export type RefusalCode =
  | 'not-allowed'
  | 'home-visit-required'
  | 'home-visit-failed'
  | 'notice-period-not-over'
  | 'objection-unresolved'
  | 'objection-not-found'
  | 'objection-already-resolved'
  | 'reason-required'
  | 'date-in-future'
  | 'not-yet-over'
  | 'exit-already-reported';

/** A refused command, with a Chinese message for the worker. */
export interface Refusal {
  ok: false;
  code: RefusalCode;
  message: string;
}

export type ApplyResult = { ok: true; application: Application } | Refusal;

/** The states as a worker reads them: the API's labels and every refusal's words. */
export const STATE_LABELS: Record<ApplicationState, string> = {
  submitted: '已提交',
  'community-review': '社区审核',
  'notice-1': '第一榜公示',
  'notice-2': '第二榜公示',
  'notice-3': '第三榜公示',
  'subdistrict-approval': '街道审批',
  active: '享受中',
  suspended: '已暂停',
  ended: '已终止',
  rejected: '已驳回',
  withdrawn: '已撤回',
};

const ROUND_LABELS = ['', '第一榜', '第二榜', '第三榜'] as const;

/** Each step as history and the API name it. */
export const COMMAND_LABELS: Record<ApplicationCommand['type'], string> = {
  'start-review': '开始社区审核',
  'record-home-visit': '登记入户抽查',
  'post-notice': '张榜公示',
  'raise-objection': '登记异议',
  'resolve-objection': '处理异议',
  'close-notice': '结束公示',
  approve: '审批通过',
  suspend: '暂停',
  resume: '恢复',
  end: '终止',
  reject: '驳回',
  withdraw: '撤回',
  'report-work': '登记就业（渐退）',
  'record-review': '登记复核',
  'hand-over': '登记实物发放',
  'record-repayment': '登记还款',
  expire: '到期终止',
};

/** The first day a round may close: a round posted on D for N days covers D … D+N−1. */
export function closableFrom(round: NoticeRound): string {
  return addDays(round.postedOn, round.days);
}

/** Builds a freshly submitted application; `noticeDays` comes from the programme (default 7). */
export function submitApplication(
  input: { id: string; programmeId: string; applicantId: string; noticeDays?: number },
  actor: Actor,
  now: Date,
): Application {
  return {
    id: input.id,
    programmeId: input.programmeId,
    applicantId: input.applicantId,
    filedBy: actor.id,
    state: 'submitted',
    noticeDays: input.noticeDays ?? DEFAULT_NOTICE_DAYS,
    submittedOn: shanghaiDay(now),
    rounds: [],
    objections: [],
    suspensions: [],
    history: [{ from: 'submitted', to: 'submitted', command: 'submit', by: actor.id, at: now.toISOString() }],
  };
}

function refuse(code: RefusalCode, message: string): Refusal {
  return { ok: false, code, message };
}

function notAllowed(application: Application, command: ApplicationCommand): Refusal {
  return refuse('not-allowed', `申请当前状态为「${STATE_LABELS[application.state]}」，不能${COMMAND_LABELS[command.type]}`);
}

function roundOf(state: ApplicationState): 1 | 2 | 3 | undefined {
  if (state === 'notice-1') return 1;
  if (state === 'notice-2') return 2;
  if (state === 'notice-3') return 3;
  return undefined;
}

const PRE_APPROVAL: readonly ApplicationState[] = [
  'submitted',
  'community-review',
  'notice-1',
  'notice-2',
  'notice-3',
  'subdistrict-approval',
];

/**
 * Applies a command to an application at `now`, returning the new application with one history entry
 * appended, or a refusal. Never mutates its input.
 */
export function apply(application: Application, command: ApplicationCommand, actor: Actor, now: Date): ApplyResult {
  const today = shanghaiDay(now);
  const from = application.state;
  const done = (to: ApplicationState, changes: Partial<Application>, reason?: string): ApplyResult => {
    const entry: HistoryEntry = { from, to, command: command.type, by: actor.id, at: now.toISOString() };
    if (reason !== undefined) entry.reason = reason;
    return { ok: true, application: { ...application, ...changes, state: to, history: [...application.history, entry] } };
  };
  const needsReason = (reason: string): Refusal | undefined =>
    reason.trim() === '' ? refuse('reason-required', `${COMMAND_LABELS[command.type]}须填写原因`) : undefined;

  if (FINAL_STATES.includes(from)) return notAllowed(application, command);
  const round = roundOf(from);

  switch (command.type) {
    case 'start-review':
      return from === 'submitted' ? done('community-review', {}) : notAllowed(application, command);

    case 'record-home-visit':
      return from === 'community-review' ? done(from, { homeVisit: command.visit }) : notAllowed(application, command);

    case 'post-notice': {
      if (from !== 'community-review') return notAllowed(application, command);
      // No list goes up on the notice board before someone has actually been to the home.
      if (!application.homeVisit) return refuse('home-visit-required', '尚未登记入户抽查，不能张榜公示');
      if (!application.homeVisit.passed) {
        return refuse('home-visit-failed', '入户抽查未通过，不能张榜公示；请驳回或重新抽查');
      }
      return done('notice-1', { rounds: [{ round: 1, postedOn: today, days: application.noticeDays }] });
    }

    case 'raise-objection': {
      if (round === undefined) return notAllowed(application, command);
      const id = `r${round}-${application.objections.filter((o) => o.round === round).length + 1}`;
      const objection: Objection = { id, round, raisedOn: today, recordedBy: actor.id, content: command.content };
      return done(from, { objections: [...application.objections, objection] });
    }

    case 'resolve-objection': {
      if (round === undefined) return notAllowed(application, command);
      const target = application.objections.find((o) => o.id === command.objectionId);
      if (!target) return refuse('objection-not-found', `没有编号为 ${command.objectionId} 的异议`);
      if (target.resolution) return refuse('objection-already-resolved', `异议 ${target.id} 已处理`);
      const resolved: Objection = {
        ...target,
        resolution: { resolvedOn: today, by: actor.id, outcome: command.outcome, note: command.note },
      };
      return done(from, { objections: application.objections.map((o) => (o.id === target.id ? resolved : o)) });
    }

    case 'close-notice': {
      const current = application.rounds.at(-1);
      if (round === undefined || !current || current.round !== round) return notAllowed(application, command);
      const label = ROUND_LABELS[round];
      const opensOn = closableFrom(current);
      if (today < opensOn) {
        return refuse('notice-period-not-over', `${label}公示期未满（至 ${addDays(opensOn, -1)} 止），不能结束公示`);
      }
      if (application.objections.some((o) => o.round === round && !o.resolution)) {
        return refuse('objection-unresolved', `${label}有未处理的异议，处理后才能结束公示`);
      }
      const closed = application.rounds.map((r) => (r.round === round ? { ...r, closedOn: today } : r));
      if (round === 3) return done('subdistrict-approval', { rounds: closed });
      // The next round goes up the day the previous one comes down, so the three rounds run back to back.
      const next: NoticeRound = { round: round + 1, postedOn: today, days: application.noticeDays };
      return done(round === 1 ? 'notice-2' : 'notice-3', { rounds: [...closed, next] });
    }

    case 'approve':
      return from === 'subdistrict-approval'
        ? done('active', { approvedOn: today, startsOn: command.startsOn ?? today })
        : notAllowed(application, command);

    case 'suspend': {
      if (from !== 'active') return notAllowed(application, command);
      const missing = needsReason(command.reason);
      if (missing) return missing;
      return done('suspended', { suspensions: [...application.suspensions, { from: today }] }, command.reason);
    }

    case 'resume': {
      if (from !== 'suspended') return notAllowed(application, command);
      const suspensions = application.suspensions.map((s, i, all) =>
        i === all.length - 1 && s.to === undefined ? { ...s, to: today } : s,
      );
      return done('active', { suspensions }, command.reason);
    }

    case 'end': {
      if (from !== 'active' && from !== 'suspended') return notAllowed(application, command);
      const missing = needsReason(command.reason);
      if (missing) return missing;
      const endsOn = command.endsOn ?? today;
      if (endsOn > today) return refuse('date-in-future', `终止日期 ${endsOn} 晚于今天，不能预先终止`);
      return done(
        'ended',
        { endsOn: application.endsOn && application.endsOn < endsOn ? application.endsOn : endsOn },
        command.reason,
      );
    }

    case 'report-work': {
      if (from !== 'active') return notAllowed(application, command);
      if (application.graduatedExit) return refuse('exit-already-reported', '已登记就业并进入渐退期，不能重复登记');
      if (command.reportedOn > today) return refuse('date-in-future', `就业日期 ${command.reportedOn} 晚于今天`);
      const exit = graduatedExit(application, command.reportedOn);
      return done(from, {
        graduatedExit: {
          reportedWorkOn: command.reportedOn,
          trialFrom: exit.trialFrom,
          trialTo: exit.trialTo,
          exitMonth: exit.exitMonth,
        },
        endsOn: exit.endsOn,
      });
    }

    case 'record-review': {
      if (from !== 'active' && from !== 'suspended') return notAllowed(application, command);
      if (command.review.reviewedOn > today) return refuse('date-in-future', `复核日期 ${command.review.reviewedOn} 晚于今天`);
      const review: Review = { ...command.review, by: actor.id };
      return done(from, {
        reviews: [...(application.reviews ?? []), review],
        ...(command.nextReviewOn ? { nextReviewOn: command.nextReviewOn } : {}),
      });
    }

    case 'hand-over': {
      if (from !== 'active') return notAllowed(application, command);
      if (command.handedOverOn > today) return refuse('date-in-future', `发放日期 ${command.handedOverOn} 晚于今天`);
      if (application.startsOn && command.handedOverOn < application.startsOn) {
        return refuse('not-allowed', `发放日期不能早于开始享受的日期 ${application.startsOn}`);
      }
      const handover = { on: command.handedOverOn, by: actor.id, ...(command.note ? { note: command.note } : {}) };
      return done('ended', { handover, endsOn: command.handedOverOn });
    }

    case 'record-repayment': {
      if (from !== 'active' || !application.loan) return notAllowed(application, command);
      if (command.repaidOn > today) return refuse('date-in-future', `还款日期 ${command.repaidOn} 晚于今天`);
      return done('ended', { loan: { ...application.loan, repaidOn: command.repaidOn }, endsOn: command.repaidOn });
    }

    case 'expire': {
      if (from !== 'active' && from !== 'suspended') return notAllowed(application, command);
      if (application.endsOn === undefined || application.endsOn >= today) {
        return refuse('not-yet-over', '补助尚未到期，不能到期终止');
      }
      return done('ended', {});
    }

    case 'reject':
    case 'withdraw': {
      // Once approved, money has moved: stopping it is `end`, so the ledger never sees a "rejected" payee.
      if (!PRE_APPROVAL.includes(from)) return notAllowed(application, command);
      const missing = needsReason(command.reason);
      if (missing) return missing;
      return done(command.type === 'reject' ? 'rejected' : 'withdrawn', {}, command.reason);
    }
  }
}

/** A command a person may give (every one but the payment run's `expire`). */
export type GivenCommand = Exclude<ApplicationCommand['type'], 'expire'>;

/**
 * The commands that `apply` would take from this application's state today, so a client offers only
 * those; a notice round's `close-notice` only once its days are over and its objections resolved.
 */
export function availableCommands(application: Application, form: 'cash' | 'in-kind' | 'loan', now: Date): GivenCommand[] {
  const today = shanghaiDay(now);
  const state = application.state;
  if (FINAL_STATES.includes(state)) return [];
  const beforeApproval: GivenCommand[] = PRE_APPROVAL.includes(state) ? ['reject', 'withdraw'] : [];
  const round = roundOf(state);
  if (round !== undefined) {
    const current = application.rounds.at(-1);
    const open = application.objections.some((o) => o.round === round && !o.resolution);
    const closable = current !== undefined && current.round === round && today >= closableFrom(current) && !open;
    return [
      'raise-objection',
      ...(open ? (['resolve-objection'] as const) : []),
      ...(closable ? (['close-notice'] as const) : []),
      ...beforeApproval,
    ];
  }
  switch (state) {
    case 'submitted':
      return ['start-review', ...beforeApproval];
    case 'community-review':
      return ['record-home-visit', ...(application.homeVisit?.passed ? (['post-notice'] as const) : []), ...beforeApproval];
    case 'subdistrict-approval':
      return ['approve', ...beforeApproval];
    case 'active':
      return [
        'record-review',
        ...(form === 'in-kind' ? (['hand-over'] as const) : []),
        ...(form === 'loan' && application.loan ? (['record-repayment'] as const) : []),
        ...(form !== 'in-kind' && !application.graduatedExit ? (['report-work'] as const) : []),
        'suspend',
        'end',
      ];
    case 'suspended':
      return ['record-review', 'resume', 'end'];
    default:
      return [];
  }
}
