import { httpHandler, NotFound } from '@shequ/kit';
import { applicationView, assertMayAccess, commandsFor } from '../application-view.ts';
import { getApplication as route } from '../schemas/applications.ts';
import { getApplication } from '../store/applications.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const found = await getApplication(deps(), params.id);
    if (!found) throw new NotFound('未找到该补助申请');
    assertMayAccess(caller, found.application);
    const view = applicationView(found.application, found.payments);
    return { body: { ...view, commands: commandsFor(caller, found.application, deps().now()) } };
  });
}

export const handler = createHandler();
