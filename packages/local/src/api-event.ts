import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from 'aws-lambda';

export interface ApiRequest {
  method: string;
  /** Path as requested, e.g. `/registry/persons/abc`. */
  path: string;
  /** Route template it matched, e.g. `/registry/persons/{id}`. */
  routeTemplate: string;
  pathParameters?: Record<string, string>;
  query?: URLSearchParams;
  headers?: Record<string, string>;
  body?: Buffer | string;
  /** Verified JWT claims, as the HTTP API's JWT authorizer passes them. */
  claims?: Record<string, unknown>;
}

/** Builds the API Gateway HTTP API (payload 2.0) event that AWS would hand the same handler. */
export function toApiGatewayEvent(request: ApiRequest): APIGatewayProxyEventV2WithJWTAuthorizer {
  const headers = Object.fromEntries(Object.entries(request.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
  const query = request.query ?? new URLSearchParams();
  const queryStringParameters: Record<string, string> = {};
  for (const [name, value] of query) {
    // API Gateway joins repeated parameters with commas.
    queryStringParameters[name] = name in queryStringParameters ? `${queryStringParameters[name]},${value}` : value;
  }
  const body = request.body === undefined ? undefined : Buffer.isBuffer(request.body) ? request.body : Buffer.from(request.body);
  // Like API Gateway, pass text as text and anything else (spreadsheets, images) base64-encoded.
  const textual =
    !headers['content-type'] ||
    /^(text\/|application\/(json|xml|x-www-form-urlencoded)\b)|\+(json|xml)\b/.test(headers['content-type']);
  const now = new Date();
  return {
    version: '2.0',
    routeKey: `${request.method} ${request.routeTemplate}`,
    rawPath: request.path,
    rawQueryString: query.toString(),
    headers,
    ...(Object.keys(queryStringParameters).length > 0 ? { queryStringParameters } : {}),
    ...(request.pathParameters && Object.keys(request.pathParameters).length > 0
      ? { pathParameters: request.pathParameters }
      : {}),
    ...(body && body.length > 0
      ? { body: textual ? body.toString('utf8') : body.toString('base64'), isBase64Encoded: !textual }
      : { isBase64Encoded: false }),
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'local',
      http: {
        method: request.method,
        path: request.path,
        protocol: 'HTTP/1.1',
        sourceIp: '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: `${request.method} ${request.routeTemplate}`,
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
      authorizer: {
        principalId: '',
        integrationLatency: 0,
        jwt: { claims: (request.claims ?? {}) as Record<string, string>, scopes: [] },
      },
    },
  } as APIGatewayProxyEventV2WithJWTAuthorizer;
}

/** A Lambda context good enough for middy (remaining time, request id). */
export function lambdaContext(functionName: string, timeoutMs = 29_000): Context {
  const deadline = Date.now() + timeoutMs;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:local:lambda:local:000000000000:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: `/local/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
