import { gzipSync } from 'node:zlib';
import { ensureConsoleBuilt } from '../packages/console/build.ts';
import { type PlannedUnit, putUnits } from '../packages/local/src/demo/bulk-write.ts';
import { withCheckCharacter } from '../services/registry/src/domain/citizen-id.ts';
import { defaultRegistryDeps } from '../services/registry/src/store/deps.ts';
import { planRegistration } from '../services/registry/src/store/persons.ts';
// The browser tests' launcher: bench/ is no workspace package, test/ holds playwright-core.
import { launchBrowser } from '../test/support/browser.ts';
import { startBenchPlatform } from './platform.ts';

/** Another community than the other sections', so its 人员台账 holds exactly the persons put here. */
const COMMUNITY = '350203006005';
const WORKER = { sub: 'bench-worker', role: 'community-worker' as const, areas: [COMMUNITY] };

/** The aims: the first screen's code and the first page of 人员台账 on a community of 20,000. */
export const CONSOLE_TARGETS = { firstScreenKiB: 400, firstPageMs: 1_500 } as const;

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
    return { persons: options.persons, signIn, personList, coldMs: timings[0] ?? 0, warmMs: timings.slice(1) };
  } finally {
    await browser.close();
    await platform.stop();
  }
}

/** Persons planned by the registry's own registration and put in batches, as the demo loads its register. */
async function registerPersons(count: number): Promise<void> {
  const deps = defaultRegistryDeps();
  const units: PlannedUnit[] = [];
  for (let index = 0; index < count; index++) {
    const birth = new Date(Date.UTC(1945, 0, 1 + Math.floor(index / 500))).toISOString().slice(0, 10).replaceAll('-', '');
    const citizenId = withCheckCharacter(`350203${birth}${String(index % 500).padStart(3, '0')}`);
    const grid = String(1 + (index % 6)).padStart(2, '0');
    const registration = await planRegistration(
      deps,
      { name: `居民${String(index).padStart(5, '0')}`, citizenId, residence: 'registered', area: `${COMMUNITY}-${grid}` },
      'bench',
    );
    units.push({ items: registration.items, events: [registration.event] });
  }
  await putUnits(deps, units, 4);
}
