import { shanghaiDay } from '@shequ/contracts';
import { Conflict, httpHandler } from '@shequ/kit';
import { closeRefusal } from '../domain/surveys.ts';
import { presentTally, closeQuestionnaire as route } from '../schemas/surveys.ts';
import { type CasesDeps, defaultCasesDeps } from '../store/deps.ts';
import { closeQuestionnaire, questionnaireInScope, tallyOfQuestionnaire } from '../store/surveys.ts';

export function createHandler(deps: () => CasesDeps = defaultCasesDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const d = deps();
    const questionnaire = await questionnaireInScope(d, params.questionnaireId, caller, true);
    const refusal = closeRefusal(questionnaire);
    if (refusal) throw new Conflict('questionnaire-not-closable', refusal);
    const closed = await closeQuestionnaire(d, questionnaire, caller.subject, shanghaiDay(d.now()));
    return { body: presentTally(closed, await tallyOfQuestionnaire(d, closed)) };
  });
}

export const handler = createHandler();
