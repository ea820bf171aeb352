import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { ensureConsoleBuilt } from '../packages/console/build.ts';
import { type PlannedUnit, putUnits } from '../packages/local/src/demo/bulk-write.ts';
import { withCheckCharacter } from '../services/registry/src/domain/citizen-id.ts';
import { defaultRegistryDeps } from '../services/registry/src/store/deps.ts';
import { planRegistration } from '../services/registry/src/store/persons.ts';
import {
  birthsBucketOf,
  type Contribution,
  counterChanges,
  POPULATION_BUCKET,
} from '../services/statistics/src/domain/population.ts';
import { addToCounter } from '../services/statistics/src/store/counters.ts';
import { defaultStatisticsDeps } from '../services/statistics/src/store/deps.ts';
// The browser tests' launcher: bench/ is no workspace package, test/ holds playwright-core.
import { launchBrowser } from '../test/support/browser.ts';
import { startBenchPlatform } from './platform.ts';

type Browser = Awaited<ReturnType<typeof launchBrowser>>;

/** Another community than the other sections', so its 人员台账 holds exactly the persons put here. */
const COMMUNITY = '350203006005';
const WORKER = { sub: 'bench-worker', role: 'community-worker' as const, areas: [COMMUNITY] };

/** The aims: the first screen's code and the first page of 人员台账 on a community of 20,000. */
export const CONSOLE_TARGETS = { firstScreenKiB: 400, firstPageMs: 1_500 } as const;

/** 数据总览's aims: its code (the charts included) and each level of the drill-down on the screen. */
export const DRILL_DOWN_TARGETS = { codeKiB: 700, firstRenderMs: 2_000, levelDownMs: 1_000 } as const;

/** The statistics counters are written directly (the bench runs without consumers): the SDK comes from ddb's dependencies. */
const requireFromDdb = createRequire(new URL('../packages/ddb/package.json', import.meta.url));
const { UpdateCommand } = requireFromDdb('@aws-sdk/lib-dynamodb') as {
  UpdateCommand: new (input: unknown) => Parameters<ReturnType<typeof defaultStatisticsDeps>['client']['send']>[0];
};
const ADMIN = { sub: 'bench-admin', role: 'district-admin' as const, areas: ['350203'] };
const SUBDISTRICT = COMMUNITY.slice(0, 9);

export interface ConsoleBenchOptions {
  /** Persons registered in the community whose list is opened. */
  persons: number;
  /** Navigations to 人员台账 timed (the first with an empty browser cache, the rest warm). */
  runs: number;
  dynamoEndpoint: string;
  signal?: AbortSignal;
}

export interface ShippedCode {
  /** JavaScript and CSS the browser fetched, gzip-compressed as a server or CloudFront would send it. */
  gzipKiB: number;
  files: number;
}

export interface ConsoleBenchResult {
  persons: number;
  signIn: ShippedCode;
  personList: ShippedCode;
  /** Navigation to the first page of 人员台账 rendered (its first row visible), in ms. */
  coldMs: number;
  warmMs: number[];
  drillDown: DrillDownResult;
}

export interface DrillDownResult {
  /** JavaScript and CSS 数据总览 makes the browser download, signed in, with an empty cache. */
  code: ShippedCode;
  /** Navigation to 数据总览 of the district until its figures and sub-districts show, one per run (each an empty cache). */
  firstRenderMs: number[];
  /** From the click on the sub-district to its communities showing, one per run. */
  levelDownMs: number[];
  /** The API answers (JSON, uncompressed) of the first render and of the level down, in KiB. */
  firstRenderApiKiB: number;
  levelDownApiKiB: number;
}

/**
 * Opens the console in Chromium on the local platform: what the sign-in page and 人员台账 make the browser
 * download, and how long from navigation to 人员台账's first page on a community of `persons`.
 */
