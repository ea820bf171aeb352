import { newId } from '@shequ/ddb';
import { assertInScope, httpHandler } from '@shequ/kit';
import { createActivityPhotoUpload as route } from '../schemas/activities.ts';
import { photoKeyPrefix, requireActivity } from '../store/activities.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';

/** Long enough to send a phone photo on a slow line, short enough that a leaked URL soon stops working. */
const UPLOAD_URL_SECONDS = 15 * 60;
const extensions = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' } as const;

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const activity = await requireActivity(d, params.id);
    assertInScope(caller, activity.area);
    const now = d.now();
    const objectKey = `${photoKeyPrefix(activity)}${newId(now)}.${extensions[body.contentType]}`;
    const uploadUrl = await d.objects().presignPut(objectKey, {
      contentType: body.contentType,
      contentLength: body.size,
      expiresInSeconds: UPLOAD_URL_SECONDS,
    });
    return {
      status: 201,
      body: {
        uploadUrl,
        method: 'PUT' as const,
        headers: { 'content-type': body.contentType },
        objectKey,
        expiresAt: new Date(now.getTime() + UPLOAD_URL_SECONDS * 1000).toISOString(),
      },
    };
  });
}

export const handler = createHandler();
