import { lambdaContext, toApiGatewayEvent } from '@shequ/local/api-event';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

type Handler = (event: never, context: never) => Promise<unknown>;

export interface CallOptions {
  claims?: Record<string, unknown>;
  body?: unknown;
  params?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Record<string, string>;
  json: any;
}

/** Invokes a handler with the event API Gateway would build for `method path`. */
export async function call(handler: Handler, method: string, template: string, options: CallOptions = {}): Promise<CallResult> {
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => options.params?.[name] ?? '');
  const event = toApiGatewayEvent({
    method,
    path,
    routeTemplate: template,
    ...(options.params ? { pathParameters: options.params } : {}),
    ...(options.query ? { query: new URLSearchParams(options.query) } : {}),
    headers: { 'content-type': 'application/json', ...options.headers },
    ...(options.body === undefined
      ? {}
      : { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) }),
    ...(options.claims ? { claims: options.claims } : {}),
  });
  const response = (await handler(event as never, lambdaContext('test') as never)) as APIGatewayProxyStructuredResultV2;
  const body = typeof response.body === 'string' ? response.body : '';
  return {
    status: response.statusCode ?? 200,
    headers: (response.headers ?? {}) as Record<string, string>,
    json: body && String(response.headers?.['content-type']).includes('json') ? JSON.parse(body) : body,
  };
}

/** Claims as the JWT authorizer passes them, for a role scoped to some areas. */
export function claimsFor(role: string, areas: string[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { sub: `${role}-${areas.join('_')}`, role, areas, ...extra };
}
