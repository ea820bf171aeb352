import { shanghaiDay } from '@shequ/contracts';
import { assertInScope, httpHandler } from '@shequ/kit';
import { openingReadScope, openingView, listJobOpenings as route } from '../schemas/employment.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';
import { listOpenOpenings, presentOpening } from '../store/employment.ts';

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(openingReadScope(caller), query.area);
    const d = deps();
    const today = shanghaiDay(d.now());
    const page = await listOpenOpenings(d, { ...query, today });
    return { body: { ...page, items: page.items.map((opening) => openingView.parse(presentOpening(opening, today))) } };
  });
}

export const handler = createHandler();
