import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createEvent, defineEvent } from '@shequ/contracts';
import { createDocumentClient, newId, writeWithEvents } from '@shequ/ddb';
import { tableOf } from '@shequ/kit';
import { freePort } from '@shequ/local/dynamo-local';
import { type Platform, startPlatform } from '@shequ/local/platform';
import { withCheckCharacter } from '@shequ/registry/domain/citizen-id';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { tallyManifest } from '../support/fixtures/tally/manifest.ts';
import { tallyState } from '../support/fixtures/tally/state.ts';
import { apiClient } from '../support/platform.ts';

const TallyCounted = defineEvent('tally', 'TallyCounted', z.object({ n: z.number().int() }));

const repoRoot = resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'shequ-lifecycle-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Java processes serving DynamoDB Local on a given port. */
function dynamoProcessesOn(port: number): string[] {
  try {
    return execFileSync('pgrep', ['-f', `DynamoDBLocal.jar.*-port ${port}`], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
  } catch {
    return [];
  }
}

describe('the platform lifecycle', () => {
  it('keeps data in its data directory across a restart', async () => {
    const options = { port: 0, dataDir, demo: false, scheduler: false, log: () => undefined };
    let platform: Platform = await startPlatform(options);
    const token = await platform.issuer.sign({ sub: 'worker', role: 'community-worker', areas: ['350203006029'] });
    const created = await apiClient(platform.url).request('POST', '/registry/persons', {
      token,
      body: { name: '许德福', citizenId: withCheckCharacter('35020319500505017'), residence: 'registered', area: '350203006029' },
    });
    expect(created.status).toBe(201);
    await platform.stop();

    platform = await startPlatform(options);
    try {
      // The token still verifies: the dev issuer's secret is kept with the data.
      const read = await apiClient(platform.url).request('GET', `/registry/persons/${created.json.id}`, { token });
      expect(read.status).toBe(200);
      expect(read.json.name).toBe('许德福');
    } finally {
      await platform.stop();
    }
  }, 60_000);

  it('delivers on stop every event written before it; after a restart on the same data none is lost or repeated', async () => {
    const options = {
      port: 0,
      dataDir: join(dataDir, 'drain'),
      demo: false,
      scheduler: false,
      log: () => undefined,
      manifests: [tallyManifest],
    };
    tallyState.delayMs = 10;
    let platform = await startPlatform(options);
    const client = createDocumentClient({ endpoint: platform.dynamoEndpoint });
    const ids: string[] = [];
    for (let transaction = 0; transaction < 40; transaction++) {
      const events = Array.from({ length: 5 }, (_, n) =>
        createEvent(TallyCounted, { id: newId(), district: '350203', area: '350203006029', data: { n } }),
      );
      ids.push(...events.map((event) => event.id));
      await writeWithEvents(client, tableOf('tally'), [], events);
    }
    client.destroy();
    // Two seconds of work for the consumer are still queued or unread when the stop begins.
    expect(tallyState.receives.size).toBeLessThan(ids.length);

    const waiting: string[] = [];
    await platform.stop({ onWaiting: (backlog) => waiting.push(backlog) });
    const deliveredByStop = ids.filter((id) => tallyState.receives.get(id) === 1).length;
    platform = await startPlatform(options);
    try {
      await platform.delivery.idle();
      expect(deliveredByStop).toBe(ids.length);
      expect(ids.map((id) => tallyState.receives.get(id))).toEqual(Array(ids.length).fill(1));
      expect(platform.delivery.status().consumers).toEqual([expect.objectContaining({ queue: 'tally.count', delivered: 0 })]);
      expect(waiting.every((line) => line.includes('tally.count'))).toBe(true);
    } finally {
      await platform.stop();
    }
  }, 120_000);

  it('stops everything on Ctrl-C and leaves no Java process behind', async () => {
    const port = await freePort();
    const tsx = join(repoRoot, 'node_modules/.bin/tsx');
    // Its own process group, as a terminal's foreground job, so Ctrl-C reaches the whole group.
    const child: ChildProcess = spawn(
      tsx,
      ['packages/local/src/cli/start.ts', '--in-memory', '--no-demo', '--port', String(port)],
      {
        cwd: repoRoot,
        detached: true,
        env: { ...process.env, SHEQU_DATA_DIR: dataDir, DYNAMODB_ENDPOINT: '', TABLE_NAME_PREFIX: 'shequ' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

    const deadline = Date.now() + 45_000;
    while (!output.includes('按 Ctrl-C 停止') && Date.now() < deadline) await new Promise((done) => setTimeout(done, 100));
    expect(output).toContain(`http://127.0.0.1:${port}`);
    const health = await fetch(`http://127.0.0.1:${port}/_local/health`);
    expect(health.status).toBe(200);
    const javaPort = Number(/DynamoDB\s+http:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1]);
    expect(dynamoProcessesOn(javaPort)).toHaveLength(1);
    // Java runs in a group of its own: the Ctrl-C below reaches the platform, which drains before it stops Java.
    const javaGroup = execFileSync('ps', ['-o', 'pgid=', '-p', dynamoProcessesOn(javaPort)[0] as string], { encoding: 'utf8' });
    expect(Number(javaGroup.trim())).not.toBe(child.pid);

    process.kill(-(child.pid as number), 'SIGINT');
    expect(await exited).toBe(0);
    expect(output).toContain('等待事件投递完成');
    expect(output).toContain('已停止');
    expect(dynamoProcessesOn(javaPort)).toEqual([]);
    await expect(fetch(`http://127.0.0.1:${port}/_local/health`)).rejects.toThrow();
  }, 60_000);
});
