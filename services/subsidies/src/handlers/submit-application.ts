import { httpHandler } from '@shequ/kit';
import { submit } from '../application-commands.ts';
import { applicationView } from '../application-view.ts';
import { submitApplication as route } from '../schemas/applications.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return httpHandler(route, async ({ body, caller }) => {
    const record = await submit(deps(), body, caller);
    return { status: 201, body: applicationView(record) };
  });
}

export const handler = createHandler();
