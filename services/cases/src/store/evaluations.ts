import { EvaluationCardsIssued, EvaluationClosed } from '@shequ/contracts';
import {
  addOne,
  ConcurrentModificationError,
  createPut,
  failedConditionIndex,
  fieldCheck,
  getItem,
  isLostRace,
  key,
  type Page,
  type PageRequest,
  queryAll,
  queryPage,
  raiseEvent,
  recordOf,
  type TransactItem,
  versionedPut,
  writeWithEvents,
  writeWithEventsRetryingConflicts,
} from '@shequ/ddb';
import { assertInScope, type Caller, NotFound } from '@shequ/kit';
import {
  type CardScores,
  cardCodeFrom,
  countersOf,
  type Evaluation,
  type EvaluationResults,
  resultsOf,
} from '../domain/evaluations.ts';
import type { CasesDeps } from './deps.ts';

/** One representative's evaluation card: the code is its only credential, so it is never listed to non-staff. */
export interface EvaluationCard {
  code: string;
  evaluationId: string;
  community: string;
  personId: string;
  name: string;
  issuedAt: string;
  answeredAt?: string;
  scores?: CardScores;
  comment?: string;
}

/** The card was answered already (or a concurrent answer of it won). */
export class CardAnsweredError extends Error {
  override name = 'CardAnsweredError';
}

/** The evaluation closed (or was not open) when the answer was written. */
export class EvaluationNotOpenError extends Error {
  override name = 'EvaluationNotOpenError';
}

const evaluationKey = (id: string) => ({ pk: key('EVALUATION', id), sk: 'EVALUATION' });
/** The tally counters: `answered` and one per worker, item and level, added to in each answer's transaction. */
const tallyKey = (id: string) => ({ pk: key('EVALUATION', id), sk: 'EVALUATION-TALLY' });
const cardKey = (code: string) => ({ pk: key('EVALUATION-CARD', code), sk: 'EVALUATION-CARD' });
const cardsOf = (evaluationId: string) => key('EVALUATION', evaluationId, 'CARD');

/** A transaction holds at most 100 items: cards are issued in chunks, each with the evaluation's versioned put. */
const CARDS_PER_WRITE = 90;

function evaluationItem(record: Evaluation) {
  return {
    ...evaluationKey(record.id),
    entity: 'evaluation',
    ...record,
    gsi1pk: key('AREA', record.community, 'EVALUATION'),
    gsi1sk: record.month,
  };
}

function cardItem(card: EvaluationCard) {
  return { ...cardKey(card.code), entity: 'evaluation-card', ...card, gsi1pk: cardsOf(card.evaluationId), gsi1sk: card.personId };
}

export function getEvaluation(deps: CasesDeps, id: string, consistent = false): Promise<Evaluation | undefined> {
  return getItem<Evaluation>(deps, evaluationKey(id), consistent);
}

/** Creates the evaluation and its zeroed tally; a second one for the same community and quarter is a 409. */
export async function createEvaluation(deps: CasesDeps, evaluation: Omit<Evaluation, 'version'>): Promise<Evaluation> {
  const stored: Evaluation = { ...evaluation, version: 1 };
  try {
    await writeWithEvents(
      deps.client,
      deps.tableName,
      [
        createPut(deps.tableName, evaluationItem(stored)),
        createPut(deps.tableName, { ...tallyKey(evaluation.id), entity: 'evaluation-tally', answered: 0 }),
      ],
      [],
    );
  } catch (error) {
    if (isLostRace(error)) throw new ConcurrentModificationError();
    throw error;
  }
  return stored;
}

/** A community's evaluations, oldest quarter first. */
export function listEvaluations(deps: CasesDeps, community: string, page: PageRequest): Promise<Page<Evaluation>> {
  return queryPage<Evaluation>(
    deps,
    {
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': key('AREA', community, 'EVALUATION') },
    },
    page,
  );
}

/** A new unguessable card code. */
export function newCardCode(): string {
  return cardCodeFrom(crypto.getRandomValues(new Uint8Array(32)));
}

