import { assertInScope, httpHandler } from '@shequ/kit';
import { getPopulation as route } from '../schemas.ts';
import { defaultStatisticsDeps, readPopulation, type StatisticsDeps } from '../store.ts';

export function createHandler(deps: () => StatisticsDeps = defaultStatisticsDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(caller, query.area);
    return { body: await readPopulation(deps(), query.area) };
  });
}

export const handler = createHandler();
