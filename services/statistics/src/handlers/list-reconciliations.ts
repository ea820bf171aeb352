import { assertInScope, httpHandler } from '@shequ/kit';
import { listReconciliations as route } from '../schemas/reconciliation.ts';
import { defaultStatisticsDeps, type StatisticsDeps } from '../store/deps.ts';
import { listDriftReports } from '../store/reconciliation.ts';

export function createHandler(deps: () => StatisticsDeps = defaultStatisticsDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(caller, query.area);
    const page = await listDriftReports(deps(), query.area, query);
    return {
      body: {
        items: page.items.map((report) => ({
          day: report.day,
          countedAt: report.countedAt,
          area: report.area,
          fields: report.fields,
          outcome: report.outcome,
          corrected: report.outcome === 'corrected',
        })),
        ...(page.cursor ? { cursor: page.cursor } : {}),
      },
    };
  });
}

export const handler = createHandler();
