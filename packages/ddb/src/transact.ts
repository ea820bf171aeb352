import { type DynamoDBDocumentClient, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { clock, createEvent, type EventContract, type EventEnvelope } from '@shequ/contracts';
import type { z } from 'zod';
import { ConcurrentModificationError, failedConditionIndex, isLostRace, isTransactionConflict } from './errors.ts';
import { key, newId } from './keys.ts';
import { expiresAfter, PARTITION_KEY, SORT_KEY, TTL_ATTRIBUTE } from './table-spec.ts';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
type Item = Record<string, unknown>;

/** Outbox items live a week: long past the stream's 24 h, short enough not to grow the table. */
const OUTBOX_TTL_SECONDS = 7 * 24 * 3600;
export const OUTBOX_PREFIX = 'OUTBOX#';

/**
 * DynamoDB's item limit is 400 KB; the outbox keeps well under it so an item of events always fits, and an
 * EventBridge entry (256 KB) always holds one event.
 */
const OUTBOX_ITEM_BYTES = 300_000;

/**
 * The outbox item for the events one transaction raises: a single item carrying them all, so a write that
 * raises many (an import's rows, a payment run's batch) spends one of its 100 transaction items on them, not
 * one each. The table stream carries its insert to the publisher, which sends each event on by itself.
 */
export function outboxPut(tableName: string, events: EventEnvelope | readonly EventEnvelope[]): TransactItem {
  const list = Array.isArray(events) ? (events as readonly EventEnvelope[]) : [events as EventEnvelope];
  const first = list[0];
  if (!first) throw new Error('an outbox item carries at least one event');
  return {
    Put: {
      TableName: tableName,
      Item: {
        [PARTITION_KEY]: key('OUTBOX', first.id),
        [SORT_KEY]: 'OUTBOX',
        entity: 'outbox',
        events: list,
        [TTL_ATTRIBUTE]: expiresAfter(new Date(first.occurredAt), OUTBOX_TTL_SECONDS),
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

/** The outbox items for a transaction's events: one, unless they are too large together for one item. */
export function outboxPuts(tableName: string, events: readonly EventEnvelope[]): TransactItem[] {
  const puts: TransactItem[] = [];
  let group: EventEnvelope[] = [];
  let bytes = 0;
  for (const event of events) {
    const size = Buffer.byteLength(JSON.stringify(event));
    if (group.length > 0 && bytes + size > OUTBOX_ITEM_BYTES) {
      puts.push(outboxPut(tableName, group));
      group = [];
      bytes = 0;
    }
    group.push(event);
    bytes += size;
  }
  if (group.length > 0) puts.push(outboxPut(tableName, group));
  return puts;
}

/**
 * The events an outbox item carries, read from its plain (unmarshalled) form: `events` as written now, or
 * the single `event` of items written before outbox items carried several. Empty when it holds neither.
 */
export function outboxEventsOf(item: Record<string, unknown>): unknown[] {
  if (Array.isArray(item.events)) return item.events;
  return item.event === undefined ? [] : [item.event];
}

/** Who raises an event: the district whose bus carries it, and the clock that dates it (tests set it). */
export interface EventRaiser {
  district: string;
  now: () => Date;
}

/** A new event of `contract` about `area`, dated by the raiser's clock, its id sorting by that time. */
export function raiseEvent<TType extends string, TData extends z.ZodObject>(
  raiser: EventRaiser,
  contract: EventContract<TType, TData>,
  area: string,
  data: z.input<TData>,
): EventEnvelope {
  const now = raiser.now();
  return createEvent(contract, { id: newId(now), district: raiser.district, area, occurredAt: now, data });
}

/** Holds a transaction unless the item's `field` still equals `value` (a status, a count read earlier). */
export function fieldCheck(tableName: string, itemKey: Item, field: string, value: string | number): TransactItem {
  return {
    ConditionCheck: {
      TableName: tableName,
      Key: itemKey,
      ConditionExpression: '#field = :value',
      ExpressionAttributeNames: { '#field': field },
      ExpressionAttributeValues: { ':value': value },
    },
  };
}

/** Adds one to each named number of an item (created when absent): a tally kept in the transaction it counts. */
export function addOne(tableName: string, itemKey: Item, names: readonly string[]): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: itemKey,
      UpdateExpression: `ADD ${names.map((_, index) => `#n${index} :one`).join(', ')}`,
      ExpressionAttributeNames: Object.fromEntries(names.map((name, index) => [`#n${index}`, name])),
      ExpressionAttributeValues: { ':one': 1 },
    },
  };
}

/** Creates an item that must not exist yet, at version 1. */
export function createPut(tableName: string, item: Item): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: { ...item, version: 1 },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

/**
 * Replaces an item only if it is still at `expectedVersion` (optimistic locking); the stored item gets
 * `expectedVersion + 1`. A lost race fails the whole transaction with ConditionalCheckFailed.
 */
export function versionedPut(tableName: string, item: Item, expectedVersion: number): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: { ...item, version: expectedVersion + 1 },
      ConditionExpression: '#version = :expected',
      ExpressionAttributeNames: { '#version': 'version' },
      ExpressionAttributeValues: { ':expected': expectedVersion },
    },
  };
}

