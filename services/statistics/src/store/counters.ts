import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { type CounterUpdate, counterItem, key, queryAll, type TransactItem } from '@shequ/ddb';
import { areaLevels, parentArea } from '../domain/area-levels.ts';
import type { StatisticsDeps } from './deps.ts';

/**
 * Counters: one item per (area, bucket) holding named numbers, kept by ADD in the transaction that handles
 * an event, at every level the area rolls up into (district, sub-district, community, grid). Each item also
 * sits in gsi1 under its parent and bucket, so the drill-down of an area (its children's counters) is one
 * Query, whatever the population. Buckets name what is counted:
 *   POPULATION                 total, registered, migrant, male, female
 *   BIRTHS#<sex>#<YYYY>        one number per birthday `MM-DD` of the living (ages are derived on the day asked)
 *   GROUPS                     members per special group; `disabled:<category>:<grade>`
 *   BENEFITS                   `<programme>:households`, `:persons`, `:monthlyFen` of benefits in force
 *   FLOW#<YYYY-MM>             what happened that month: new/ended benefits, payments, deaths, certificates,
 *                              volunteer minutes, cases filed/handled/in time
 *   EMPLOYMENT#<YYYY>          the year's employment bases: applied, inspected, plaques, funds paid
 */
export const counterKey = (area: string, bucket: string) => ({ pk: key('COUNTER', area), sk: bucket });

export const flowBucket = (month: string) => key('FLOW', month);
export const birthsBucket = (sex: string, year: string | number) => key('BIRTHS', sex, year);

export type Deltas = Record<string, number>;

/**
 * What adding `deltas` to one counter item (the area itself, no roll-up) is, for `transactInBatches` to sum
 * with other units' additions to the same item; undefined when all are zero.
 */
export function counterUpdate(deps: StatisticsDeps, area: string, bucket: string, deltas: Deltas): CounterUpdate | undefined {
  const given = Object.entries(deltas).filter(([, value]) => value !== 0);
  if (given.length === 0) return undefined;
  const parent = parentArea(area);
  return {
    tableName: deps.tableName,
    key: counterKey(area, bucket),
    add: Object.fromEntries(given),
    set: { entity: 'counter', area, bucket, ...(parent ? { gsi1pk: key('CHILDREN', parent, bucket), gsi1sk: area } : {}) },
  };
}

/** The Update that adds `deltas` to one counter item (the area itself, no roll-up); undefined when all are zero. */
export function addToCounter(deps: StatisticsDeps, area: string, bucket: string, deltas: Deltas): TransactItem | undefined {
  const update = counterUpdate(deps, area, bucket, deltas);
  return update ? counterItem(update) : undefined;
}

/** The Updates that add `deltas` at every level `area` rolls up into. */
export function addAtEveryLevel(deps: StatisticsDeps, area: string, bucket: string, deltas: Deltas): TransactItem[] {
  return areaLevels(area)
    .map((level) => addToCounter(deps, level, bucket, deltas))
    .filter((item): item is TransactItem => item !== undefined);
}

const PLUMBING = new Set(['pk', 'sk', 'entity', 'area', 'bucket', 'gsi1pk', 'gsi1sk']);

function numbersOf(item: Record<string, unknown> | undefined): Deltas {
  return Object.fromEntries(
    Object.entries(item ?? {}).filter(([name, value]) => !PLUMBING.has(name) && typeof value === 'number'),
  ) as Deltas;
}

/** One counter item's numbers (empty when nothing was ever counted there). */
export async function readCounter(deps: StatisticsDeps, area: string, bucket: string): Promise<Deltas> {
  const out = await deps.client.send(
    new GetCommand({ TableName: deps.tableName, Key: counterKey(area, bucket), ConsistentRead: true }),
  );
  return numbersOf(out.Item);
}

/** An area's counter items whose bucket starts with `prefix` (e.g. every `BIRTHS#female#` year), by bucket. */
export async function readCounterRange(
  deps: StatisticsDeps,
  area: string,
  from: string,
  to: string,
): Promise<{ bucket: string; numbers: Deltas }[]> {
  const items = await queryAll(deps, {
    KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
    ExpressionAttributeValues: { ':pk': key('COUNTER', area), ':from': from, ':to': to },
    ConsistentRead: true,
  });
  return items.map((item) => ({ bucket: String(item.sk), numbers: numbersOf(item) }));
}

/** The counters of `bucket` in each child area of `area` (drill-down), by area code. */
export async function readChildren(
  deps: StatisticsDeps,
  area: string,
  bucket: string,
): Promise<{ area: string; numbers: Deltas }[]> {
  const items = await queryAll(deps, {
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': key('CHILDREN', area, bucket) },
  });
  return items
    .map((item) => ({ area: String(item.area), numbers: numbersOf(item) }))
    .sort((a, b) => a.area.localeCompare(b.area));
}
