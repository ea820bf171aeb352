import { createRequire } from 'node:module';
import { createDocumentClient } from '../packages/ddb/src/client.ts';
import { ensureTable } from '../packages/ddb/src/ensure-table.ts';
import type { TransactItem } from '../packages/ddb/src/transact.ts';
import { communitiesOf, subdistrictsOf } from '../packages/divisions/src/index.ts';
import { areaLevels } from '../services/statistics/src/domain/area-levels.ts';
import { ALL_PROGRAMMES, DIBAO, paymentFlow } from '../services/statistics/src/domain/benefits.ts';
import { POPULATION_BUCKET } from '../services/statistics/src/domain/population.ts';
import { manifest } from '../services/statistics/src/manifest.ts';
import { BENEFITS_BUCKET } from '../services/statistics/src/store/benefits.ts';
import { addAtEveryLevel, addToCounter, type Deltas, flowBucket } from '../services/statistics/src/store/counters.ts';
import type { StatisticsDeps } from '../services/statistics/src/store/deps.ts';
import { areasBelow, compileCivilAffairsTable, monthlyBuckets } from '../services/statistics/src/store/reports.ts';

type DocumentClient = ReturnType<typeof createDocumentClient>;
type DocumentCommand = Parameters<DocumentClient['send']>[0];

/**
 * bench/ is no workspace package and may not add dependencies, so the SDK's UpdateCommand is loaded from the
 * package that already depends on it (the very copy the document client comes from) and typed by hand.
 */
const requireFromDdb = createRequire(new URL('../packages/ddb/package.json', import.meta.url));
const { UpdateCommand } = requireFromDdb('@aws-sdk/lib-dynamodb') as {
  UpdateCommand: new (input: NonNullable<TransactItem['Update']>) => DocumentCommand;
};
const { DeleteTableCommand } = requireFromDdb('@aws-sdk/client-dynamodb') as {
  DeleteTableCommand: new (input: { TableName: string }) => DocumentCommand;
};

const DISTRICT = '350203';
const MONTH = '2027-03';

export interface StatisticsBenchOptions {
  /** Populations to run with, each in a table of its own (e.g. 10,000 and 100,000). */
  populations: readonly number[];
  /** Changes counted during the month (payments, new and ended benefits, deaths, certificates, cases…). */
  changes: number;
  gridsPerCommunity: number;
  /** Whose drill-down to compile in full: the district (default), or one sub-district to keep a quick run short. */
  drillDownArea?: string;
  dynamoEndpoint: string;
  signal?: AbortSignal;
}

export interface StatisticsBenchRun {
  persons: number;
  changes: number;
  /** District, sub-districts, communities and grids with counters. */
  areas: number;
  seedSeconds: number;
  /** The district's 民政月报表 alone: its counters and its sub-districts'. */
  district: { ms: number; requests: number; itemsRead: number };
  /** What the monthly job does: every area below `drillDownArea` found through the drill-down index, each compiled. */
  drillDown: { area: string; tables: number; ms: number; requests: number; itemsRead: number };
}

export interface StatisticsBenchResult {
  month: string;
  runs: StatisticsBenchRun[];
}

/** Requests and items DynamoDB returned to this client (a Query counts what it scanned, a GetItem its one item). */
interface ReadCounter {
  requests: number;
  items: number;
}

function countingClient(endpoint: string, counter: ReadCounter) {
  const client = createDocumentClient({ endpoint });
  client.middlewareStack.add(
    (next) => async (args) => {
      const result = await next(args);
      const output = result.output as { Item?: unknown; Items?: unknown[]; ScannedCount?: number };
      counter.requests++;
      if (output.Item) counter.items++;
      counter.items += output.ScannedCount ?? output.Items?.length ?? 0;
      return result;
    },
    { step: 'initialize', name: 'countItemsRead' },
  );
  return client;
}

/** The district's grids: every official community of 思明区 split into `perCommunity` grids. */
function gridsOf(perCommunity: number): string[] {
  return subdistrictsOf(DISTRICT).flatMap((subdistrict) =>
    communitiesOf(subdistrict.code).flatMap((community) =>
      Array.from({ length: perCommunity }, (_, index) => `${community.code}-${String(index + 1).padStart(2, '0')}`),
    ),
  );
}

/** A small deterministic generator, so every run sees the same district. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** One month's change as the event consumers count it: the deltas they ADD at every level of its grid. */
function changeOf(index: number, next: () => number): Deltas {
  switch (index % 6) {
    case 0:
      return paymentFlow(DIBAO, 60_000 + Math.floor(next() * 40) * 100);
    case 1:
      return paymentFlow('linshi-jiuzhu', 100_000);
    case 2:
      return { [`benefits:${DIBAO}:new`]: 1, [`benefits:${ALL_PROGRAMMES}:new`]: 1 };
    case 3:
      return { deaths: 1 };
    case 4:
      return { 'certificates:issued': 1 };
    default:
      return { 'cases:filed': 1, 'cases:handled': 1, 'cases:handledInTime': next() < 0.9 ? 1 : 0 };
  }
}

async function pool<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  const pending = [...items];
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let item = pending.shift(); item !== undefined; item = pending.shift()) await work(item);
    }),
  );
}

