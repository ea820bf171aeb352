import { newId } from '@shequ/ddb';
import { assertInScope, httpHandler } from '@shequ/kit';
import { createItemPhotoUpload as route, UPLOAD_SECONDS } from '../schemas/sharing.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ body, caller }) => {
    const d = deps();
    assertInScope(caller, body.community);
    const key = `volunteering/sharing/${body.community}/${newId(d.now())}`;
    const uploadUrl = await d.objects().presignPut(key, {
      contentType: body.contentType,
      contentLength: body.contentLength,
      expiresInSeconds: UPLOAD_SECONDS,
    });
    return { status: 201, body: { key, uploadUrl, expiresInSeconds: UPLOAD_SECONDS } };
  });
}

export const handler = createHandler();
