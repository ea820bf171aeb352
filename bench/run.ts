import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type DynamoLocal, startDynamoLocal } from '../packages/local/src/dynamo-local.ts';
import { allManifests } from '../packages/manifests/src/index.ts';
import { bundleAll, checkInfraBundling, esbuildVersion, listFunctions } from './bundles.ts';
import { measureColdImports } from './cold-import.ts';
import { measureConsole } from './console.ts';
import { measureImports } from './imports.ts';
import { measurePaymentRun } from './payments.ts';
import { measureRegisterImport } from './register.ts';
import { type BenchResults, renderReport } from './report.ts';
import { measureStatistics } from './statistics.ts';
import { measureThroughput } from './throughput.ts';

/**
 * `pnpm bench [--quick] [--import-rows N]`: bundle size and cold import time of every function, local read
 * throughput through the gateway against raw DynamoDB Local, bulk import (rows/s, beside the batch-write
 * ceiling) with the group list latency after it, a community's whole register through the gateway until
 * statistics has counted it, the monthly payment run (payments/s, and the rerun that pays nothing), and compiling the monthly report of a
 * district of 10,000 and 100,000 persons (time and items read). Prints a markdown report, writes `.bench/results.json`.
 */

const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, 'import-rows': { type: 'string' } },
  strict: true,
});

// Full run stays around a minute and a half on 2 cores; quick only proves every step works. The import
// is 2,000 rows, not the 20,000 a file may hold: DynamoDB Local's transactions bound it near 90 rows/s
// here, so 20,000 would take minutes (`--import-rows 20000` runs it).
const profile = values.quick
  ? {
      name: 'quick' as const,
      runs: 2,
      concurrency: 16,
      warmupMs: 500,
      durationMs: 2_000,
      persons: 20,
      importRows: 200,
      consolePersons: 500,
      benefits: 200,
      // One grid per community, 100 changes, and the drill-down of one sub-district: about 20 s.
      statistics: { changes: 100, gridsPerCommunity: 1, drillDownArea: '350203001' },
    }
  : {
      name: 'full' as const,
      runs: 5,
      concurrency: 16,
      warmupMs: 2_000,
      durationMs: 10_000,
      persons: 100,
      importRows: 2_000,
      consolePersons: 20_000,
      benefits: 2_000,
      statistics: { changes: 1_000, gridsPerCommunity: 3 },
    };
const importRows = values['import-rows'] ? Number(values['import-rows']) : profile.importRows;
if (!Number.isInteger(importRows) || importRows < 10 || importRows > 20_000) {
  throw new Error('--import-rows must be a whole number from 10 to 20000 (the most one file may hold)');
}

const REPO_ROOT = resolve(import.meta.dirname, '..');
const RESULTS_DIR = join(REPO_ROOT, '.bench');

const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);

const scratchDir = mkdtempSync(join(tmpdir(), 'shequ-bench-'));
let dynamo: DynamoLocal | undefined;
// Ctrl-C ends the run through the normal path, so the platform and DynamoDB Local are stopped and temp
// files removed within a few seconds (requests time out, the JVM is killed if it lingers). Repeats are
// ignored: tsx relays the terminal's SIGINT, so one Ctrl-C arrives twice.
const interrupted = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted.signal.aborted) return;
    progress(`${signal}: stopping`);
    interrupted.abort(new Error(`interrupted by ${signal}`));
  });
}

