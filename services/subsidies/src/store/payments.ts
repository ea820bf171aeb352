import { createEvent, PaymentMade } from '@shequ/contracts';
import {
  key,
  newId,
  type Page,
  type PageRequest,
  queryAll,
  queryPage,
  recordOf,
  type TransactItem,
  type TransactUnit,
  transactInBatches,
} from '@shequ/ddb';
import { frequencyOf, paymentId, periodsOwed } from '../domain/payments.ts';
import { type ApplicationRecord, lastPaidKey, type PaymentRecord, paymentKey } from './applications.ts';
import type { SubsidiesDeps } from './deps.ts';
import { ledgerCounter } from './ledger.ts';

/**
 * Payments: one item per (benefit, period) in the benefit's own partition, put only if absent, with the
 * month's ledger ADD, PaymentMade and the benefit's last paid period in the same transaction. Many
 * benefits share a transaction (`transactInBatches`); a rerun, a concurrent run or a run resumed after a
 * crash finds the item there and pays nothing more, and a consumer sees each payment once.
 */

/** A benefit as the run's Scan finds it: the benefit, and its last paid period when it has one. */
export interface PayableBenefit {
  benefit: ApplicationRecord;
  lastPaidPeriod?: string | undefined;
}

/** A benefit's payments of one run that are written together: one unit of a batched transaction. */
interface PaymentUnit extends TransactUnit {
  benefit: ApplicationRecord;
  periods: string[];
  /** The benefit's last paid period once this unit is written. */
  through: string;
}

/** What paying a page of benefits came to. */
export interface PaymentOutcome {
  payments: number;
  paidFen: number;
  /** Periods this run set out to pay that another run of the same month paid first. */
  alreadyPaid: number;
  /** Each benefit as last read (again, when it had to be): what a later command on it starts from. */
  benefits: Map<string, ApplicationRecord>;
}

export interface PayOptions {
  /** Benefits per transaction at most; default as many as DynamoDB's limits allow. */
  benefitsPerTransaction?: number | undefined;
  /** Transactions in flight at once; default 1. */
  concurrency?: number | undefined;
}

/** Periods per unit: with the last paid period, the ledger row and the outbox item, one transaction. */
const PERIODS_PER_UNIT = 90;
/** Rounds of re-reading benefits another writer moved: each makes progress, so a few always suffice. */
const MAX_ROUNDS = 5;

function owed(benefit: ApplicationRecord, month: string, paid: { periods: string[]; through?: string | undefined }): string[] {
  if (!benefit.startsOn || !benefit.amountFen || benefit.form === 'in-kind') return [];
  return periodsOwed(
    {
      id: benefit.id,
      frequency: frequencyOf(benefit.period),
      amount: benefit.amountFen,
      startsOn: benefit.startsOn,
      ...(benefit.endsOn ? { endsOn: benefit.endsOn } : {}),
      suspensions: benefit.suspensions,
      paidPeriods: paid.periods,
      ...(paid.through !== undefined ? { paidThrough: paid.through } : {}),
    },
    month,
  );
}

const latest = (periods: readonly (string | undefined)[]) =>
  periods.reduce<string | undefined>(
    (last, period) => (period !== undefined && (last === undefined || period > last) ? period : last),
    undefined,
  );

/**
 * The units that pay `periods` (ascending) of a benefit whose last paid period is `expected`. Each puts
 * the next last paid period on the condition that it still is the one this unit follows, so a unit is
 * never written after one before it failed. `paidUpTo`, the latest period found paid, lets the last unit
 * catch up a last paid period left behind; with no periods owed, that unit moves it alone.
 */
