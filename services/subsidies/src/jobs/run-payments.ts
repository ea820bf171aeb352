import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { addMonths, shanghaiDay } from '@shequ/contracts';
import { ConcurrentModificationError, newId, recordOf } from '@shequ/ddb';
import { HttpProblem, type Logger, scheduledJob } from '@shequ/kit';
import { runCommand } from '../application-commands.ts';
import { toYuan } from '../domain/money.ts';
import type { ApplicationRecord } from '../store/applications.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';
import { countPaymentRun, finishPaymentRun, startPaymentRun } from '../store/payment-runs.ts';
import { type PayableBenefit, payBenefits, RECENT_RUN_MONTHS } from '../store/payments.ts';

/** States whose benefits the run looks at: ended ones may still owe the periods before their end. */
const PAYABLE_STATES = ['active', 'suspended', 'ended'];

/** Parallel segments of the run's Scan: scans are a job's business, never a request's. */
const SCAN_SEGMENTS = 4;

/**
 * Every approved benefit (in-kind ones too: the run closes them after their day) with what tells how far
 * it was paid (its last-paid item, its payments of this month's and last month's runs), from a Scan in
 * parallel segments; `visit` is called per page so a district's tens of thousands of benefits never sit in
 * memory at once. A benefit's items share its partition, which a Scan reads whole and in key order (the
 * benefit, its last-paid item, its payments), so a page's last benefit waits for the next page, where the
 * rest of its partition may be.
 */
async function forEachPayableBenefit(
  deps: SubsidiesDeps,
  month: string,
  visit: (benefits: PayableBenefit[]) => Promise<void>,
): Promise<void> {
  const runMonths = Array.from({ length: RECENT_RUN_MONTHS }, (_, back) => addMonths(month, -back));
  await Promise.all(
    Array.from({ length: SCAN_SEGMENTS }, async (_, segment) => {
      let start: Record<string, unknown> | undefined;
      let held: PayableBenefit | undefined;
      do {
        const out = await deps.client.send(
          new ScanCommand({
            TableName: deps.tableName,
            Segment: segment,
            TotalSegments: SCAN_SEGMENTS,
            ExclusiveStartKey: start,
            FilterExpression:
              '(entity = :entity AND #state IN (:s0, :s1, :s2) AND attribute_exists(amountFen)) OR entity = :lastPaid' +
              ` OR (entity = :payment AND #month IN (${runMonths.map((_, i) => `:m${i}`).join(', ')}))`,
            ExpressionAttributeNames: { '#state': 'state', '#month': 'month' },
            ExpressionAttributeValues: {
              ':entity': 'application',
              ':s0': PAYABLE_STATES[0],
              ':s1': PAYABLE_STATES[1],
              ':s2': PAYABLE_STATES[2],
              ':lastPaid': 'last-paid',
              ':payment': 'payment',
              ...Object.fromEntries(runMonths.map((runMonth, i) => [`:m${i}`, runMonth])),
            },
          }),
        );
        const page: PayableBenefit[] = held ? [held] : [];
        held = undefined;
        for (const item of out.Items ?? []) {
          if (item.entity === 'application') {
            page.push({ benefit: recordOf<ApplicationRecord>(item), recentlyPaid: [] });
            continue;
          }
          const owner = page.at(-1);
          // Items of a benefit the run does not pay (rejected, in-kind) are passed over.
          if (!owner || item.applicationId !== owner.benefit.id) continue;
          if (item.entity === 'last-paid') owner.lastPaidPeriod = String(item.lastPaidPeriod);
          else owner.recentlyPaid = [...(owner.recentlyPaid ?? []), String(item.period)];
        }
        start = out.LastEvaluatedKey;
        if (start) held = page.pop();
        if (page.length > 0) await visit(page);
      } while (start);
      if (held) await visit([held]);
    }),
  );
}

export interface PaymentRunSummary {
  month: string;
  benefits: number;
  payments: number;
  paidYuan: number;
  /** Periods another run paid between this run's read and its write: counted, not paid again. */
  alreadyPaid: number;
  /** Benefits whose last day had passed (one-off paid, 渐退 trial over, ended by date) and were closed. */
  closed: number;
}

