import type { PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { marshall } from '@aws-sdk/util-dynamodb';
import { outboxPut } from '@shequ/ddb';
import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { UNREADABLE_DETAIL_TYPE, UNREADABLE_SOURCE } from '../functions/outbox-parking.ts';
import { type Log, MAX_ENTRIES_PER_CALL, type PutEvents, publishRecords, toBusEntries } from '../functions/publish-outbox.ts';

const BUS = 'shequ-350203-events';
const STREAM = 'arn:aws-cn:dynamodb:cn-northwest-1:123456789012:table/shequ-350203-registry/stream/2026-01-01T00:00:00.000';
type Image = NonNullable<DynamoDBRecord['dynamodb']>['NewImage'];

function envelope(n: number) {
  return {
    id: `evt-${n}`,
    type: 'PersonRegistered',
    source: 'shequ.registry',
    district: '350203',
    area: '350203006029',
    occurredAt: '2025-03-01T08:00:00.000+08:00',
    data: { personId: `p-${n}`, age: 30 + n },
  };
}

/** A stream record for the outbox item a transaction raising `count` events puts, marshalled as the stream delivers it. */
function outboxRecord(n: number, count = 1): DynamoDBRecord {
  const events = Array.from({ length: count }, (_, index) => envelope(n * 100 + index));
  const item = outboxPut('shequ-350203-registry', events).Put?.Item;
  if (!item) throw new Error('outboxPut returned no item');
  return {
    eventName: 'INSERT',
    eventSourceARN: STREAM,
    dynamodb: {
      SequenceNumber: String(1000 + n),
      Keys: { pk: { S: String(item.pk) }, sk: { S: 'OUTBOX' } },
      NewImage: marshall(item) as Image,
    },
  };
}

/** An outbox record whose image is `image` (keys added), as a broken or foreign writer might leave one. */
function brokenRecord(n: number, image: Record<string, unknown>): DynamoDBRecord {
  const keys = { pk: { S: `OUTBOX#broken-${n}` }, sk: { S: 'OUTBOX' } };
  return {
    eventName: 'INSERT',
    eventSourceARN: STREAM,
    dynamodb: { SequenceNumber: String(1000 + n), Keys: keys, NewImage: { ...keys, ...image } as Image },
  };
}

function recorder(fail: (entries: PutEventsRequestEntry[], call: number) => number[] | Error = () => []) {
  const calls: PutEventsRequestEntry[][] = [];
  const putEvents: PutEvents = async (entries) => {
    calls.push(entries);
    const outcome = fail(entries, calls.length);
    if (outcome instanceof Error) throw outcome;
    return { failedIndexes: outcome };
  };
  return { calls, putEvents };
}

const quiet: Log = () => undefined;
const ids = (calls: PutEventsRequestEntry[][]) => calls.flat().map((entry) => JSON.parse(entry.Detail ?? '').id);
const sequences = (result: { batchItemFailures: { itemIdentifier: string }[] }) =>
  result.batchItemFailures.map((failure) => failure.itemIdentifier);

describe('toBusEntries', () => {
  it('turns each envelope of an outbox insert into an event with the envelope as detail, in order', () => {
    const entries = toBusEntries(outboxRecord(1, 3), BUS);

    expect(entries).toHaveLength(3);
    expect(entries[0]).toEqual({
      EventBusName: BUS,
      Source: 'shequ.registry',
      DetailType: 'PersonRegistered',
      Detail: JSON.stringify(envelope(100)),
      Time: new Date('2025-03-01T00:00:00.000Z'),
    });
    expect(entries.map((entry) => JSON.parse(entry.Detail ?? '').id)).toEqual(['evt-100', 'evt-101', 'evt-102']);
  });

  it('reads an envelope holding an empty map, which DynamoDB Local streams as an untyped {}', () => {
    const record = outboxRecord(1);
    // The envelope's data as DynamoDB Local streams { attributes: {}, ... }.
    const image = JSON.stringify(record.dynamodb?.NewImage).replace('"data":{"M":{', '"data":{"M":{"attributes":{},');
    const streamed = { ...record, dynamodb: { ...record.dynamodb, NewImage: JSON.parse(image) as Image } };

    expect(JSON.parse(toBusEntries(streamed, BUS)[0]?.Detail ?? '').data).toEqual({ ...envelope(100).data, attributes: {} });
  });

  it('decodes nothing but outbox inserts', () => {
    const record = outboxRecord(1);
    const other = {
      ...record,
      dynamodb: {
        ...record.dynamodb,
        Keys: { pk: { S: 'PERSON#1' } },
        NewImage: { pk: { S: 'PERSON#1' }, odd: { Q: 1 } } as unknown as Image,
      },
    };

    expect(toBusEntries({ ...record, eventName: 'MODIFY' }, BUS)).toEqual([]);
    expect(toBusEntries(other, BUS)).toEqual([]);
  });

  it('parks an outbox item without an envelope as one entry for the failed queue: its table, keys, sequence number and reason', () => {
    const logged: string[] = [];
    const [entry, ...rest] = toBusEntries(
      brokenRecord(1, { events: { L: [{ M: { hello: { S: 'world' } } }] } }),
      BUS,
      (_, message) => logged.push(message),
    );

    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ EventBusName: BUS, Source: UNREADABLE_SOURCE, DetailType: UNREADABLE_DETAIL_TYPE });
    expect(JSON.parse(entry?.Detail ?? '')).toEqual({
      table: 'shequ-350203-registry',
      sequenceNumber: '1001',
      keys: { pk: { S: 'OUTBOX#broken-1' }, sk: { S: 'OUTBOX' } },
      reason: expect.stringMatching(/^1 of 1 entries are not event envelopes/),
      published: [],
      image: expect.objectContaining({ events: expect.anything() }),
    });
    expect(logged).toEqual(['unreadable outbox record parked']);
  });

  it('publishes the envelopes an item can give and parks it for the entries it cannot', () => {
    const record = outboxRecord(1, 2);
    record.dynamodb?.NewImage?.events?.L?.push({ M: { id: { S: 'x' } } });

    const entries = toBusEntries(record, BUS, quiet);

    expect(entries.map((entry) => entry.DetailType)).toEqual(['PersonRegistered', 'PersonRegistered', UNREADABLE_DETAIL_TYPE]);
    expect(JSON.parse(entries[2]?.Detail ?? '')).toMatchObject({
      published: ['evt-100', 'evt-101'],
      reason: expect.stringMatching(/entry 2: /),
    });
  });

  it('leaves out the image of a parked record too large for a bus entry', () => {
    const entry = toBusEntries(brokenRecord(1, { blob: { S: 'x'.repeat(300_000) } }), BUS, quiet)[0];

    const detail = JSON.parse(entry?.Detail ?? '');
    expect(detail).toMatchObject({ keys: { pk: { S: 'OUTBOX#broken-1' } }, imageOmitted: { bytes: expect.any(Number) } });
    expect(detail.image).toBeUndefined();
    expect(Buffer.byteLength(entry?.Detail ?? '')).toBeLessThan(256 * 1024);
  });
});

