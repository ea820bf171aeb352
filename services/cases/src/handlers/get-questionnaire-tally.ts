import { httpHandler } from '@shequ/kit';
import { presentTally, getTally as route } from '../schemas/surveys.ts';
import { type CasesDeps, defaultCasesDeps } from '../store/deps.ts';
import { questionnaireInScope, tallyOfQuestionnaire } from '../store/surveys.ts';

export function createHandler(deps: () => CasesDeps = defaultCasesDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const d = deps();
    const questionnaire = await questionnaireInScope(d, params.questionnaireId, caller);
    return { body: presentTally(questionnaire, await tallyOfQuestionnaire(d, questionnaire)) };
  });
}

export const handler = createHandler();
