import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { shanghaiDay } from '@shequ/contracts';
import { ConcurrentModificationError, newId, recordOf } from '@shequ/ddb';
import { HttpProblem, type Logger, scheduledJob } from '@shequ/kit';
import { runCommand } from '../application-commands.ts';
import { toYuan } from '../domain/money.ts';
import type { ApplicationRecord } from '../store/applications.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';
import { owedPeriods, payPeriod } from '../store/payments.ts';

/** States whose benefits the run looks at: ended ones may still owe the periods before their end. */
const PAYABLE_STATES = ['active', 'suspended', 'ended'];

/** Parallel segments of the run's Scan: scans are a job's business, never a request's. */
const SCAN_SEGMENTS = 4;

/**
 * Every approved benefit (in-kind ones too: the run closes them after their day), from a Scan in parallel segments; `visit` is called per page so a
 * district's tens of thousands of benefits never sit in memory at once.
 */
async function forEachPayableBenefit(
  deps: SubsidiesDeps,
  visit: (benefits: ApplicationRecord[]) => Promise<void>,
): Promise<void> {
  await Promise.all(
    Array.from({ length: SCAN_SEGMENTS }, async (_, segment) => {
      let start: Record<string, unknown> | undefined;
      do {
        const out = await deps.client.send(
          new ScanCommand({
            TableName: deps.tableName,
            Segment: segment,
            TotalSegments: SCAN_SEGMENTS,
            ExclusiveStartKey: start,
            FilterExpression: 'entity = :entity AND #state IN (:s0, :s1, :s2) AND attribute_exists(amountFen)',
            ExpressionAttributeNames: { '#state': 'state' },
            ExpressionAttributeValues: {
              ':entity': 'application',
              ':s0': PAYABLE_STATES[0],
              ':s1': PAYABLE_STATES[1],
              ':s2': PAYABLE_STATES[2],
            },
          }),
        );
        await visit((out.Items ?? []).map((item) => recordOf<ApplicationRecord>(item)));
        start = out.LastEvaluatedKey;
      } while (start);
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

/**
 * The month's payment run: every benefit is paid each period it owes up to this month, exactly once, and
 * benefits past their last day are closed. Safe to run again, or after a crash halfway: what was paid is
 * found paid and skipped, what was not is paid now.
 */
export async function runPayments(deps: SubsidiesDeps, log: Logger): Promise<PaymentRunSummary> {
  const today = shanghaiDay(deps.now());
  const month = today.slice(0, 7);
  const runId = newId(deps.now());
  const summary: PaymentRunSummary = { month, benefits: 0, payments: 0, paidYuan: 0, alreadyPaid: 0, closed: 0 };
  let paidFen = 0;
  await forEachPayableBenefit(deps, async (benefits) => {
    for (const benefit of benefits) {
      summary.benefits++;
      for (const period of await owedPeriods(deps, benefit, month)) {
        if (await payPeriod(deps, benefit, period, month, runId)) {
          summary.payments++;
          paidFen += benefit.amountFen ?? 0;
        } else {
          summary.alreadyPaid++;
        }
      }
      if (benefit.state !== 'ended' && benefit.endsOn !== undefined && benefit.endsOn < today) {
        try {
          await runCommand(deps, benefit, { type: 'expire' }, 'system:payment-run');
          summary.closed++;
        } catch (error) {
          // Someone changed it meanwhile (a worker ended it): next month's run looks again.
          if (!(error instanceof HttpProblem) && !(error instanceof ConcurrentModificationError)) throw error;
          log.warn('benefit not closed', { applicationId: benefit.id, error });
        }
      }
    }
  });
  summary.paidYuan = toYuan(paidFen);
  return summary;
}

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return scheduledJob('run-payments', ({ now, log }) => runPayments({ ...deps(), now: () => now }, log));
}

export const handler = createHandler();