try {
  const startedAt = new Date().toISOString();
  // Other work on the machine moves every number here; record how busy it was when the run began.
  const loadAverage = loadavg()[0] ?? 0;
  const warnings = checkInfraBundling();
  if (!process.version.startsWith('v24.')) warnings.push(`running on Node ${process.version}, not the Node 24 that Lambda runs`);

  const functions = listFunctions(allManifests);
  progress(`bundling ${functions.length} functions`);
  const bundles = await bundleAll(functions, join(scratchDir, 'bundles'));
  warnings.push(...bundles.flatMap((bundle) => bundle.warnings));

  interrupted.signal.throwIfAborted();
  progress(`cold-importing each bundle ${profile.runs}× in fresh node processes`);
  const coldImport = measureColdImports(
    bundles.map((bundle) => bundle.file),
    { runs: profile.runs, scratchDir },
  );

  interrupted.signal.throwIfAborted();
  progress(
    `starting the platform, then ${profile.warmupMs / 1000} + ${profile.durationMs / 1000} s of load per target at concurrency ${profile.concurrency}`,
  );
  // One DynamoDB Local for both platform sections: handlers parse their environment once per process.
  dynamo = await startDynamoLocal({ inMemory: true });
  const load = await measureThroughput({ ...profile, dynamoEndpoint: dynamo.endpoint, signal: interrupted.signal });
  for (const [target, result] of [
    ['gateway', load.gateway],
    ['raw GetItem', load.raw],
  ] as const) {
    if (result.errors > 0) warnings.push(`${target}: ${result.errors} failed requests, first: ${result.firstError}`);
  }

  interrupted.signal.throwIfAborted();
  progress(`importing a ${importRows}-row ledger, then ${profile.durationMs / 1000} s of group list load`);
  const imports = await measureImports({
    rows: importRows,
    warmupMs: profile.warmupMs,
    durationMs: profile.durationMs,
    concurrency: 4,
    dynamoEndpoint: dynamo.endpoint,
    signal: interrupted.signal,
  });
  if (imports.listByGroup.errors > 0) {
    warnings.push(`group list: ${imports.listByGroup.errors} failed requests, first: ${imports.listByGroup.firstError}`);
  }

  interrupted.signal.throwIfAborted();
  // The whole register end to end takes minutes: the quick run leaves it out.
  let register: BenchResults['register'];
  if (profile.name === 'full') {
    progress('importing 小学社区’s 16,015-row register through the gateway with every consumer running');
    register = await measureRegisterImport({ dynamoEndpoint: dynamo.endpoint, signal: interrupted.signal, progress });
    if (register.deadLetters > 0) warnings.push(`register: ${register.deadLetters} events dead-lettered`);
  }

  interrupted.signal.throwIfAborted();
  progress(`paying ${profile.benefits} benefits in one monthly run, then running it again`);
  const payments = await measurePaymentRun({
    benefits: profile.benefits,
    dynamoEndpoint: dynamo.endpoint,
    signal: interrupted.signal,
  });

  interrupted.signal.throwIfAborted();
  progress(`compiling the monthly report of a district of 10,000 and 100,000 persons with ${profile.statistics.changes} changes`);
  const statistics = await measureStatistics({
    populations: [10_000, 100_000],
    ...profile.statistics,
    dynamoEndpoint: dynamo.endpoint,
    signal: interrupted.signal,
  });
  const sameReads = new Set(
    statistics.runs.filter((run) => run.changes === profile.statistics.changes).map((run) => run.drillDown.itemsRead),
  );
  if (sameReads.size > 1) warnings.push('statistics: the two populations read different numbers of items');

  interrupted.signal.throwIfAborted();
  progress(`opening the console in Chromium on a community of ${profile.consolePersons.toLocaleString('en-US')} persons`);
  const consoleResult = await measureConsole({
    persons: profile.consolePersons,
    runs: profile.runs + 1,
    dynamoEndpoint: dynamo.endpoint,
    signal: interrupted.signal,
  });

  const results: BenchResults = {
    startedAt,
    profile: profile.name,
    environment: {
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      cores: availableParallelism(),
      cpu: cpus()[0]?.model.trim() ?? 'unknown',
      loadAverage,
      esbuild: esbuildVersion,
    },
    warnings,
    functions: bundles.map((bundle) => ({
      name: bundle.name,
      kind: bundle.kind,
      entry: relative(REPO_ROOT, bundle.entry),
      bytes: bundle.bytes,
      gzipBytes: bundle.gzipBytes,
      mapBytes: bundle.mapBytes,
      buildMs: bundle.buildMs,
      coldImportMs: coldImport.netMs.get(bundle.file) ?? Number.NaN,
    })),
    coldImport: { runs: coldImport.runs, baselineMs: coldImport.baselineMs },
    load: {
      concurrency: profile.concurrency,
      warmupSeconds: profile.warmupMs / 1000,
      durationSeconds: profile.durationMs / 1000,
      persons: load.persons,
      seedSeconds: load.seedSeconds,
      gateway: load.gateway,
      raw: load.raw,
      ratio: {
        throughput: load.gateway.perSecond / load.raw.perSecond,
        p99: load.gateway.p99Ms / load.raw.p99Ms,
      },
    },
    imports,
    ...(register ? { register } : {}),
    payments,
    statistics,
    console: consoleResult,
  };

  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${renderReport(results)}\n`);
  progress(`written to ${relative(process.cwd(), join(RESULTS_DIR, 'results.json'))}`);
} catch (error) {
  if (!interrupted.signal.aborted) throw error;
  process.exitCode = 130;
} finally {
  await dynamo?.stop();
  rmSync(scratchDir, { recursive: true, force: true });
}
