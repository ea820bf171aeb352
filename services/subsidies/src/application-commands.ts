import { addMonthsToDay, communityOf, shanghaiDay } from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import {
  assertInScope,
  type Caller,
  Conflict,
  Forbidden,
  HttpProblem,
  maskAccountNumber,
  NotFound,
  type Role,
  ValidationFailed,
} from '@shequ/kit';
import { type ApplicationCommand, apply, FINAL_STATES, submitApplication } from './domain/applications.ts';
import { awardFen, checkEligibility, type Reason } from './domain/eligibility.ts';
import { toFen, toYuan } from './domain/money.ts';
import { frequencyOf, yearOutlayFen } from './domain/payments.ts';
import type { Programme } from './domain/programmes.ts';
import type { SubmitApplicationBody } from './schemas/applications.ts';
import {
  AlreadyClaimedError,
  type ApplicationRecord,
  createApplication,
  personApplications,
  saveTransition,
  type TransitionEffects,
} from './store/applications.ts';
import type { SubsidiesDeps } from './store/deps.ts';
import { eligibilityFacts, knownPerson } from './store/facts.ts';
import { BudgetExceededError, getBudget } from './store/ledger.ts';
import { currentProgramme } from './store/programmes.ts';

/**
 * Running one command on an application: the domain decides, this module gathers what the decision
 * needs (current facts and the amount at approval, the budget a change reserves from or releases to)
 * and stores the result. Handlers, the payment run and the registry-facts consumer all come through here.
 */

const community: readonly Role[] = ['district-admin', 'subdistrict-staff', 'community-worker'];
const subdistrict: readonly Role[] = ['district-admin', 'subdistrict-staff'];

/** Who may give each command: the community reviews and posts, the sub-district approves. */
export const commandRoles: Record<Exclude<ApplicationCommand['type'], 'expire'>, readonly Role[]> = {
  'start-review': community,
  // The 入户抽查 and objections heard at the door are often the grid worker's.
  'record-home-visit': [...community, 'grid-worker'],
  'post-notice': community,
  'raise-objection': [...community, 'grid-worker'],
  'resolve-objection': community,
  'close-notice': community,
  approve: subdistrict,
  suspend: community,
  resume: community,
  end: community,
  'report-work': community,
  'record-review': [...community, 'grid-worker'],
  'hand-over': [...community, 'grid-worker'],
  'record-repayment': community,
  reject: community,
  // The applicant may withdraw their own application; the handler checks it is theirs.
  withdraw: [...community, 'resident'],
};

/** The programme as this district runs it; route schemas admit only catalogue codes, so a miss is a bug. */
export async function programmeOf(deps: SubsidiesDeps, code: string): Promise<Programme> {
  const programme = await currentProgramme(deps, code);
  if (!programme) throw new Error(`programme ${code} is not in the catalogue`);
  return programme;
}

/** 422 with every failed rule, in Chinese, so the worker sees why at once. */
export function notEligible(programme: Programme, reasons: readonly Reason[]): HttpProblem {
  const failed = reasons.filter((reason) => !reason.passed);
  return new HttpProblem(
    422,
    'not-eligible',
    '不符合申请条件',
    `不符合「${programme.name}」的条件：${failed.map((reason) => reason.detail).join('；')}`,
    failed.map((reason) => ({ field: 'eligibility', message: `${reason.rule}：${reason.detail}` })),
  );
}

/** What approval fixes: the facts are read again, eligibility re-checked, the amount worked out. */
async function approvalTerms(deps: SubsidiesDeps, record: ApplicationRecord, programme: Programme, decidedFen?: number) {
  const known = await knownPerson(deps, record.applicantId);
  if (!known) throw new Conflict('facts-missing', '尚未收到该居民的户籍信息，暂不能审批');
  if (known.person.status !== 'active') throw new Conflict('person-not-active', '该居民已迁出或已去世，不能审批');
  const facts = eligibilityFacts(known);
  const eligibility = checkEligibility(programme, facts, deps.now());
  if (!eligibility.eligible) throw notEligible(programme, eligibility.reasons);
  const award = awardFen(programme, facts, decidedFen ?? record.requestedFen);
  if (!award.ok) {
    const caseByCase = programme.amount.kind === 'assessed' || programme.amount.kind === 'loan';
    throw caseByCase
      ? ValidationFailed.field('body.amountYuan', award.reason)
      : new Conflict('amount-undetermined', award.reason);
  }
  return award.fen;
}

