import { createEvent, PaymentMade } from '@shequ/contracts';
import {
  failedConditionIndex,
  key,
  newId,
  type Page,
  type PageRequest,
  queryAll,
  queryPage,
  recordOf,
  writeWithEvents,
} from '@shequ/ddb';
import { frequencyOf, paymentId, periodsOwed } from '../domain/payments.ts';
import { type ApplicationRecord, type PaymentRecord, paymentKey } from './applications.ts';
import type { SubsidiesDeps } from './deps.ts';
import { ledgerAdd } from './ledger.ts';

/**
 * Payments: one item per (benefit, period) in the benefit's own partition, put only if absent, with its
 * ledger ADD and PaymentMade in the same transaction. A rerun, a retry or a run resumed after a crash
 * finds the item there and pays nothing more; a consumer sees each payment once.
 */

/** The periods of `benefit` paid so far. */
export async function paidPeriods(deps: SubsidiesDeps, applicationId: string): Promise<string[]> {
  const items = await queryAll(deps, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': key('APP', applicationId), ':prefix': 'PAYMENT#' },
    ProjectionExpression: 'period',
    ConsistentRead: true,
  });
  return items.map((payment) => String(payment.period));
}

/** What the run owes a benefit in `month`, after what it has already been paid. */
export async function owedPeriods(deps: SubsidiesDeps, benefit: ApplicationRecord, month: string): Promise<string[]> {
  if (!benefit.startsOn || !benefit.amountFen || benefit.form === 'in-kind') return [];
  return periodsOwed(
    {
      id: benefit.id,
      frequency: frequencyOf(benefit.period),
      amount: benefit.amountFen,
      startsOn: benefit.startsOn,
      ...(benefit.endsOn ? { endsOn: benefit.endsOn } : {}),
      suspensions: benefit.suspensions,
      paidPeriods: await paidPeriods(deps, benefit.id),
    },
    month,
  );
}

/**
 * Pays one period of one benefit into its account: false when that period was already paid (by an
 * earlier run, or a concurrent one), in which case nothing at all was written.
 */
export async function payPeriod(
  deps: SubsidiesDeps,
  benefit: ApplicationRecord,
  period: string,
  month: string,
  runId: string,
): Promise<boolean> {
  const now = deps.now();
  const amountFen = benefit.amountFen ?? 0;
  const form = benefit.form === 'loan' ? 'loan' : 'cash';
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
  const event = createEvent(PaymentMade, {
    id: newId(now),
    district: deps.district,
    area: benefit.area,
    occurredAt: now,
    data: {
      paymentId: payment.paymentId,
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
  });
  try {
    await writeWithEvents(
      deps.client,
      deps.tableName,
      [
        {
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
        },
        ledgerAdd(
          deps,
          { month, community: benefit.community, programme: benefit.programmeId },
          { paidFen: amountFen, payments: 1 },
        ),
      ],
      [event],
    );
    return true;
  } catch (error) {
    if (failedConditionIndex(error) === 0) return false;
    throw error;
  }
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
