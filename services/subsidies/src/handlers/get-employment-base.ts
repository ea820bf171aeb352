import { assertInScope, httpHandler, NotFound } from '@shequ/kit';
import { baseView, getEmploymentBase as route } from '../schemas/employment.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';
import { getBase, presentBase } from '../store/employment.ts';

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const base = await getBase(deps(), params.id);
    if (!base) throw new NotFound('未找到该就业扶贫基地');
    assertInScope(caller, base.area);
    return { body: baseView.parse(presentBase(base)) };
  });
}

export const handler = createHandler();
