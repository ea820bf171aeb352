import { assertInScope, httpHandler, NotFound } from '@shequ/kit';
import { listEmploymentTrainingPlans as route, trainingPlanView } from '../schemas/employment.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';
import { getBase, listTrainingPlans } from '../store/employment.ts';

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return httpHandler(route, async ({ params, query, caller }) => {
    const d = deps();
    const base = await getBase(d, params.id);
    if (!base) throw new NotFound('未找到该就业扶贫基地');
    assertInScope(caller, base.area);
    const page = await listTrainingPlans(d, base.id, query);
    return { body: { ...page, items: page.items.map((plan) => trainingPlanView.parse(plan)) } };
  });
}

export const handler = createHandler();