/** The change in what a benefit reserves from its start year's budget when its amount or end changes. */
async function reservationEffect(deps: SubsidiesDeps, before: ApplicationRecord, after: ApplicationRecord) {
  if (!after.startsOn || after.amountFen === undefined) return {};
  const year = after.startsOn.slice(0, 4);
  const outlay = (record: ApplicationRecord) =>
    record.startsOn && record.amountFen !== undefined && ['active', 'suspended', 'ended'].includes(record.state)
      ? yearOutlayFen(
          {
            frequency: frequencyOf(record.period),
            amountFen: record.amountFen,
            startsOn: record.startsOn,
            endsOn: record.endsOn,
          },
          year,
        )
      : 0;
  const reserveFen = outlay(after) - outlay(before);
  if (reserveFen === 0) return {};
  return { budget: await getBudget(deps, after.programmeId, year), reserveFen };
}

/**
 * Applies `command` to `record` (as read, at `record.version`) and stores it. Refusals are 409s with the
 * domain's Chinese message; approval recomputes eligibility and the amount; a lost race is a 409 too.
 */
export async function runCommand(
  deps: SubsidiesDeps,
  record: ApplicationRecord,
  command: ApplicationCommand,
  actor: string,
  options: { decidedFen?: number | undefined } = {},
): Promise<ApplicationRecord> {
  const programme = await programmeOf(deps, record.programmeId);
  if (command.type === 'hand-over' && programme.form !== 'in-kind') {
    throw new Conflict('not-in-kind', `「${programme.name}」不是实物补助，由每月发放处理，无需登记发放`);
  }
  const decided = apply(record, command, { id: actor }, deps.now());
  if (!decided.ok) throw new Conflict(decided.code, decided.message);
  let next: ApplicationRecord = { ...record, ...decided.application };
  if (command.type === 'approve') {
    const amountFen = await approvalTerms(deps, record, programme, options.decidedFen);
    next = {
      ...next,
      amountFen,
      // A one-off benefit is in force on its first day only: the run pays it once, then closes it.
      // In-kind aids stay active until their hand-over is recorded, loans until they are repaid.
      ...(programme.period === 'one-off' && programme.form === 'cash' && next.startsOn ? { endsOn: next.startsOn } : {}),
      ...(programme.amount.kind === 'loan' && next.startsOn
        ? { loan: { dueOn: addMonthsToDay(next.startsOn, programme.amount.termMonths) } }
        : {}),
      ...(programme.reviewMonths && next.startsOn ? { nextReviewOn: addMonthsToDay(next.startsOn, programme.reviewMonths) } : {}),
    };
  }
  if (command.type === 'record-review') {
    const reviewedOn = command.review.reviewedOn;
    next = {
      ...next,
      ...(programme.reviewMonths ? { nextReviewOn: addMonthsToDay(reviewedOn, programme.reviewMonths) } : {}),
      // Adjusting re-reads the facts and re-checks the rules: a household no longer eligible is ended, not adjusted.
      ...(command.review.outcome === 'adjust' ? { amountFen: await approvalTerms(deps, record, programme) } : {}),
    };
  }
  const effects: TransitionEffects = await reservationEffect(deps, record, next);
  if (command.type === 'report-work' && next.graduatedExit && next.amountFen !== undefined && programme.period === 'monthly') {
    effects.exit = { month: next.graduatedExit.exitMonth, fen: next.amountFen };
  }
  try {
    return await saveTransition(deps, next, record.version, effects);
  } catch (error) {
    if (error instanceof BudgetExceededError) {
      throw new HttpProblem(
        422,
        'budget-exceeded',
        '超出年度预算',
        `「${programme.name}」${error.budget.year} 年度预算可用 ${toYuan(error.budget.availableFen)} 元，本项补助预计支出 ${toYuan(error.neededFen)} 元，不能审批；请先追加预算`,
      );
    }
    throw error;
  }
}

/**
 * A new application, by the resident or a worker on their behalf: the applicant must be known from the
 * registry, alive and resident, and meet the programme's rules today; money goes only to an account in
 * the applicant's own name. The amount the notice board shows is worked out now where the rules allow.
 */
