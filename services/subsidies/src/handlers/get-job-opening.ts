import { shanghaiDay } from '@shequ/contracts';
import { assertInScope, httpHandler, NotFound } from '@shequ/kit';
import { openingReadScope, openingView, getJobOpening as route } from '../schemas/employment.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';
import { getOpening, presentOpening } from '../store/employment.ts';

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const d = deps();
    const opening = await getOpening(d, params.id);
    if (!opening) throw new NotFound('未找到该岗位');
    assertInScope(openingReadScope(caller), opening.area);
    return { body: openingView.parse(presentOpening(opening, shanghaiDay(d.now()))) };
  });
}

export const handler = createHandler();
