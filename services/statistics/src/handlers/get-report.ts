import { assertInScope, httpHandler, NotFound } from '@shequ/kit';
import { getReport as route } from '../schemas/reports.ts';
import { defaultStatisticsDeps, type StatisticsDeps } from '../store/deps.ts';
import { readSnapshot } from '../store/snapshots.ts';

export function createHandler(deps: () => StatisticsDeps = defaultStatisticsDeps) {
  return httpHandler(route, async ({ params, query, caller }) => {
    assertInScope(caller, query.area);
    const table = await readSnapshot(deps(), params.kind, params.period, query.area);
    if (!table) throw new NotFound(`${query.area} ${params.period} 的报表尚未编制`);
    return { body: table };
  });
}

export const handler = createHandler();
