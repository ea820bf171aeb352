import { EventBridgeClient, PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { type OutboxReading, type RawStreamRecord, readOutboxRecord } from '@shequ/ddb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { UNREADABLE_DETAIL_TYPE, UNREADABLE_SOURCE } from './outbox-parking.ts';

/**
 * Carries outbox items from a service table's stream to the district's event bus: each envelope an
 * inserted `OUTBOX#` item carries becomes one bus event with Source = envelope.source, DetailType =
 * envelope.type and Detail = the envelope, so a rule can hand consumers `$.detail` as is.
 *
 * A record that cannot be read (or holds entries that are not envelopes) is parked, not retried: it goes on
 * the bus as one `OutboxRecordUnreadable` entry (its table, keys, sequence number, reason and, if it fits,
 * its image), which a rule puts in `shequ-<code>-outbox-failed`. Retrying it could never succeed and would
 * hold every later record of its shard back for the retries, and the stream's on-failure destination keeps
 * only a batch's sequence numbers, not what was wrong; as an entry in the batch it is sent once, in order
 * with the rest. That destination stays for what PutEvents keeps refusing.
 */

/** PutEvents takes at most ten entries per call. */
export const MAX_ENTRIES_PER_CALL = 10;
/** A bus entry may be 256 KB; a parked record's image is left out past this, the item stays in its table until its TTL. */
const MAX_PARKED_DETAIL_BYTES = 200_000;

export type PutEvents = (entries: PutEventsRequestEntry[]) => Promise<{ failedIndexes: number[] }>;
export type Log = (level: 'error' | 'warn', message: string, fields: Record<string, unknown>) => void;

const log: Log = (level, message, fields) => console.error(JSON.stringify({ level, message, ...fields }));

/** The table a stream record comes from, read from its event source ARN (`…:table/<name>/stream/<time>`). */
function tableOf(record: DynamoDBRecord): string | undefined {
  return /:table\/([^/]+)\/stream\//.exec(record.eventSourceARN ?? '')?.[1];
}

function parkedEntry(record: DynamoDBRecord, reading: OutboxReading, eventBusName: string): PutEventsRequestEntry {
  const detail = {
    table: tableOf(record),
    sequenceNumber: record.dynamodb?.SequenceNumber,
    keys: record.dynamodb?.Keys,
    reason: reading.problem,
    published: reading.events.map((event) => event.id),
    image: record.dynamodb?.NewImage,
  };
  let json = JSON.stringify(detail);
  const bytes = Buffer.byteLength(json);
  if (bytes > MAX_PARKED_DETAIL_BYTES) json = JSON.stringify({ ...detail, image: undefined, imageOmitted: { bytes } });
  return { EventBusName: eventBusName, Source: UNREADABLE_SOURCE, DetailType: UNREADABLE_DETAIL_TYPE, Detail: json };
}

/**
 * The bus entries for a stream record: one per envelope of an outbox insert, in the order they were written,
 * plus a parked entry when some or all of it could not be read; none for any other record (the event source
 * filter lets none through; this guards a changed filter). Only outbox items are ever decoded.
 */
export function toBusEntries(record: DynamoDBRecord, eventBusName: string, logTo: Log = log): PutEventsRequestEntry[] {
  const reading = readOutboxRecord(record as RawStreamRecord);
  if (!reading) return [];
  const entries: PutEventsRequestEntry[] = reading.events.map((envelope) => {
    const occurredAt = new Date(envelope.occurredAt);
    return {
      EventBusName: eventBusName,
      Source: envelope.source,
      DetailType: envelope.type,
      Detail: JSON.stringify(envelope),
      ...(Number.isNaN(occurredAt.getTime()) ? {} : { Time: occurredAt }),
    };
  });
  if (reading.problem) {
    logTo('error', 'unreadable outbox record parked', {
      sequenceNumber: record.dynamodb?.SequenceNumber,
      pk: reading.pk,
      reason: reading.problem,
    });
    entries.push(parkedEntry(record, reading, eventBusName));
  }
  return entries;
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/**
 * Publishes the entries of a batch's records in order, ten per call. The first refused entry stops the batch:
 * Lambda retries a stream from the lowest failed sequence number, so its record and every record after it
 * are reported as failed rather than sent now and again on the retry. A record whose entries span two calls
 * is all sent or retried whole; the retry may send its first entries twice, which consumers dedupe by event id.
 */
export async function publishRecords(
  records: readonly DynamoDBRecord[],
  eventBusName: string,
  putEvents: PutEvents,
  logTo: Log = log,
): Promise<DynamoDBBatchResponse> {
  const pending = records.flatMap((record, index) =>
    toBusEntries(record, eventBusName, logTo).map((entry) => ({ record: index, entry })),
  );
  for (const [position, batch] of chunk(pending, MAX_ENTRIES_PER_CALL).entries()) {
    let failedIndexes: number[];
    try {
      ({ failedIndexes } = await putEvents(batch.map(({ entry }) => entry)));
    } catch (error) {
      logTo('error', 'PutEvents failed', { error: String(error) });
      failedIndexes = batch.map((_, index) => index);
    }
    if (failedIndexes.length > 0) {
      const firstFailed = pending[position * MAX_ENTRIES_PER_CALL + Math.min(...failedIndexes)];
      const from = firstFailed?.record ?? 0;
      logTo('warn', 'entries not sent; the stream retries from their record', { refused: failedIndexes.length, from });
      return {
        batchItemFailures: records.slice(from).map((record) => ({ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' })),
      };
    }
  }
  return { batchItemFailures: [] };
}

const client = new EventBridgeClient({});

/** PutEvents through the SDK, with the indexes of the entries EventBridge refused. */
export const sdkPutEvents: PutEvents = async (entries) => {
  const result = await client.send(new PutEventsCommand({ Entries: entries }));
  const failedIndexes = (result.Entries ?? []).flatMap((entry, index) => (entry.ErrorCode ? [index] : []));
  return { failedIndexes };
};

let eventBusName: string | undefined;

function busName(): string {
  eventBusName ??= process.env.EVENT_BUS_NAME;
  if (!eventBusName) throw new Error('EVENT_BUS_NAME is not set');
  return eventBusName;
}

export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  return publishRecords(event.Records, busName(), sdkPutEvents);
}
