import { type Platform, type PlatformOptions, startPlatform } from '@shequ/local/platform';
import { allManifests } from '@shequ/manifests';
import { inject } from 'vitest';

/**
 * The local platform in this test process, on a free port, sharing the run's DynamoDB Local under this
 * file's table prefix. No demo data and no timers unless a test asks. `services` runs only the services a
 * scenario involves: every event still flows through the stream, outbox and consumers as in the whole
 * platform, without the run's one DynamoDB Local also feeding consumers the scenario never reads.
 */
export function startTestPlatform(options: PlatformOptions & { services?: readonly string[] } = {}): Promise<Platform> {
  const { services, ...rest } = options;
  if (services) {
    const unknown = services.filter((service) => !allManifests.some((manifest) => manifest.service === service));
    if (unknown.length > 0) throw new Error(`unknown services: ${unknown.join(', ')}`);
  }
  return startPlatform({
    ...(services ? { manifests: allManifests.filter((manifest) => services.includes(manifest.service)) } : {}),
    port: 0,
    inMemory: true,
    // This file's DynamoDB Local, as its lease named it (setup-env.ts).
    dynamoEndpoint: process.env.DYNAMODB_ENDPOINT,
    consoleDist: inject('consoleDist'),
    demo: false,
    scheduler: false,
    ephemeralIssuer: true,
    deliveryBackoffMs: 20,
    log: () => undefined,
    ...rest,
  });
}

export interface ApiClient {
  request(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<{
    status: number;
    headers: Headers;
    json: any;
  }>;
}

/** A tiny HTTP client for the gateway: JSON in, JSON (or problem+json) out. */
export function apiClient(baseUrl: string): ApiClient {
  return {
    async request(method, path, options = {}) {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...options.headers,
        },
        ...(options.body === undefined
          ? {}
          : { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) }),
      });
      const text = await response.text();
      const json = /json/.test(response.headers.get('content-type') ?? '') && text ? JSON.parse(text) : text;
      return { status: response.status, headers: response.headers, json };
    },
  };
}

/** Polls until `check` returns a value that is not undefined (events are delivered asynchronously). */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Runs one job of a service now, as a district's operator does on the local platform, and gives its result. */
export async function runJob(api: ApiClient, job: string, adminToken: string): Promise<any> {
  const ran = await api.request('POST', `/_local/jobs/${job}`, { token: adminToken });
  if (ran.status !== 200) throw new Error(`job ${job} answered ${ran.status}: ${JSON.stringify(ran.json)}`);
  return ran.json.result;
}

/**
 * One step of a subsidy application's workflow (review, visit, a 公示 round, approval…), sent at the
 * version the application has now, as the console sends it; a step that is refused fails the test.
 */
export async function applicationStep(
  api: ApiClient,
  id: string,
  body: Record<string, unknown>,
  tokens: { by: string; reader: string },
): Promise<any> {
  const { version } = (await api.request('GET', `/subsidies/applications/${id}`, { token: tokens.reader })).json;
  const done = await api.request('POST', `/subsidies/applications/${id}/commands`, {
    token: tokens.by,
    body: { version, ...body },
  });
  if (done.status !== 200) throw new Error(`step ${String(body.type)} answered ${done.status}: ${JSON.stringify(done.json)}`);
  return done.json;
}
