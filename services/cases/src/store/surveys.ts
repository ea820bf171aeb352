import { QuestionnaireClosed, QuestionnaireOpened } from '@shequ/contracts';
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
import { type Answers, countersOf, type Questionnaire, type Tally, tallyOf } from '../domain/surveys.ts';
import type { CasesDeps } from './deps.ts';

/** One person's response to a questionnaire: at most one each, keyed by the person. */
export interface QuestionnaireResponse {
  questionnaireId: string;
  personId: string;
  answers: Answers;
  /** `self` when the resident answered signed in, `staff` when a worker entered a paper questionnaire. */
  channel: 'self' | 'staff';
  enteredBy: string;
  respondedAt: string;
}

/** The person has answered already with other answers. */
export class AlreadyRespondedError extends Error {
  override name = 'AlreadyRespondedError';
  constructor(readonly existing: QuestionnaireResponse) {
    super('already responded');
  }
}

/** The questionnaire was closed (or not open) when the response was written. */
export class QuestionnaireNotOpenError extends Error {
  override name = 'QuestionnaireNotOpenError';
}

const questionnaireKey = (id: string) => ({ pk: key('QUESTIONNAIRE', id), sk: 'QUESTIONNAIRE' });
/** The counters: `responses`, and per question how many answered it and chose each option. */
const tallyKey = (id: string) => ({ pk: key('QUESTIONNAIRE', id), sk: 'QUESTIONNAIRE-TALLY' });
const responseKey = (id: string, personId: string) => ({ pk: key('QUESTIONNAIRE', id), sk: key('RESPONSE', personId) });

function questionnaireItem(record: Questionnaire) {
  return {
    ...questionnaireKey(record.id),
    entity: 'questionnaire',
    ...record,
    gsi1pk: key('AREA', record.community, 'QUESTIONNAIRE'),
    gsi1sk: key(record.month, record.id),
  };
}

export function getQuestionnaire(deps: CasesDeps, id: string, consistent = false): Promise<Questionnaire | undefined> {
  return getItem<Questionnaire>(deps, questionnaireKey(id), consistent);
}

export async function createQuestionnaire(
  deps: CasesDeps,
  questionnaire: Omit<Questionnaire, 'version'>,
): Promise<Questionnaire> {
  const stored: Questionnaire = { ...questionnaire, version: 1 };
  await writeWithEvents(
    deps.client,
    deps.tableName,
    [
      createPut(deps.tableName, questionnaireItem(stored)),
      createPut(deps.tableName, { ...tallyKey(questionnaire.id), entity: 'questionnaire-tally', responses: 0 }),
    ],
    [],
  );
  return stored;
}

/** A community's questionnaires, by month then creation; `month` narrows to one month. */
export function listQuestionnaires(
  deps: CasesDeps,
  community: string,
  month: string | undefined,
  page: PageRequest,
  status?: Questionnaire['status'] | undefined,
): Promise<Page<Questionnaire>> {
  return queryPage<Questionnaire>(
    deps,
    {
      IndexName: 'gsi1',
      KeyConditionExpression: month ? 'gsi1pk = :pk AND begins_with(gsi1sk, :month)' : 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': key('AREA', community, 'QUESTIONNAIRE'), ...(month ? { ':month': `${month}#` } : {}) },
    },
    page,
    { status },
  );
}

async function write(deps: CasesDeps, items: TransactItem[], events: Parameters<typeof writeWithEvents>[3]): Promise<void> {
  try {
    await writeWithEvents(deps.client, deps.tableName, items, events);
  } catch (error) {
    if (isLostRace(error)) throw new ConcurrentModificationError();
    throw error;
  }
}

export async function openQuestionnaire(
  deps: CasesDeps,
  questionnaire: Questionnaire,
  by: string,
  today: string,
): Promise<Questionnaire> {
  const next: Questionnaire = { ...questionnaire, status: 'open', openedBy: by, openedAt: deps.now().toISOString() };
  await write(
    deps,
    [versionedPut(deps.tableName, questionnaireItem(next), questionnaire.version)],
    [
      raiseEvent(deps, QuestionnaireOpened, questionnaire.community, {
        questionnaireId: questionnaire.id,
        community: questionnaire.community,
        month: questionnaire.month,
        title: questionnaire.title,
        questions: questionnaire.questions.length,
        by,
        openedOn: today,
      }),
    ],
  );
  return { ...next, version: questionnaire.version + 1 };
}

interface Counters {
  responses: number;
  counters: Record<string, number>;
}

async function countersOfQuestionnaire(deps: CasesDeps, id: string): Promise<Counters> {
  const stored = await getItem<Record<string, number>>(deps, tallyKey(id), true);
  const { responses = 0, version: _version, ...counters } = stored ?? {};
  return { responses, counters };
}

