import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type HttpMethod, HttpProblem, toProblem, Unauthorized } from '@shequ/kit';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { type ApiRequest, lambdaContext, toApiGatewayEvent } from './api-event.ts';
import type { RequestTraffic } from './request-traffic.ts';

export type HttpLambda = (event: unknown, context: unknown) => Promise<APIGatewayProxyStructuredResultV2>;

export interface GatewayRoute {
  method: HttpMethod;
  template: string;
  auth: 'jwt' | 'public';
  /** Name used in logs, like the function name in AWS. */
  name: string;
  /** Resolved lazily so the first request pays the import, like a cold start. */
  handler: () => Promise<HttpLambda>;
}

/** Something the gateway answers itself (API reference, local admin); `undefined` passes. */
export type LocalRoute = (request: IncomingMessage, url: URL, body: Buffer) => Promise<LocalResponse | undefined>;

export interface LocalResponse {
  status: number;
  headers?: Record<string, string>;
  body: string | Buffer;
}

export interface GatewayOptions {
  routes: readonly GatewayRoute[];
  localRoutes?: readonly LocalRoute[];
  verifyToken: (token: string) => Promise<Record<string, unknown>>;
  log?: (entry: Record<string, unknown>) => void;
  /** Counts the API requests in flight (not the console's files or local routes) for background work to yield to. */
  traffic?: RequestTraffic;
  /** Largest accepted body, as API Gateway's 10 MB payload limit. */
  maxBodyBytes?: number;
}

interface CompiledRoute extends GatewayRoute {
  pattern: RegExp;
  names: string[];
}

/**
 * The local HTTP API: matches a request to a manifest route, verifies the bearer token as the JWT
 * authorizer does (401 before the handler runs), builds the payload-2.0 event and invokes the very
 * handler that runs in Lambda.
 */
export function createGateway(options: GatewayOptions): Server {
  const routes = options.routes.map(compile);
  const maxBody = options.maxBodyBytes ?? 10 * 1024 * 1024;
  const log = options.log ?? (() => undefined);

  return createServer(async (request, response) => {
    const started = performance.now();
    const url = new URL(request.url ?? '/', 'http://localhost');
    let status = 500;
    try {
      const body = await readBody(request, maxBody);
      for (const localRoute of options.localRoutes ?? []) {
        const local = await localRoute(request, url, body);
        if (local) {
          status = local.status;
          return send(response, local.status, local.headers ?? {}, local.body);
        }
      }
      const match = findRoute(routes, request.method ?? 'GET', url.pathname);
      if (match.kind !== 'found') {
        status = match.kind === 'method' ? 405 : 404;
        const detail = `${request.method} ${url.pathname} 没有对应的接口，接口列表见 /docs`;
        return sendProblem(
          response,
          match.kind === 'method'
            ? new HttpProblem(405, 'method-not-allowed', '不支持该请求方法', detail)
            : new HttpProblem(404, 'route-not-found', '接口不存在', detail),
        );
      }
      const { route, params } = match;
      let claims: Record<string, unknown> | undefined;
      if (route.auth === 'jwt') {
        const token = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
        claims = token ? await options.verifyToken(token).catch(() => undefined) : undefined;
        if (!claims) {
          status = 401;
          return sendProblem(response, new Unauthorized('请先登录：缺少或无效的访问令牌（Authorization: Bearer …）'));
        }
      }
      const apiRequest: ApiRequest = {
        method: route.method,
        path: url.pathname,
        routeTemplate: route.template,
        pathParameters: params,
        query: url.searchParams,
        headers: flattenHeaders(request),
        body,
        ...(claims ? { claims } : {}),
      };
      const handler = await route.handler();
      const answered = options.traffic?.begin();
      const result = await handler(toApiGatewayEvent(apiRequest), lambdaContext(route.name)).finally(answered);
      status = result.statusCode ?? 200;
      const payload = result.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64') : (result.body ?? '');
      return send(response, status, (result.headers ?? {}) as Record<string, string>, payload);
    } catch (error) {
      if (error instanceof PayloadTooLarge) {
        status = 413;
        return sendProblem(response, new HttpProblem(413, 'payload-too-large', '请求过大', '请求正文超过 10 MB 上限'));
      }
      status = 500;
      log({ level: 'error', message: 'gateway error', error: String(error), stack: (error as Error).stack });
      return sendProblem(response, error);
    } finally {
      log({
        level: 'info',
        message: 'request',
        method: request.method,
        path: url.pathname,
        status,
        ms: Math.round(performance.now() - started),
      });
    }
  });
}

function compile(route: GatewayRoute): CompiledRoute {
  const names: string[] = [];
  const source = route.template
    .split('/')
    .map((segment) => {
      const name = /^\{(\w+)\+?\}$/.exec(segment)?.[1];
      if (!name) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(name);
      return '([^/]+)';
    })
    .join('/');
  return { ...route, pattern: new RegExp(`^${source}/?$`), names };
}

type Match = { kind: 'found'; route: CompiledRoute; params: Record<string, string> } | { kind: 'method' } | { kind: 'none' };

/** Literal segments win over parameters, as in API Gateway (`/persons/search` before `/persons/{id}`). */
function findRoute(routes: readonly CompiledRoute[], method: string, path: string): Match {
  const candidates = routes.filter((route) => route.pattern.test(path)).sort((a, b) => a.names.length - b.names.length);
  if (candidates.length === 0) return { kind: 'none' };
  const route = candidates.find((candidate) => candidate.method === method);
  if (!route) return { kind: 'method' };
  const values = route.pattern.exec(path)?.slice(1) ?? [];
  const params: Record<string, string> = {};
  route.names.forEach((name, index) => {
    params[name] = decodeURIComponent(values[index] ?? '');
  });
  return { kind: 'found', route, params };
}

class PayloadTooLarge extends Error {}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new PayloadTooLarge());
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function flattenHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  return headers;
}

function send(response: ServerResponse, status: number, headers: Record<string, string>, body: string | Buffer): void {
  response.writeHead(status, headers);
  response.end(body);
}

/** Same problem+json as the handlers render; anything unexpected becomes a 500 that says nothing internal. */
function sendProblem(response: ServerResponse, error: unknown): void {
  const problem = toProblem(error);
  send(response, problem.status, { 'content-type': 'application/problem+json; charset=utf-8' }, JSON.stringify(problem));
}
