import { assertInScope, httpHandler, NotFound, ValidationFailed } from '@shequ/kit';
import { compareTables } from '../domain/compare.ts';
import { periodFits, periodMessage, compareReports as route } from '../schemas/reports.ts';
import { defaultStatisticsDeps, type StatisticsDeps } from '../store/deps.ts';
import { readSnapshot } from '../store/snapshots.ts';

export function createHandler(deps: () => StatisticsDeps = defaultStatisticsDeps) {
  return httpHandler(route, async ({ params, query, caller }) => {
    for (const field of ['from', 'to'] as const) {
      if (!periodFits(params.kind, query[field])) throw ValidationFailed.field(`query.${field}`, periodMessage(params.kind));
    }
    assertInScope(caller, query.area);
    const [from, to] = await Promise.all(
      [query.from, query.to].map((period) => readSnapshot(deps(), params.kind, period, query.area)),
    );
    const missing = [from ? undefined : query.from, to ? undefined : query.to].filter(Boolean);
    if (!from || !to) throw new NotFound(`${query.area} ${missing.join('、')} 的报表尚未编制`);
    return { body: compareTables(from, to) };
  });
}

export const handler = createHandler();
