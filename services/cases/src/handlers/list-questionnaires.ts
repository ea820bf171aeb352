import { httpHandler, inScope, isStaff } from '@shequ/kit';
import { presentQuestionnaire, listQuestionnaires as route } from '../schemas/surveys.ts';
import { type CasesDeps, defaultCasesDeps } from '../store/deps.ts';
import { listQuestionnaires } from '../store/surveys.ts';

/** Staff in scope see drafts too; everybody else sees what was handed out (the filter may thin a page). */
export function createHandler(deps: () => CasesDeps = defaultCasesDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    const staff = isStaff(caller) && inScope(caller, query.community);
    const page = await listQuestionnaires(deps(), query.community, query.month, query, query.status);
    const items = page.items.filter((questionnaire) => staff || questionnaire.status !== 'draft');
    return { body: { items: items.map(presentQuestionnaire), ...(page.cursor ? { cursor: page.cursor } : {}) } };
  });
}

export const handler = createHandler();
