import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Platform } from '@shequ/local/platform';
import { afterAll, describe, expect, it } from 'vitest';
import { communityRegister, spreadsheet } from '../support/community-register.ts';
import { outboxEvents } from '../support/outbox.ts';
import { apiClient, eventually, startTestPlatform } from '../support/platform.ts';

/**
 * What Ctrl-C does to a community's import under way: the platform stops (requests answered, delivery
 * drained as far as it goes) while the import job is between its first and last chunk; started again on
 * the same data, the job goes on from its checkpoint and every row arrives exactly once — in the registry
 * and in the statistics counted from its events.
 */
const community = '350203006029';
const dataDir = mkdtempSync(join(tmpdir(), 'shequ-import-stop-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const start = () => startTestPlatform({ services: ['registry', 'statistics'], inMemory: false, dataDir });

describe('an import when the platform is stopped', () => {
  it('loses no row and repeats none after a restart on the same data', async () => {
    // Two chunks: 200 rows, then 100.
    const rows = communityRegister(237);
    const file = await spreadsheet(rows);
    let platform: Platform = await start();
    let worker = await platform.issuer.sign({ sub: 'worker-xiaoxue', role: 'community-worker', areas: [community] });
    const upload = await fetch(`${platform.url}/registry/imports?community=${community}&fileName=stop.xlsx`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${worker}`,
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      body: new Uint8Array(file),
    });
    const job = (await upload.json()) as { id: string; rowsTotal: number };
    expect(upload.status).toBe(202);
    expect(job.rowsTotal).toBe(300);

    // Stop as soon as the first chunk is checkpointed: the rest is still to do.
    const midway = await eventually(async () => {
      const read = await apiClient(platform.url).request('GET', `/registry/imports/${job.id}`, { token: worker });
      return read.json.processedRows > 0 ? read.json : undefined;
      // The first chunk of 150 rows: seconds alone, a minute or more beside the rest of the suite.
    }, 150_000);
    await platform.stop();
    expect(midway.processedRows).toBeLessThan(300);

    platform = await start();
    try {
      worker = await platform.issuer.sign({ sub: 'worker-xiaoxue', role: 'community-worker', areas: [community] });
      const api = apiClient(platform.url);
      const done = await eventually(async () => {
        const read = await api.request('GET', `/registry/imports/${job.id}`, { token: worker });
        return read.json.status === 'done' ? read.json : undefined;
      }, 90_000);
      expect(done).toMatchObject({ processedRows: 300, created: 300, updated: 0, unchanged: 0, failedRows: 0 });

      const registered = await outboxEvents('registry', 'PersonRegistered');
      expect(new Set(registered.map((event) => event.data.personId)).size).toBe(300);
      expect(registered).toHaveLength(300);
      // Statistics saw each person once: counted from the events, not from the registry's table.
      const population = await eventually(async () => {
        const read = await api.request('GET', `/statistics/population?area=${community}`, { token: worker });
        return read.json.total === 300 ? read.json : undefined;
      }, 180_000);
      expect(population).toMatchObject({ total: 300, migrant: 48, registered: 252 });
      expect(platform.delivery.deadLetters).toEqual([]);
    } finally {
      await platform.stop();
    }
    // Two platform starts and a drained stop, beside the other files' platforms on one DynamoDB Local.
  }, 480_000);
});
