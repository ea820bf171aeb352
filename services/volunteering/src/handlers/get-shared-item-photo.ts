import { httpHandler, NotFound } from '@shequ/kit';
import { photoTypeOf, getSharedItemPhoto as route } from '../schemas/sharing.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { getSharedItem } from '../store/sharing.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params }) => {
    const d = deps();
    const item = await getSharedItem(d, params.itemId);
    if (!item) throw new NotFound('未找到该物品');
    const key = item.photos[params.index];
    if (!key) throw new NotFound('该物品没有这张照片');
    const bytes = await d.objects().get(key);
    const contentType = bytes ? photoTypeOf(bytes) : undefined;
    // A photo key recorded but never uploaded (or not an image) reads as missing, not as a broken file.
    if (!bytes || !contentType) throw new NotFound('照片尚未上传或已损坏，请重新上传');
    return { file: { contentType, content: bytes } };
  });
}

export const handler = createHandler();
