import { newId } from '@shequ/ddb';
import { assertInScope, httpHandler, ValidationFailed } from '@shequ/kit';
import { numberQuestions, questionProblems } from '../domain/surveys.ts';
import { presentQuestionnaire, createQuestionnaire as route } from '../schemas/surveys.ts';
import { type CasesDeps, defaultCasesDeps } from '../store/deps.ts';
import { createQuestionnaire } from '../store/surveys.ts';

export function createHandler(deps: () => CasesDeps = defaultCasesDeps) {
  return httpHandler(route, async ({ body, caller }) => {
    const d = deps();
    assertInScope(caller, body.community);
    const problems = questionProblems(body.questions);
    if (problems.length > 0) {
      throw new ValidationFailed(
        problems.map((problem) => ({ field: `body.${problem.field}`, message: problem.message })),
        problems[0]?.message,
      );
    }
    const questionnaire = await createQuestionnaire(d, {
      id: newId(d.now()),
      community: body.community,
      month: body.month,
      title: body.title,
      ...(body.description ? { description: body.description } : {}),
      questions: numberQuestions(body.questions),
      status: 'draft',
      createdBy: caller.subject,
      createdAt: d.now().toISOString(),
    });
    return { status: 201, body: presentQuestionnaire(questionnaire) };
  });
}

export const handler = createHandler();
