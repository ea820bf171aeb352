import middy from '@middy/core';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import { sharedDocumentClient } from '@shequ/ddb';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { z } from 'zod';
import { assertRole, type Caller, callerFromClaims } from './caller.ts';
import { tableOf } from './env.ts';
import { DynamoIdempotencyStore, hashRequest, type IdempotencyStore } from './idempotency.ts';
import { createLogger, type Logger } from './logger.ts';
import type { RouteContract } from './manifest.ts';
import { BadRequest, fieldErrorsFrom, HttpProblem, toProblem, ValidationFailed } from './problem.ts';
import './zod-locale.ts';

export type HttpEvent = APIGatewayProxyEventV2WithJWTAuthorizer;
export type HttpResponse = APIGatewayProxyStructuredResultV2 & { statusCode: number; headers: Record<string, string> };

// Route parts are optional properties; an absent part is `undefined` at run time.
type Infer<T> = Exclude<T, undefined> extends z.ZodType ? z.infer<Exclude<T, undefined>> : undefined;

export interface HttpInput<TRoute extends RouteContract, TCaller> {
  body: Infer<TRoute['body']>;
  /** The request body's bytes, on routes that declare `rawBody` (uploads); undefined when none was sent. */
  rawBody: Buffer | undefined;
  query: Infer<TRoute['query']>;
  params: Infer<TRoute['params']>;
  caller: TCaller;
  headers: Record<string, string | undefined>;
  requestId: string;
  log: Logger;
}

/** What a handler returns: JSON by default, or a file (spreadsheet, page) with its own content type. */
export type HttpResult =
  | { status?: number; body: unknown; headers?: Record<string, string> }
  | { status?: number; file: { contentType: string; content: string | Buffer; fileName?: string } };

export interface HandlerOptions {
  /** Where Idempotency-Key records go; defaults to the route's service table. */
  idempotencyStore?: IdempotencyStore;
}

const baseLogger = createLogger();

/**
 * The middy chain every authenticated HTTP handler runs in: header normalisation, request id and
 * logger, caller from JWT claims and role check, JSON body parsing, zod validation of body, query and
 * path, Idempotency-Key, and problem+json rendering last.
 */
export function httpHandler<TRoute extends RouteContract>(
  route: TRoute,
  handle: (input: HttpInput<TRoute, Caller>) => Promise<HttpResult>,
  options: HandlerOptions = {},
) {
  return buildHandler(route, handle, options);
}

/** The same chain for routes anyone may call without a token (public notice board, API reference). */
export function publicHttpHandler<TRoute extends RouteContract>(
  route: TRoute,
  handle: (input: HttpInput<TRoute, undefined>) => Promise<HttpResult>,
) {
  return buildHandler(route, handle, {});
}

