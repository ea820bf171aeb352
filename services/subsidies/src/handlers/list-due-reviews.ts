import { shanghaiDay } from '@shequ/contracts';
import { assertInScope, httpHandler } from '@shequ/kit';
import { applicationView } from '../application-view.ts';
import { listDueReviews as route } from '../schemas/applications.ts';
import { dueReviews } from '../store/applications.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(caller, query.area);
    const d = deps();
    const due = await dueReviews(d, query.area, query.before ?? shanghaiDay(d.now()));
    return { body: { items: due.map((record) => applicationView(record)) } };
  });
}

export const handler = createHandler();
