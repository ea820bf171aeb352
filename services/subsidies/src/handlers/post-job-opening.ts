import { shanghaiDay } from '@shequ/contracts';
import { assertInScope, httpHandler } from '@shequ/kit';
import { employmentParameters, openingProblem } from '../domain/employment.ts';
import { openingView, postJobOpening as route } from '../schemas/employment.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';
import { postOpening, presentOpening, refusalProblem } from '../store/employment.ts';

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return httpHandler(route, async ({ body, caller }) => {
    assertInScope(caller, body.area);
    const d = deps();
    const refused = openingProblem(body, d.now(), employmentParameters);
    if (refused) throw refusalProblem(refused);
    const opening = await postOpening(d, body, caller.subject);
    return { status: 201, body: openingView.parse(presentOpening(opening, shanghaiDay(d.now()))) };
  });
}

export const handler = createHandler();
