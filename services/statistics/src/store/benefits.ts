import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { ApplicationStatusChanged, type EventEnvelope, PaymentMade, parseEvent, shanghaiDay } from '@shequ/contracts';
import { applyOnce, isLostRace, key, type TransactItem } from '@shequ/ddb';
import { areaLevels } from '../domain/area-levels.ts';
import {
  type BenefitProjection,
  eventOrder,
  flowOf,
  isNewer,
  paymentFlow,
  projectionOf,
  stockChanges,
} from '../domain/benefits.ts';
import { addAtEveryLevel, addToCounter, type Deltas, flowBucket } from './counters.ts';
import type { StatisticsDeps } from './deps.ts';

const CONSUMER = 'count-benefits';
export const BENEFITS_BUCKET = 'BENEFITS';
/** Attempts at one event when a concurrent event of the same application moved its projection first. */
const ATTEMPTS = 5;

const projectionKey = (applicationId: string) => ({ pk: key('BENEFIT', applicationId), sk: 'BENEFIT' });

export async function readBenefit(deps: StatisticsDeps, applicationId: string): Promise<BenefitProjection | undefined> {
  const out = await deps.client.send(
    new GetCommand({ TableName: deps.tableName, Key: projectionKey(applicationId), ConsistentRead: true }),
  );
  if (!out.Item) return undefined;
  const { pk: _pk, sk: _sk, entity: _entity, ...projection } = out.Item;
  return projection as BenefitProjection;
}

/** The projection's Put, guarded so that it still holds what was read (another event may have moved it). */
function projectionPut(deps: StatisticsDeps, kept: BenefitProjection | undefined, next: BenefitProjection): TransactItem {
  return {
    Put: {
      TableName: deps.tableName,
      Item: { ...projectionKey(next.applicationId), entity: 'benefit', ...next },
      ConditionExpression: kept ? 'asOf = :kept' : 'attribute_not_exists(pk)',
      ...(kept ? { ExpressionAttributeValues: { ':kept': kept.asOf } } : {}),
    },
  };
}

/** `addAtEveryLevel` for changes in several areas, merged per level (a transaction may touch an item once). */
function addAtEveryLevelOf(deps: StatisticsDeps, bucket: string, changes: Map<string, Deltas>): TransactItem[] {
  const byLevel = new Map<string, Deltas>();
  for (const [area, deltas] of changes) {
    for (const level of areaLevels(area)) {
      const kept = byLevel.get(level) ?? {};
      for (const [name, value] of Object.entries(deltas)) kept[name] = (kept[name] ?? 0) + value;
      byLevel.set(level, kept);
    }
  }
  return [...byLevel]
    .map(([level, deltas]) => addToCounter(deps, level, bucket, deltas))
    .filter((item): item is TransactItem => item !== undefined);
}

/**
 * Counts one ApplicationStatusChanged exactly once: the month's flow (granted, ended) always, and the stock
 * (households, persons, monthly amount in force) by the difference between the kept projection and the one
 * the event gives, only when the event is newer than what is kept. Marker, projection and counters commit
 * together. False when the event was already counted.
 */
export async function countBenefitStatus(deps: StatisticsDeps, envelope: EventEnvelope): Promise<boolean> {
  const event = parseEvent(ApplicationStatusChanged, envelope);
  const month = shanghaiDay(new Date(event.occurredAt)).slice(0, 7);
  const next = projectionOf(event.data, eventOrder(event.occurredAt, event.id));
  for (let attempt = 1; ; attempt++) {
    const kept = await readBenefit(deps, event.data.applicationId);
    const items: TransactItem[] = addAtEveryLevel(deps, event.data.area, flowBucket(month), flowOf(event.data));
    if (isNewer(kept, next)) {
      items.push(projectionPut(deps, kept, next));
      items.push(...addAtEveryLevelOf(deps, BENEFITS_BUCKET, stockChanges(kept, next)));
    }
    try {
      return await applyOnce(deps.client, deps.tableName, CONSUMER, event.id, items, deps.now());
    } catch (error) {
      if (!isLostRace(error) || attempt >= ATTEMPTS) throw error;
    }
  }
}

/** Counts one PaymentMade in the month it was paid, exactly once. */
export async function countPayment(deps: StatisticsDeps, envelope: EventEnvelope): Promise<boolean> {
  const { id, data } = parseEvent(PaymentMade, envelope);
  const items = addAtEveryLevel(deps, data.area, flowBucket(data.month), paymentFlow(data.programme, data.amountFen));
  return applyOnce(deps.client, deps.tableName, CONSUMER, id, items, deps.now());
}
