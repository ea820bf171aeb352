import { createEvent, defineEvent } from '@shequ/contracts';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { decodeStreamImage, outboxPut, type RawStreamRecord, readOutboxRecord } from '../src/index.ts';

const Tested = defineEvent('test', 'Tested', z.object({ n: z.number(), extra: z.record(z.string(), z.unknown()).optional() }));
const event = (n: number, extra?: Record<string, unknown>) =>
  createEvent(Tested, { id: `evt-${n}`, district: '350203', area: '350203006029', data: { n, ...(extra ? { extra } : {}) } });

/** A plain JSON value as a stream carries it (maps, lists, strings, numbers, booleans and null are all an outbox holds). */
function marshall(value: unknown): Record<string, any> {
  if (typeof value === 'string') return { S: value };
  if (typeof value === 'number') return { N: String(value) };
  if (typeof value === 'boolean') return { BOOL: value };
  if (value === null) return { NULL: true };
  if (Array.isArray(value)) return { L: value.map(marshall) };
  return { M: Object.fromEntries(Object.entries(value as object).map(([name, inner]) => [name, marshall(inner)])) };
}
const image = (item: Record<string, unknown>) => marshall(item).M as Record<string, unknown>;

/** An outbox insert as a table stream carries it: the item `outboxPut` writes. */
function outboxInsert(events: ReturnType<typeof event>[]): RawStreamRecord {
  const item = outboxPut('shequ-350203-test', events).Put?.Item as Record<string, unknown>;
  return {
    eventName: 'INSERT',
    dynamodb: { SequenceNumber: '1', Keys: image({ pk: item.pk, sk: item.sk }), NewImage: image(item) },
  };
}

describe('stream images', () => {
  it("read DynamoDB Local's untyped {} as the empty map it stands for, at any depth", () => {
    // The shape DynamoDB Local streams for { params: {}, nested: { empty: {}, list: [{}] } }.
    const image = { pk: { S: 'PROGRAMME#dibao' }, params: {}, nested: { M: { empty: {}, list: { L: [{}] } } } };
    expect(decodeStreamImage(image)).toEqual({ pk: 'PROGRAMME#dibao', params: {}, nested: { empty: {}, list: [{}] } });
  });

  it('read every other attribute type as unmarshall does', () => {
    const streamed = {
      s: { S: 'x' },
      n: { N: '1.5' },
      t: { BOOL: true },
      z: { NULL: true },
      l: { L: [] },
      ss: { SS: ['a'] },
      ns: { NS: ['1', '2'] },
      blank: { S: '' },
    };
    const plain = { s: 'x', n: 1.5, t: true, z: null, l: [], ss: new Set(['a']), ns: new Set([1, 2]), blank: '' };
    expect(decodeStreamImage(streamed)).toEqual(plain);
  });

  it('name the attribute they cannot read', () => {
    expect(() => decodeStreamImage({ pk: { S: 'x' }, odd: { M: { bad: { Q: 1 } } } })).toThrow(
      /attribute odd\.bad has no readable type/,
    );
  });
});

describe('readOutboxRecord', () => {
  it('returns every envelope of an outbox insert, empty maps in their data included', () => {
    const events = [event(1, {}), event(2)];
    expect(readOutboxRecord(outboxInsert(events))).toEqual({ pk: 'OUTBOX#evt-1', events });
  });

  it('decodes nothing but outbox inserts, decided on the raw key', () => {
    const unreadable = { pk: { S: 'PERSON#1' }, odd: { Q: 1 } };
    expect(readOutboxRecord({ eventName: 'INSERT', dynamodb: { NewImage: unreadable } })).toBeUndefined();
    expect(readOutboxRecord({ ...outboxInsert([event(1)]), eventName: 'MODIFY' })).toBeUndefined();
    expect(readOutboxRecord({ eventName: 'REMOVE', dynamodb: { Keys: { pk: { S: 'OUTBOX#x' } } } })).toBeUndefined();
  });

  it('never throws: a record that cannot be read comes back with why', () => {
    const keys = { pk: { S: 'OUTBOX#x' }, sk: { S: 'OUTBOX' } };
    expect(readOutboxRecord({ eventName: 'INSERT', dynamodb: { Keys: keys } })).toEqual({
      pk: 'OUTBOX#x',
      events: [],
      problem: 'the stream record has no new image',
    });
    expect(
      readOutboxRecord({ eventName: 'INSERT', dynamodb: { Keys: keys, NewImage: { ...keys, events: { Q: [] } } } }),
    ).toMatchObject({
      events: [],
      problem: expect.stringMatching(/^cannot decode the outbox item: attribute events/),
    });
    expect(readOutboxRecord({ eventName: 'INSERT', dynamodb: { Keys: keys, NewImage: keys } })?.problem).toBe(
      'the outbox item carries no event envelope',
    );
  });

  it('keeps the valid envelopes of an item whose other entries are not envelopes, and says which are not', () => {
    const record = outboxInsert([event(1)]);
    const image = record.dynamodb?.NewImage as Record<string, { L?: unknown[] }>;
    image.events?.L?.push({ M: { id: { S: 'x' } } });
    const reading = readOutboxRecord(record);
    expect(reading?.events.map((entry) => entry.id)).toEqual(['evt-1']);
    expect(reading?.problem).toMatch(/^1 of 2 entries are not event envelopes: entry 1: /);
  });

  it('reads the single `event` of outbox items written before they carried several', () => {
    const keys = { pk: { S: 'OUTBOX#evt-1' }, sk: { S: 'OUTBOX' } };
    // One envelope, compared with itself: two calls would be stamped a millisecond apart now and then.
    const single = event(1);
    const record = { eventName: 'INSERT', dynamodb: { Keys: keys, NewImage: { ...keys, ...image({ event: single }) } } };
    expect(readOutboxRecord(record)?.events).toEqual([single]);
  });
});
