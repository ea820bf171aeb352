import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { consoleDist } from '@shequ/console/build';
import { clock } from '@shequ/contracts';
import { ensureTable } from '@shequ/ddb';
import { requireDistrict } from '@shequ/divisions';
import {
  batchSizeOf,
  buildOpenApi,
  callerFromClaims,
  handlerEntry,
  renderReferencePage,
  type ServiceManifest,
  tableOf,
} from '@shequ/kit';
import { allManifests } from '@shequ/manifests';
import { defaultRegistryDeps } from '@shequ/registry/store/deps';
import { lambdaContext } from './api-event.ts';
import { consoleRoutes } from './console-site.ts';
import { type ConsumerHandler, type StopOptions, StreamDelivery } from './delivery.ts';
import { DEMO_ACCOUNTS, type DemoSummary, loadDemoData, resolveDemoAccounts } from './demo-data.ts';
import { DevIssuer } from './dev-issuer.ts';
import { type DynamoLocal, startDynamoLocal } from './dynamo-local.ts';
import { createGateway, type GatewayRoute, type HttpLambda, type LocalResponse, type LocalRoute } from './gateway.ts';
import { RequestTraffic } from './request-traffic.ts';
import { LocalScheduler } from './scheduler.ts';
import { type SignInAccount, signInRoutes } from './sign-in.ts';
import { clockRoute, parseClockTime, TrainingClock } from './training-clock.ts';
import { uploadRoute } from './uploads.ts';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
export const DEFAULT_DATA_DIR = join(REPO_ROOT, '.local-data');

export interface PlatformOptions {
  /** District code; `DISTRICT` or 350203 思明区. */
  district?: string;
  /** HTTP port; `PORT` or 3000. 0 picks a free one. */
  port?: number;
  /** Data kept across restarts here (default `.local-data/`), unless `inMemory`. */
  dataDir?: string;
  inMemory?: boolean;
  /** Use an already running DynamoDB Local instead of starting one (tests share one per run). */
  dynamoEndpoint?: string;
  /** Load the demo district into an empty store (default true). */
  demo?: boolean;
  /** Run the manifests' schedules (default true). */
  scheduler?: boolean;
  /**
   * Start a training clock at this time (`--clock 2026-11-30T23:50+08:00`): handlers, jobs and the scheduler
   * run on it, `POST /_local/clock` moves it forward. Not resumed on restart (see training-clock.ts).
   */
  clock?: string | Date;
  /** Sign tokens with a throwaway secret instead of the one `pnpm token` shares (tests). */
  ephemeralIssuer?: boolean;
  /**
   * Consumer batches handled at once across all queues (default: one per queue, no shared limit).
   * `pnpm start` sets 2, so a person at the console is answered while the consumers work off a backlog.
   */
  maxConcurrentBatches?: number;
  /** Retry delay of event delivery (doubles per attempt). */
  deliveryBackoffMs?: number;
  manifests?: readonly ServiceManifest[];
  /** Where the built web console is served from (default the console package's build; `pnpm start` builds it first). */
  consoleDist?: string;
  /** The identities the console's local sign-in page offers (default the demo district's accounts). */
  signInAccounts?: readonly SignInAccount[];
  log?: (entry: Record<string, unknown>) => void;
}

export interface Platform {
  url: string;
  port: number;
  district: string;
  districtName: string;
  dataDir: string | undefined;
  dynamoEndpoint: string;
  issuer: DevIssuer;
  delivery: StreamDelivery;
  demo: DemoSummary | undefined;
  jobs: readonly string[];
  /** The training clock, `training` false when the platform runs on the system time. */
  clock: TrainingClock;
  nextRuns: () => { id: string; next: Date }[];
  runJob(id: string): Promise<unknown>;
  /** Stops taking requests, lets event delivery drain (bounded, see StopOptions), then stops the rest. */
  stop(options?: StopOptions): Promise<void>;
}

/** The secret the dev issuer signs with, shared by a running platform and `pnpm token`. */
export const devIssuerSecretFile = (dataDir?: string) =>
  join(dataDir ?? process.env.SHEQU_DATA_DIR ?? DEFAULT_DATA_DIR, 'dev-issuer.secret');

/** Where a running platform tells `pnpm token` and `pnpm job` how to reach it. */
export const platformStateFile = (dataDir: string) => join(dataDir, 'platform.json');

