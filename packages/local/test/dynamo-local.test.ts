import { execFileSync, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort, START_TIMEOUT_VARIABLE, startDynamoLocal } from '../src/dynamo-local.ts';

const repoRoot = resolve(import.meta.dirname, '../../..');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const groupOf = (pid: number) => Number(execFileSync('ps', ['-o', 'pgid=', '-p', String(pid)], { encoding: 'utf8' }).trim());

/** Java processes serving DynamoDB Local on a given port. */
function dynamoProcessesOn(port: number): string[] {
  try {
    return execFileSync('pgrep', ['-f', `DynamoDBLocal.jar.*-port ${port}( |$)`], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
  } catch {
    return [];
  }
}

async function until(check: () => boolean, timeoutMs = 15_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await new Promise((done) => setTimeout(done, 100));
  }
  return true;
}

const saved = process.env[START_TIMEOUT_VARIABLE];
afterEach(() => {
  if (saved === undefined) delete process.env[START_TIMEOUT_VARIABLE];
  else process.env[START_TIMEOUT_VARIABLE] = saved;
});

describe('DynamoDB Local', () => {
  it('runs in a process group of its own, and goes when the process that started it is killed outright', async () => {
    // Node itself with tsx's loader, not the tsx command: that would run the script in a child it does not kill.
    const holder = spawn(process.execPath, ['--import', 'tsx', 'packages/local/test/fixtures/hold-dynamo-local.ts'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    holder.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    await until(() => output.includes('\n'), 120_000);
    const { pid } = JSON.parse(output) as { pid: number; port: number };

    // A terminal's Ctrl-C goes to the holder's group; Java is not in it, so the platform can drain first.
    expect(groupOf(pid)).toBe(pid);
    expect(groupOf(pid)).not.toBe(groupOf(holder.pid as number));
    holder.kill('SIGKILL');

    // No exit handler runs on SIGKILL: the guard sees its pipe close and kills Java's group.
    expect(await until(() => !alive(pid))).toBe(true);
  }, 150_000);

  it('gives up at its start-up limit, names the variable that raises it, and leaves no Java behind', async () => {
    const port = await freePort();

    await expect(startDynamoLocal({ inMemory: true, port, startTimeoutMs: 1 })).rejects.toThrow(
      /did not start within 0\.001 s \(set DYNAMODB_LOCAL_START_TIMEOUT=<seconds> to wait longer\)/,
    );
    expect(await until(() => dynamoProcessesOn(port).length === 0)).toBe(true);
  });

  it('refuses a start-up limit that is not a number of seconds before starting anything', async () => {
    process.env[START_TIMEOUT_VARIABLE] = 'soon';
    await expect(startDynamoLocal({ inMemory: true })).rejects.toThrow(
      'DYNAMODB_LOCAL_START_TIMEOUT=soon must be a number of seconds',
    );
  });
});
