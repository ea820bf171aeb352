import { type EventEnvelope, eventEnvelopeSchema } from '@shequ/contracts';
import { OUTBOX_PREFIX, outboxEventsOf } from './transact.ts';

/**
 * A table stream record as both readers see it: Lambda's `DynamoDBRecord` and the Streams SDK's `_Record`
 * (attribute values left untyped, since a stream may carry shapes the SDK's types do not admit).
 */
export interface RawStreamRecord {
  eventName?: string;
  dynamodb?: {
    Keys?: Record<string, unknown>;
    NewImage?: Record<string, unknown>;
    SequenceNumber?: string;
    ApproximateCreationDateTime?: Date | number | string;
  };
}

/** What an outbox insert carries: the envelopes it could read, and why anything in it could not be. */
export interface OutboxReading {
  /** The outbox item's partition key, `OUTBOX#<first event id>`. */
  pk: string;
  /** Every valid envelope of the item, in the order the transaction wrote them. */
  events: EventEnvelope[];
  /** Set when the item could not be decoded, carries no envelope, or some of its entries are not envelopes. */
  problem?: string;
}

/** Thrown by `decodeStreamImage` for an attribute value of no known shape, naming where it sits. */
export class StreamDecodeError extends Error {
  override readonly name = 'StreamDecodeError';
}

/**
 * Plain values of a stream image, as `unmarshall` gives them, but reading DynamoDB Local's untyped `{}` as
 * the empty map it stands for (its streams drop the `M` of an empty map at any depth; `unmarshall` throws
 * "No value defined: {}"). Numbers become numbers, sets become Sets, binaries stay as they came.
 */
export function decodeStreamImage(image: Record<string, unknown>): Record<string, unknown> {
  return decodeMap(image, '');
}

function decodeMap(map: Record<string, unknown>, path: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(map)) out[name] = decodeValue(value, path ? `${path}.${name}` : name);
  return out;
}

function decodeValue(value: unknown, path: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new StreamDecodeError(`attribute ${path} is not an attribute value: ${JSON.stringify(value)}`);
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return {};
  const [type, inner] = entries[0] as [string, unknown];
  if (entries.length === 1) {
    switch (type) {
      case 'S':
        if (typeof inner === 'string') return inner;
        break;
      case 'N':
        if (typeof inner === 'string' && Number.isFinite(Number(inner))) return Number(inner);
        break;
      case 'BOOL':
        if (typeof inner === 'boolean') return inner;
        break;
      case 'NULL':
        return null;
      case 'B':
        if (inner !== undefined && inner !== null) return inner;
        break;
      case 'SS':
        if (Array.isArray(inner) && inner.every((entry) => typeof entry === 'string')) return new Set(inner);
        break;
      case 'NS':
        if (Array.isArray(inner) && inner.every((entry) => typeof entry === 'string' && Number.isFinite(Number(entry)))) {
          return new Set(inner.map(Number));
        }
        break;
      case 'BS':
        if (Array.isArray(inner)) return new Set(inner);
        break;
      case 'L':
        if (Array.isArray(inner)) return inner.map((entry, index) => decodeValue(entry, `${path}[${index}]`));
        break;
      case 'M':
        if (typeof inner === 'object' && inner !== null && !Array.isArray(inner)) {
          return decodeMap(inner as Record<string, unknown>, path);
        }
        break;
    }
  }
  throw new StreamDecodeError(`attribute ${path} has no readable type: ${JSON.stringify(value).slice(0, 200)}`);
}

/** The outbox item's partition key read from the raw record, without decoding anything else. */
export function rawPartitionKey(record: RawStreamRecord): string | undefined {
  const fromImage = (record.dynamodb?.NewImage?.pk as { S?: unknown } | undefined)?.S;
  const fromKeys = (record.dynamodb?.Keys?.pk as { S?: unknown } | undefined)?.S;
  const pk = fromImage ?? fromKeys;
  return typeof pk === 'string' ? pk : undefined;
}

/**
 * Reads a stream record the way both outbox readers must: `undefined` unless it is the insert of an outbox
 * item (decided on the raw key, so no other item is ever decoded); otherwise its envelopes, checked
 * against the envelope schema every consumer parses with, and a `problem` for whatever could not be read.
 * Never throws: a record nobody can read must be parked, not retried forever.
 */
export function readOutboxRecord(record: RawStreamRecord): OutboxReading | undefined {
  const pk = rawPartitionKey(record);
  if (record.eventName !== 'INSERT' || !pk?.startsWith(OUTBOX_PREFIX)) return undefined;
  const image = record.dynamodb?.NewImage;
  if (!image) return { pk, events: [], problem: 'the stream record has no new image' };
  let entries: unknown[];
  try {
    entries = outboxEventsOf(decodeStreamImage(image));
  } catch (error) {
    return { pk, events: [], problem: `cannot decode the outbox item: ${(error as Error).message}` };
  }
  if (entries.length === 0) return { pk, events: [], problem: 'the outbox item carries no event envelope' };
  const events: EventEnvelope[] = [];
  const refused: string[] = [];
  for (const [index, entry] of entries.entries()) {
    const parsed = eventEnvelopeSchema.safeParse(entry);
    if (parsed.success) events.push(entry as EventEnvelope);
    else
      refused.push(
        `entry ${index}: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'} ${issue.message}`).join('; ')}`,
      );
  }
  return refused.length === 0
    ? { pk, events }
    : { pk, events, problem: `${refused.length} of ${entries.length} entries are not event envelopes: ${refused.join(' | ')}` };
}
