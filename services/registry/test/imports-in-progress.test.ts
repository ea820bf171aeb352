import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { sharedDocumentClient } from '@shequ/ddb';
import { tableOf } from '@shequ/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportStatus } from '../src/domain/imports.ts';
import { handler as listImports } from '../src/handlers/list-imports.ts';
import { type ImportRecord, jobItem } from '../src/store/imports.ts';
import { call, claimsFor, createServiceTables } from './support.ts';

const community = '350203006043';
const worker = claimsFor('community-worker', [community]);

/** A job as the import pipeline stores it, created `minutesAgo` before noon of 2026-03-02. */
function job(id: string, status: ImportStatus, minutesAgo: number): ImportRecord {
  return {
    id: id.padEnd(32, '0'),
    community,
    fileName: `${id}.xlsx`,
    contentType: 'text/csv',
    objectKey: `imports/${id}`,
    bytes: 100,
    rowsTotal: 10,
    status,
    processedRows: status === 'done' ? 10 : 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    failedRows: 0,
    requestedBy: 'test',
    createdAt: new Date(Date.UTC(2026, 2, 2, 4) - minutesAgo * 60_000).toISOString(),
    version: 1,
  };
}

const store = (record: ImportRecord) =>
  sharedDocumentClient().send(new PutCommand({ TableName: tableOf('registry'), Item: jobItem(record) }));

const list = (query: Record<string, string>, claims = worker) =>
  call(listImports, 'GET', '/registry/imports', { query: { area: community, ...query }, claims });
const idsOf = (response: Awaited<ReturnType<typeof list>>) => response.json.items.map((item: { id: string }) => item.id);

// A running job started long ago, then a day of finished re-imports, then one just queued.
const running = job('a1', 'running', 600);
const queued = job('a2', 'queued', 1);
const finished = Array.from({ length: 25 }, (_, index) =>
  job(`b${index.toString(16).padStart(2, '0')}`, index % 5 === 0 ? 'failed' : 'done', 500 - index * 10),
);

beforeAll(async () => {
  await createServiceTables();
  await Promise.all([running, queued, job('a3', 'cancelled', 2), ...finished].map(store));
});

describe('GET /registry/imports?inProgress=true', () => {
  it('lists newest first, where a long-running job falls off the first page', async () => {
    const page = await list({});
    expect(page.status).toBe(200);
    expect(idsOf(page)).toHaveLength(20);
    expect(idsOf(page)[0]).toBe(queued.id);
    expect(idsOf(page)).not.toContain(running.id);
  });

  it('finds every queued and running job on one page, newest first, however many jobs ended before', async () => {
    const page = await list({ inProgress: 'true' });
    expect(page.status).toBe(200);
    expect(idsOf(page)).toEqual([queued.id, running.id]);
    expect(page.json.items.map((item: { status: string }) => item.status)).toEqual(['queued', 'running']);
    expect(page.json.cursor).toBeUndefined();
  });

  it('drops a job from the list once it ends', async () => {
    await store({ ...running, status: 'done', processedRows: 10, version: 2 });
    expect(idsOf(await list({ inProgress: 'true' }))).toEqual([queued.id]);
    expect(idsOf(await list({ inProgress: 'false', limit: '100' }))).toHaveLength(28);
  });

  it('refuses a bad flag with a Chinese problem and another community with 403', async () => {
    const bad = await list({ inProgress: 'yes' });
    expect(bad.status).toBe(422);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(bad.json)).toContain('inProgress 须为 true 或 false');
    expect((await list({ inProgress: 'true' }, claimsFor('community-worker', ['350203006002']))).status).toBe(403);
  });
});
