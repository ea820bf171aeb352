import { assertInScope, httpHandler, NotFound } from '@shequ/kit';
import { driveView, getDrive as route } from '../schemas/drives.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';
import { getDrive, presentDrive } from '../store/drives.ts';

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const drive = await getDrive(deps(), params.id);
    if (!drive) throw new NotFound('未找到该募捐活动');
    assertInScope(caller, drive.area);
    return { body: driveView.parse(presentDrive(drive)) };
  });
}

export const handler = createHandler();