/** Tuning of a run; the defaults are what the scheduled job uses. */
export interface PaymentRunOptions {
  /** Benefits per transaction at most; default as many as DynamoDB's limits allow (97 paid one period each). */
  benefitsPerTransaction?: number;
}

/**
 * Benefits paid together: enough to fill a few transactions, so the Scan's pages (which split benefits
 * anywhere) never leave part-filled ones behind them.
 */
const BENEFITS_PER_BATCH = 4 * 97;
/** Batches being paid at once, each one transaction at a time, while the Scan reads on. */
const BATCHES_IN_FLIGHT = 4;

/**
 * The month's payment run: every benefit is paid each period it owes up to this month, exactly once, and
 * benefits past their last day are closed. The Scan's benefits are paid in batches while it reads on, many
 * benefits to a transaction with their ledger ADDs summed, what each owes told by the Scan itself (see
 * store/payments.ts). Safe to run again, concurrently, or after a crash halfway: what was paid is found
 * paid and skipped, what was not is paid now.
 */
export async function runPayments(deps: SubsidiesDeps, log: Logger, options: PaymentRunOptions = {}): Promise<PaymentRunSummary> {
  const today = shanghaiDay(deps.now());
  const month = today.slice(0, 7);
  const runId = newId(deps.now());
  const summary: PaymentRunSummary = { month, benefits: 0, payments: 0, paidYuan: 0, alreadyPaid: 0, closed: 0 };
  let paidFen = 0;
  await startPaymentRun(deps, month, runId);

  const pay = async (benefits: PayableBenefit[]) => {
    const outcome = await payBenefits(deps, benefits, month, runId, options);
    summary.payments += outcome.payments;
    summary.alreadyPaid += outcome.alreadyPaid;
    paidFen += outcome.paidFen;
    let closed = 0;
    for (const benefit of outcome.benefits.values()) {
      if (benefit.state === 'ended' || benefit.endsOn === undefined || benefit.endsOn >= today) continue;
      try {
        await runCommand(deps, benefit, { type: 'expire' }, 'system:payment-run');
        closed++;
      } catch (error) {
        // Someone changed it meanwhile (a worker ended it): next month's run looks again.
        if (!(error instanceof HttpProblem) && !(error instanceof ConcurrentModificationError)) throw error;
        log.warn('benefit not closed', { applicationId: benefit.id, error });
      }
    }
    summary.closed += closed;
    // The run's record counts up batch by batch: what staff watching the run see move.
    await countPaymentRun(deps, month, runId, {
      benefits: benefits.length,
      payments: outcome.payments,
      paidFen: outcome.paidFen,
      alreadyPaid: outcome.alreadyPaid,
      closed,
    });
  };

  const waiting: PayableBenefit[] = [];
  const paying = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  const send = async (all: boolean) => {
    while (waiting.length >= (all ? 1 : BENEFITS_PER_BATCH)) {
      while (paying.size >= BATCHES_IN_FLIGHT) await Promise.race(paying);
      if (failure) throw failure.error;
      const batch = waiting.splice(0, BENEFITS_PER_BATCH);
      // A failed batch is kept, not left unhandled, and ends the run at the next step.
      const paid: Promise<void> = pay(batch)
        .catch((error: unknown) => {
          failure ??= { error };
        })
        .finally(() => paying.delete(paid));
      paying.add(paid);
    }
  };

  try {
    await forEachPayableBenefit(deps, month, async (benefits) => {
      if (failure) throw failure.error;
      summary.benefits += benefits.length;
      waiting.push(...benefits);
      await send(false);
    });
    await send(true);
    await Promise.all(paying);
    if (failure) throw failure.error;
  } catch (error) {
    await Promise.allSettled(paying);
    // A run that died says so; the next run (or a rerun) pays what this one did not.
    await finishPaymentRun(deps, month, runId, { state: 'failed', error: String((error as Error).message ?? error) }).catch(
      () => undefined,
    );
    throw error;
  }
  await finishPaymentRun(deps, month, runId, { state: 'done' });
  summary.paidYuan = toYuan(paidFen);
  return summary;
}

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return scheduledJob('run-payments', ({ now, log }) => runPayments({ ...deps(), now: () => now }, log));
}

export const handler = createHandler();
