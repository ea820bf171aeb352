import { assertInScope, httpHandler } from '@shequ/kit';
import { compileReportRoute as route } from '../schemas/reports.ts';
import { defaultStatisticsDeps, type StatisticsDeps } from '../store/deps.ts';
import { compileAndSave } from '../store/reports.ts';

/** Compiles a report now from the counters as they stand and replaces its snapshot, naming who asked. */
export function createHandler(deps: () => StatisticsDeps = defaultStatisticsDeps) {
  return httpHandler(route, async ({ params, query, caller }) => {
    assertInScope(caller, query.area);
    return { body: await compileAndSave(deps(), params.kind, params.period, query.area, caller.subject) };
  });
}

export const handler = createHandler();
