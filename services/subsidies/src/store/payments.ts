import { addMonths, createEvent, PaymentMade } from '@shequ/contracts';
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
 * month's ledger ADD and PaymentMade in the same transaction. Many benefits share a transaction
 * (`transactInBatches`); a rerun, a concurrent run or a run resumed after a crash finds the item there
 * and pays nothing more, and a consumer sees each payment once.
 *
 * What a benefit owes is read from the Scan alone. A run pays a benefit's owed periods oldest first and
 * never one before those ahead of it are paid, so the latest period paid tells that every period owed up
 * to it is paid. The Scan finds it among the payments of this month's and last month's runs (every
 * benefit paid monthly), or else in the benefit's last-paid item (`lastPaidKey`), which a run writes only
 * when it had to read a benefit's payments to find it (a yearly benefit, a suspension, an ended benefit):
 * so a payment costs one item of its transaction, and a benefit one read, once, after each gap.
 */

/** How many run months back the Scan returns payments: this month's and last month's runs. */
export const RECENT_RUN_MONTHS = 2;

/** A benefit as the run's Scan finds it: the benefit, its last-paid item and its payments of recent runs. */
export interface PayableBenefit {
  benefit: ApplicationRecord;
  lastPaidPeriod?: string | undefined;
  /** Periods of the payments made by this month's and last month's runs. */
  recentlyPaid?: readonly string[] | undefined;
}

