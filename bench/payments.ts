import { transactInBatches } from '../packages/ddb/src/batch-transact.ts';
import { newId } from '../packages/ddb/src/keys.ts';
import { createLogger } from '../packages/kit/src/logger.ts';
import { submitApplication } from '../services/subsidies/src/domain/applications.ts';
import { runPayments } from '../services/subsidies/src/jobs/run-payments.ts';
import { type ApplicationRecord, newApplicationUnit } from '../services/subsidies/src/store/applications.ts';
import { defaultSubsidiesDeps } from '../services/subsidies/src/store/deps.ts';
import { startBenchPlatform } from './platform.ts';

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
  /**
   * The month's run: a Scan in parallel segments finding each benefit with its payments of recent runs,
   * which tell what it owes, then as many payments to a transaction as fit (each payment's put, one summed
   * ledger ADD, the events in one outbox item).
   */
  firstRunSeconds: number;
  paymentsPerSecond: number;
  /** The same month again: every benefit found paid through the month by the Scan alone, nothing more read or written. */
  rerunSeconds: number;
  rerunPayments: number;
}

/** What the issue asks of a run over 2,000 benefits on DynamoDB Local. */
export const PAYMENT_TARGETS = { paymentsPerSecond: 400, rerunSeconds: 3 };

/**
 * The monthly payment run over `benefits` active benefits, stored directly (the workflow is not what is
 * measured), then the same run again, which must pay nothing. Event consumers are left out of the
 * platform so only the run uses the CPU.
 */
export async function measurePaymentRun(options: PaymentBenchOptions): Promise<PaymentBenchResult> {
  const platform = await startBenchPlatform({ dynamoEndpoint: options.dynamoEndpoint, consumers: false });
  try {
    const now = new Date('2027-02-05T02:00:00Z');
    const deps = { ...defaultSubsidiesDeps(), now: () => now };
    const seedStarted = performance.now();
    // As many to a transaction as fit (application, claim and event each): the seed is not what is measured.
    const units = Array.from({ length: options.benefits }, (_, index) => {
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
      return newApplicationUnit(deps, record);
    });
    const seeded = await transactInBatches(deps.client, deps.tableName, units, { concurrency: 2 });
    if (seeded.dropped.length > 0) throw new Error(`${seeded.dropped.length} benefits were not stored`);
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
