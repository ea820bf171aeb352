import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './stats.ts';

export interface ColdImportResult {
  /** Median wall time of `node <empty module>`: process start-up, paid by every bundle too. */
  baselineMs: number;
  /** Per bundle file: median wall time minus the baseline, i.e. what module load and init add. */
  netMs: Map<string, number>;
  runs: number;
}

/**
 * Times fresh `node` processes that load each bundle and exit, as a Lambda cold start's init phase does
 * (without the runtime's own bootstrap). Runs are round-robin over bundles and baseline, so slow drift on
 * a shared machine (other jobs, CPU frequency) spreads over all of them instead of one.
 */
export function measureColdImports(files: readonly string[], options: { runs: number; scratchDir: string }): ColdImportResult {
  const empty = join(options.scratchDir, 'empty.mjs');
  writeFileSync(empty, '');
  // Only what module init could read: a clean environment keeps out pnpm's and tsx's variables and any
  // NODE_COMPILE_CACHE, which would make the second run of a bundle warm.
  const env = {
    PATH: process.env.PATH ?? '',
    DISTRICT: '350203',
    PII_LOCAL_KEY_FILE: join(options.scratchDir, 'pii.key'),
    // Infra sets this on every function, and it changes how Node loads a module with a linked source map.
    NODE_OPTIONS: '--enable-source-maps',
  };

  const samples = new Map<string, number[]>([empty, ...files].map((file) => [file, []]));
  for (let run = 0; run < options.runs; run++) {
    for (const [file, times] of samples) times.push(timeNode(file, env));
  }

  const baselineMs = median(samples.get(empty) ?? []);
  return {
    baselineMs,
    netMs: new Map(files.map((file) => [file, median(samples.get(file) ?? []) - baselineMs])),
    runs: options.runs,
  };
}

/** Wall time of one `node <file>` from spawn to exit; the process must exit cleanly. */
function timeNode(file: string, env: Record<string, string>): number {
  const started = performance.now();
  const child = spawnSync(process.execPath, [file], { env, encoding: 'utf8', timeout: 30_000 });
  const elapsed = performance.now() - started;
  if (child.error) throw child.error;
  if (child.status !== 0) throw new Error(`node ${file} exited with ${child.status ?? child.signal}:\n${child.stderr}`);
  return elapsed;
}
