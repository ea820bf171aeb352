import { shanghaiDay } from '@shequ/contracts';
import { assertInScope, Conflict, httpHandler, NotFound } from '@shequ/kit';
import { driveView, closeDrive as route } from '../schemas/drives.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';
import { closeDrive, DriveClosedError, getDrive, presentDrive } from '../store/drives.ts';

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const drive = await getDrive(d, params.id, true);
    if (!drive) throw new NotFound('未找到该募捐活动');
    assertInScope(caller, drive.area);
    if (drive.status !== 'open') {
      const on = drive.closedAt ? `已于 ${shanghaiDay(new Date(drive.closedAt))} ` : '已';
      throw new Conflict('drive-closed', `募捐活动“${drive.name}”${on}结束，无需重复结束`);
    }
    if (drive.version !== body.version) {
      throw new Conflict('concurrent-modification', '读取后该活动又登记了捐赠或被修改，请刷新核对合计后再结束');
    }
    try {
      const closed = await closeDrive(d, drive, body.version, body.note, caller.subject);
      return { body: driveView.parse(presentDrive(closed)) };
    } catch (error) {
      if (error instanceof DriveClosedError) throw new Conflict('drive-closed', `募捐活动“${drive.name}”已结束`);
      throw error;
    }
  });
}

export const handler = createHandler();
