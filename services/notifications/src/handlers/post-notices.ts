import { ApplicationStatusChanged, CaseOutcomePublished, communityOf, type EventEnvelope, parseEvent } from '@shequ/contracts';
import { ConcurrentModificationError } from '@shequ/ddb';
import { eventConsumer, type Logger } from '@shequ/kit';
import { caseOutcomeNotice, roundNotice, roundStep, roundTakeDownReason } from '../domain/board.ts';
import { advanceRounds, postNoticeOnce, roundPointerOf } from '../store/board.ts';
import { contactOf } from '../store/contacts.ts';
import { defaultNotificationsDeps, type NotificationsDeps } from '../store/deps.ts';

/** Two deliveries for one application racing is rare; a few immediate tries settle it before the queue's retry would. */
const ATTEMPTS = 3;

/** A case's published outcome goes up on its community board once, however often its event arrives. */
async function postCaseOutcome(deps: NotificationsDeps, envelope: EventEnvelope, log: Logger): Promise<void> {
  const { data, occurredAt } = parseEvent(CaseOutcomePublished, envelope);
  const notice = caseOutcomeNotice({ ...data, postedAt: occurredAt, postedBy: data.by });
  if (!(await postNoticeOnce(deps, notice))) log.info('case outcome already on the board', { noticeId: notice.id });
}

/**
 * Keeps the subsidies' 三榜公示 on the applicant's community board: a round posted goes up with the
 * applicant's name and masked ID, and comes down when the application moves on. The application only moves
 * forward, so the furthest stage seen per application decides: repeats, objections recorded on the posted
 * round and old events arriving late change nothing. A case's outcome (公示反馈) goes up for its posting period.
 */
export function createHandler(deps: () => NotificationsDeps = defaultNotificationsDeps) {
  return eventConsumer('post-notices', async (envelope, log) => {
    if (envelope.type === CaseOutcomePublished.type) return postCaseOutcome(deps(), envelope, log);
    if (envelope.type !== ApplicationStatusChanged.type) {
      log.warn('event not for this consumer, ignored');
      return;
    }
    const d = deps();
    const { data, occurredAt } = parseEvent(ApplicationStatusChanged, envelope);
    for (let attempt = 1; ; attempt++) {
      const pointer = await roundPointerOf(d, data.applicationId);
      const step = roundStep(pointer, data);
      if (step.kind === 'ignore') {
        if (step.why === 'incomplete') log.warn('notice state without its round and period, nothing posted', { to: data.to });
        return;
      }
      let notice: ReturnType<typeof roundNotice> | undefined;
      if (step.post) {
        const applicant = await contactOf(d, data.personId);
        // The registry's PersonRegistered reaches this service on another queue; the retry finds it there.
        if (!applicant) throw new Error(`contact ${data.personId} not known yet, notice will be retried`);
        notice = roundNotice({
          applicationId: data.applicationId,
          round: step.post.round,
          community: communityOf(data.area),
          programmeName: data.programmeName,
          postedOn: step.post.postedOn,
          lastDay: step.post.lastDay,
          applicant,
          amountFen: data.amountFen,
          postedAt: occurredAt,
          postedBy: data.by,
        });
      }
      try {
        await advanceRounds(d, data.applicationId, pointer, step, {
          at: occurredAt,
          notice,
          takeDownReason: roundTakeDownReason(data.to),
        });
        return;
      } catch (error) {
        if (!(error instanceof ConcurrentModificationError) || attempt >= ATTEMPTS) throw error;
      }
    }
  });
}

export const handler = createHandler();
