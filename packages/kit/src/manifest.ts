import { join } from 'node:path';
import type { TableSpec } from '@shequ/ddb';
import type { z } from 'zod';
import type { Role } from './caller.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One HTTP operation, declared once: the handler validates with it, the manifest routes with it, and
 * the OpenAPI document is generated from it.
 */
export interface RouteContract<
  TBody extends z.ZodType = z.ZodType,
  TQuery extends z.ZodType = z.ZodType,
  TParams extends z.ZodType = z.ZodType,
  TResponse extends z.ZodType = z.ZodType,
> {
  method: HttpMethod;
  /** API Gateway style template under the service's prefix: `/registry/persons/{id}`. */
  path: string;
  operationId: string;
  /** Chinese one-line summary for the API reference. */
  summary: string;
  description?: string;
  /** `public` routes need no token (the public notice board, the API reference). */
  auth: 'jwt' | 'public';
  /** Roles allowed to call; absent means any signed-in role. */
  roles?: readonly Role[];
  /** Honours `Idempotency-Key`: a retried create returns the first answer instead of acting twice. */
  idempotent?: boolean;
  body?: TBody;
  /**
   * The request body is a file (an upload), not JSON: the handler gets its bytes as `rawBody` (API
   * Gateway's base64 decoded), `body` is not parsed and must be absent, and metadata travels in the
   * query. The content types are what the reference documents; the handler checks the bytes itself.
   * `optional` when the file may also come another way (an object key in the query).
   */
  rawBody?: { contentTypes: readonly string[]; description: string; optional?: boolean };
  query?: TQuery;
  params?: TParams;
  /**
   * `schema` for a JSON answer; `file` when the answer is a download (a spreadsheet, a printable page),
   * documented by its media types so a generated client reads bytes instead of parsing JSON.
   */
  response: { status: number; description: string; schema?: TResponse; file?: { contentTypes: readonly string[] } };
}

/** Media types of the files routes send and receive. */
export const fileTypes = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  html: 'text/html',
} as const;

export function defineRoute<
  TBody extends z.ZodType = z.ZodType,
  TQuery extends z.ZodType = z.ZodType,
  TParams extends z.ZodType = z.ZodType,
  TResponse extends z.ZodType = z.ZodType,
>(route: RouteContract<TBody, TQuery, TParams, TResponse>): RouteContract<TBody, TQuery, TParams, TResponse> {
  return route;
}

/**
 * A module path relative to the service's `src/`, without extension, exporting `handler`: request and
 * event handlers under `handlers/`, scheduled jobs (the only code that may scan a table) under `jobs/`.
 */
export type HandlerModule = `handlers/${string}` | `jobs/${string}`;

export interface RouteBinding {
  route: RouteContract;
  handler: HandlerModule;
  /** The handler names areas from the national division data: infra ships its district's slice. @default false */
  divisionData?: boolean;
}

/** Consumes domain events: an SQS queue (+DLQ) per subscription in AWS, the stream loop locally. */
export interface SubscriptionSpec {
  /** Unique within the service; names the queue. */
  name: string;
  /** Event types (envelope `type`) this consumer receives. */
  events: readonly string[];
  handler: HandlerModule;
  /**
   * Receives before an event is parked in the dead-letter queue (the queue's maxReceiveCount in AWS, the
   * local platform's dead-letter list). @default 5
   */
  maxReceiveCount?: number;
  /**
   * Events the consumer gets per invocation, 1–100: the SQS event source's batch size in AWS (above 10 with
   * the batching window Lambda then requires) and the local delivery's batch. @default 10
   */
  batchSize?: number;
}

/** SQS's largest batch without a batching window; what a subscription gets unless it asks for more. */
export const DEFAULT_BATCH_SIZE = 10;
/** The largest batch a subscription may ask for: what the local platform delivers at most. */
export const MAX_BATCH_SIZE = 100;

/** A subscription's batch size, defaulted and checked, so infra and the local delivery read it alike. */
export function batchSizeOf(subscription: SubscriptionSpec): number {
  const size = subscription.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_BATCH_SIZE) {
    throw new Error(`subscription ${subscription.name}: batchSize ${size} must be an integer from 1 to ${MAX_BATCH_SIZE}`);
  }
  return size;
}

/** A job on a schedule. `cron` is an EventBridge Scheduler expression, `cron(m h dom mon dow year)` or `rate(…)`, in Asia/Shanghai time. */
export interface ScheduleSpec {
  name: string;
  cron: string;
  description: string;
  handler: `jobs/${string}`;
  /**
   * The job reads the national division data (`@shequ/divisions`): infra ships the deployed function with
   * its district's slice of it. @default false
   */
  divisionData?: boolean;
}

/**
 * Everything the outside world needs to know about a service: read by infra (to provision) and by the
 * local platform (to run), so the two cannot disagree.
 */
export interface ServiceManifest {
  service: string;
  /** Absolute path of the service's `src/` directory, to resolve handler modules from. */
  srcDir: string;
  table: TableSpec;
  routes: readonly RouteBinding[];
  subscriptions: readonly SubscriptionSpec[];
  /** The service sends SMS and e-mail (SNS, SES in AWS): its functions get those grants and the sender address. */
  sendsMessages?: boolean;
  schedules: readonly ScheduleSpec[];
}

export function handlerEntry(manifest: ServiceManifest, module: HandlerModule): string {
  return join(manifest.srcDir, `${module}.ts`);
}
