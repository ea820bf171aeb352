import { EventBridgeClient, PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';

/**
 * Carries outbox items from a service table's stream to the district's event bus: each inserted
 * `OUTBOX#` item's `event` attribute (the envelope) becomes one bus event with Source = envelope.source,
 * DetailType = envelope.type and Detail = the envelope, so a rule can hand consumers `$.detail` as is.
 */

/** PutEvents takes at most ten entries per call. */
export const MAX_ENTRIES_PER_CALL = 10;
const OUTBOX_PREFIX = 'OUTBOX#';

type StreamImage = Parameters<typeof unmarshall>[0];
export type PutEvents = (entries: PutEventsRequestEntry[]) => Promise<{ failedIndexes: number[] }>;
export type LogError = (message: string, fields: Record<string, unknown>) => void;

const logError: LogError = (message, fields) => console.error(JSON.stringify({ level: 'error', message, ...fields }));

interface Envelope {
  id: string;
  type: string;
  source: string;
  occurredAt?: string;
}

function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const { id, type, source } = value as Record<string, unknown>;
  return typeof id === 'string' && typeof type === 'string' && typeof source === 'string';
}

/**
 * The bus entry for a stream record, `undefined` when the record is not an outbox insert (the event source
 * filter lets none through; this guards a changed filter). Throws for an outbox item without an envelope.
 */
export function toBusEntry(record: DynamoDBRecord, eventBusName: string): PutEventsRequestEntry | undefined {
  const image = record.dynamodb?.NewImage;
  const pk = image?.pk?.S;
  if (record.eventName !== 'INSERT' || !image || !pk?.startsWith(OUTBOX_PREFIX)) return undefined;
  const envelope = unmarshall(image as StreamImage).event;
  if (!isEnvelope(envelope)) throw new Error(`outbox item ${pk} carries no event envelope`);
  const occurredAt = envelope.occurredAt ? new Date(envelope.occurredAt) : undefined;
  return {
    EventBusName: eventBusName,
    Source: envelope.source,
    DetailType: envelope.type,
    Detail: JSON.stringify(envelope),
    ...(occurredAt && !Number.isNaN(occurredAt.getTime()) ? { Time: occurredAt } : {}),
  };
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/**
 * Publishes the outbox records of a batch in order, ten at a time. The first failure stops the batch:
 * Lambda retries a stream from the lowest failed sequence number, so everything from there on is reported
 * as failed rather than sent now and again on the retry.
 */
export async function publishRecords(
  records: readonly DynamoDBRecord[],
  eventBusName: string,
  putEvents: PutEvents,
  log: LogError = logError,
): Promise<DynamoDBBatchResponse> {
  const pending: { sequenceNumber: string; entry: PutEventsRequestEntry }[] = [];
  let firstFailure: number | undefined;
  for (const [index, record] of records.entries()) {
    const sequenceNumber = record.dynamodb?.SequenceNumber ?? '';
    try {
      const entry = toBusEntry(record, eventBusName);
      if (entry) pending.push({ sequenceNumber, entry });
    } catch (error) {
      log('unreadable outbox record', { sequenceNumber, error: String(error) });
      firstFailure = index;
      break;
    }
  }
  const failedSequenceNumbers = firstFailure === undefined ? [] : records.slice(firstFailure).map(sequenceOf);

  for (const [position, batch] of chunk(pending, MAX_ENTRIES_PER_CALL).entries()) {
    let failedIndexes: number[];
    try {
      ({ failedIndexes } = await putEvents(batch.map(({ entry }) => entry)));
    } catch (error) {
      log('PutEvents failed', { error: String(error) });
      failedIndexes = batch.map((_, index) => index);
    }
    if (failedIndexes.length > 0) {
      const firstFailed = Math.min(...failedIndexes);
      const unsent = pending.slice(position * MAX_ENTRIES_PER_CALL + firstFailed).map((item) => item.sequenceNumber);
      return { batchItemFailures: unique([...unsent, ...failedSequenceNumbers]).map(toFailure) };
    }
  }
  return { batchItemFailures: failedSequenceNumbers.map(toFailure) };
}

function sequenceOf(record: DynamoDBRecord): string {
  return record.dynamodb?.SequenceNumber ?? '';
}

function toFailure(itemIdentifier: string) {
  return { itemIdentifier };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
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
