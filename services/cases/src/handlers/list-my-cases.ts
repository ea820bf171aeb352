import { shanghaiDay } from '@shequ/contracts';
import { Forbidden, httpHandler } from '@shequ/kit';
import { presentCase, listMyCases as route } from '../schemas/cases.ts';
import { listPersonCases } from '../store/cases.ts';
import { type CasesDeps, defaultCasesDeps } from '../store/deps.ts';

export function createHandler(deps: () => CasesDeps = defaultCasesDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    if (!caller.personId) throw new Forbidden('您的账号尚未关联居民身份，请到社区登记');
    const d = deps();
    const today = shanghaiDay(d.now());
    const page = await listPersonCases(d, caller.personId, query);
    return {
      body: {
        items: page.items.map((record) => presentCase(record, today, { staff: false })),
        ...(page.cursor ? { cursor: page.cursor } : {}),
      },
    };
  });
}

export const handler = createHandler();
