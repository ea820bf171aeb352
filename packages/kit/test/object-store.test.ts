import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { DirectoryObjectStore, PresignUnavailable, S3ObjectStore } from '../src/object-store.ts';

describe('DirectoryObjectStore', () => {
  it('keeps bytes by key, answers undefined for a missing key and refuses keys that leave its directory', async () => {
    const store = new DirectoryObjectStore(mkdtempSync(join(tmpdir(), 'shequ-objects-')));
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff]);

    await store.put('registry/imports/350203006029/abc', bytes);

    expect(await store.get('registry/imports/350203006029/abc')).toEqual(bytes);
    expect(await store.get('registry/imports/350203006029/missing')).toBeUndefined();
    await expect(store.get('registry/../../etc/passwd')).rejects.toThrow('invalid object key');
    await expect(store.put('/absolute', bytes)).rejects.toThrow('invalid object key');
  });

  it('cannot presign: locally files go straight to the API', async () => {
    const store = new DirectoryObjectStore(tmpdir());
    await expect(store.presignPut('registry/uploads/x', { contentType: 'text/csv' })).rejects.toBeInstanceOf(PresignUnavailable);
  });

  it('presigns once the platform knows its upload route, though the store was made before', async () => {
    let uploads: { baseUrl: string; secret: string } | undefined;
    const store = new DirectoryObjectStore(tmpdir(), () => uploads);
    await expect(store.presignPut('registry/uploads/x', { contentType: 'text/csv' })).rejects.toBeInstanceOf(PresignUnavailable);
    uploads = { baseUrl: 'http://127.0.0.1:3000/_local/objects', secret: 'test-secret' };
    const url = new URL(await store.presignPut('registry/uploads/x', { contentType: 'text/csv', contentLength: 10 }));
    expect(url.pathname).toBe('/_local/objects/registry/uploads/x');
    expect(url.searchParams.get('signature')).toMatch(/\w+/);
  });
});

describe('S3ObjectStore', () => {
  it('presigns a PUT bound to the content type and length, valid for 15 minutes by default', async () => {
    const s3 = new S3Client({ region: 'cn-northwest-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } });
    const store = new S3ObjectStore(s3, 'shequ-350203-objects-123456789012');

    const url = new URL(
      await store.presignPut('registry/uploads/350203006029/abc', { contentType: 'text/csv', contentLength: 1234 }),
    );

    expect(url.pathname).toContain('registry/uploads/350203006029/abc');
    expect(url.searchParams.get('X-Amz-Expires')).toBe('900');
    expect(url.searchParams.get('X-Amz-SignedHeaders')?.split(';')).toEqual(
      expect.arrayContaining(['content-length', 'content-type', 'host']),
    );
    s3.destroy();
  });
});
