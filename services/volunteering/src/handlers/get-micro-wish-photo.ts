import { httpHandler, NotFound } from '@shequ/kit';
import { photoTypeOf } from '../schemas/sharing.ts';
import { getWishPhoto as route } from '../schemas/wishes.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { getWish } from '../store/wishes.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params }) => {
    const d = deps();
    const wish = await getWish(d, params.wishId);
    if (!wish) throw new NotFound('未找到该心愿');
    if (!wish.fulfilment) throw new NotFound('该心愿尚未实现，还没有照片');
    const bytes = await d.objects().get(wish.fulfilment.photoKey);
    const contentType = bytes ? photoTypeOf(bytes) : undefined;
    if (!bytes || !contentType) throw new NotFound('照片尚未上传或已损坏');
    return { file: { contentType, content: bytes } };
  });
}

export const handler = createHandler();
