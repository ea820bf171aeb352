import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { key, queryAll, recordOf } from '@shequ/ddb';
import type { SubsidiesDeps } from './deps.ts';

/**
 * The payment run's own record, one per run in its month's partition: written when it starts, counted up
 * after each batch it pays and closed when it ends, so staff watch a long run go and see what it came to.
 */
export interface PaymentRunRecord {
  runId: string;
  month: string;
  state: 'running' | 'done' | 'failed';
  startedAt: string;
  finishedAt?: string;
  /** Benefits the run has looked at so far. */
  benefits: number;
  payments: number;
  paidFen: number;
  alreadyPaid: number;
  closed: number;
  error?: string;
}

const runKey = (month: string, runId: string) => ({ pk: key('PAYRUN', month), sk: key('RUN', runId) });

export async function startPaymentRun(deps: SubsidiesDeps, month: string, runId: string): Promise<void> {
  const record: PaymentRunRecord = {
    runId,
    month,
    state: 'running',
    startedAt: deps.now().toISOString(),
    benefits: 0,
    payments: 0,
    paidFen: 0,
    alreadyPaid: 0,
    closed: 0,
  };
  await deps.client.send(
    new PutCommand({ TableName: deps.tableName, Item: { ...runKey(month, runId), entity: 'payment-run', ...record } }),
  );
}

/** Adds what one batch did to the run's counts (atomic ADDs: batches finish in any order). */
export async function countPaymentRun(
  deps: SubsidiesDeps,
  month: string,
  runId: string,
  step: Pick<PaymentRunRecord, 'benefits' | 'payments' | 'paidFen' | 'alreadyPaid' | 'closed'>,
): Promise<void> {
  await deps.client.send(
    new UpdateCommand({
      TableName: deps.tableName,
      Key: runKey(month, runId),
      UpdateExpression: 'ADD benefits :b, payments :p, paidFen :f, alreadyPaid :a, closed :c',
      ExpressionAttributeValues: {
        ':b': step.benefits,
        ':p': step.payments,
        ':f': step.paidFen,
        ':a': step.alreadyPaid,
        ':c': step.closed,
      },
    }),
  );
}

export async function finishPaymentRun(
  deps: SubsidiesDeps,
  month: string,
  runId: string,
  outcome: { state: 'done' } | { state: 'failed'; error: string },
): Promise<void> {
  await deps.client.send(
    new UpdateCommand({
      TableName: deps.tableName,
      Key: runKey(month, runId),
      UpdateExpression:
        outcome.state === 'failed' ? 'SET #state = :s, finishedAt = :at, #error = :e' : 'SET #state = :s, finishedAt = :at',
      ExpressionAttributeNames: { '#state': 'state', ...(outcome.state === 'failed' ? { '#error': 'error' } : {}) },
      ExpressionAttributeValues: {
        ':s': outcome.state,
        ':at': deps.now().toISOString(),
        ...(outcome.state === 'failed' ? { ':e': outcome.error } : {}),
      },
    }),
  );
}

/** The runs of a month, latest first. */
export async function paymentRunsOf(deps: SubsidiesDeps, month: string): Promise<PaymentRunRecord[]> {
  const items = await queryAll(deps, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :run)',
    ExpressionAttributeValues: { ':pk': key('PAYRUN', month), ':run': 'RUN#' },
    ConsistentRead: true,
  });
  return items.map((item) => recordOf<PaymentRunRecord>(item)).sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}
