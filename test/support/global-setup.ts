import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consoleDist, ensureConsoleBuilt } from '@shequ/console/build';
import { startDynamoLocal } from '@shequ/local/dynamo-local';

/**
 * One in-memory DynamoDB Local for the whole test run, on a free port; every test file gets its own
 * table prefix (setup-env.ts), so files run in parallel without meeting each other's data.
 */
export default async function setup({ provide }: { provide: (key: 'dynamoEndpoint' | 'consoleDist', value: string) => void }) {
  // Built once here, before any file starts a platform that serves it (a few seconds, only when stale).
  const [dynamo] = await Promise.all([startDynamoLocal({ inMemory: true }), ensureConsoleBuilt()]);
  provide('dynamoEndpoint', dynamo.endpoint);
  // The run's platforms serve a copy, so a console rebuilt while the suite runs never pulls files from under a page.
  const consoleCopy = mkdtempSync(join(tmpdir(), 'shequ-console-'));
  cpSync(consoleDist, consoleCopy, { recursive: true });
  provide('consoleDist', consoleCopy);
  return async () => {
    await dynamo.stop();
    rmSync(consoleCopy, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    /** The built console the run's platforms serve. */
    consoleDist: string;
  }
}
