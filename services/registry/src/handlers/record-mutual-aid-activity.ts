import { assertInScope, httpHandler } from '@shequ/kit';
import { recordMutualAidActivity as route } from '../schemas/mutual-aid-year.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { activityView, recordActivity } from '../store/mutual-aid-year.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ body, caller }) => {
    assertInScope(caller, body.community);
    return { status: 201, body: activityView(await recordActivity(deps(), body, caller.subject)) };
  });
}

export const handler = createHandler();
