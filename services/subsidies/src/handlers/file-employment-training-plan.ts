import { assertInScope, httpHandler, NotFound } from '@shequ/kit';
import { trainingPlanProblem } from '../domain/employment.ts';
import { fileEmploymentTrainingPlan as route, trainingPlanView } from '../schemas/employment.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';
import { fileTrainingPlan, getBase, refusalProblem } from '../store/employment.ts';

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const base = await getBase(d, params.id, true);
    if (!base) throw new NotFound('未找到该就业扶贫基地');
    assertInScope(caller, base.area);
    const refused = trainingPlanProblem(base, body.startsOn, d.now());
    if (refused) throw refusalProblem(refused);
    const plan = await fileTrainingPlan(d, base, body, caller.subject);
    return { status: 201, body: trainingPlanView.parse(plan) };
  });
}

export const handler = createHandler();
