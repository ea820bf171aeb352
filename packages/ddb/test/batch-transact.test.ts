import { GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { createEvent, defineEvent } from '@shequ/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  approximateBytes,
  counterItem,
  createPut,
  ensureTable,
  mergeCounters,
  newId,
  outboxEventsOf,
  physicalTableName,
  sharedDocumentClient,
  type TransactUnit,
  transactInBatches,
} from '../src/index.ts';

const Counted = defineEvent('test', 'Counted', z.object({ row: z.number() }));
const client = () => sharedDocumentClient();
const table = () => physicalTableName(process.env.DISTRICT as string, 'batchtest', process.env.TABLE_NAME_PREFIX);

beforeAll(async () => {
  await ensureTable(client(), table(), { name: 'batchtest', indexes: [] });
});

/** A client that counts transactions and can answer the first few with a conflict, as DynamoDB does under load. */
function countingClient(options: { conflicts?: number } = {}) {
  const real = client();
  const sent: number[] = [];
  let conflicts = options.conflicts ?? 0;
  const wrapped = {
    send(command: unknown) {
      if (command instanceof TransactWriteCommand) {
        const items = command.input.TransactItems ?? [];
        if (conflicts > 0) {
          conflicts--;
          const error = Object.assign(new Error('Transaction cancelled'), {
            name: 'TransactionCanceledException',
            CancellationReasons: items.map((_, i) => ({ Code: i === 0 ? 'TransactionConflict' : 'None' })),
          });
          return Promise.reject(error);
        }
        sent.push(items.length);
      }
      return real.send(command as never);
    },
  } as unknown as ReturnType<typeof client>;
  return { client: wrapped, sent };
}

/** A row of an import: created only if absent, counted in its group's tally, announced by an event. */
function rowUnit(run: string, row: number, group: string): TransactUnit & { row: number } {
  return {
    row,
    items: [createPut(table(), { pk: `ROW#${run}#${row}`, sk: 'ROW', row })],
    counters: [{ tableName: table(), key: { pk: `TALLY#${run}`, sk: group }, add: { rows: 1, total: row }, set: { group } }],
    events: [createEvent(Counted, { id: newId(), district: '350203', area: '350203006029', data: { row } })],
  };
}

const tally = async (run: string, group: string) =>
  (await client().send(new GetCommand({ TableName: table(), Key: { pk: `TALLY#${run}`, sk: group } }))).Item;