/**
 * Writes the state change and the events it causes in one transaction, so an event exists if and only if
 * its change does. Condition failures surface as the SDK's TransactionCanceledException; callers decide
 * what a failed condition means for them (see `failedConditionIndex`).
 */
export async function writeWithEvents(
  client: DynamoDBDocumentClient,
  tableName: string,
  items: readonly TransactItem[],
  events: readonly EventEnvelope[],
): Promise<void> {
  const transactItems = [...items, ...outboxPuts(tableName, events)];
  if (transactItems.length > 100) throw new Error('a transaction holds at most 100 items');
  await client.send(new TransactWriteCommand({ TransactItems: transactItems }));
}

/**
 * `writeWithEvents` for writes whose conditions all guard against a concurrent change (versions, statuses):
 * any failed condition or transaction conflict becomes ConcurrentModificationError, the 409 callers answer.
 */
export async function writeWithEventsOrConflict(
  client: DynamoDBDocumentClient,
  tableName: string,
  items: readonly TransactItem[],
  events: readonly EventEnvelope[],
): Promise<void> {
  try {
    await writeWithEvents(client, tableName, items, events);
  } catch (error) {
    if (isLostRace(error)) throw new ConcurrentModificationError();
    throw error;
  }
}

/** How long a consumer remembers an event it handled: longer than any redelivery (SQS, stream, retries). */
const PROCESSED_TTL_SECONDS = 8 * 24 * 3600;

/**
 * Applies a consumer's writes together with a marker that it handled this event, so a redelivered event
 * changes nothing. Returns false when the event had already been handled.
 */
export async function applyOnce(
  client: DynamoDBDocumentClient,
  tableName: string,
  consumer: string,
  eventId: string,
  items: readonly TransactItem[],
  now: Date = clock.now(),
): Promise<boolean> {
  const marker: TransactItem = {
    Put: {
      TableName: tableName,
      Item: {
        [PARTITION_KEY]: key('PROCESSED', consumer, eventId),
        [SORT_KEY]: 'PROCESSED',
        entity: 'processed-event',
        [TTL_ATTRIBUTE]: expiresAfter(now, PROCESSED_TTL_SECONDS),
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
  try {
    await client.send(new TransactWriteCommand({ TransactItems: [marker, ...items] }));
    return true;
  } catch (error) {
    if (failedConditionIndex(error) === 0) return false;
    throw error;
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `writeWithEvents`, tried again while the transaction only lost a conflict (no condition failed, nothing
 * was written): for writes that all add to one shared item, such as a tally many people answer into at once.
 * Any failed condition is thrown at once for the caller to read with `failedConditionIndex`.
 */
export async function writeWithEventsRetryingConflicts(
  client: DynamoDBDocumentClient,
  tableName: string,
  items: readonly TransactItem[],
  events: readonly EventEnvelope[],
  attempts = 12,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await writeWithEvents(client, tableName, items, events);
      return;
    } catch (error) {
      if (!isTransactionConflict(error) || failedConditionIndex(error) >= 0 || attempt >= attempts) throw error;
      await pause(10 + Math.random() * 25 * attempt);
    }
  }
}
