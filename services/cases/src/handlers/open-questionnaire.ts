import { shanghaiDay } from '@shequ/contracts';
import { Conflict, httpHandler } from '@shequ/kit';
import { openRefusal } from '../domain/surveys.ts';
import { presentQuestionnaire, openQuestionnaire as route } from '../schemas/surveys.ts';
import { type CasesDeps, defaultCasesDeps } from '../store/deps.ts';
import { openQuestionnaire, questionnaireInScope } from '../store/surveys.ts';

export function createHandler(deps: () => CasesDeps = defaultCasesDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const d = deps();
    const today = shanghaiDay(d.now());
    const questionnaire = await questionnaireInScope(d, params.questionnaireId, caller, true);
    const refusal = openRefusal(questionnaire, today);
    if (refusal) throw new Conflict('questionnaire-not-openable', refusal);
    return { body: presentQuestionnaire(await openQuestionnaire(d, questionnaire, caller.subject, today)) };
  });
}

export const handler = createHandler();
