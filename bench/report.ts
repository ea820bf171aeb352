import type { FunctionKind } from './bundles.ts';
import { CONSOLE_TARGETS, type ConsoleBenchResult, drillDownRows } from './console.ts';
import type { ImportBenchResult } from './imports.ts';
import type { LoadResult } from './load.ts';
import { markdownTable } from './markdown-table.ts';
import { PAYMENT_TARGETS, type PaymentBenchResult } from './payments.ts';
import type { RegisterBenchResult } from './register.ts';
import type { StatisticsBenchResult } from './statistics.ts';
import { round } from './stats.ts';

export interface BenchResults {
  startedAt: string;
  profile: 'full' | 'quick';
  environment: { node: string; platform: string; cores: number; cpu: string; loadAverage: number; esbuild: string };
  warnings: string[];
  functions: {
    name: string;
    kind: FunctionKind;
    entry: string;
    bytes: number;
    gzipBytes: number;
    mapBytes: number;
    buildMs: number;
    coldImportMs: number;
  }[];
  coldImport: { runs: number; baselineMs: number };
  load: {
    concurrency: number;
    warmupSeconds: number;
    durationSeconds: number;
    persons: number;
    seedSeconds: number;
    gateway: LoadResult;
    raw: LoadResult;
    /** gateway ÷ raw: below 1 for throughput (the gateway serves fewer), above 1 for p99 (it waits longer). */
    ratio: { throughput: number; p99: number };
  };
  imports: ImportBenchResult;
  /** Absent from a quick run. */
  register?: RegisterBenchResult;
  payments: PaymentBenchResult;
  statistics: StatisticsBenchResult;
  console: ConsoleBenchResult;
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);

