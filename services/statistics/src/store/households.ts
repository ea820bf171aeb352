import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { type EventEnvelope, HouseholdChanged, parseEvent } from '@shequ/contracts';
import { isLostRace, key, type TransactItem } from '@shequ/ddb';
import { areaLevels } from '../domain/area-levels.ts';
import { type Deltas, HOUSEHOLDS_BUCKET, type HouseholdProjection, householdChanges } from '../domain/households.ts';
import { addToCounter } from './counters.ts';
import type { StatisticsDeps } from './deps.ts';

/** Attempts at one event when a concurrent event of the same household moved its projection first. */
const ATTEMPTS = 5;

const projectionKey = (householdId: string) => ({ pk: key('HOUSEHOLD', householdId), sk: 'HOUSEHOLD' });

export async function readHousehold(deps: StatisticsDeps, householdId: string): Promise<HouseholdProjection | undefined> {
  const out = await deps.client.send(
    new GetCommand({ TableName: deps.tableName, Key: projectionKey(householdId), ConsistentRead: true }),
  );
  if (!out.Item) return undefined;
  const { pk: _pk, sk: _sk, entity: _entity, ...projection } = out.Item;
  return projection as HouseholdProjection;
}

/** The changes in several areas merged per level (a transaction may touch an item once). */
function atEveryLevel(deps: StatisticsDeps, changes: Map<string, Deltas>): TransactItem[] {
  const byLevel = new Map<string, Deltas>();
  for (const [area, deltas] of changes) {
    for (const level of areaLevels(area)) {
      const kept = byLevel.get(level) ?? {};
      for (const [name, value] of Object.entries(deltas)) kept[name] = (kept[name] ?? 0) + value;
      byLevel.set(level, kept);
    }
  }
  return [...byLevel]
    .map(([level, deltas]) => addToCounter(deps, level, HOUSEHOLDS_BUCKET, deltas))
    .filter((item): item is TransactItem => item !== undefined);
}

/**
 * Counts one HouseholdChanged: the projection moves to the event's version and the counters by the difference,
 * in one transaction guarded on the version read. An event not newer than the kept version changes nothing,
 * so a repeated or late event is harmless without a marker. False when the event was not newer.
 */
export async function countHousehold(deps: StatisticsDeps, envelope: EventEnvelope): Promise<boolean> {
  const { data } = parseEvent(HouseholdChanged, envelope);
  const next: HouseholdProjection = {
    householdId: data.householdId,
    area: data.area,
    version: data.version,
    size: data.size,
    housing: data.housingHardship.kind,
    dissolved: data.change === 'dissolved',
  };
  for (let attempt = 1; ; attempt++) {
    const kept = await readHousehold(deps, data.householdId);
    if (kept && kept.version >= next.version) return false;
    const put: TransactItem = {
      Put: {
        TableName: deps.tableName,
        Item: { ...projectionKey(next.householdId), entity: 'household', ...next },
        ConditionExpression: kept ? 'version = :kept' : 'attribute_not_exists(pk)',
        ...(kept ? { ExpressionAttributeValues: { ':kept': kept.version } } : {}),
      },
    };
    try {
      await deps.client.send(
        new TransactWriteCommand({ TransactItems: [put, ...atEveryLevel(deps, householdChanges(kept, next))] }),
      );
      return true;
    } catch (error) {
      if (!isLostRace(error) || attempt >= ATTEMPTS) throw error;
    }
  }
}