function paymentUnits(
  deps: SubsidiesDeps,
  benefit: ApplicationRecord,
  periods: string[],
  month: string,
  runId: string,
  expected: string | undefined,
  paidUpTo?: string,
): PaymentUnit[] {
  const now = deps.now();
  const amountFen = benefit.amountFen ?? 0;
  const form = benefit.form === 'loan' ? 'loan' : 'cash';
  const chunks: string[][] = periods.length > 0 ? [] : [[]];
  for (let from = 0; from < periods.length; from += PERIODS_PER_UNIT) chunks.push(periods.slice(from, from + PERIODS_PER_UNIT));
  const units: PaymentUnit[] = [];
  for (const [position, chunk] of chunks.entries()) {
    // Only the last unit may claim periods paid beyond its own: before it, later periods are still owed.
    const through = latest([expected, chunk.at(-1), position === chunks.length - 1 ? paidUpTo : undefined]) as string;
    const puts: TransactItem[] = chunk.map((period) => {
      const payment: PaymentRecord = {
        paymentId: paymentId(benefit.id, period),
        applicationId: benefit.id,
        programme: benefit.programmeId,
        personId: benefit.applicantId,
        applicantName: benefit.applicantName,
        area: benefit.area,
        community: benefit.community,
        period,
        month,
        amountFen,
        form,
        ...(benefit.account ? { account: benefit.account } : {}),
        paidAt: now.toISOString(),
        runId,
      };
      return {
        Put: {
          TableName: deps.tableName,
          Item: {
            ...paymentKey(benefit.id, period),
            entity: 'payment',
            ...payment,
            // The month's payments by community and programme: the bank file and the ledger's detail.
            gsi1pk: key('PAYMENTS', month),
            gsi1sk: key(benefit.community, benefit.programmeId, benefit.id, period),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      };
    });
    const lastPaid: TransactItem = {
      Put: {
        TableName: deps.tableName,
        Item: { ...lastPaidKey(benefit.id), entity: 'last-paid', applicationId: benefit.id, lastPaidPeriod: through, runId },
        ConditionExpression: expected === undefined ? 'attribute_not_exists(pk)' : 'lastPaidPeriod = :expected',
        ...(expected === undefined ? {} : { ExpressionAttributeValues: { ':expected': expected } }),
      },
    };
    units.push({
      benefit,
      periods: chunk,
      through,
      items: [...puts, lastPaid],
      counters:
        chunk.length === 0
          ? []
          : [
              ledgerCounter(
                deps,
                { month, community: benefit.community, programme: benefit.programmeId },
                { paidFen: amountFen * chunk.length, payments: chunk.length },
              ),
            ],
      events: chunk.map((period) =>
        createEvent(PaymentMade, {
          id: newId(now),
          district: deps.district,
          area: benefit.area,
          occurredAt: now,
          data: {
            paymentId: paymentId(benefit.id, period),
            applicationId: benefit.id,
            programme: benefit.programmeId,
            programmeName: benefit.programmeName,
            personId: benefit.applicantId,
            area: benefit.area,
            period,
            month,
            amountFen,
            form,
          },
        }),
      ),
    });
    expected = through;
  }
  return units;
}

/** A benefit read again in one consistent Query of its partition: itself, its payments, its last paid period. */
async function rereadBenefit(
  deps: SubsidiesDeps,
  id: string,
): Promise<{ benefit: ApplicationRecord; payments: PaymentRecord[]; lastPaidPeriod?: string }> {
  const items = await queryAll(deps, {
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': key('APP', id) },
    ConsistentRead: true,
  });
  const application = items.find((item) => item.entity === 'application');
  if (!application) throw new Error(`benefit ${id} vanished during the payment run`);
  const lastPaid = items.find((item) => item.entity === 'last-paid');
  return {
    benefit: recordOf<ApplicationRecord>(application),
    payments: items.filter((item) => item.entity === 'payment').map((item) => recordOf<PaymentRecord>(item)),
    ...(lastPaid ? { lastPaidPeriod: String(lastPaid.lastPaidPeriod) } : {}),
  };
}

/**
 * Pays `benefits` (as a Scan read them) every period they owe up to `month`, many to a transaction. What
 * is owed comes from each benefit's last paid period, with no read per benefit; a benefit whose payment
 * or last paid period turns out to have been written meanwhile (a concurrent run, a run that died after
 * its write landed) or that has payments but no last paid period yet is dropped from its transaction,
 * read again with its payments, and paid what it still owes, while the rest of its transaction goes on.
 */
export async function payBenefits(
  deps: SubsidiesDeps,
  benefits: readonly PayableBenefit[],
  month: string,
  runId: string,
  options: PayOptions = {},
): Promise<PaymentOutcome> {
  const outcome: PaymentOutcome = { payments: 0, paidFen: 0, alreadyPaid: 0, benefits: new Map() };
  let due = benefits.map(({ benefit, lastPaidPeriod }) => {
    outcome.benefits.set(benefit.id, benefit);
    const periods = owed(benefit, month, { periods: [], through: lastPaidPeriod });
    return { benefit, lastPaidPeriod, periods, paidUpTo: undefined as string | undefined };
  });
  for (let round = 1; due.length > 0; round++) {
    if (round > MAX_ROUNDS)
      throw new Error(`benefits still moving after ${MAX_ROUNDS} rounds: ${due.map((d) => d.benefit.id).join(', ')}`);
    const units = due.flatMap(({ benefit, lastPaidPeriod, periods, paidUpTo }) =>
      periods.length > 0 || latest([lastPaidPeriod, paidUpTo]) !== lastPaidPeriod
        ? paymentUnits(deps, benefit, periods, month, runId, lastPaidPeriod, paidUpTo)
        : [],
    );
    const result = await transactInBatches(deps.client, deps.tableName, units, {
      maxUnits: options.benefitsPerTransaction,
      concurrency: options.concurrency,
    });
    for (const unit of result.written) {
      outcome.payments += unit.periods.length;
      outcome.paidFen += (unit.benefit.amountFen ?? 0) * unit.periods.length;
    }
    const moved = new Map<string, string[]>();
    for (const { unit } of result.dropped) moved.set(unit.benefit.id, [...(moved.get(unit.benefit.id) ?? []), ...unit.periods]);
    due = await Promise.all(
      [...moved].map(async ([id, attempted]) => {
        const current = await rereadBenefit(deps, id);
        const byOthers = new Set(
          current.payments
            .filter((payment) => payment.month === month && payment.runId !== runId)
            .map((payment) => payment.period),
        );
        outcome.alreadyPaid += attempted.filter((period) => byOthers.has(period)).length;
        outcome.benefits.set(id, current.benefit);
        // Read with its payments, the benefit owes what is not there, whatever its last paid period says.
        const paid = current.payments.map((payment) => payment.period);
        return {
          benefit: current.benefit,
          lastPaidPeriod: current.lastPaidPeriod,
          periods: owed(current.benefit, month, { periods: paid }),
          paidUpTo: latest(paid),
        };
      }),
    );
  }
  return outcome;
}

/** A month's payments within an area (community or sub-district), optionally of one programme. */
export function listPayments(
  deps: SubsidiesDeps,
  query: { month: string; area: string; programme?: string | undefined },
  page: PageRequest,
): Promise<Page<PaymentRecord>> {
  return queryPage<PaymentRecord>(
    deps,
    {
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :area)',
      ExpressionAttributeValues: { ':pk': key('PAYMENTS', query.month), ':area': query.area },
    },
    page,
    { programme: query.programme },
  );
}

/** Every payment of a month within an area: for the bank file, which must list them all. */
export async function allPayments(
  deps: SubsidiesDeps,
  query: { month: string; area: string; programme?: string | undefined },
): Promise<PaymentRecord[]> {
  const items = await queryAll(deps, {
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :area)',
    ExpressionAttributeValues: { ':pk': key('PAYMENTS', query.month), ':area': query.area },
  });
  return items
    .map((item) => recordOf<PaymentRecord>(item))
    .filter((payment) => query.programme === undefined || payment.programme === query.programme);
}
