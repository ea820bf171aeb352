import { httpHandler } from '@shequ/kit';
import { caseCategories } from '../domain/cases.ts';
import { setCategoryDeadline as route } from '../schemas/cases.ts';
import { setCategoryDeadline } from '../store/cases.ts';
import { type CasesDeps, defaultCasesDeps } from '../store/deps.ts';

/** Cases accepted from now on get the new deadline; accepted ones keep theirs (it was promised to the resident). */
export function createHandler(deps: () => CasesDeps = defaultCasesDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const category = caseCategories.find((candidate) => candidate.code === params.category);
    await setCategoryDeadline(deps(), params.category, body.deadlineDays, caller.subject);
    return {
      body: {
        code: params.category,
        label: category?.label ?? params.category,
        deadlineDays: body.deadlineDays,
        customised: true,
      },
    };
  });
}

export const handler = createHandler();
