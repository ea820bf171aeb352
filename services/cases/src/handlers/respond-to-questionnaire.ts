import { communityOf } from '@shequ/contracts';
import { assertInScope, Conflict, Forbidden, httpHandler, isStaff, NotFound, ValidationFailed } from '@shequ/kit';
import { answerProblems, normaliseAnswers, respondRefusal, sameAnswers } from '../domain/surveys.ts';
import { presentResponse, respondToQuestionnaire as route } from '../schemas/surveys.ts';
import { type CasesDeps, defaultCasesDeps } from '../store/deps.ts';
import { personOf } from '../store/persons.ts';
import {
  AlreadyRespondedError,
  getQuestionnaire,
  QuestionnaireNotOpenError,
  type QuestionnaireResponse,
  respond,
} from '../store/surveys.ts';

const ANSWERED = '您已经填写过本问卷，每人只能填写一份';

/**
 * One response per person: a resident answers as the person their sign-in names; staff in scope enter a paper
 * questionnaire for a resident of the community. The same answers sent again are a retry and get the first back.
 */
export function createHandler(deps: () => CasesDeps = defaultCasesDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const questionnaire = await getQuestionnaire(d, params.questionnaireId, true);
    const staff = isStaff(caller);
    if (!questionnaire || (questionnaire.status === 'draft' && !staff)) throw new NotFound('未找到该问卷');
    if (staff) assertInScope(caller, questionnaire.community);
    const personId = staff ? body.personId : caller.personId;
    if (!personId) {
      if (staff) throw ValidationFailed.field('body.personId', '代录纸质问卷请填写居民的人口库编号');
      throw new Forbidden('您的账号未关联人口库中的居民信息，请到社区登记后再填写');
    }
    if (!staff && body.personId && body.personId !== personId) throw new Forbidden('居民只能为本人填写问卷');
    const person = await personOf(d, personId);
    if (person?.status !== 'active' || communityOf(person.area) !== questionnaire.community) {
      if (staff) throw ValidationFailed.field('body.personId', '该居民不是本社区的在册居民，不能填写本社区的问卷');
      throw new Forbidden('本问卷只面向本社区居民');
    }
    const refusal = respondRefusal(questionnaire);
    if (refusal) throw new Conflict('questionnaire-not-open', refusal);
    const problems = answerProblems(questionnaire, body.answers);
    if (problems.length > 0) {
      throw new ValidationFailed(
        problems.map((problem) => ({ field: `body.${problem.field}`, message: problem.message })),
        problems[0]?.message,
      );
    }
    const response: QuestionnaireResponse = {
      questionnaireId: questionnaire.id,
      personId,
      answers: normaliseAnswers(questionnaire, body.answers),
      channel: staff ? 'staff' : 'self',
      enteredBy: caller.subject,
      respondedAt: d.now().toISOString(),
    };
    try {
      await respond(d, questionnaire, response);
      return { status: 201, body: presentResponse(response) };
    } catch (error) {
      if (error instanceof AlreadyRespondedError) {
        if (sameAnswers(error.existing.answers, response.answers)) return { status: 200, body: presentResponse(error.existing) };
        throw new Conflict('already-responded', ANSWERED);
      }
      if (error instanceof QuestionnaireNotOpenError) throw new Conflict('questionnaire-not-open', '问卷已经结束，不再接受填写');
      throw error;
    }
  });
}

export const handler = createHandler();