export async function measureConsole(options: ConsoleBenchOptions): Promise<ConsoleBenchResult> {
  await ensureConsoleBuilt();
  const platform = await startBenchPlatform({ dynamoEndpoint: options.dynamoEndpoint, consumers: false });
  const browser = await launchBrowser();
  try {
    await registerPersons(options.persons);
    options.signal?.throwIfAborted();
    const token = await platform.issuer.sign(WORKER);

    const shipped = async (path: string, signedIn: boolean) => {
      const context = await browser.newContext();
      if (signedIn) await context.addInitScript((value) => localStorage.setItem('shequ.session', value), token);
      const page = await context.newPage();
      const code = new Map<string, Promise<number>>();
      page.on('response', (response) => {
        const type = response.headers()['content-type'] ?? '';
        if (/javascript|css/.test(type))
          code.set(
            response.url(),
            response.body().then((body) => gzipSync(body).length),
          );
      });
      await page.goto(`${platform.url}${path}`, { waitUntil: 'networkidle' });
      const sizes = await Promise.all(code.values());
      await context.close();
      return { gzipKiB: sizes.reduce((sum, size) => sum + size, 0) / 1024, files: sizes.length };
    };
    const signIn = await shipped('/sign-in', false);
    const personList = await shipped('/persons', true);

    const context = await browser.newContext();
    await context.addInitScript((value) => localStorage.setItem('shequ.session', value), token);
    const page = await context.newPage();
    const timings: number[] = [];
    for (let run = 0; run < options.runs; run++) {
      options.signal?.throwIfAborted();
      const started = performance.now();
      await page.goto(`${platform.url}/persons`);
      await page.locator('.ant-table-row').first().waitFor({ timeout: 30_000 });
      timings.push(performance.now() - started);
      await page.goto('about:blank');
    }
    await context.close();
    options.signal?.throwIfAborted();
    await countPersons(options.persons);
    const drillDown = await measureDrillDown(browser, platform.url, await platform.issuer.sign(ADMIN), options);
    return { persons: options.persons, signIn, personList, coldMs: timings[0] ?? 0, warmMs: timings.slice(1), drillDown };
  } finally {
    await browser.close();
    await platform.stop();
  }
}

/** The persons `registerPersons` puts: birth date, sex (odd 17th digit: male) and grid of each. */
function plannedPerson(index: number) {
  const birth = new Date(Date.UTC(1945, 0, 1 + Math.floor(index / 500))).toISOString().slice(0, 10);
  const sequence = String(index % 500).padStart(3, '0');
  return {
    birthDate: birth,
    citizenId: withCheckCharacter(`350203${birth.replaceAll('-', '')}${sequence}`),
    sex: Number(sequence[2]) % 2 === 1 ? ('male' as const) : ('female' as const),
    grid: `${COMMUNITY}-${String(1 + (index % 6)).padStart(2, '0')}`,
  };
}

/** The counters statistics' consumer would leave for the registered persons, summed and written once per item. */
async function countPersons(count: number): Promise<void> {
  const deps = defaultStatisticsDeps();
  const contribution: Contribution = new Map();
  const add = (area: string, bucket: string, name: string) => {
    const buckets = contribution.get(area) ?? new Map<string, Record<string, number>>();
    const numbers = buckets.get(bucket) ?? {};
    numbers[name] = (numbers[name] ?? 0) + 1;
    buckets.set(bucket, numbers);
    contribution.set(area, buckets);
  };
  for (let index = 0; index < count; index++) {
    const person = plannedPerson(index);
    for (const name of ['total', 'registered', person.sex]) add(person.grid, POPULATION_BUCKET, name);
    add(person.grid, birthsBucketOf(person.sex, person.birthDate.slice(0, 4)), person.birthDate.slice(5, 10));
  }
  for (const change of counterChanges(new Map(), contribution)) {
    const item = addToCounter(deps, change.area, change.bucket, change.deltas);
    if (item?.Update) await deps.client.send(new UpdateCommand(item.Update));
  }
}

/**
 * 数据总览 in Chromium as the district's office opens it: the district's figures and sub-districts, then a
 * click on the bench's sub-district until its communities show (the bench community's row holds every person).
 */
