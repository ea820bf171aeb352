import { describe, expect, it } from 'vitest';
import { RequestTraffic } from '../src/request-traffic.ts';

const settledWithin = async (promise: Promise<void>, ms: number) =>
  Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);

describe('request traffic (consumer batches let requests go first)', () => {
  it('is quiet at once when no request is in flight', async () => {
    const traffic = new RequestTraffic();
    expect(await settledWithin(traffic.quiet(5_000), 20)).toBe(true);
  });

  it('waits for the last request in flight to be answered', async () => {
    const traffic = new RequestTraffic();
    const first = traffic.begin();
    const second = traffic.begin();
    const quiet = traffic.quiet(5_000);
    first();
    expect(await settledWithin(quiet, 50)).toBe(false);
    // Ending the same request twice must not count another one as answered.
    first();
    expect(traffic.busy).toBe(true);
    second();
    expect(await settledWithin(quiet, 50)).toBe(true);
    expect(traffic.busy).toBe(false);
  });

  it('gives up waiting after the longest wait, so steady traffic slows background work but never stops it', async () => {
    const traffic = new RequestTraffic();
    traffic.begin();
    const started = performance.now();
    await traffic.quiet(80);
    expect(performance.now() - started).toBeGreaterThanOrEqual(70);
    expect(traffic.busy).toBe(true);
  });
});
