import { shanghaiDay } from '@shequ/contracts';
import { assertInScope, Conflict, httpHandler, NotFound, ValidationFailed } from '@shequ/kit';
import { MAX_GOODS_LINES, parseYuan, receivedOnProblem } from '../domain/drives.ts';
import { donationView, recordDonation as route } from '../schemas/drives.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';
import {
  type DonationInput,
  DriveClosedError,
  DriveMissingError,
  GoodsLinesFullError,
  getDrive,
  presentDonation,
  recordDonation,
} from '../store/drives.ts';

const closedProblem = (name: string) =>
  new Conflict('drive-closed', `募捐活动“${name}”已结束，不能再登记捐赠；如有新的捐赠请发起新的活动`);

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const drive = await getDrive(d, params.id, true);
    if (!drive) throw new NotFound('未找到该募捐活动');
    assertInScope(caller, drive.area);
    if (drive.status !== 'open') throw closedProblem(drive.name);

    const today = shanghaiDay(d.now());
    const receivedOn = body.receivedOn ?? today;
    const dateProblem = receivedOnProblem(receivedOn, drive, today);
    if (dateProblem) throw ValidationFailed.field('body.receivedOn', dateProblem);

    const details = { donorName: body.donorName, receivedOn, note: body.note };
    let donation: DonationInput;
    if (body.kind === 'money') {
      const parsed = parseYuan(body.amount);
      // The body schema already refused such amounts; kept so the conversion never trusts an unchecked value.
      if ('problem' in parsed) throw ValidationFailed.field('body.amount', parsed.problem);
      donation = { kind: 'money', source: body.source, amountFen: parsed.fen, ...details };
    } else {
      donation = { kind: 'goods', source: body.source, item: body.item, quantity: body.quantity, unit: body.unit, ...details };
    }

    try {
      const recorded = await recordDonation(d, drive, donation, caller.subject);
      return { status: 201, body: donationView.parse(presentDonation(recorded)) };
    } catch (error) {
      if (error instanceof DriveClosedError) throw closedProblem(drive.name);
      if (error instanceof DriveMissingError) throw new NotFound('未找到该募捐活动');
      if (error instanceof GoodsLinesFullError) {
        throw new Conflict(
          'too-many-goods-lines',
          `该活动登记的物资种类已达上限（${MAX_GOODS_LINES} 种），请将同类物资按已有名称和单位登记`,
        );
      }
      throw error;
    }
  });
}

export const handler = createHandler();
