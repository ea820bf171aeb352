import { assertInScope, Forbidden, httpHandler, inScope } from '@shequ/kit';
import { applicationView } from '../application-view.ts';
import { listApplications as route } from '../schemas/applications.ts';
import { listApplications, listPersonApplications } from '../store/applications.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    const d = deps();
    const page = { limit: query.limit, cursor: query.cursor };
    if (query.person !== undefined) {
      if (caller.role === 'resident' && caller.personId !== query.person) throw new Forbidden('居民只能查询本人的申请');
      const found = await listPersonApplications(d, query.person, page);
      // A person's applications may span communities after a move: staff see those in their areas.
      const visible = caller.role === 'resident' ? found.items : found.items.filter((item) => inScope(caller, item.area));
      return { body: { items: visible.map((item) => applicationView(item)), ...(found.cursor ? { cursor: found.cursor } : {}) } };
    }
    if (caller.role === 'resident') throw new Forbidden('居民只能查询本人的申请');
    const community = query.area as string;
    assertInScope(caller, community);
    const found = await listApplications(d, { community, state: query.state, programme: query.programme }, page);
    return {
      body: { items: found.items.map((item) => applicationView(item)), ...(found.cursor ? { cursor: found.cursor } : {}) },
    };
  });
}

export const handler = createHandler();