describe('transactInBatches', () => {
  it('packs units into transactions of at most 100 items, one ADD per counter key and one outbox item each', async () => {
    const run = newId();
    // One item a row, the two tallies and the outbox: 97 rows to a transaction.
    const units = Array.from({ length: 120 }, (_, row) => rowUnit(run, row, row % 2 === 0 ? 'even' : 'odd'));
    const counting = countingClient();
    const result = await transactInBatches(counting.client, table(), units);
    expect(result.written).toHaveLength(120);
    expect(result.dropped).toEqual([]);
    expect(counting.sent.every((items) => items <= 100)).toBe(true);
    expect(counting.sent).toEqual([100, 26]);
    expect(await tally(run, 'even')).toMatchObject({ rows: 60, total: 60 * 59, group: 'even' });
    expect(await tally(run, 'odd')).toMatchObject({ rows: 60, total: 60 * 60 });
  });

  it('drops the units whose own condition failed, names the failed item, and writes the rest once', async () => {
    const run = newId();
    for (const row of [3, 7]) {
      await client().send(
        new PutCommand({ TableName: table(), Item: { pk: `ROW#${run}#${row}`, sk: 'ROW', row, earlier: true } }),
      );
    }
    const units = Array.from({ length: 10 }, (_, row) => rowUnit(run, row, 'all'));
    // A second item in row 5's unit: a check that fails, so the failed item is not always the first.
    (units[5] as unknown as { items: unknown[] }).items = [
      ...(units[5]?.items ?? []),
      {
        ConditionCheck: {
          TableName: table(),
          Key: { pk: `ROW#${run}#missing`, sk: 'ROW' },
          ConditionExpression: 'attribute_exists(pk)',
        },
      },
    ];
    const counting = countingClient();
    const result = await transactInBatches(counting.client, table(), units);
    expect(result.dropped.map(({ index, failedItem }) => [index, failedItem])).toEqual([
      [3, 0],
      [5, 1],
      [7, 0],
    ]);
    expect(result.written.map((unit) => unit.row)).toEqual([0, 1, 2, 4, 6, 8, 9]);
    // One cancelled, naming all three; one written without them.
    expect(counting.sent).toEqual([11 + 1 + 1, 7 + 1 + 1]);
    expect(await tally(run, 'all')).toMatchObject({ rows: 7, total: 0 + 1 + 2 + 4 + 6 + 8 + 9 });
    const earlier = await client().send(new GetCommand({ TableName: table(), Key: { pk: `ROW#${run}#3`, sk: 'ROW' } }));
    expect(earlier.Item?.earlier).toBe(true);
  });

  it('carries exactly the written units’ events in the outbox', async () => {
    const run = newId();
    await client().send(new PutCommand({ TableName: table(), Item: { pk: `ROW#${run}#1`, sk: 'ROW' } }));
    const units = Array.from({ length: 4 }, (_, row) => rowUnit(run, row, 'all'));
    await transactInBatches(client(), table(), units);
    const outboxIds = units.map((unit) => `OUTBOX#${unit.events?.[0]?.id}`);
    const stored = await Promise.all(
      outboxIds.map(async (pk) => (await client().send(new GetCommand({ TableName: table(), Key: { pk, sk: 'OUTBOX' } }))).Item),
    );
    // One outbox item, keyed by its first event, carries the events of rows 0, 2 and 3.
    const items = stored.filter((item) => item !== undefined);
    expect(items).toHaveLength(1);
    expect(
      outboxEventsOf(items[0] as Record<string, unknown>).map((event) => (event as { data: { row: number } }).data.row),
    ).toEqual([0, 2, 3]);
  });

  it('writes units on the same key in their order, never in one transaction', async () => {
    const run = newId();
    const step = (value: number): TransactUnit & { value: number } => ({
      value,
      items: [
        {
          Update: {
            TableName: table(),
            Key: { pk: `SEQ#${run}`, sk: 'SEQ' },
            UpdateExpression: 'SET #last = :value',
            // Each step requires the one before it: order broken would fail.
            ConditionExpression: value === 0 ? 'attribute_not_exists(pk)' : '#last = :before',
            ExpressionAttributeNames: { '#last': 'last' },
            ExpressionAttributeValues: { ':value': value, ...(value === 0 ? {} : { ':before': value - 1 }) },
          },
        },
      ],
    });
    const counting = countingClient();
    const result = await transactInBatches(counting.client, table(), [0, 1, 2].map(step), { concurrency: 3 });
    expect(result.dropped).toEqual([]);
    expect(result.written.map((unit) => unit.value)).toEqual([0, 1, 2]);
    expect(counting.sent).toEqual([1, 1, 1]);
  });

  it('retries a transaction cancelled for conflict, and several in flight sum one counter right', async () => {
    const run = newId();
    const counting = countingClient({ conflicts: 2 });
    const units = Array.from({ length: 200 }, (_, row) => rowUnit(run, row, 'all'));
    const result = await transactInBatches(counting.client, table(), units, { concurrency: 4, maxUnits: 10 });
    expect(result.written).toHaveLength(200);
    expect(result.transactions).toBe(20);
    expect(await tally(run, 'all')).toMatchObject({ rows: 200, total: (199 * 200) / 2 });
  });

  it('keeps each transaction under the byte limit, and refuses a unit that fits none', async () => {
    const run = newId();
    const big = (row: number): TransactUnit => ({
      items: [createPut(table(), { pk: `BIG#${run}#${row}`, sk: 'BIG', blob: 'x'.repeat(100_000) })],
    });
    const counting = countingClient();
    await transactInBatches(
      counting.client,
      table(),
      Array.from({ length: 12 }, (_, row) => big(row)),
      { maxBytes: 450_000 },
    );
    expect(counting.sent).toEqual([4, 4, 4]);
    await expect(transactInBatches(client(), table(), [big(99)], { maxBytes: 50_000 })).rejects.toThrow('does not fit');
    await expect(
      transactInBatches(client(), table(), [
        { items: Array.from({ length: 101 }, (_, i) => createPut(table(), { pk: `N#${i}`, sk: 'N' })) },
      ]),
    ).rejects.toThrow('does not fit');
  });
});

describe('counter helpers', () => {
  it('merge ADDs per key and spell one Update that names every attribute by placeholder', () => {
    const key = { pk: 'LEDGER#2026-06', sk: '350203006029#dibao' };
    const merged = mergeCounters([
      { tableName: 't', key, add: { paidFen: 100, payments: 1 }, set: { month: '2026-06' } },
      { tableName: 't', key: { sk: key.sk, pk: key.pk }, add: { paidFen: 250, payments: 1 }, set: { month: '2026-06' } },
      { tableName: 't', key: { ...key, sk: 'other' }, add: { payments: 1 } },
    ]);
    expect(merged).toHaveLength(2);
    expect(merged[0]?.add).toEqual({ paidFen: 350, payments: 2 });
    expect(counterItem(merged[0] as (typeof merged)[number]).Update).toMatchObject({
      UpdateExpression: 'SET #s0 = :s0 ADD #a0 :a0, #a1 :a1',
      ExpressionAttributeNames: { '#s0': 'month', '#a0': 'paidFen', '#a1': 'payments' },
      ExpressionAttributeValues: { ':s0': '2026-06', ':a0': 350, ':a1': 2 },
    });
  });

  it('size an item at least as large as DynamoDB would', () => {
    expect(approximateBytes({ name: 'abc' })).toBeGreaterThanOrEqual(7);
    expect(approximateBytes({ tags: new Set(['a', 'b']) })).toBeGreaterThanOrEqual(6);
    expect(approximateBytes('中文')).toBe(6);
  });
});
