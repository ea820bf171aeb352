import { shanghaiDay } from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { assertInScope, httpHandler, ValidationFailed } from '@shequ/kit';
import { presentItem, recordSharedItem as route } from '../schemas/sharing.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { recordSharedItem } from '../store/sharing.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ body, caller }) => {
    const d = deps();
    assertInScope(caller, body.community);
    const today = shanghaiDay(d.now());
    const folder = `volunteering/sharing/${body.community}/`;
    // Photos are uploaded through this community's upload URL; a key from elsewhere is not this item's.
    const stray = body.photos.findIndex((photo) => !photo.startsWith(folder));
    if (stray >= 0) throw ValidationFailed.field(`body.photos.${stray}`, '照片须通过本社区的上传地址上传');
    const donatedOn = body.donatedOn ?? today;
    if (donatedOn > today) throw ValidationFailed.field('body.donatedOn', '捐赠日期不能晚于今天');
    const item = await recordSharedItem(d, {
      id: newId(d.now()),
      area: body.community,
      name: body.name,
      category: body.category,
      condition: body.condition,
      ...(body.description ? { description: body.description } : {}),
      photos: body.photos,
      donorKind: body.donorKind,
      ...(body.donorName ? { donorName: body.donorName } : {}),
      ...(body.donorPersonId ? { donorPersonId: body.donorPersonId } : {}),
      donatedOn,
      status: 'available',
      recordedBy: caller.subject,
      recordedAt: d.now().toISOString(),
    });
    return { status: 201, body: presentItem(item, d.now(), { staff: true }) };
  });
}

export const handler = createHandler();
