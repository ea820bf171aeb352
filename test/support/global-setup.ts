import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consoleDist, ensureConsoleBuilt } from '@shequ/console/build';
import { type DynamoLocal, startDynamoLocal } from '@shequ/local/dynamo-local';

/**
 * DynamoDB Local grows slower with every table created and dropped with its stream (measured: a community's
 * import ran 8× slower late in a run than alone), so the run starts a fresh one after this many files — only
 * between files, when none is using it, and on a new port: a JVM still closing the old one can never answer
 * for the new.
 */
const FILES_PER_DYNAMO = 12;

/**
 * One in-memory DynamoDB Local for the test run, on a free port; every test file gets its own table prefix
 * (setup-env.ts), so files run side by side without meeting each other's data. Files tell the run when they
 * start and end (`dynamoLease`), which is how it knows when a restart disturbs nobody.
 */
export default async function setup({ provide }: { provide: (key: 'consoleDist' | 'dynamoLease', value: string) => void }) {
  // Built once here, before any file starts a platform that serves it (a few seconds, only when stale).
  let [dynamo] = await Promise.all([startDynamoLocal({ inMemory: true }), ensureConsoleBuilt()]);

  let active = 0;
  let finishedSinceStart = 0;
  let restarting: Promise<DynamoLocal> | undefined;
  const lease = createServer(async (request, response) => {
    if (request.url === '/start') {
      await restarting;
      active++;
    } else if (request.url === '/done') {
      active--;
      finishedSinceStart++;
      if (active === 0 && finishedSinceStart >= FILES_PER_DYNAMO && !restarting) {
        finishedSinceStart = 0;
        restarting = dynamo.stop().then(() => startDynamoLocal({ inMemory: true }));
        dynamo = await restarting;
        restarting = undefined;
      }
    }
    // A file learns the endpoint it is to use when it starts.
    response.end(dynamo.endpoint);
  });
  await new Promise<void>((resolve) => lease.listen(0, '127.0.0.1', resolve));
  provide('dynamoLease', `http://127.0.0.1:${(lease.address() as AddressInfo).port}`);

  // The run's platforms serve a copy, so a console rebuilt while the suite runs never pulls files from under a page.
  const consoleCopy = mkdtempSync(join(tmpdir(), 'shequ-console-'));
  cpSync(consoleDist, consoleCopy, { recursive: true });
  provide('consoleDist', consoleCopy);
  return async () => {
    lease.close();
    await restarting;
    await dynamo.stop();
    rmSync(consoleCopy, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where a test file says it starts and ends using the run's DynamoDB Local (and learns its endpoint). */
    dynamoLease: string;
    /** The built console the run's platforms serve. */
    consoleDist: string;
  }
}
