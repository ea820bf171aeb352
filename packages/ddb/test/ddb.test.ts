import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { createEvent, defineEvent } from '@shequ/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  applyOnce,
  createPut,
  decodeCursor,
  encodeCursor,
  ensureTable,
  failedConditionIndex,
  InvalidCursorError,
  isConditionFailure,
  newId,
  physicalTableName,
  sharedDocumentClient,
  versionedPut,
  writeWithEvents,
} from '../src/index.ts';

const Tested = defineEvent('test', 'Tested', z.object({ n: z.number() }));
const client = () => sharedDocumentClient();
const table = () => physicalTableName(process.env.DISTRICT as string, 'ddbtest', process.env.TABLE_NAME_PREFIX);

beforeAll(async () => {
  await ensureTable(client(), table(), { name: 'ddbtest', indexes: ['gsi1'] });
});

describe('cursors', () => {
  it('round-trip a LastEvaluatedKey opaquely', () => {
    const key = { pk: 'AREA#350203006029', sk: 'PERSON#abc', gsi1pk: 'x' };
    const cursor = encodeCursor(key);
    expect(cursor).toMatch(/^[\w-]+$/);
    expect(decodeCursor(cursor)).toEqual(key);
    expect(encodeCursor(undefined)).toBeUndefined();
    expect(decodeCursor(undefined)).toBeUndefined();
  });

  it('refuse anything that is not a cursor they issued', () => {
    for (const forged of [
      'not-base64!',
      Buffer.from('[1,2]').toString('base64url'),
      Buffer.from('{"pk":{"S":"x"}}').toString('base64url'),
    ]) {
      expect(() => decodeCursor(forged)).toThrow(InvalidCursorError);
    }
  });

  it('page through a query without losing or repeating an item', async () => {
    const pk = `PAGE#${newId()}`;
    for (let i = 0; i < 7; i++) {
      await client().send(new PutCommand({ TableName: table(), Item: { pk, sk: `ITEM#${i}` } }));
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await client().send(
        new QueryCommand({
          TableName: table(),
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': pk },
          Limit: 3,
          ExclusiveStartKey: decodeCursor(cursor),
        }),
      );
      seen.push(...(page.Items ?? []).map((item) => item.sk as string));
      cursor = encodeCursor(page.LastEvaluatedKey);
    } while (cursor);
    expect(seen).toEqual(Array.from({ length: 7 }, (_, i) => `ITEM#${i}`));
  });
});

describe('optimistic locking', () => {
  it('lets exactly one of two writers at the same version win', async () => {
    const pk = `LOCK#${newId()}`;
    await writeWithEvents(client(), table(), [createPut(table(), { pk, sk: 'X', name: 'v1' })], []);
    const attempt = (name: string) =>
      writeWithEvents(client(), table(), [versionedPut(table(), { pk, sk: 'X', name }, 1)], []).then(
        () => 'won',
        (error) => (isConditionFailure(error) ? 'lost' : Promise.reject(error)),
      );
    const results = await Promise.all([attempt('a'), attempt('b'), attempt('c')]);
    expect(results.sort()).toEqual(['lost', 'lost', 'won']);
    const stored = await client().send(new GetCommand({ TableName: table(), Key: { pk, sk: 'X' } }));
    expect(stored.Item?.version).toBe(2);
  });
});

describe('outbox transactions', () => {
  const event = () => createEvent(Tested, { id: newId(), district: '350203', area: '350203006029', data: { n: 1 } });
  const outboxOf = async (id: string) =>
    (await client().send(new GetCommand({ TableName: table(), Key: { pk: `OUTBOX#${id}`, sk: 'OUTBOX' } }))).Item;

  it('stores the change and its event together', async () => {
    const pk = `OUTBOXED#${newId()}`;
    const tested = event();
    await writeWithEvents(client(), table(), [createPut(table(), { pk, sk: 'X' })], [tested]);
    expect((await outboxOf(tested.id))?.events).toEqual([tested]);
    expect((await outboxOf(tested.id))?.ttl).toBeGreaterThan(Date.now() / 1000);
  });

  it('stores neither when the change is refused', async () => {
    const pk = `OUTBOXED#${newId()}`;
    await writeWithEvents(client(), table(), [createPut(table(), { pk, sk: 'X' })], []);
    const tested = event();
    const error = await writeWithEvents(client(), table(), [createPut(table(), { pk, sk: 'X' })], [tested]).catch((e) => e);
    expect(failedConditionIndex(error)).toBe(0);
    expect(await outboxOf(tested.id)).toBeUndefined();
  });
});

describe('applyOnce', () => {
  it('applies an event once however often it is delivered, even concurrently', async () => {
    const pk = `COUNTER#${newId()}`;
    const increment = {
      Update: {
        TableName: table(),
        Key: { pk, sk: 'C' },
        UpdateExpression: 'ADD #n :one',
        ExpressionAttributeNames: { '#n': 'n' },
        ExpressionAttributeValues: { ':one': 1 },
      },
    };
    const eventId = newId();
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        applyOnce(client(), table(), 'counter', eventId, [increment]).catch((error) => {
          // Concurrent transactions on the same items may be cancelled for conflict; SQS would redeliver.
          if ((error as Error).name === 'TransactionCanceledException') return 'conflict';
          throw error;
        }),
      ),
    );
    expect(results.filter((result) => result === true)).toHaveLength(1);
    expect(await applyOnce(client(), table(), 'counter', eventId, [increment])).toBe(false);
    const stored = await client().send(new GetCommand({ TableName: table(), Key: { pk, sk: 'C' } }));
    expect(stored.Item?.n).toBe(1);
  });
});