async function measureDrillDown(
  browser: Browser,
  url: string,
  token: string,
  options: ConsoleBenchOptions,
): Promise<DrillDownResult> {
  const firstRenderMs: number[] = [];
  const levelDownMs: number[] = [];
  let code: ShippedCode = { gzipKiB: 0, files: 0 };
  let firstRenderApiKiB = 0;
  let levelDownApiKiB = 0;
  for (let run = 0; run < options.runs; run++) {
    options.signal?.throwIfAborted();
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript((value) => localStorage.setItem('shequ.session', value), token);
    const page = await context.newPage();
    const sizes: Promise<{ code: boolean; gzip: number; bytes: number }>[] = [];
    page.on('response', (response) => {
      const type = response.headers()['content-type'] ?? '';
      const isCode = /javascript|css/.test(type);
      if (isCode || (/json/.test(type) && new URL(response.url()).pathname.startsWith('/statistics/')))
        sizes.push(
          response
            .body()
            .then((body) => ({ code: isCode, gzip: gzipSync(body).length, bytes: body.length }))
            .catch(() => ({ code: isCode, gzip: 0, bytes: 0 })),
        );
    });
    const started = performance.now();
    await page.goto(`${url}/stats?area=350203`);
    const subdistrict = page.getByTestId('child-areas').locator('tr.ant-table-row', { hasText: '鹭江街道' });
    // Other bench sections count persons elsewhere in the district: the figures showing is what is waited for.
    await page
      .getByTestId('headline-total')
      .locator('.ant-statistic-content-value')
      .filter({ hasText: /\d/ })
      .waitFor({ timeout: 60_000 });
    await subdistrict.waitFor({ timeout: 60_000 });
    firstRenderMs.push(performance.now() - started);
    await page.waitForLoadState('networkidle');
    const first = await Promise.all(sizes.splice(0));
    const shippedCode = first.filter((size) => size.code);
    if (run === 0) {
      code = { gzipKiB: shippedCode.reduce((sum, size) => sum + size.gzip, 0) / 1024, files: shippedCode.length };
      firstRenderApiKiB = first.filter((size) => !size.code).reduce((sum, size) => sum + size.bytes, 0) / 1024;
    }

    const clicked = performance.now();
    await subdistrict.getByText('鹭江街道').click();
    await page.waitForURL(new RegExp(`area=${SUBDISTRICT}(&|$)`));
    await page
      .getByTestId('child-areas')
      .locator('tr.ant-table-row')
      .filter({ has: page.locator('td:nth-child(2)', { hasText: new RegExp(`^${options.persons}$`) }) })
      .first()
      .waitFor({ timeout: 30_000 });
    levelDownMs.push(performance.now() - clicked);
    await page.waitForLoadState('networkidle');
    if (run === 0) levelDownApiKiB = (await Promise.all(sizes.splice(0))).reduce((sum, size) => sum + size.bytes, 0) / 1024;
    await context.close();
  }
  return { code, firstRenderMs, levelDownMs, firstRenderApiKiB, levelDownApiKiB };
}

/** The drill-down's lines of the bench report's console table (`console`, `files`, `gzip KiB`, `ms`, `aim`). */
export function drillDownRows(result: DrillDownResult): string[][] {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
  const aim = (value: number, limit: number, unit: string) => `≤ ${limit} ${unit}: ${value <= limit ? 'met' : 'not met'}`;
  const first = median(result.firstRenderMs);
  const down = median(result.levelDownMs);
  return [
    [
      '数据总览: JS + CSS (charts included)',
      String(result.code.files),
      result.code.gzipKiB.toFixed(0),
      '',
      aim(result.code.gzipKiB, DRILL_DOWN_TARGETS.codeKiB, 'KiB'),
    ],
    [
      `数据总览 of the district, empty cache (median of ${result.firstRenderMs.length}; API ${result.firstRenderApiKiB.toFixed(1)} KiB)`,
      '',
      '',
      first.toFixed(0),
      aim(first, DRILL_DOWN_TARGETS.firstRenderMs, 'ms'),
    ],
    [
      `数据总览 one level down to a sub-district (median of ${result.levelDownMs.length}; API ${result.levelDownApiKiB.toFixed(1)} KiB)`,
      '',
      '',
      down.toFixed(0),
      aim(down, DRILL_DOWN_TARGETS.levelDownMs, 'ms'),
    ],
  ];
}

/** Persons planned by the registry's own registration and put in batches, as the demo loads its register. */
async function registerPersons(count: number): Promise<void> {
  const deps = defaultRegistryDeps();
  const units: PlannedUnit[] = [];
  for (let index = 0; index < count; index++) {
    const { citizenId, grid } = plannedPerson(index);
    const registration = await planRegistration(
      deps,
      { name: `居民${String(index).padStart(5, '0')}`, citizenId, residence: 'registered', area: grid },
      'bench',
    );
    units.push({ items: registration.items, events: [registration.event] });
  }
  await putUnits(deps, units, 4);
}
