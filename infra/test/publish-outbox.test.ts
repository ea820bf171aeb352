import type { PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { marshall } from '@aws-sdk/util-dynamodb';
import { OUTBOX_PREFIX, outboxPut } from '@shequ/ddb';
import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { MAX_ENTRIES_PER_CALL, type PutEvents, publishRecords, toBusEntry } from '../functions/publish-outbox.ts';

const BUS = 'shequ-350203-events';

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

/** A stream record for the outbox item `writeWithEvents` puts, marshalled as the stream delivers it. */
function outboxRecord(n: number): DynamoDBRecord {
  const item = outboxPut('shequ-350203-registry', envelope(n)).Put?.Item;
  if (!item) throw new Error('outboxPut returned no item');
  const image = marshall(item) as NonNullable<DynamoDBRecord['dynamodb']>['NewImage'];
  return {
    eventName: 'INSERT',
    dynamodb: { SequenceNumber: String(1000 + n), Keys: { pk: { S: String(item.pk) }, sk: { S: 'OUTBOX' } }, NewImage: image },
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

describe('toBusEntry', () => {
  it('turns an outbox insert into an event with the envelope as detail', () => {
    const entry = toBusEntry(outboxRecord(1), BUS);

    expect(entry).toEqual({
      EventBusName: BUS,
      Source: 'shequ.registry',
      DetailType: 'PersonRegistered',
      Detail: JSON.stringify(envelope(1)),
      Time: new Date('2025-03-01T00:00:00.000Z'),
    });
    expect(JSON.parse(entry?.Detail ?? '')).toEqual(envelope(1));
  });

  it('skips records that are not outbox inserts', () => {
    const record = outboxRecord(1);
    const other = { ...record, dynamodb: { ...record.dynamodb, NewImage: { pk: { S: 'PERSON#1' }, sk: { S: 'PROFILE' } } } };

    expect(toBusEntry({ ...record, eventName: 'MODIFY' }, BUS)).toBeUndefined();
    expect(toBusEntry(other, BUS)).toBeUndefined();
    expect(OUTBOX_PREFIX).toBe('OUTBOX#');
  });

  it('throws for an outbox item without an envelope', () => {
    const record = outboxRecord(1);
    const broken = { ...record, dynamodb: { ...record.dynamodb, NewImage: { pk: { S: 'OUTBOX#x' }, sk: { S: 'OUTBOX' } } } };
    expect(() => toBusEntry(broken, BUS)).toThrow(/no event envelope/);
  });
});

describe('publishRecords', () => {
  it('puts the events in order, ten per call, and reports no failure', async () => {
    const records = Array.from({ length: 23 }, (_, n) => outboxRecord(n));
    const { calls, putEvents } = recorder();

    const result = await publishRecords(records, BUS, putEvents);

    expect(result).toEqual({ batchItemFailures: [] });
    expect(calls.map((call) => call.length)).toEqual([MAX_ENTRIES_PER_CALL, MAX_ENTRIES_PER_CALL, 3]);
    expect(calls.flat().map((entry) => JSON.parse(entry.Detail ?? '').id)).toEqual(records.map((_, n) => `evt-${n}`));
  });

  it('reports the first refused entry and everything after it, and sends nothing further', async () => {
    const records = Array.from({ length: 25 }, (_, n) => outboxRecord(n));
    const { calls, putEvents } = recorder((_, call) => (call === 2 ? [4, 7] : []));

    const result = await publishRecords(records, BUS, putEvents);

    expect(calls).toHaveLength(2);
    expect(result.batchItemFailures.map((failure) => failure.itemIdentifier)).toEqual(
      records.slice(14).map((record) => record.dynamodb?.SequenceNumber),
    );
  });

  it('reports the whole rest of the batch when PutEvents throws', async () => {
    const records = Array.from({ length: 3 }, (_, n) => outboxRecord(n));
    const { putEvents } = recorder(() => new Error('throttled'));
    const logged: string[] = [];

    const result = await publishRecords(records, BUS, putEvents, (message) => logged.push(message));

    expect(result.batchItemFailures.map((failure) => failure.itemIdentifier)).toEqual(['1000', '1001', '1002']);
    expect(logged).toEqual(['PutEvents failed']);
  });

  it('publishes what precedes an unreadable record and reports it and what follows', async () => {
    const records = [outboxRecord(0), outboxRecord(1), outboxRecord(2)];
    const broken = { ...records[1], dynamodb: { ...records[1]?.dynamodb, NewImage: { pk: { S: 'OUTBOX#x' } } } };
    const { calls, putEvents } = recorder();
    const logged: Record<string, unknown>[] = [];

    const result = await publishRecords(
      [records[0] as DynamoDBRecord, broken, records[2] as DynamoDBRecord],
      BUS,
      putEvents,
      (message, fields) => logged.push({ message, ...fields }),
    );

    expect(calls.flat().map((entry) => entry.DetailType)).toEqual(['PersonRegistered']);
    expect(result.batchItemFailures.map((failure) => failure.itemIdentifier)).toEqual(['1001', '1002']);
    expect(logged).toEqual([expect.objectContaining({ message: 'unreadable outbox record', sequenceNumber: '1001' })]);
  });
});