function buildHandler<TRoute extends RouteContract, TCaller>(
  route: TRoute,
  handle: (input: HttpInput<TRoute, TCaller>) => Promise<HttpResult>,
  options: HandlerOptions,
) {
  const service = route.path.split('/')[1] ?? 'unknown';
  let idempotency = options.idempotencyStore;
  const core = async (event: HttpEvent, context: Context): Promise<HttpResponse> => {
    const requestId = event.requestContext?.requestId ?? context.awsRequestId;
    const log = baseLogger.child({ requestId, service, operation: route.operationId });
    const signedIn = route.auth === 'jwt' ? callerFromClaims(event.requestContext?.authorizer?.jwt?.claims) : undefined;
    if (signedIn && route.roles) assertRole(signedIn, route.roles);
    const caller = signedIn as TCaller;
    const rawBody = route.rawBody ? undefined : decodeBody(event);
    const input: HttpInput<TRoute, TCaller> = {
      body: parsePart(route.body, route.body ? parseJson(rawBody) : undefined, 'body') as Infer<TRoute['body']>,
      rawBody: route.rawBody ? bodyBytes(event) : undefined,
      query: parsePart(route.query, event.queryStringParameters ?? {}, 'query') as Infer<TRoute['query']>,
      params: parsePart(route.params, event.pathParameters ?? {}, 'path') as Infer<TRoute['params']>,
      caller,
      headers: event.headers ?? {},
      requestId,
      log,
    };
    const idempotencyKey = route.idempotent ? event.headers?.['idempotency-key'] : undefined;
    if (!idempotencyKey) return render(await handle(input), requestId, route.response.status);

    if (!/^[\w-]{8,128}$/.test(idempotencyKey)) {
      throw new BadRequest('invalid-idempotency-key', 'Idempotency-Key 须为 8–128 位字母、数字、下划线或连字符');
    }
    idempotency ??= new DynamoIdempotencyStore(sharedDocumentClient(), tableOf(service));
    const scope = `${signedIn?.subject ?? 'anonymous'}#${idempotencyKey}`;
    // The query is part of what was asked (uploads carry their metadata there); binary bodies hash as sent.
    const target = event.rawQueryString ? `${event.rawPath}?${event.rawQueryString}` : event.rawPath;
    const started = await idempotency.begin(scope, hashRequest(route.method, target, rawBody ?? event.body));
    if (started.kind === 'replay') {
      return { ...started.response, headers: { ...started.response.headers, 'idempotent-replayed': 'true' } };
    }
    try {
      const response = render(await handle(input), requestId, route.response.status);
      await idempotency.complete(scope, response as { statusCode: number; headers: Record<string, string>; body: string });
      return response;
    } catch (error) {
      // A refused request did nothing, so the same key may be used again once the input is fixed.
      await idempotency.abandon(scope).catch((cleanupError) => log.warn('idempotency cleanup failed', { cleanupError }));
      throw error;
    }
  };

  return middy<HttpEvent, HttpResponse>()
    .use(httpHeaderNormalizer())
    .use({
      onError: (request) => {
        const requestId = request.event.requestContext?.requestId ?? request.context.awsRequestId;
        const problem = toProblem(request.error, requestId);
        if (problem.status >= 500) {
          baseLogger.error('request failed', { requestId, service, operation: route.operationId, error: request.error });
        }
        request.response = {
          statusCode: problem.status,
          headers: { 'content-type': 'application/problem+json; charset=utf-8' },
          body: JSON.stringify(problem),
        };
      },
    })
    .handler(core);
}

function decodeBody(event: HttpEvent): string | undefined {
  if (event.body === undefined || event.body === null || event.body === '') return undefined;
  return event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
}

function bodyBytes(event: HttpEvent): Buffer | undefined {
  if (event.body === undefined || event.body === null || event.body === '') return undefined;
  return Buffer.from(event.body, event.isBase64Encoded ? 'base64' : 'utf8');
}

function parseJson(raw: string | undefined): unknown {
  if (raw === undefined) throw new BadRequest('missing-body', '请求缺少 JSON 正文');
  try {
    return JSON.parse(raw);
  } catch {
    throw new BadRequest('malformed-json', '请求正文不是有效的 JSON');
  }
}

function parsePart<T extends z.ZodType | undefined>(schema: T, value: unknown, where: string): Infer<T> {
  if (!schema) return undefined as Infer<T>;
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationFailed(fieldErrorsFrom(result.error, where));
  return result.data as Infer<T>;
}

function render(result: HttpResult, requestId: string, defaultStatus: number): HttpResponse {
  const status = result.status ?? defaultStatus;
  if ('file' in result) {
    const { contentType, content, fileName } = result.file;
    const binary = Buffer.isBuffer(content);
    return {
      statusCode: status,
      headers: {
        'content-type': contentType,
        'x-request-id': requestId,
        ...(fileName ? { 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}` } : {}),
      },
      body: binary ? content.toString('base64') : content,
      isBase64Encoded: binary,
    };
  }
  if (status >= 400) throw new HttpProblem(500, 'internal-error', '服务器内部错误');
  return {
    statusCode: status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'x-request-id': requestId, ...result.headers },
    body: JSON.stringify(result.body),
  };
}