export async function submit(deps: SubsidiesDeps, body: SubmitApplicationBody, caller: Caller): Promise<ApplicationRecord> {
  if (caller.role === 'resident' && caller.personId !== body.personId) {
    throw new Forbidden('居民只能为本人提交申请；代他人申请请到社区办理');
  }
  const programme = await programmeOf(deps, body.programme);
  const known = await knownPerson(deps, body.personId);
  if (!known) throw new NotFound('未找到该居民的户籍信息；刚登记的居民请稍候片刻再试');
  if (caller.role !== 'resident') assertInScope(caller, known.person.area);
  if (known.person.status !== 'active') throw new Conflict('person-not-active', '该居民已迁出或已去世，不能申请补助');
  const facts = eligibilityFacts(known);
  const eligibility = checkEligibility(programme, facts, deps.now());
  if (!eligibility.eligible) throw notEligible(programme, eligibility.reasons);

  const paysMoney = programme.form !== 'in-kind';
  if (paysMoney && !body.account) throw ValidationFailed.field('body.account', '现金补助和贷款须填写申请人本人的银行账户');
  if (body.account && body.account.holder !== known.person.name) {
    throw ValidationFailed.field('body.account.holder', `补助只发放到申请人本人账户：户名须为「${known.person.name}」`);
  }
  const caseByCase = programme.amount.kind === 'assessed' || programme.amount.kind === 'loan';
  if (caseByCase && body.requestedYuan === undefined)
    throw ValidationFailed.field('body.requestedYuan', `${programme.name}须填写申请金额`);
  const requestedFen = body.requestedYuan === undefined ? undefined : toFen(body.requestedYuan);
  const proposed = awardFen(programme, facts, requestedFen);
  if (caseByCase && !proposed.ok) throw ValidationFailed.field('body.requestedYuan', proposed.reason);
  const householdWide = programme.amount.kind === 'line-top-up';

  const now = deps.now();
  const base = submitApplication(
    { id: newId(now), programmeId: programme.code, applicantId: body.personId, noticeDays: programme.noticeDays },
    { id: caller.subject },
    now,
  );
  const record: ApplicationRecord = {
    ...base,
    programmeName: programme.name,
    form: programme.form,
    period: programme.period,
    area: known.person.area,
    community: communityOf(known.person.area),
    applicantName: known.person.name,
    applicantIdMasked: known.person.citizenIdMasked,
    statement: body.statement,
    ...(known.household ? { householdSize: known.household.size } : {}),
    ...(householdWide && known.household ? { householdId: known.household.householdId } : {}),
    ...(requestedFen !== undefined ? { requestedFen } : {}),
    ...(proposed.ok && proposed.fen > 0 ? { proposedFen: proposed.fen } : {}),
    ...(body.account
      ? {
          account: {
            bank: body.account.bank,
            holder: body.account.holder,
            numberCipher: await deps.pii.encrypt(body.account.number),
            numberMasked: maskAccountNumber(body.account.number),
          },
        }
      : {}),
    version: 1,
  };
  try {
    return await createApplication(deps, record);
  } catch (error) {
    if (error instanceof AlreadyClaimedError) {
      throw new Conflict(
        'already-applied',
        error.by === 'household'
          ? `该家庭已有在办或享受中的「${programme.name}」申请，不能重复申请`
          : `该居民已有在办或享受中的「${programme.name}」申请，不能重复申请`,
      );
    }
    throw error;
  }
}

const SYSTEM_REGISTRY = 'system:registry';

/**
 * Ends a person's benefits as of `day` (death, moving out of the district) and closes applications still
 * in progress. Safe to repeat: what is already final is left alone.
 */
export async function endBenefitsOf(deps: SubsidiesDeps, personId: string, day: string, reason: string): Promise<void> {
  const todayIs = shanghaiDay(deps.now());
  for (const record of await personApplications(deps, personId)) {
    if (FINAL_STATES.includes(record.state)) continue;
    const command: ApplicationCommand =
      record.state === 'active' || record.state === 'suspended'
        ? { type: 'end', reason, endsOn: day < todayIs ? day : todayIs }
        : { type: 'reject', reason: `${reason}，申请终止` };
    await runCommand(deps, record, command, SYSTEM_REGISTRY);
  }
}
