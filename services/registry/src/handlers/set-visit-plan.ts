import { httpHandler } from '@shequ/kit';
import { activePersonInScope } from '../person-access.ts';
import { setVisitPlan as route, visitPlanView } from '../schemas/visits.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { setVisitPlan } from '../store/visits.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const person = await activePersonInScope(d, params.id, caller, '安排走访');
    const plan = await setVisitPlan(d, person, body, caller.subject);
    return { status: body.version === undefined ? 201 : 200, body: visitPlanView.parse(plan) };
  });
}

export const handler = createHandler();
