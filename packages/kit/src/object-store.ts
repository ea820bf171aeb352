import { createHmac } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { localUploadSettings, serviceEnv } from './env.ts';
import { HttpProblem } from './problem.ts';

export interface PresignPutOptions {
  /** The upload must send exactly this content type. */
  contentType: string;
  /** When given, the upload must be exactly this many bytes (S3 refuses any other length). */
  contentLength?: number;
  /** @default 900 (15 minutes) */
  expiresInSeconds?: number;
}

/**
 * Files a service keeps beside its table (uploaded spreadsheets): S3 in AWS, a directory on the local
 * platform and in tests. Keys are relative paths (`registry/imports/<community>/<id>`); each service
 * keeps its objects under its own name, which is all its functions may touch in AWS.
 */
export interface ObjectStore {
  put(key: string, bytes: Buffer, contentType?: string): Promise<void>;
  /** The object's bytes, or undefined when nothing is stored under `key`. */
  get(key: string): Promise<Buffer | undefined>;
  /** A URL a client PUTs the file to directly, so large files never pass through a function. */
  presignPut(key: string, options: PresignPutOptions): Promise<string>;
}

const KEY_PATTERN = /^[\w-]+(\/[\w.-]+)*$/;

function checkKey(key: string): string {
  if (!KEY_PATTERN.test(key) || key.split('/').some((part) => part === '..' || part === '.')) {
    throw new Error(`invalid object key "${key}"`);
  }
  return key;
}

/** Refused on the local platform: there is no S3 to sign for, and the direct upload route takes the file. */
export class PresignUnavailable extends HttpProblem {
  constructor() {
    super(
      400,
      'direct-upload-only',
      '本地环境不支持预签名上传',
      '本地平台没有对象存储签名服务：请把文件作为请求正文直接上传（见接口说明中的“直接上传”）',
    );
  }
}

/** S3 with the SDK's default credentials; the bucket's own default encryption applies to every object. */
export class S3ObjectStore implements ObjectStore {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  async put(key: string, bytes: Buffer, contentType?: string): Promise<void> {
    await this.s3.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: checkKey(key),
        Body: bytes,
        ...(contentType ? { ContentType: contentType } : {}),
      }),
    );
  }

  async get(key: string): Promise<Buffer | undefined> {
    try {
      const out = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: checkKey(key) }));
      return out.Body ? Buffer.from(await out.Body.transformToByteArray()) : undefined;
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return undefined;
      throw error;
    }
  }

  async presignPut(key: string, options: PresignPutOptions): Promise<string> {
    const command = new PutObjectCommand({
      Bucket: this.bucket,
      Key: checkKey(key),
      ContentType: options.contentType,
      ...(options.contentLength !== undefined ? { ContentLength: options.contentLength } : {}),
    });
    // Content type and length are signed headers: an upload of another type or size is refused by S3.
    return getSignedUrl(this.s3, command, {
      expiresIn: options.expiresInSeconds ?? 900,
      signableHeaders: new Set(['content-type', ...(options.contentLength !== undefined ? ['content-length'] : [])]),
    });
  }
}

/** Where a directory store's presigned uploads go and the secret that signs them (the local platform's). */
export interface LocalUploads {
  /** `http://127.0.0.1:3000/_local/objects`: the platform route that stores what is PUT there. */
  baseUrl: string;
  secret: string;
}

/** The signature of a local upload URL: the key, content type, size and expiry, so none can be changed. */
export function localUploadSignature(
  secret: string,
  key: string,
  contentType: string,
  contentLength: string,
  expires: string,
): string {
  return createHmac('sha256', secret).update([key, contentType, contentLength, expires].join('\n')).digest('base64url');
}

/**
 * A directory standing in for the bucket (local platform, tests). Given the local platform's upload
 * route, it presigns as S3 does (a URL to PUT the file to, bound to its type and size, for a while);
 * without it (plain tests) `presignPut` refuses with a 400 that says so.
 */
export class DirectoryObjectStore implements ObjectStore {
  private readonly root: string;

  private readonly uploadsOf: () => LocalUploads | undefined;

  /**
   * `uploads` may be a function: the local platform knows its upload URL only once it listens, and a store
   * made earlier (the demo's import at a first start) must still presign once it does.
   */
  constructor(directory: string, uploads?: LocalUploads | (() => LocalUploads | undefined)) {
    this.root = resolve(directory);
    this.uploadsOf = typeof uploads === 'function' ? uploads : () => uploads;
  }

  private pathOf(key: string): string {
    const path = resolve(this.root, checkKey(key));
    if (!path.startsWith(this.root + sep)) throw new Error(`invalid object key "${key}"`);
    return path;
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    // Written aside and renamed, so a reader never sees half a file.
    const partial = `${path}.${process.pid}.partial`;
    await writeFile(partial, bytes);
    await rename(partial, path);
  }

  async get(key: string): Promise<Buffer | undefined> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async presignPut(key: string, options: PresignPutOptions): Promise<string> {
    const uploads = this.uploadsOf();
    if (!uploads) throw new PresignUnavailable();
    const expires = String(Math.floor(Date.now() / 1000) + (options.expiresInSeconds ?? 900));
    const length = options.contentLength === undefined ? '' : String(options.contentLength);
    const signature = localUploadSignature(uploads.secret, checkKey(key), options.contentType, length, expires);
    const query = new URLSearchParams({ type: options.contentType, length, expires, signature });
    return `${uploads.baseUrl}/${key}?${query}`;
  }
}

let shared: ObjectStore | undefined;

/** The process-wide object store chosen by the environment: `OBJECT_BUCKET` (AWS), else `OBJECT_STORE_DIR`. */
export function sharedObjectStore(): ObjectStore {
  if (shared) return shared;
  const env = serviceEnv();
  if (env.OBJECT_BUCKET) shared = new S3ObjectStore(new S3Client({}), env.OBJECT_BUCKET);
  else if (env.OBJECT_STORE_DIR) {
    shared = new DirectoryObjectStore(env.OBJECT_STORE_DIR, localUploadSettings);
  } else throw new Error('no object store configured: set OBJECT_BUCKET, or OBJECT_STORE_DIR locally');
  return shared;
}
