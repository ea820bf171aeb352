import { createEvent, defineEvent } from '@shequ/contracts';
import { newId, sharedDocumentClient, writeWithEvents } from '@shequ/ddb';
import { tableOf } from '@shequ/kit';
import type { Platform } from '@shequ/local/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { flakyManifest } from '../support/fixtures/flaky/manifest.ts';
import { flakyState } from '../support/fixtures/flaky/state.ts';
import { apiClient, eventually, startTestPlatform } from '../support/platform.ts';

const FlakyHappened = defineEvent('flaky', 'FlakyHappened', z.object({ failUntil: z.number().int() }));
let platform: Platform;

beforeAll(async () => {
  platform = await startTestPlatform({ manifests: [flakyManifest] });
});
afterAll(() => platform?.stop());

/** Writes events through the outbox, exactly as a service command does. */
async function publish(failUntil: number[]): Promise<string[]> {
  const events = failUntil.map((count) =>
    createEvent(FlakyHappened, { id: newId(), district: '350203', area: '350203006029', data: { failUntil: count } }),
  );
  await writeWithEvents(sharedDocumentClient(), tableOf('flaky'), [], events);
  return events.map((event) => event.id);
}

describe('event delivery from the table stream', () => {
  it('retries a failing record until it succeeds and applies it once', async () => {
    const [id] = await publish([2]);
    await eventually(async () => (flakyState.applied.includes(id as string) ? true : undefined));
    expect(flakyState.receives.get(id as string)).toBe(3);
    expect(platform.delivery.deadLetters).toEqual([]);
  });

  it('delivers in SQS-sized batches and retries only the records that failed', async () => {
    const batchesBefore = flakyState.batches.length;
    const ids = await publish([...Array.from({ length: 11 }, () => 0), 1]);
    await eventually(async () => (ids.every((id) => flakyState.applied.includes(id)) ? true : undefined));
    expect(Math.max(...flakyState.batches.slice(batchesBefore))).toBeLessThanOrEqual(10);
    expect(ids.map((id) => flakyState.receives.get(id))).toEqual([...Array.from({ length: 11 }, () => 1), 2]);
  });

  it('dead-letters a record after five receives, loses nothing, and redrives it once the outage ends', async () => {
    flakyState.outage = true;
    const [id] = await publish([1]);
    const letter = await eventually(async () =>
      platform.delivery.deadLetters.find((entry) => entry.kind === 'event' && entry.event.id === id),
    );
    expect(letter).toMatchObject({ queue: 'flaky.record', attempts: 5, event: { type: 'FlakyHappened' } });
    expect(letter.lastError).toContain('reported as failed');
    expect(flakyState.applied).not.toContain(id);

    const admin = await platform.issuer.sign({ sub: 'admin', role: 'district-admin', areas: ['350203'] });
    const api = apiClient(platform.url);
    const listed = await api.request('GET', '/_local/dead-letters', { token: admin });
    expect(listed.json.items.map((entry: { event: { id: string } }) => entry.event.id)).toContain(id);

    flakyState.outage = false;
    const redriven = await api.request('POST', `/_local/dead-letters/${letter.id}/redrive`, { token: admin });
    expect(redriven.json).toEqual({ delivered: true });
    expect(flakyState.applied.filter((applied) => applied === id)).toHaveLength(1);
    expect(platform.delivery.deadLetters).toEqual([]);
  });

  it('runs a manifest job by name, as pnpm job does', async () => {
    const before = flakyState.ticks;
    expect(platform.jobs).toEqual(['flaky.tick']);
    expect(await platform.runJob('flaky.tick')).toEqual({ ticks: before + 1 });
    await expect(platform.runJob('flaky.nope')).rejects.toThrow(/no job "flaky.nope"/);
  });
});