/** The free-text answers by question id, in the order they came in (responses are read, not counted). */
async function textsOf(deps: CasesDeps, questionnaire: Questionnaire): Promise<Record<string, string[]>> {
  const textQuestions = questionnaire.questions.filter((question) => question.kind === 'text');
  if (textQuestions.length === 0) return {};
  const items = await queryAll(deps, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': key('QUESTIONNAIRE', questionnaire.id), ':prefix': 'RESPONSE#' },
    ConsistentRead: true,
  });
  const responses = items.map((item) => recordOf<QuestionnaireResponse>(item));
  responses.sort((a, b) => a.respondedAt.localeCompare(b.respondedAt));
  return Object.fromEntries(
    textQuestions.map((question) => [
      question.questionId,
      responses.flatMap((response) => {
        const answer = response.answers[question.questionId];
        return typeof answer === 'string' ? [answer] : [];
      }),
    ]),
  );
}

export async function tallyOfQuestionnaire(deps: CasesDeps, questionnaire: Questionnaire): Promise<Tally> {
  const [{ responses, counters }, texts] = await Promise.all([
    countersOfQuestionnaire(deps, questionnaire.id),
    textsOf(deps, questionnaire),
  ]);
  return tallyOf(questionnaire, counters, responses, texts);
}

/**
 * Closes the questionnaire and raises QuestionnaireClosed with the tally of its choices, checking in the same
 * transaction that no response came in since the counters were read (one that did makes it read again).
 */
export async function closeQuestionnaire(
  deps: CasesDeps,
  questionnaire: Questionnaire,
  by: string,
  today: string,
): Promise<Questionnaire> {
  for (let attempt = 1; ; attempt++) {
    const { responses, counters } = await countersOfQuestionnaire(deps, questionnaire.id);
    const tally = tallyOf(questionnaire, counters, responses);
    const next: Questionnaire = { ...questionnaire, status: 'closed', closedBy: by, closedAt: deps.now().toISOString() };
    const event = raiseEvent(deps, QuestionnaireClosed, questionnaire.community, {
      questionnaireId: questionnaire.id,
      community: questionnaire.community,
      month: questionnaire.month,
      title: questionnaire.title,
      responses,
      choices: tally.questions.flatMap((question) =>
        question.options
          ? [
              {
                questionId: question.questionId,
                text: question.text,
                options: question.options.map((option) => ({
                  optionId: option.optionId,
                  label: option.label,
                  count: option.count,
                })),
              },
            ]
          : [],
      ),
      by,
      closedOn: today,
    });
    try {
      await writeWithEventsRetryingConflicts(
        deps.client,
        deps.tableName,
        [
          versionedPut(deps.tableName, questionnaireItem(next), questionnaire.version),
          fieldCheck(deps.tableName, tallyKey(questionnaire.id), 'responses', responses),
        ],
        [event],
      );
      return { ...next, version: questionnaire.version + 1 };
    } catch (error) {
      if (failedConditionIndex(error) === 1 && attempt < 5) continue;
      if (isLostRace(error)) throw new ConcurrentModificationError();
      throw error;
    }
  }
}

export function responseOf(
  deps: CasesDeps,
  questionnaireId: string,
  personId: string,
): Promise<QuestionnaireResponse | undefined> {
  return getItem<QuestionnaireResponse>(deps, responseKey(questionnaireId, personId), true);
}

/**
 * Records a person's only response, with its counters, while the questionnaire is open: the put is
 * conditioned on no response of theirs existing, so a retry or a concurrent second answer counts once.
 */
export async function respond(deps: CasesDeps, questionnaire: Questionnaire, response: QuestionnaireResponse): Promise<void> {
  const counters = countersOf(questionnaire, response.answers);
  const items: TransactItem[] = [
    {
      Put: {
        TableName: deps.tableName,
        Item: { ...responseKey(questionnaire.id, response.personId), entity: 'questionnaire-response', ...response },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    fieldCheck(deps.tableName, questionnaireKey(questionnaire.id), 'status', 'open'),
    addOne(deps.tableName, tallyKey(questionnaire.id), ['responses', ...counters]),
  ];
  try {
    await writeWithEventsRetryingConflicts(deps.client, deps.tableName, items, []);
  } catch (error) {
    const failed = failedConditionIndex(error);
    if (failed === 0) {
      const existing = await responseOf(deps, questionnaire.id, response.personId);
      if (existing) throw new AlreadyRespondedError(existing);
    }
    if (failed === 1) throw new QuestionnaireNotOpenError();
    if (isLostRace(error)) throw new ConcurrentModificationError();
    throw error;
  }
}

/** The questionnaire for a staff route: 404 when unknown, 403 outside the caller's areas. */
export async function questionnaireInScope(
  deps: CasesDeps,
  id: string,
  caller: Caller,
  consistent = false,
): Promise<Questionnaire> {
  const questionnaire = await getQuestionnaire(deps, id, consistent);
  if (!questionnaire) throw new NotFound('未找到该问卷');
  assertInScope(caller, questionnaire.community);
  return questionnaire;
}
