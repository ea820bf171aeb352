import { newId } from '../packages/ddb/src/keys.ts';
import { createLogger } from '../packages/kit/src/logger.ts';
import { startPlatform } from '../packages/local/src/platform.ts';
import { allManifests } from '../packages/manifests/src/index.ts';
import { submitApplication } from '../services/subsidies/src/domain/applications.ts';
import { runPayments } from '../services/subsidies/src/jobs/run-payments.ts';
import { type ApplicationRecord, createApplication } from '../services/subsidies/src/store/applications.ts';
import { defaultSubsidiesDeps } from '../services/subsidies/src/store/deps.ts';

/** A community of its own, apart from the other sections' data. */
const COMMUNITY = '350203006003';

export interface PaymentBenchOptions {
  /** Active 低保 benefits the run finds. */
  benefits: number;
  dynamoEndpoint: string;
  signal?: AbortSignal;
}

export interface PaymentBenchResult {
  benefits: number;
  /** Storing the benefits (not measured as part of the run). */
  seedSeconds: number;
  /** The month's run: scan, read each benefit's paid periods, one transaction per payment with its ledger ADD and event. */
  firstRunSeconds: number;
  paymentsPerSecond: number;
  /** The same month again: everything found paid, nothing written. */
  rerunSeconds: number;
  rerunPayments: number;
}

/**
 * The monthly payment run over `benefits` active benefits, stored directly (the workflow is not what is
 * measured), then the same run again, which must pay nothing. Event consumers are left out of the
 * platform so only the run uses the CPU.
 */
export async function measurePaymentRun(options: PaymentBenchOptions): Promise<PaymentBenchResult> {
  const platform = await startPlatform({
    port: 0,
    inMemory: true,
    dynamoEndpoint: options.dynamoEndpoint,
    demo: false,
    scheduler: false,
    ephemeralIssuer: true,
    manifests: allManifests.map((manifest) => ({ ...manifest, subscriptions: [] })),
    log: () => undefined,
  });
  try {
    const now = new Date('2027-02-05T02:00:00Z');
    const deps = { ...defaultSubsidiesDeps(), now: () => now };
    const seedStarted = performance.now();
    const pending = Array.from({ length: options.benefits }, (_, index) => index);
    // Eight at a time, as a worker pool: DynamoDB Local's transactions are the bound, not this loop.
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let index = pending.shift(); index !== undefined; index = pending.shift()) {
          const base = submitApplication({ id: newId(now), programmeId: 'dibao', applicantId: newId(now) }, { id: 'bench' }, now);
          const record: ApplicationRecord = {
            ...base,
            state: 'active',
            programmeName: '最低生活保障（低保）',
            form: 'cash',
            period: 'monthly',
            area: `${COMMUNITY}-01`,
            community: COMMUNITY,
            applicantName: `居民${index}`,
            applicantIdMasked: '350203********0000',
            statement: 'bench',
            amountFen: 20_000 + (index % 50) * 100,
            approvedOn: '2027-01-20',
            startsOn: '2027-02-01',
            version: 1,
          };
          await createApplication(deps, record);
        }
      }),
    );
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    options.signal?.throwIfAborted();

    const log = createLogger({ bench: 'payments' });
    const firstStarted = performance.now();
    const first = await runPayments(deps, log);
    const firstRunSeconds = (performance.now() - firstStarted) / 1000;
    if (first.payments !== options.benefits) throw new Error(`the run paid ${first.payments} of ${options.benefits} benefits`);
    const rerunStarted = performance.now();
    const rerun = await runPayments(deps, log);
    const rerunSeconds = (performance.now() - rerunStarted) / 1000;
    if (rerun.payments !== 0) throw new Error(`the rerun paid ${rerun.payments} again`);
    return {
      benefits: options.benefits,
      seedSeconds,
      firstRunSeconds,
      paymentsPerSecond: options.benefits / firstRunSeconds,
      rerunSeconds,
      rerunPayments: rerun.payments,
    };
  } finally {
    await platform.stop();
  }
}
