import { shanghaiDay } from '@shequ/contracts';
import { assertInScope, httpHandler } from '@shequ/kit';
import { baseView, listEmploymentBases as route } from '../schemas/employment.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';
import { listBases, presentBase } from '../store/employment.ts';

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(caller, query.area);
    const d = deps();
    const year = query.year ?? Number(shanghaiDay(d.now()).slice(0, 4));
    const page = await listBases(d, { ...query, year });
    return { body: { ...page, items: page.items.map((base) => baseView.parse(presentBase(base))) } };
  });
}

export const handler = createHandler();
