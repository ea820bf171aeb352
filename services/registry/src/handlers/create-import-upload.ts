import { newId } from '@shequ/ddb';
import { assertInScope, httpHandler } from '@shequ/kit';
import { createImportUpload as route } from '../schemas/imports.ts';
import { defaultImportDeps, type ImportDeps } from '../store/imports.ts';

/** Long enough to upload 10 MB on a slow line, short enough that a leaked URL soon stops working. */
const UPLOAD_URL_SECONDS = 15 * 60;

export function createHandler(deps: () => ImportDeps = defaultImportDeps) {
  return httpHandler(route, async ({ body, caller }) => {
    assertInScope(caller, body.community);
    const d = deps();
    const now = d.now();
    const objectKey = `registry/uploads/${body.community}/${newId(now)}`;
    const uploadUrl = await d.objects.presignPut(objectKey, {
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