/**
 * The whole platform on one machine: DynamoDB Local with every service's table, the HTTP gateway
 * running the real handlers, event delivery from the table streams, the scheduler and the demo district.
 */
export async function startPlatform(options: PlatformOptions = {}): Promise<Platform> {
  const district = options.district ?? process.env.DISTRICT ?? '350203';
  const { name: districtName } = requireDistrict(district);
  const manifests = options.manifests ?? allManifests;
  const log = options.log ?? ((entry) => process.stdout.write(`${JSON.stringify(entry)}\n`));
  const dataDir = options.inMemory ? undefined : (options.dataDir ?? process.env.SHEQU_DATA_DIR ?? DEFAULT_DATA_DIR);
  const scratchDir = dataDir ?? mkdtempSync(join(tmpdir(), 'shequ-'));
  // A mistyped --clock fails before DynamoDB Local is started.
  const trainingStart = typeof options.clock === 'string' ? parseClockTime(options.clock) : options.clock;

  const dynamo: DynamoLocal | undefined = options.dynamoEndpoint
    ? undefined
    : await startDynamoLocal(dataDir ? { dataDir: join(dataDir, 'dynamodb') } : { inMemory: true });
  const dynamoEndpoint = options.dynamoEndpoint ?? (dynamo as DynamoLocal).endpoint;

  // Handlers read their configuration from the environment, as in Lambda; one process hosts them all.
  process.env.DISTRICT = district;
  process.env.DYNAMODB_ENDPOINT = dynamoEndpoint;
  process.env.PII_LOCAL_KEY_FILE ??= join(scratchDir, 'pii.key');
  process.env.OBJECT_STORE_DIR ??= join(scratchDir, 'objects');
  // Uploads are signed like S3's presigned URLs; the secret lives only as long as this platform.
  process.env.OBJECT_UPLOAD_SECRET ??= randomBytes(24).toString('base64url');

  const stopAll: (() => Promise<unknown>)[] = [];
  let stopOptions: StopOptions = {};
  const stop = async (options: StopOptions = {}) => {
    stopOptions = options;
    for (const step of stopAll.reverse()) await step().catch(() => undefined);
    if (!dataDir) rmSync(scratchDir, { recursive: true, force: true });
  };
  try {
    // Before anything reads the time, so demo data, the scheduler and every handler see the same clock.
    const trainingClock = new TrainingClock({
      ...(trainingStart ? { at: trainingStart } : {}),
      ...(dataDir ? { stateFile: join(dataDir, 'training-clock.json') } : {}),
    });
    stopAll.push(async () => trainingClock.stop());
    const dynamoClient = new DynamoDBClient({
      endpoint: dynamoEndpoint,
      region: 'local',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    if (dynamo) stopAll.push(() => dynamo.stop());
    stopAll.push(async () => dynamoClient.destroy());
    const tables: string[] = [];
    for (const manifest of manifests) {
      const table = tableOf(manifest.service);
      await ensureTable(dynamoClient, table, manifest.table);
      tables.push(table);
    }

    const load = async <T>(manifest: ServiceManifest, module: string): Promise<T> =>
      (await import(handlerEntry(manifest, module as `handlers/${string}`))).handler as T;

    const traffic = new RequestTraffic();
    const delivery = new StreamDelivery({
      dynamo: dynamoClient,
      endpoint: dynamoEndpoint,
      tables,
      consumers: await Promise.all(
        manifests.flatMap((manifest) =>
          manifest.subscriptions.map(async (subscription) => ({
            queue: `${manifest.service}.${subscription.name}`,
            events: subscription.events,
            handler: await load<ConsumerHandler>(manifest, subscription.handler),
            ...(subscription.maxReceiveCount ? { maxReceiveCount: subscription.maxReceiveCount } : {}),
            batchSize: batchSizeOf(subscription),
          })),
        ),
      ),
      ...(dataDir ? { stateFile: join(dataDir, 'delivery.json') } : {}),
      ...(options.deliveryBackoffMs !== undefined ? { backoffMs: options.deliveryBackoffMs } : {}),
      ...(options.maxConcurrentBatches !== undefined ? { maxConcurrentBatches: options.maxConcurrentBatches } : {}),
      // People first: a batch waits (up to 2 s) while the gateway answers requests.
      beforeBatch: () => traffic.quiet(BATCH_YIELD_MS),
      log,
      lambdaContext: (name) => lambdaContext(name, 900_000),
    });
    let demo: DemoSummary | undefined;
    const demoMarker = join(scratchDir, 'demo-loaded.json');
    if ((options.demo ?? true) && !existsSync(demoMarker)) {
      // Before delivery starts, so the store takes the register at full speed; the consumers then work
      // through its events from the start of the stream while the console is already open.
      demo = await loadDemoData(district, {
        onStep: (step, ms) => log({ level: 'info', message: 'demo step', step, ms }),
      });
      writeFileSync(demoMarker, JSON.stringify({ ...demo, loadedAt: new Date().toISOString() }));
    }

    delivery.start();
    stopAll.push(() => delivery.stop(stopOptions));

    const jobs = new Map<string, { cron: string; run: (now: Date) => Promise<unknown> }>(
      manifests.flatMap((manifest) =>
        manifest.schedules.map(
          (schedule) =>
            [
              `${manifest.service}.${schedule.name}`,
              {
                cron: schedule.cron,
                run: async (now: Date) =>
                  (await load<(event: { time: string }) => Promise<unknown>>(manifest, schedule.handler))({
                    time: now.toISOString(),
                  }),
              },
            ] as const,
        ),
      ),
    );
    const runJob = async (id: string) => {
      const job = jobs.get(id);
      if (!job) throw new Error(`no job "${id}"; known jobs: ${[...jobs.keys()].join(', ') || 'none'}`);
      return job.run(clock.now());
    };
    const scheduler = new LocalScheduler({
      jobs: [...jobs].map(([id, job]) => ({ id, cron: job.cron, run: job.run })),
      log,
    });
    if (options.scheduler ?? true) {
      scheduler.start();
      stopAll.push(() => scheduler.stop());
    }
    const catchUp = (to: Date) =>
      scheduler.catchUp(to, {
        moveTo: (time) => clock.moveTrainingTo(time),
        // Long enough for every stream to be read after the run, then until its events are delivered.
        settle: async () => {
          await sleep(150);
          await delivery.idle(50).catch(() => undefined);
        },
      });

    const issuer = options.ephemeralIssuer
      ? DevIssuer.ephemeral(district)
      : DevIssuer.fromFile(district, devIssuerSecretFile(options.dataDir));
    // Read once: the resident's account needs the id her registration got when the demo loaded.
    // A platform without the registry (a test's own services) offers the accounts but no resident.
    const signInAccounts =
      options.signInAccounts ??
      (manifests.some((manifest) => manifest.service === 'registry')
        ? await resolveDemoAccounts(defaultRegistryDeps())
        : DEMO_ACCOUNTS.filter((account) => account.role !== 'resident'));
    const openApi = buildOpenApi(manifests, { district, districtName });
    const server = createGateway({
      routes: manifests.flatMap((manifest) =>
        manifest.routes.map(
          (binding): GatewayRoute => ({
            method: binding.route.method,
            template: binding.route.path,
            auth: binding.route.auth,
            name: `${manifest.service}.${binding.route.operationId}`,
            handler: () => load<HttpLambda>(manifest, binding.handler),
          }),
        ),
      ),
      localRoutes: [
        referenceRoutes(openApi),
        signInRoutes({ issuer, accounts: () => signInAccounts }),
        uploadRoute({ directory: process.env.OBJECT_STORE_DIR, secret: process.env.OBJECT_UPLOAD_SECRET }),
        adminRoutes({ delivery, runJob, issuer, clock: (request, body) => clockRoute(trainingClock, request, body, catchUp) }),
        consoleRoutes({
          dist: options.consoleDist ?? consoleDist,
          config: { auth: { mode: 'local' }, district: { code: district, name: districtName } },
          apiPrefixes: [...manifests.map((manifest) => manifest.service), 'docs', 'openapi.json'],
        }),
      ],
      verifyToken: (token) => issuer.verify(token),
      traffic,
      log,
    });
    const port = await listen(server, options.port ?? Number(process.env.PORT ?? 3000));
    stopAll.push(() => closeServer(server));
    const url = `http://127.0.0.1:${port}`;
    // Known only now that the port is: handlers read it when they first presign an upload.
    process.env.OBJECT_UPLOAD_URL ??= `${url}/_local/objects`;

    if (dataDir) {
      writeFileSync(platformStateFile(dataDir), JSON.stringify({ pid: process.pid, url, dynamoEndpoint, district }));
      stopAll.push(async () => rmSync(platformStateFile(dataDir), { force: true }));
    }

    return {
      url,
      port,
      district,
      districtName,
      dataDir,
      dynamoEndpoint,
      issuer,
      delivery,
      demo,
      jobs: [...jobs.keys()],
      clock: trainingClock,
      nextRuns: () => scheduler.nextRuns(),
      runJob,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

function referenceRoutes(openApi: ReturnType<typeof buildOpenApi>): LocalRoute {
  const page = renderReferencePage(openApi);
  const json = JSON.stringify(openApi, null, 2);
  // The document is public: any origin may read it (a client generator, an API explorer elsewhere).
  const anyOrigin = { 'access-control-allow-origin': '*' };
  return async (request, url): Promise<LocalResponse | undefined> => {
    if (request.method === 'OPTIONS' && url.pathname === '/openapi.json') {
      return {
        status: 204,
        headers: {
          ...anyOrigin,
          'access-control-allow-methods': 'GET, OPTIONS',
          'access-control-allow-headers': request.headers['access-control-request-headers'] ?? 'content-type',
          'access-control-max-age': '86400',
        },
        body: '',
      };
    }
    if (request.method !== 'GET') return undefined;
    if (url.pathname === '/openapi.json')
      return { status: 200, headers: { ...anyOrigin, 'content-type': 'application/json; charset=utf-8' }, body: json };
    if (url.pathname === '/docs') return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: page };
    return undefined;
  };
}

/** Longest a consumer batch waits for the gateway to have no request in flight before it runs anyway. */
const BATCH_YIELD_MS = 2_000;

/** Local-only operations under `/_local/`, for district admins: dead letters, redrive, run a job, the clock. */
function adminRoutes(deps: {
  delivery: StreamDelivery;
  runJob: (id: string) => Promise<unknown>;
  issuer: DevIssuer;
  clock: (request: IncomingMessage, body: Buffer) => Promise<LocalResponse>;
}): LocalRoute {
  const json = (status: number, body: unknown) => ({
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json; charset=utf-8' : 'application/json; charset=utf-8' },
    body: JSON.stringify(body),
  });
  return async (request, url, body) => {
    if (!url.pathname.startsWith('/_local/')) return undefined;
    if (url.pathname === '/_local/health') return json(200, { status: 'ok' });
    const token = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const claims = token ? await deps.issuer.verify(token).catch(() => undefined) : undefined;
    if (!claims)
      return json(401, { code: 'unauthorized', title: '未登录', status: 401, detail: '请先登录：缺少或无效的访问令牌' });
    if (callerFromClaims(claims).role !== 'district-admin') {
      return json(403, { code: 'forbidden', title: '无权访问', status: 403, detail: '仅区级管理员可使用本地管理接口' });
    }
    if (url.pathname === '/_local/clock') return deps.clock(request, body);
    if (request.method === 'GET' && url.pathname === '/_local/delivery') return json(200, deps.delivery.status());
    if (request.method === 'GET' && url.pathname === '/_local/dead-letters') {
      return json(200, { items: deps.delivery.deadLetters });
    }
    const redrive = /^\/_local\/dead-letters\/([\w-]+)\/redrive$/.exec(url.pathname);
    if (request.method === 'POST' && redrive?.[1]) {
      const result = await deps.delivery.redrive(redrive[1]);
      if (result.outcome === 'not-found') {
        return json(404, {
          code: 'dead-letter-not-found',
          title: '死信不存在',
          status: 404,
          detail: `没有编号为 ${redrive[1]} 的死信`,
        });
      }
      if (result.outcome === 'not-redrivable') {
        return json(409, { code: 'not-redrivable', title: '无法重投', status: 409, detail: result.reason });
      }
      return json(200, { delivered: result.outcome === 'delivered' });
    }
    const job = /^\/_local\/jobs\/([\w.-]+)$/.exec(url.pathname);
    if (request.method === 'POST' && job?.[1]) {
      try {
        return json(200, { job: job[1], result: (await deps.runJob(job[1])) ?? null });
      } catch (error) {
        return json(404, { code: 'job-not-found', title: '任务不存在', status: 404, detail: String((error as Error).message) });
      }
    }
    return json(404, { code: 'route-not-found', title: '接口不存在', status: 404, detail: `${request.method} ${url.pathname}` });
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`端口 ${port} 已被占用：设置 PORT=<其他端口> 后重试`) : error),
    );
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/** Takes no new connection, lets requests in progress answer (their events reach the outbox), then drops the rest. */
function closeServer(server: Server, graceMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), graceMs).unref();
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}
