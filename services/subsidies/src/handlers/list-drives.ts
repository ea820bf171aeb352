import { assertInScope, httpHandler } from '@shequ/kit';
import { driveView, listDrives as route } from '../schemas/drives.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';
import { listDrives, presentDrive } from '../store/drives.ts';

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(caller, query.area);
    const page = await listDrives(deps(), query);
    return { body: { ...page, items: page.items.map((drive) => driveView.parse(presentDrive(drive))) } };
  });
}

export const handler = createHandler();