/** A benefit's payments of one run that are written together: one unit of a batched transaction. */
interface PaymentUnit extends TransactUnit {
  benefit: ApplicationRecord;
  periods: string[];
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

/** Periods per unit: with the ledger row, the outbox item and a last-paid item, one transaction. */
const PERIODS_PER_UNIT = 90;
/** Times one benefit may be read again in a run: each follows another writer's progress, so a few suffice. */
const MAX_REREADS = 5;

const latest = (periods: readonly (string | undefined)[]) =>
  periods.reduce<string | undefined>(
    (last, period) => (period !== undefined && (last === undefined || period > last) ? period : last),
    undefined,
  );

function owed(benefit: ApplicationRecord, month: string, paid: readonly string[], through?: string): string[] {
  if (!benefit.startsOn || !benefit.amountFen || benefit.form === 'in-kind') return [];
  return periodsOwed(
    {
      id: benefit.id,
      frequency: frequencyOf(benefit.period),
      amount: benefit.amountFen,
      startsOn: benefit.startsOn,
      ...(benefit.endsOn ? { endsOn: benefit.endsOn } : {}),
      suspensions: benefit.suspensions,
      paidPeriods: [...paid],
      ...(through !== undefined ? { paidThrough: through } : {}),
    },
    month,
  );
}

/**
 * The unit that pays `periods` (ascending, at most one unit's worth) of `benefit`. With `lastPaid`, it also
 * puts the benefit's last-paid item, on the condition that it still holds what was read (`expected`).
 */
function paymentUnit(
  deps: SubsidiesDeps,
  benefit: ApplicationRecord,
  periods: string[],
  month: string,
  runId: string,
  lastPaid?: { expected: string | undefined; through: string },
): PaymentUnit {
  const now = deps.now();
  const amountFen = benefit.amountFen ?? 0;
  const form = benefit.form === 'loan' ? 'loan' : 'cash';
  const puts: TransactItem[] = periods.map((period) => {
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
  const lastPaidPut: TransactItem[] = lastPaid
    ? [
        {
          Put: {
            TableName: deps.tableName,
            Item: {
              ...lastPaidKey(benefit.id),
              entity: 'last-paid',
              applicationId: benefit.id,
              lastPaidPeriod: lastPaid.through,
            },
            ConditionExpression: lastPaid.expected === undefined ? 'attribute_not_exists(pk)' : 'lastPaidPeriod = :expected',
            ...(lastPaid.expected === undefined ? {} : { ExpressionAttributeValues: { ':expected': lastPaid.expected } }),
          },
        },
      ]
    : [];
  return {
    benefit,
    periods,
    items: [...puts, ...lastPaidPut],
    counters:
      periods.length === 0
        ? []
        : [
            ledgerCounter(
              deps,
              { month, community: benefit.community, programme: benefit.programmeId },
              { paidFen: amountFen * periods.length, payments: periods.length },
            ),
          ],
    events: periods.map((period) =>
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
  };
}

/** A benefit read again in one consistent Query of its partition: itself, its payments, its last-paid item. */
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

/** A benefit still to be paid in this run: what it owes, and what to put in its last-paid item, if anything. */
interface Due {
  benefit: ApplicationRecord;
  periods: string[];
  lastPaid?: { expected: string | undefined; through: string } | undefined;
}

/**
 * Pays `benefits` (as a Scan found them) every period they owe up to `month`, many to a transaction, with
 * no read per benefit. A benefit whose payment turns out to be there already (a concurrent run, a run that
 * died after its write landed, a benefit with no recent payment to tell how far it was paid) is dropped
 * from its transaction, read again with its payments, and paid what it still owes, while the rest of its
 * transaction goes on; when no payment of this month's run will tell the next run how far it was paid, the
 * benefit's last-paid item is written instead.
 */
export async function payBenefits(
  deps: SubsidiesDeps,
  benefits: readonly PayableBenefit[],
  month: string,
  runId: string,
  options: PayOptions = {},
): Promise<PaymentOutcome> {
  const outcome: PaymentOutcome = { payments: 0, paidFen: 0, alreadyPaid: 0, benefits: new Map() };
  const rereads = new Map<string, number>();
  let due: Due[] = benefits.map(({ benefit, lastPaidPeriod, recentlyPaid = [] }) => {
    outcome.benefits.set(benefit.id, benefit);
    return { benefit, periods: owed(benefit, month, recentlyPaid, latest([lastPaidPeriod, ...recentlyPaid])) };
  });
  while (due.length > 0) {
    // One unit per benefit at a time, oldest periods first: a later unit goes only once those before it are paid.
    const units = due
      .filter(({ periods, lastPaid }) => periods.length > 0 || lastPaid !== undefined)
      .map(({ benefit, periods, lastPaid }) => {
        const chunk = periods.slice(0, PERIODS_PER_UNIT);
        const last = chunk.length === periods.length ? lastPaid : undefined;
        return Object.assign(paymentUnit(deps, benefit, chunk, month, runId, last), {
          rest: periods.slice(chunk.length),
          lastPaid,
        });
      });
    const result = await transactInBatches(deps.client, deps.tableName, units, {
      maxUnits: options.benefitsPerTransaction,
      concurrency: options.concurrency,
    });
    due = [];
    for (const unit of result.written) {
      outcome.payments += unit.periods.length;
      outcome.paidFen += (unit.benefit.amountFen ?? 0) * unit.periods.length;
      if (unit.rest.length > 0) due.push({ benefit: unit.benefit, periods: unit.rest, lastPaid: unit.lastPaid });
    }
    const moved = new Map<string, string[]>();
    for (const { unit } of result.dropped) moved.set(unit.benefit.id, unit.periods);
    const reread = await Promise.all(
      [...moved].map(async ([id, attempted]): Promise<Due> => {
        const times = (rereads.get(id) ?? 0) + 1;
        if (times > MAX_REREADS) throw new Error(`benefit ${id} still moving after ${MAX_REREADS} reads in one payment run`);
        rereads.set(id, times);
        const current = await rereadBenefit(deps, id);
        const byOthers = new Set(
          current.payments
            .filter((payment) => payment.month === month && payment.runId !== runId)
            .map((payment) => payment.period),
        );
        outcome.alreadyPaid += attempted.filter((period) => byOthers.has(period)).length;
        outcome.benefits.set(id, current.benefit);
        // Read with its payments, the benefit owes what is not there.
        const paid = current.payments.map((payment) => payment.period);
        const periods = owed(current.benefit, month, paid);
        const through = latest([current.lastPaidPeriod, ...paid]);
        // Paying now, this month's payments tell the next run; paid by this month's run, so do they. Otherwise
        // the last-paid item catches up, or the next run would read the payments again.
        const told =
          periods.length > 0 || current.payments.some((payment) => payment.period === through && payment.month >= month);
        return {
          benefit: current.benefit,
          periods,
          ...(!told && through !== undefined && through !== current.lastPaidPeriod
            ? { lastPaid: { expected: current.lastPaidPeriod, through } }
            : {}),
        };
      }),
    );
    due.push(...reread);
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

/** What the month's run would pay one benefit of a community: the periods it owes and their sum. */
export interface PreviewedPayment {
  benefit: ApplicationRecord;
  periods: string[];
  amountFen: number;
}

/** Ended benefits older than this are long paid out: the preview does not read them again. */
const PREVIEW_ENDED_MONTHS = 12;

/**
 * What the run of `month` would pay in a community, read the way a request may (by the community's
 * benefits on gsi1, then each one's own partition), never by a Scan: the run itself stays the job's.
 */
export async function previewCommunityPayments(
  deps: SubsidiesDeps,
  community: string,
  month: string,
): Promise<PreviewedPayment[]> {
  const since = `${addMonths(month, -PREVIEW_ENDED_MONTHS)}-01`;
  const found = await Promise.all(
    ['active', 'suspended', 'ended'].map((state) =>
      queryAll(deps, {
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :state)',
        FilterExpression: state === 'ended' ? 'attribute_exists(amountFen) AND endsOn >= :since' : 'attribute_exists(amountFen)',
        ExpressionAttributeValues: {
          ':pk': key('AREA', community, 'APP'),
          ':state': `${state}#`,
          ...(state === 'ended' ? { ':since': since } : {}),
        },
      }),
    ),
  );
  const benefits = found
    .flat()
    .map((item) => recordOf<ApplicationRecord>(item))
    .filter((benefit) => benefit.form !== 'in-kind');
  const previewed = await Promise.all(
    benefits.map(async (listed): Promise<PreviewedPayment> => {
      const current = await rereadBenefit(deps, listed.id);
      const paid = current.payments.map((payment) => payment.period);
      const periods = owed(current.benefit, month, paid, latest([current.lastPaidPeriod, ...paid]));
      return { benefit: current.benefit, periods, amountFen: (current.benefit.amountFen ?? 0) * periods.length };
    }),
  );
  return previewed
    .filter((entry) => entry.periods.length > 0)
    .sort(
      (a, b) =>
        a.benefit.programmeId.localeCompare(b.benefit.programmeId) ||
        a.benefit.applicantName.localeCompare(b.benefit.applicantName, 'zh-CN'),
    );
}
