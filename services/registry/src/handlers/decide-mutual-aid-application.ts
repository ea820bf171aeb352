import { assertInScope, httpHandler, NotFound } from '@shequ/kit';
import { decideMutualAidApplication as route } from '../schemas/units.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { applicationView, decideApplication, getApplication } from '../store/units.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const application = await getApplication(d, params.id);
    if (!application) throw new NotFound('未找到该入会申请');
    assertInScope(caller, application.area);
    return { body: applicationView(await decideApplication(d, application, body, caller.subject)) };
  });
}

export const handler = createHandler();
