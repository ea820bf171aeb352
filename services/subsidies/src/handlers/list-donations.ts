import { assertInScope, httpHandler, NotFound } from '@shequ/kit';
import { donationView, listDonations as route } from '../schemas/drives.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';
import { getDrive, listDonations, presentDonation } from '../store/drives.ts';

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return httpHandler(route, async ({ params, query, caller }) => {
    const d = deps();
    const drive = await getDrive(d, params.id);
    if (!drive) throw new NotFound('未找到该募捐活动');
    assertInScope(caller, drive.area);
    const page = await listDonations(d, drive.id, query);
    return { body: { ...page, items: page.items.map((donation) => donationView.parse(presentDonation(donation))) } };
  });
}

export const handler = createHandler();
