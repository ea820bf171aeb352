import { assertInScope, httpHandler, NotFound } from '@shequ/kit';
import { placementView, listJobPlacements as route } from '../schemas/employment.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';
import { getOpening, listPlacements, presentPlacement } from '../store/employment.ts';

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return httpHandler(route, async ({ params, query, caller }) => {
    const d = deps();
    const opening = await getOpening(d, params.id);
    if (!opening) throw new NotFound('未找到该岗位');
    assertInScope(caller, opening.area);
    const page = await listPlacements(d, opening.id, query);
    return { body: { ...page, items: page.items.map((placement) => placementView.parse(presentPlacement(placement))) } };
  });
}

export const handler = createHandler();
