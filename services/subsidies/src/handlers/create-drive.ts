import { assertInScope, httpHandler } from '@shequ/kit';
import { driveView, createDrive as route } from '../schemas/drives.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';
import { createDrive, presentDrive } from '../store/drives.ts';

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return httpHandler(route, async ({ body, caller }) => {
    assertInScope(caller, body.area);
    const drive = await createDrive(deps(), body, caller.subject);
    return { status: 201, body: driveView.parse(presentDrive(drive)) };
  });
}

export const handler = createHandler();
