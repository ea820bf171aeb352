import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import {
  applyOnce,
  failedConditionIndex,
  isLostRace,
  key,
  type Page,
  type PageRequest,
  queryPage,
  type TransactItem,
} from '@shequ/ddb';
import { areaLevels } from '../domain/area-levels.ts';
import { POPULATION_BUCKET } from '../domain/population.ts';
import { correctionOf, type DriftOutcome, type FieldDrift, populationFields } from '../domain/reconciliation.ts';
import { addToCounter } from './counters.ts';
import type { StatisticsDeps } from './deps.ts';

const CONSUMER = 'reconcile-population';

/** A drift found in one area by one reconciliation, kept as a report (one per count and area). */
export interface DriftReport {
  /** Asia/Shanghai day of the registry's count. */
  day: string;
  countedAt: string;
  area: string;
  fields: FieldDrift[];
  outcome: DriftOutcome;
  eventId: string;
  recordedAt: string;
}

/**
 * The report sits under every level its area rolls up into, so "drift in this sub-district and below" is one
 * Query, newest first. Its key is the count's time and the area: the same event delivered again finds it.
 */
function reportPuts(deps: StatisticsDeps, report: DriftReport): TransactItem[] {
  return areaLevels(report.area).map((level) => ({
    Put: {
      TableName: deps.tableName,
      Item: { pk: key('DRIFT', level), sk: key(report.countedAt, report.area), entity: 'drift-report', ...report },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  }));
}

/**
 * Adds the difference to the POPULATION counter of `report.area` so it holds the registry's count, only if it
 * still holds the `found` numbers it was read with, and records the report in the same transaction.
 * - `corrected`: done;
 * - `busy`: an event moved the counter since it was read; nothing corrected, the drift reported as such
 *   (tomorrow's count checks it again);
 * - `already`: this count's report of the area exists: a redelivery, nothing done twice.
 */
export async function correctPopulation(
  deps: StatisticsDeps,
  report: Omit<DriftReport, 'outcome' | 'recordedAt'>,
  found: Readonly<Record<string, number>>,
): Promise<DriftOutcome | 'already'> {
  const recordedAt = deps.now().toISOString();
  const update = addToCounter(deps, report.area, POPULATION_BUCKET, correctionOf(report.fields))?.Update;
  if (!update) return 'already';
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const conditions = populationFields.map((field, index) => {
    names[`#c${index}`] = field;
    const held = found[field];
    if (held === undefined) return `attribute_not_exists(#c${index})`;
    values[`:c${index}`] = held;
    return `#c${index} = :c${index}`;
  });
  const guarded: TransactItem = {
    Update: {
      ...update,
      ConditionExpression: conditions.join(' AND '),
      ExpressionAttributeNames: { ...update.ExpressionAttributeNames, ...names },
      ExpressionAttributeValues: { ...update.ExpressionAttributeValues, ...values },
    },
  };
  try {
    await deps.client.send(
      new TransactWriteCommand({
        TransactItems: [guarded, ...reportPuts(deps, { ...report, outcome: 'corrected', recordedAt })],
      }),
    );
    return 'corrected';
  } catch (error) {
    if (!isLostRace(error)) throw error;
    if (failedConditionIndex(error) > 0) return 'already';
  }
  try {
    await deps.client.send(
      new TransactWriteCommand({ TransactItems: reportPuts(deps, { ...report, outcome: 'busy', recordedAt }) }),
    );
    return 'busy';
  } catch (error) {
    if (failedConditionIndex(error) >= 0) return 'already';
    throw error;
  }
}

/** True once a whole count (event) has been reconciled; a redelivery then does nothing at all. */
export async function alreadyReconciled(deps: StatisticsDeps, eventId: string): Promise<boolean> {
  const out = await deps.client.send(
    new GetCommand({
      TableName: deps.tableName,
      Key: { pk: key('PROCESSED', CONSUMER, eventId), sk: 'PROCESSED' },
      ConsistentRead: true,
    }),
  );
  return out.Item !== undefined;
}

export async function markReconciled(deps: StatisticsDeps, eventId: string): Promise<void> {
  await applyOnce(deps.client, deps.tableName, CONSUMER, eventId, [], deps.now());
}

/** Drift reports of `area` and the areas within it, newest count first. */
export async function listDriftReports(deps: StatisticsDeps, area: string, page: PageRequest): Promise<Page<DriftReport>> {
  return queryPage<DriftReport>(
    deps,
    { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': key('DRIFT', area) }, ScanIndexForward: false },
    page,
  );
}
