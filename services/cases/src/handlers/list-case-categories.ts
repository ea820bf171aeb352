import { httpHandler } from '@shequ/kit';
import { caseCategories } from '../domain/cases.ts';
import { listCategories as route } from '../schemas/cases.ts';
import { categoryDeadlines } from '../store/cases.ts';
import { type CasesDeps, defaultCasesDeps } from '../store/deps.ts';

export function createHandler(deps: () => CasesDeps = defaultCasesDeps) {
  return httpHandler(route, async () => {
    const own = await categoryDeadlines(deps());
    return {
      body: {
        items: caseCategories.map((category) => ({
          code: category.code,
          label: category.label,
          deadlineDays: own.get(category.code) ?? category.deadlineDays,
          customised: own.has(category.code),
        })),
      },
    };
  });
}

export const handler = createHandler();