/**
 * Issues a card to each representative who has none yet, on the evaluation's version, so issuing again (or
 * concurrently) never gives anyone a second card. Returns the evaluation as stored and the new cards.
 */
export async function issueCards(
  deps: CasesDeps,
  evaluation: Evaluation,
  persons: readonly { personId: string; name: string }[],
  by: string,
): Promise<{ evaluation: Evaluation; issued: EvaluationCard[] }> {
  const issuedAt = deps.now().toISOString();
  const cards: EvaluationCard[] = persons.map((person) => ({
    code: newCardCode(),
    evaluationId: evaluation.id,
    community: evaluation.community,
    personId: person.personId,
    name: person.name,
    issuedAt,
  }));
  let current = evaluation;
  for (let start = 0; start < cards.length; start += CARDS_PER_WRITE) {
    const chunk = cards.slice(start, start + CARDS_PER_WRITE);
    const last = start + CARDS_PER_WRITE >= cards.length;
    const next: Evaluation = {
      ...current,
      status: 'issued',
      cardHolders: [...current.cardHolders, ...chunk.map((card) => card.personId)],
    };
    const events = last
      ? [
          raiseEvent(deps, EvaluationCardsIssued, evaluation.community, {
            evaluationId: evaluation.id,
            community: evaluation.community,
            month: evaluation.month,
            date: evaluation.date,
            issuedNow: cards.length,
            issuedTotal: next.cardHolders.length,
            persons: cards.map((card) => card.personId),
            by,
          }),
        ]
      : [];
    try {
      await writeWithEvents(
        deps.client,
        deps.tableName,
        [
          versionedPut(deps.tableName, evaluationItem(next), current.version),
          ...chunk.map((card) => createPut(deps.tableName, cardItem(card))),
        ],
        events,
      );
    } catch (error) {
      if (isLostRace(error)) throw new ConcurrentModificationError();
      throw error;
    }
    current = { ...next, version: current.version + 1 };
  }
  return { evaluation: current, issued: cards };
}

/** Every card of an evaluation (at most the community's representatives), by person id. */
export async function cardsOfEvaluation(deps: CasesDeps, evaluationId: string): Promise<EvaluationCard[]> {
  const items = await queryAll(deps, {
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': cardsOf(evaluationId) },
  });
  return items.map((item) => recordOf<EvaluationCard>(item));
}

export function getCard(deps: CasesDeps, code: string, consistent = false): Promise<EvaluationCard | undefined> {
  return getItem<EvaluationCard>(deps, cardKey(code), consistent);
}

/**
 * Records a card's answer exactly once: the card must be unanswered and the evaluation still open, and the
 * tally counters are added to in the same transaction, so a concurrent or retried answer counts once.
 */
export async function answerCard(
  deps: CasesDeps,
  evaluation: Evaluation,
  card: EvaluationCard,
  answer: { scores: CardScores; comment?: string },
): Promise<EvaluationCard> {
  const answered: EvaluationCard = { ...card, ...answer, answeredAt: deps.now().toISOString() };
  const counters = countersOf(evaluation, answer.scores);
  const items: TransactItem[] = [
    {
      Update: {
        TableName: deps.tableName,
        Key: cardKey(card.code),
        UpdateExpression: `SET answeredAt = :at, scores = :scores${answer.comment ? ', #comment = :comment' : ''}`,
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(answeredAt)',
        ...(answer.comment ? { ExpressionAttributeNames: { '#comment': 'comment' } } : {}),
        ExpressionAttributeValues: {
          ':at': answered.answeredAt,
          ':scores': answer.scores,
          ...(answer.comment ? { ':comment': answer.comment } : {}),
        },
      },
    },
    fieldCheck(deps.tableName, evaluationKey(evaluation.id), 'status', 'issued'),
    addOne(deps.tableName, tallyKey(evaluation.id), ['answered', ...counters]),
  ];
  try {
    await writeWithEventsRetryingConflicts(deps.client, deps.tableName, items, []);
  } catch (error) {
    const failed = failedConditionIndex(error);
    if (failed === 0) throw new CardAnsweredError();
    if (failed === 1) throw new EvaluationNotOpenError();
    if (isLostRace(error)) throw new ConcurrentModificationError();
    throw error;
  }
  return answered;
}