export function renderReport(results: BenchResults): string {
  const { environment: env, load, coldImport } = results;
  const functionTable = markdownTable(
    ['function', 'kind', 'raw KiB', 'gzip KiB', 'map KiB', 'cold import ms'],
    [
      ...results.functions.map((fn) => [
        fn.name,
        fn.kind,
        kib(fn.bytes),
        kib(fn.gzipBytes),
        kib(fn.mapBytes),
        ms(fn.coldImportMs),
      ]),
      ['(empty module: node start-up)', 'baseline', '', '', '', ms(coldImport.baselineMs)],
    ],
    ['left', 'left', 'right', 'right', 'right', 'right'],
  );
  const loadRow = (target: string, result: LoadResult) => [
    target,
    String(result.requests),
    result.perSecond.toFixed(0),
    ms(result.p50Ms),
    ms(result.p99Ms),
    String(result.errors),
  ];
  const loadTable = markdownTable(
    ['target', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'errors'],
    [
      loadRow('gateway GET /registry/persons/{id}', load.gateway),
      loadRow('DynamoDB Local GetItem (raw)', load.raw),
      ['gateway / raw', '', `${round(load.ratio.throughput, 3)}×`, '', `${round(load.ratio.p99, 2)}×`, ''],
    ],
    ['left', 'right', 'right', 'right', 'right', 'right'],
  );

  const { imports } = results;
  const importTable = markdownTable(
    ['step', 'rows', 'seconds', 'rows/s', 'p50 ms', 'p99 ms', 'errors'],
    [
      ['read, check and store the file (upload request)', String(imports.rows), imports.createSeconds.toFixed(2), '', '', '', ''],
      [
        'apply every row (consumer)',
        String(imports.rows),
        imports.processSeconds.toFixed(1),
        imports.rowsPerSecond.toFixed(0),
        '',
        '',
        '',
      ],
      [
        'ceiling: the same items, unconditional BatchWriteItem',
        String(imports.rows),
        imports.ceilingSeconds.toFixed(1),
        imports.ceilingRowsPerSecond.toFixed(0),
        '',
        '',
        '',
      ],
      ['import / ceiling', '', '', `${round(imports.rowsPerSecond / imports.ceilingRowsPerSecond, 2)}×`, '', '', ''],
      [
        'gateway GET /registry/groups/disabled/members',
        String(imports.listByGroup.requests),
        imports.listByGroup.seconds.toFixed(1),
        `${imports.listByGroup.perSecond.toFixed(0)} req/s`,
        ms(imports.listByGroup.p50Ms),
        ms(imports.listByGroup.p99Ms),
        String(imports.listByGroup.errors),
      ],
    ],
    ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
  );

  const { register } = results;
  const registerSection = register
    ? [
        markdownTable(
          ['小学社区 register, 16,015 rows (.xlsx)', 'seconds', 'rows/s'],
          [
            ['upload answered (file read, checked, job stored)', register.uploadSeconds.toFixed(1), ''],
            ['import job done', register.importSeconds.toFixed(1), (register.rows / register.importSeconds).toFixed(0)],
            [
              `statistics shows ${register.population.total} / ${register.population.migrant} / ${register.population.women15to49}`,
              register.caughtUpSeconds.toFixed(1),
              register.rowsPerSecond.toFixed(0),
            ],
          ],
          ['left', 'right', 'right'],
        ),
        '',
        `The seed register (${(register.fileBytes / 1024).toFixed(0)} KiB) uploaded to POST /registry/imports through the gateway with every service and consumer running, ` +
          'timed until GET /statistics/population counts 16,015 residents, 5,014 migrants and 764 women aged 15–49 more than before the upload (other sections register people there too): the whole platform caught up. ' +
          `Aim: within 3 minutes on 2 cores. Dead letters: ${register.deadLetters}.`,
        '',
      ]
    : ['The register end to end is not run with --quick.', ''];

  const { payments } = results;
  // The targets are set for 2,000 benefits; a smaller run (--quick) is too short to judge by them.
  const judged = payments.benefits >= 2_000;
  const met = (ok: boolean) => (judged ? (ok ? 'met' : 'not met') : 'full profile only');
  const paymentTable = markdownTable(
    ['payment run', 'benefits', 'payments', 'seconds', 'payments/s', 'target'],
    [
      [
        'first run of the month',
        String(payments.benefits),
        String(payments.benefits),
        payments.firstRunSeconds.toFixed(1),
        payments.paymentsPerSecond.toFixed(0),
        `≥ ${PAYMENT_TARGETS.paymentsPerSecond}/s: ${met(payments.paymentsPerSecond >= PAYMENT_TARGETS.paymentsPerSecond)}`,
      ],
      [
        'same month again',
        String(payments.benefits),
        String(payments.rerunPayments),
        payments.rerunSeconds.toFixed(1),
        '',
        `≤ ${PAYMENT_TARGETS.rerunSeconds} s: ${met(payments.rerunSeconds <= PAYMENT_TARGETS.rerunSeconds)}`,
      ],
    ],
    ['left', 'right', 'right', 'right', 'right', 'left'],
  );

  const { statistics } = results;
  const statisticsTable = markdownTable(
    [
      'persons',
      'changes',
      'areas',
      'district table ms',
      'requests',
      'items read',
      'drill-down of',
      'tables',
      'ms',
      'requests',
      'items read',
    ],
    statistics.runs.map((run) => [
      run.persons.toLocaleString('en-US'),
      run.changes.toLocaleString('en-US'),
      String(run.areas),
      ms(run.district.ms),
      String(run.district.requests),
      String(run.district.itemsRead),
      run.drillDown.area,
      String(run.drillDown.tables),
      run.drillDown.ms.toFixed(0),
      String(run.drillDown.requests),
      String(run.drillDown.itemsRead),
    ]),
    ['right', 'right', 'right', 'right', 'right', 'right', 'left', 'right', 'right', 'right', 'right'],
  );

  const web = results.console;
  const warmMedian = [...web.warmMs].sort((a, b) => a - b)[Math.floor(web.warmMs.length / 2)] ?? Number.NaN;
  const consoleTable = markdownTable(
    ['console', 'files', 'gzip KiB', 'ms', 'aim'],
    [
      [
        'sign-in page: JS + CSS',
        String(web.signIn.files),
        web.signIn.gzipKiB.toFixed(0),
        '',
        `≤ ${CONSOLE_TARGETS.firstScreenKiB} KiB: ${web.signIn.gzipKiB <= CONSOLE_TARGETS.firstScreenKiB ? 'met' : 'not met'}`,
      ],
      [
        '人员台账: JS + CSS',
        String(web.personList.files),
        web.personList.gzipKiB.toFixed(0),
        '',
        `≤ ${CONSOLE_TARGETS.firstScreenKiB} KiB: ${web.personList.gzipKiB <= CONSOLE_TARGETS.firstScreenKiB ? 'met' : 'not met'}`,
      ],
      [
        '人员台账 first page, empty cache',
        '',
        '',
        web.coldMs.toFixed(0),
        `≤ ${CONSOLE_TARGETS.firstPageMs} ms: ${web.coldMs <= CONSOLE_TARGETS.firstPageMs ? 'met' : 'not met'}`,
      ],
      [
        `人员台账 first page, cached (median of ${web.warmMs.length})`,
        '',
        '',
        warmMedian.toFixed(0),
        `≤ ${CONSOLE_TARGETS.firstPageMs} ms: ${warmMedian <= CONSOLE_TARGETS.firstPageMs ? 'met' : 'not met'}`,
      ],
      ...drillDownRows(web.drillDown),
    ],
    ['left', 'right', 'right', 'right', 'left'],
  );

  return [
    `## shequ bench (${results.profile}) — ${results.startedAt}`,
    '',
    `Node ${env.node} · ${env.platform} · ${env.cores} cores (${env.cpu}) · load average ${env.loadAverage.toFixed(2)} at start · esbuild ${env.esbuild}`,
    '',
    ...results.warnings.map((warning) => `> warning: ${warning}`),
    ...(results.warnings.length > 0 ? [''] : []),
    functionTable,
    '',
    'Bundles as infra ships them (ESM, minified, target node24, AWS SDK bundled, linked source map); gzip of index.mjs.',
    `Cold import: median of ${coldImport.runs} fresh \`node index.mjs\` runs (NODE_OPTIONS=--enable-source-maps, as deployed) minus the baseline.`,
    '',
    loadTable,
    '',
    `Closed loop, concurrency ${load.concurrency}, ${load.warmupSeconds} s warm-up then ${load.durationSeconds} s each, random ids of ${load.persons} persons ` +
      `(registered through POST /registry/persons in ${load.seedSeconds.toFixed(1)} s); load generator, platform and DynamoDB Local share the machine.`,
    '',
    importTable,
    '',
    `Bulk import of a ${imports.rows}-row CSV ledger (${imports.disabled} of them disabled, so one registration plus one group membership each, every write with its audit entry and events) ` +
      `through the store-level import the consumer runs: chunks of ${imports.chunkRows} rows, new persons many to a transaction, ${imports.concurrency} transactions at once, no event consumers running ` +
      `(${imports.transactions} transactions, ${imports.itemsWritten} items). The ceiling puts those very items again into an empty table of the registry's layout with BatchWriteItem, 25 a call, one call at a time and ${imports.concurrency} at once, the faster of the two: ` +
      'what DynamoDB Local itself takes on this machine at that moment. ' +
      `Then the first page (20) of that community's disabled members by a random category, closed loop at concurrency ${imports.listConcurrency}.`,
    '',
    ...registerSection,
    paymentTable,
    '',
    `The monthly payment run over ${payments.benefits} active 低保 benefits (stored in ${payments.seedSeconds.toFixed(1)} s, not measured): a Scan in 4 parallel segments ` +
      'finds each benefit with its payments of this and last month’s runs, which tell what it owes; while it reads on, benefits are paid in ' +
      'transactions of as many as fit (each payment put if absent, one summed ledger ADD, every PaymentMade in one outbox item). The rerun finds every ' +
      'benefit paid through the month from the Scan alone and reads and writes nothing more. Targets are for the full profile (2,000 benefits).',
    '',
    statisticsTable,
    '',
    `The ${statistics.month} 民政月报表 of 思明区 compiled from counters seeded as the event consumers leave them (stock counters per area, each change ` +
      'the ADDs its consumer makes at every level of its grid; seeding not measured), each population in a table of its own. The district table reads ' +
      'its own counters and its sub-districts’; the drill-down finds every area below through the index and compiles each, as the monthly job does. ' +
      'Items read (a Query counts what it scanned) depend on the areas and on which of them changed that month, not on the population: ' +
      'the same for 10,000 and 100,000 persons, fewer with fewer changes.',
    '',
    consoleTable,
    '',
    `The web console in headless Chromium against the local platform: the JavaScript and CSS a first visit downloads (gzip-compressed here, as a server would send it; the local platform sends it plain), ` +
      `for the sign-in page and for 人员台账 signed in; then from navigation to the first page of 人员台账 rendered (its first row visible) for a community of ${web.persons.toLocaleString('en-US')} persons, ` +
      'with an empty cache, then cached; and 数据总览 of the district with an empty cache until its figures show, then one level down to the sub-district. Browser, platform and DynamoDB Local share the machine.',
  ].join('\n');
}
