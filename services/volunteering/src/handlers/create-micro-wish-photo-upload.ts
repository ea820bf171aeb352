import { shanghaiDay } from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { Forbidden, httpHandler, inScope, isStaff, NotFound } from '@shequ/kit';
import { effectiveWishStatus } from '../domain/wishes.ts';
import { UPLOAD_SECONDS } from '../schemas/sharing.ts';
import { createWishPhotoUpload as route } from '../schemas/wishes.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { getWish } from '../store/wishes.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const wish = await getWish(d, params.wishId);
    if (!wish) throw new NotFound('未找到该心愿');
    const staff = isStaff(caller) && inScope(caller, wish.area);
    const claimant = effectiveWishStatus(wish, shanghaiDay(d.now())) === 'claimed' && wish.claim?.by === caller.subject;
    if (!staff && !claimant) throw new Forbidden('只有认领人或社区工作人员可以上传心愿实现的照片');
    const key = `volunteering/wishes/${wish.id}/${newId(d.now())}`;
    const uploadUrl = await d.objects().presignPut(key, {
      contentType: body.contentType,
      contentLength: body.contentLength,
      expiresInSeconds: UPLOAD_SECONDS,
    });
    return { status: 201, body: { key, uploadUrl, expiresInSeconds: UPLOAD_SECONDS } };
  });
}

export const handler = createHandler();
