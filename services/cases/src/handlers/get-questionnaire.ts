import { httpHandler, inScope, isStaff, NotFound } from '@shequ/kit';
import { presentQuestionnaire, getQuestionnaire as route } from '../schemas/surveys.ts';
import { type CasesDeps, defaultCasesDeps } from '../store/deps.ts';
import { getQuestionnaire } from '../store/surveys.ts';

export function createHandler(deps: () => CasesDeps = defaultCasesDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const questionnaire = await getQuestionnaire(deps(), params.questionnaireId);
    // A draft is the staff's own until it is handed out.
    const visible =
      questionnaire && (questionnaire.status !== 'draft' || (isStaff(caller) && inScope(caller, questionnaire.community)));
    if (!questionnaire || !visible) throw new NotFound('未找到该问卷');
    return { body: presentQuestionnaire(questionnaire) };
  });
}

export const handler = createHandler();
