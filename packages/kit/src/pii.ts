import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DecryptCommand, GenerateDataKeyCommand, GenerateMacCommand, KMSClient } from '@aws-sdk/client-kms';
import { serviceEnv } from './env.ts';

/**
 * Personal data (citizen IDs, phone numbers, bank accounts) is stored encrypted and found through a keyed
 * hash. This port hides where the keys live: KMS in AWS, a local key file on the local platform.
 */
export interface PiiProtector {
  encrypt(plaintext: string): Promise<string>;
  decrypt(ciphertext: string): Promise<string>;
  /** Deterministic keyed hash for exact-match lookups; `purpose` separates ID and phone indexes. */
  blindIndex(purpose: string, value: string): Promise<string>;
}

/** AES-256-GCM with a data key; the stored form is `v1.<wrapped key>.<iv>.<tag>.<ciphertext>`. */
function sealWith(dataKey: Buffer, wrappedKey: string, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', dataKey, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v1', wrappedKey, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join(
    '.',
  );
}

function openWith(dataKey: Buffer, sealed: SealedParts): string {
  const decipher = createDecipheriv('aes-256-gcm', dataKey, Buffer.from(sealed.iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(sealed.body, 'base64url')), decipher.final()]).toString('utf8');
}

interface SealedParts {
  wrappedKey: string;
  iv: string;
  tag: string;
  body: string;
}

function splitSealed(ciphertext: string): SealedParts {
  const [version, wrappedKey, iv, tag, body] = ciphertext.split('.');
  if (version !== 'v1' || !wrappedKey || !iv || !tag || body === undefined) throw new Error('unknown ciphertext format');
  return { wrappedKey, iv, tag, body };
}

/**
 * Local stand-in for KMS: a 64-byte key file (32 wrap key + 32 MAC key), created on first use. Data
 * keys are still generated per process and wrapped, so the stored format is the same as in AWS.
 */
export class LocalKeyFileProtector implements PiiProtector {
  private readonly wrapKey: Buffer;
  private readonly macKey: Buffer;
  private readonly dataKey = randomBytes(32);
  private readonly wrappedDataKey: string;
  private readonly unwrapped = new Map<string, Buffer>();

  constructor(keyFile: string) {
    if (!existsSync(keyFile)) {
      mkdirSync(dirname(keyFile), { recursive: true });
      writeFileSync(keyFile, randomBytes(64), { mode: 0o600, flag: 'wx' });
    }
    const material = readFileSync(keyFile);
    this.wrapKey = material.subarray(0, 32);
    this.macKey = material.subarray(32, 64);
    this.wrappedDataKey = sealWith(this.wrapKey, 'local', this.dataKey.toString('base64url')).replaceAll('.', '~');
    this.unwrapped.set(this.wrappedDataKey, this.dataKey);
  }

  async encrypt(plaintext: string): Promise<string> {
    return sealWith(this.dataKey, this.wrappedDataKey, plaintext);
  }

  async decrypt(ciphertext: string): Promise<string> {
    const sealed = splitSealed(ciphertext);
    let dataKey = this.unwrapped.get(sealed.wrappedKey);
    if (!dataKey) {
      const wrapped = splitSealed(sealed.wrappedKey.replaceAll('~', '.'));
      dataKey = Buffer.from(openWith(this.wrapKey, wrapped), 'base64url');
      this.unwrapped.set(sealed.wrappedKey, dataKey);
    }
    return openWith(dataKey, sealed);
  }

  async blindIndex(purpose: string, value: string): Promise<string> {
    return createHmac('sha256', this.macKey).update(`${purpose}:${value}`).digest('base64url');
  }
}

/**
 * Envelope encryption with KMS: one data key per cold start (GenerateDataKey), wrapped copies stored with
 * each value and unwrapped once per process (Decrypt); blind indexes from an HMAC KMS key (GenerateMac).
 */
export class KmsProtector implements PiiProtector {
  private dataKey: Promise<{ plaintext: Buffer; wrapped: string }> | undefined;
  private readonly unwrapped = new Map<string, Promise<Buffer>>();

  constructor(
    private readonly kms: KMSClient,
    private readonly keyId: string,
    private readonly macKeyId: string,
  ) {}

  private currentDataKey() {
    this.dataKey ??= this.kms.send(new GenerateDataKeyCommand({ KeyId: this.keyId, KeySpec: 'AES_256' })).then((out) => {
      if (!out.Plaintext || !out.CiphertextBlob) throw new Error('KMS returned no data key');
      return { plaintext: Buffer.from(out.Plaintext), wrapped: Buffer.from(out.CiphertextBlob).toString('base64url') };
    });
    return this.dataKey;
  }

  async encrypt(plaintext: string): Promise<string> {
    const key = await this.currentDataKey();
    return sealWith(key.plaintext, key.wrapped, plaintext);
  }

  async decrypt(ciphertext: string): Promise<string> {
    const sealed = splitSealed(ciphertext);
    let dataKey = this.unwrapped.get(sealed.wrappedKey);
    if (!dataKey) {
      dataKey = this.kms
        .send(new DecryptCommand({ CiphertextBlob: Buffer.from(sealed.wrappedKey, 'base64url'), KeyId: this.keyId }))
        .then((out) => Buffer.from(out.Plaintext ?? new Uint8Array()));
      this.unwrapped.set(sealed.wrappedKey, dataKey);
    }
    return openWith(await dataKey, sealed);
  }

  async blindIndex(purpose: string, value: string): Promise<string> {
    const out = await this.kms.send(
      new GenerateMacCommand({ KeyId: this.macKeyId, MacAlgorithm: 'HMAC_SHA_256', Message: Buffer.from(`${purpose}:${value}`) }),
    );
    return Buffer.from(out.Mac ?? new Uint8Array()).toString('base64url');
  }
}

let shared: PiiProtector | undefined;

/** The process-wide protector chosen by the environment: KMS when its key ids are set, else the key file. */
export function sharedPiiProtector(): PiiProtector {
  if (shared) return shared;
  const env = serviceEnv();
  if (env.PII_KMS_KEY_ID && env.PII_MAC_KEY_ID) {
    shared = new KmsProtector(new KMSClient({}), env.PII_KMS_KEY_ID, env.PII_MAC_KEY_ID);
  } else if (env.PII_LOCAL_KEY_FILE) {
    shared = new LocalKeyFileProtector(env.PII_LOCAL_KEY_FILE);
  } else {
    throw new Error('no key configured for personal data: set PII_KMS_KEY_ID and PII_MAC_KEY_ID, or PII_LOCAL_KEY_FILE');
  }
  return shared;
}

/** `350203199001011234` → `350203********1234`. */
export function maskCitizenId(id: string): string {
  return `${id.slice(0, 6)}********${id.slice(-4)}`;
}

/** `13812345678` → `138****5678`. */
/** A bank card or account number shown by its last four digits only: `**** **** **** 1234`. */
export function maskAccountNumber(number: string): string {
  return `**** **** **** ${number.slice(-4)}`;
}

export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}
