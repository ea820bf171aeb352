import { physicalTableName } from '@shequ/ddb';
import { z } from 'zod';

/**
 * The environment every service function runs with, parsed once at cold start. Infra sets exactly these
 * (see `ServiceFunction`), the local platform sets them for its one process, tests set them per worker.
 */
export const serviceEnvSchema = z.object({
  DISTRICT: z.string().regex(/^\d{6}$/, 'DISTRICT must be a 6-digit district code'),
  /** Prefix of physical table names; tests give each worker its own so parallel suites never meet. */
  TABLE_NAME_PREFIX: z.string().min(1).default('shequ'),
  /** DynamoDB Local; absent in AWS. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  /** KMS key that wraps data keys for personal data (AWS). */
  PII_KMS_KEY_ID: z.string().optional(),
  /** KMS HMAC key for blind indexes (AWS). */
  PII_MAC_KEY_ID: z.string().optional(),
  /** Local key file standing in for KMS on the local platform and in tests. */
  PII_LOCAL_KEY_FILE: z.string().optional(),
  /** S3 bucket for files kept beside the tables, e.g. uploaded spreadsheets (AWS); see `sharedObjectStore`. */
  OBJECT_BUCKET: z.string().optional(),
  /** Directory standing in for that bucket on the local platform and in tests. */
  OBJECT_STORE_DIR: z.string().optional(),
  /** The local platform's upload route and signing secret, so the directory store can presign uploads too. */
  OBJECT_UPLOAD_URL: z.url().optional(),
  OBJECT_UPLOAD_SECRET: z.string().min(16).optional(),
  /** How SMS and e-mail leave: through SNS and SES (`aws`) or into the local sink (`local`, the platform and tests). */
  MESSAGE_CHANNELS: z.enum(['aws', 'local']).default('local'),
  /** The SES identity e-mail is sent from (AWS); see `bindMessaging`. */
  EMAIL_FROM: z.email().optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});
export type ServiceEnv = z.infer<typeof serviceEnvSchema>;

let parsed: ServiceEnv | undefined;

export function serviceEnv(): ServiceEnv {
  parsed ??= serviceEnvSchema.parse(process.env);
  return parsed;
}

/** Physical table of a service in this district. */
export function tableOf(service: string, env: ServiceEnv = serviceEnv()): string {
  return physicalTableName(env.DISTRICT, service, env.TABLE_NAME_PREFIX);
}

/**
 * The local platform's upload route and secret, read when the object store is first used rather than with
 * the rest of the environment: the platform learns its port (and so the URL) only after tables are made.
 */
export function localUploadSettings(): { baseUrl: string; secret: string } | undefined {
  const { OBJECT_UPLOAD_URL, OBJECT_UPLOAD_SECRET } = serviceEnvSchema
    .pick({ OBJECT_UPLOAD_URL: true, OBJECT_UPLOAD_SECRET: true })
    .parse(process.env);
  return OBJECT_UPLOAD_URL && OBJECT_UPLOAD_SECRET ? { baseUrl: OBJECT_UPLOAD_URL, secret: OBJECT_UPLOAD_SECRET } : undefined;
}
