import { shanghaiDay } from '@shequ/contracts';
import { assertInScope, httpHandler } from '@shequ/kit';
import { isOverdue } from '../domain/cases.ts';
import { presentCase, listCases as route } from '../schemas/cases.ts';
import { listCases } from '../store/cases.ts';
import { type CasesDeps, defaultCasesDeps } from '../store/deps.ts';

export function createHandler(deps: () => CasesDeps = defaultCasesDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(caller, query.community);
    const d = deps();
    const today = shanghaiDay(d.now());
    const page = await listCases(d, query.community, query);
    const items = page.items.filter(
      (record) =>
        (!query.status || record.status === query.status) &&
        (!query.category || record.category === query.category) &&
        (!query.overdue || isOverdue(record, today) === (query.overdue === 'true')),
    );
    return {
      body: {
        items: items.map((record) => presentCase(record, today, { staff: true })),
        ...(page.cursor ? { cursor: page.cursor } : {}),
      },
    };
  });
}

export const handler = createHandler();