describe('publishRecords', () => {
  it('puts the events in order, ten per call, and reports no failure', async () => {
    const records = Array.from({ length: 23 }, (_, n) => outboxRecord(n));
    const { calls, putEvents } = recorder();

    const result = await publishRecords(records, BUS, putEvents, quiet);

    expect(result).toEqual({ batchItemFailures: [] });
    expect(calls.map((call) => call.length)).toEqual([MAX_ENTRIES_PER_CALL, MAX_ENTRIES_PER_CALL, 3]);
    expect(ids(calls)).toEqual(records.map((_, n) => `evt-${n * 100}`));
  });

  it('packs the events of records carrying several into calls of ten, across record boundaries', async () => {
    const records = Array.from({ length: 7 }, (_, n) => outboxRecord(n, 3));
    const { calls, putEvents } = recorder();

    expect(await publishRecords(records, BUS, putEvents, quiet)).toEqual({ batchItemFailures: [] });
    expect(calls.map((call) => call.length)).toEqual([10, 10, 1]);
    expect(ids(calls)).toEqual(records.flatMap((_, n) => [0, 1, 2].map((index) => `evt-${n * 100 + index}`)));
  });

  it('retries from the record of the first refused entry, whole, and sends nothing further', async () => {
    // Entries 0–7 are record 0's, 8–12 record 1's, 13–15 record 2's; the second call refuses entry 10.
    const records = [outboxRecord(0, 8), outboxRecord(1, 5), outboxRecord(2, 3)];
    const { calls, putEvents } = recorder((_, call) => (call === 2 ? [0, 3] : []));

    const result = await publishRecords(records, BUS, putEvents, quiet);

    expect(calls).toHaveLength(2);
    expect(sequences(result)).toEqual(['1001', '1002']);
  });

  it('reports the whole rest of the batch when PutEvents throws', async () => {
    const records = Array.from({ length: 3 }, (_, n) => outboxRecord(n));
    const { putEvents } = recorder(() => new Error('throttled'));
    const logged: string[] = [];

    const result = await publishRecords(records, BUS, putEvents, (_, message) => logged.push(message));

    expect(sequences(result)).toEqual(['1000', '1001', '1002']);
    expect(logged).toEqual(['PutEvents failed', 'entries not sent; the stream retries from their record']);
  });

  it('parks an unreadable record in its place and goes on: nothing is retried, nothing after it waits', async () => {
    const records = [outboxRecord(0), brokenRecord(1, {}), outboxRecord(2)];
    const { calls, putEvents } = recorder();
    const logged: Record<string, unknown>[] = [];

    const result = await publishRecords(records, BUS, putEvents, (level, message, fields) =>
      logged.push({ level, message, ...fields }),
    );

    expect(result).toEqual({ batchItemFailures: [] });
    expect(calls.flat().map((entry) => entry.DetailType)).toEqual([
      'PersonRegistered',
      UNREADABLE_DETAIL_TYPE,
      'PersonRegistered',
    ]);
    expect(logged).toEqual([
      expect.objectContaining({
        level: 'error',
        message: 'unreadable outbox record parked',
        sequenceNumber: '1001',
        pk: 'OUTBOX#broken-1',
      }),
    ]);
  });

  it('retries a parked record with the rest when the bus refuses its entry', async () => {
    const records = [outboxRecord(0), brokenRecord(1, {}), outboxRecord(2)];
    const { putEvents } = recorder(() => [1]);

    expect(sequences(await publishRecords(records, BUS, putEvents, quiet))).toEqual(['1001', '1002']);
  });
});
