import { timingSafeEqual } from 'node:crypto';
import { DirectoryObjectStore, localUploadSignature } from '@shequ/kit';
import type { LocalRoute } from './gateway.ts';

/**
 * `PUT /_local/objects/<key>?type&length&expires&signature`: what S3 does for a presigned URL, for the
 * directory store. The signature binds key, content type, size and expiry, so a URL handed out for one
 * photo cannot store anything else; no token is needed, as with S3.
 */
export function uploadRoute(options: { directory: string; secret: string }): LocalRoute {
  const store = new DirectoryObjectStore(options.directory);
  const problem = (status: number, code: string, detail: string) => ({
    status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8' },
    body: JSON.stringify({ code, title: '上传被拒绝', status, detail }),
  });
  return async (request, url, body) => {
    if (!url.pathname.startsWith('/_local/objects/') || request.method !== 'PUT') return undefined;
    const key = decodeURIComponent(url.pathname.slice('/_local/objects/'.length));
    const type = url.searchParams.get('type') ?? '';
    const length = url.searchParams.get('length') ?? '';
    const expires = url.searchParams.get('expires') ?? '';
    const given = Buffer.from(url.searchParams.get('signature') ?? '');
    const expected = Buffer.from(localUploadSignature(options.secret, key, type, length, expires));
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return problem(403, 'bad-signature', '上传地址无效或已被改动，请重新获取上传地址');
    }
    if (Number(expires) * 1000 < Date.now()) return problem(403, 'expired', '上传地址已过期，请重新获取');
    if (request.headers['content-type'] !== type) return problem(400, 'wrong-type', `文件类型须为 ${type}`);
    if (length !== '' && body.length !== Number(length)) return problem(400, 'wrong-size', `文件大小须为 ${length} 字节`);
    await store.put(key, body);
    return { status: 200, body: '' };
  };
}