interface Tally {
  answered: number;
  counters: Record<string, number>;
}

async function tallyOf(deps: CasesDeps, evaluationId: string): Promise<Tally> {
  const stored = await getItem<Record<string, unknown>>(deps, tallyKey(evaluationId), true);
  const { answered = 0, version: _version, ...counters } = (stored ?? {}) as Record<string, number>;
  return { answered, counters };
}

/** The results so far (from the tally), or as frozen when the evaluation closed. */
export async function resultsOfEvaluation(deps: CasesDeps, evaluation: Evaluation): Promise<EvaluationResults> {
  if (evaluation.status === 'closed' && evaluation.results) return evaluation.results;
  const tally = await tallyOf(deps, evaluation.id);
  return resultsOf(evaluation, tally.counters, tally.answered);
}

/**
 * Closes the evaluation with its results frozen and raises EvaluationClosed, in one transaction that also
 * checks the tally still holds the answers the results were made from; an answer landing meanwhile makes it
 * read again.
 */
export async function closeEvaluation(
  deps: CasesDeps,
  evaluation: Evaluation,
  by: string,
  closedOn: string,
): Promise<Evaluation> {
  for (let attempt = 1; ; attempt++) {
    const tally = await tallyOf(deps, evaluation.id);
    const results = resultsOf(evaluation, tally.counters, tally.answered);
    const next: Evaluation = { ...evaluation, status: 'closed', closedBy: by, closedAt: deps.now().toISOString(), results };
    const event = raiseEvent(deps, EvaluationClosed, evaluation.community, {
      evaluationId: evaluation.id,
      community: evaluation.community,
      month: evaluation.month,
      date: evaluation.date,
      cardsIssued: results.cardsIssued,
      cardsAnswered: results.cardsAnswered,
      valid: results.valid,
      workers: results.workers.map((worker) => ({
        workerId: worker.workerId,
        name: worker.name,
        title: worker.title,
        ...(worker.subject ? { subject: worker.subject } : {}),
        ...(worker.personId ? { personId: worker.personId } : {}),
        average: worker.overall.average,
        satisfactionRate: worker.overall.satisfactionRate,
        rank: worker.rank,
        commended: worker.commended,
      })),
      commended: results.commended,
      by,
      closedOn,
    });
    const items: TransactItem[] = [
      versionedPut(deps.tableName, evaluationItem(next), evaluation.version),
      fieldCheck(deps.tableName, tallyKey(evaluation.id), 'answered', tally.answered),
    ];
    try {
      await writeWithEventsRetryingConflicts(deps.client, deps.tableName, items, [event]);
      return { ...next, version: evaluation.version + 1 };
    } catch (error) {
      // The tally moved on since it was read: read it again (the evaluation's own version still decides).
      if (failedConditionIndex(error) === 1 && attempt < 5) continue;
      if (isLostRace(error)) throw new ConcurrentModificationError();
      throw error;
    }
  }
}

/** The evaluation for a staff route: 404 when unknown, 403 outside the caller's areas. */
export async function evaluationInScope(deps: CasesDeps, id: string, caller: Caller, consistent = false): Promise<Evaluation> {
  const evaluation = await getEvaluation(deps, id, consistent);
  if (!evaluation) throw new NotFound('未找到该评议');
  assertInScope(caller, evaluation.community);
  return evaluation;
}

/** The representatives' comments, in text order so that none can be traced to its card. */
export async function commentsOf(deps: CasesDeps, evaluationId: string): Promise<string[]> {
  const cards = await cardsOfEvaluation(deps, evaluationId);
  return cards.flatMap((card) => (card.comment ? [card.comment] : [])).sort((a, b) => a.localeCompare(b, 'zh-CN'));
}