async function seed(deps: StatisticsDeps, persons: number, changeCount: number, grids: readonly string[]): Promise<number> {
  // Seeded by the number of changes only: both populations see the same grids change, so only the numbers differ.
  const next = random(changeCount);
  // Stock counters as the person and benefit consumers leave them: summed per area, then one ADD per item.
  const stock = new Map<string, { population: Deltas; benefits: Deltas }>();
  grids.forEach((grid, index) => {
    const here = Math.floor(persons / grids.length) + (index < persons % grids.length ? 1 : 0);
    const migrant = Math.round(here * 0.3);
    const female = Math.round(here * 0.51);
    // At least one household per grid, so every population has the same counter items (only the numbers differ).
    const households = Math.max(1, Math.round(here * 0.004));
    const population = { total: here, registered: here - migrant, migrant, male: here - female, female };
    const benefits = {
      [`${DIBAO}:households`]: households,
      [`${DIBAO}:persons`]: Math.round(households * 1.8),
      [`${DIBAO}:monthlyFen`]: households * 80_000,
    };
    for (const level of areaLevels(grid)) {
      const kept = stock.get(level) ?? { population: {}, benefits: {} };
      for (const [name, value] of Object.entries(population)) kept.population[name] = (kept.population[name] ?? 0) + value;
      for (const [name, value] of Object.entries(benefits)) kept.benefits[name] = (kept.benefits[name] ?? 0) + value;
      stock.set(level, kept);
    }
  });
  const updates = [...stock.entries()].flatMap(([area, numbers]) => [
    addToCounter(deps, area, POPULATION_BUCKET, numbers.population),
    addToCounter(deps, area, BENEFITS_BUCKET, numbers.benefits),
  ]);
  // The month's changes: the same ADDs at every level of a grid that the consumers make, one by one. Written
  // outside transactions (DynamoDB Local runs those at under a hundred a second); the counters come out the same.
  const changes = Array.from({ length: changeCount }, (_, index) =>
    addAtEveryLevel(deps, grids[Math.floor(next() * grids.length)] ?? DISTRICT, flowBucket(MONTH), changeOf(index, next)),
  ).flat();
  await pool([...updates, ...changes], 16, async (item) => {
    if (item?.Update) await deps.client.send(new UpdateCommand(item.Update));
  });
  return stock.size;
}

/**
 * Compiles the monthly civil-affairs report of a district whose counters were seeded as the consumers would
 * leave them (`persons` people over every grid, `changes` FLOW changes that month): the district's table,
 * then every table of the drill-down. Reads depend on the areas and on which areas changed, never on how
 * many people live there: the two populations must read the same number of items.
 */
export async function measureStatistics(options: StatisticsBenchOptions): Promise<StatisticsBenchResult> {
  const grids = gridsOf(options.gridsPerCommunity);
  const now = new Date('2027-04-01T01:00:00+08:00');
  const scenarios = [
    ...options.populations.map((persons) => ({ persons, changes: options.changes })),
    // Fewer changes over the largest population: fewer areas with a FLOW counter, fewer items read.
    { persons: Math.max(...options.populations), changes: Math.max(1, Math.round(options.changes / 10)) },
  ];
  const runs: StatisticsBenchRun[] = [];
  for (const scenario of scenarios) {
    options.signal?.throwIfAborted();
    const counter: ReadCounter = { requests: 0, items: 0 };
    const tableName = `bench-statistics-${scenario.persons}-${scenario.changes}-${Date.now().toString(36)}`;
    const deps: StatisticsDeps = {
      client: countingClient(options.dynamoEndpoint, counter),
      tableName,
      district: DISTRICT,
      now: () => now,
    };
    await ensureTable(deps.client as never, tableName, manifest.table);
    const seedStarted = performance.now();
    const areas = await seed(deps, scenario.persons, scenario.changes, grids);
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    // Untimed once: loads the division names and warms DynamoDB Local, as a warm Lambda would be.
    await compileCivilAffairsTable(deps, DISTRICT, MONTH);

    Object.assign(counter, { requests: 0, items: 0 });
    let started = performance.now();
    const table = await compileCivilAffairsTable(deps, DISTRICT, MONTH);
    const district = { ms: performance.now() - started, requests: counter.requests, itemsRead: counter.items };
    if (table.totals.dibaoHouseholds === undefined) throw new Error('the district table has no 低保 households');

    Object.assign(counter, { requests: 0, items: 0 });
    started = performance.now();
    const drillDownArea = options.drillDownArea ?? DISTRICT;
    const below = await areasBelow(deps, drillDownArea, monthlyBuckets(MONTH));
    await pool(below, 8, async (area) => {
      await compileCivilAffairsTable(deps, area, MONTH);
    });
    const drillDown = {
      area: drillDownArea,
      tables: below.length,
      ms: performance.now() - started,
      requests: counter.requests,
      itemsRead: counter.items,
    };
    runs.push({ ...scenario, areas, seedSeconds, district, drillDown });
    // Each run's table goes before the next: DynamoDB Local slows down as in-memory tables pile up.
    await deps.client.send(new DeleteTableCommand({ TableName: tableName }));
  }
  return { month: MONTH, runs };
}
