import { percentile } from './stats.ts';

export interface LoadOptions {
  concurrency: number;
  durationMs: number;
  /** Ends the run early (Ctrl-C); the caller decides what an interrupted run means. */
  signal?: AbortSignal;
}

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** The first failure, so a broken target is reported instead of being measured as fast. */
  firstError?: string;
}

/**
 * Closed-loop load: `concurrency` workers each issue the next operation as soon as the previous one
 * finishes, until the deadline. Throughput is therefore what the target sustains at that concurrency,
 * and latency includes queueing inside the target, not in the load generator.
 */
export async function runLoad(operation: () => Promise<void>, options: LoadOptions): Promise<LoadResult> {
  const { concurrency, durationMs, signal } = options;
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const deadline = started + durationMs;

  const worker = async () => {
    while (performance.now() < deadline && !signal?.aborted) {
      const begin = performance.now();
      try {
        await operation();
        latencies.push(performance.now() - begin);
      } catch (error) {
        errors++;
        firstError ??= String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));

  const seconds = (performance.now() - started) / 1000;
  return {
    requests: latencies.length,
    errors,
    seconds,
    perSecond: latencies.length / seconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    ...(firstError ? { firstError } : {}),
  };
}
