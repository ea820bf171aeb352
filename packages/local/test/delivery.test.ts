import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteItemCommand, DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { createEvent, defineEvent, type EventEnvelope } from '@shequ/contracts';
import { ensureTable, newId, sharedDocumentClient, writeWithEvents } from '@shequ/ddb';
import { batchSizeOf, tableOf } from '@shequ/kit';
import type { SQSEvent } from 'aws-lambda';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { lambdaContext } from '../src/api-event.ts';
import { type Consumer, type RecordDeadLetter, StreamDelivery } from '../src/delivery.ts';

const Happened = defineEvent(
  'probe',
  'Happened',
  z.object({
    n: z.number().int(),
    attributes: z.record(z.string(), z.unknown()).optional(),
    tags: z.array(z.string()).optional(),
  }),
);
type Happening = EventEnvelope<{ n: number; attributes?: Record<string, unknown>; tags?: string[] }>;

const client = () => sharedDocumentClient();
/** Writes an item as it is, past the services' stores (packages/local has no document client of its own). */
const put = (table: string, item: Record<string, unknown>) =>
  client().send(new PutItemCommand({ TableName: table, Item: marshall(item, { removeUndefinedValues: true }) }));
const endpoint = process.env.DYNAMODB_ENDPOINT as string;
const stateDir = mkdtempSync(join(tmpdir(), 'shequ-delivery-'));
afterAll(() => rmSync(stateDir, { recursive: true, force: true }));

let tables = 0;
/** A table of its own per test, so each test reads only its own stream. */
async function freshTable(): Promise<string> {
  const name = tableOf(`delivery${++tables}`);
  await ensureTable(client(), name, { name: 'delivery', indexes: [] });
  return name;
}

function happenings(from: number, count: number, data: Partial<Happening['data']> = {}): Happening[] {
  return Array.from({ length: count }, (_, index) =>
    createEvent(Happened, { id: newId(), district: '350203', area: '350203006029', data: { n: from + index, ...data } }),
  ) as Happening[];
}

/** A consumer that records what it receives and when, failing the events `fail` names and waiting `delayMs` per batch. */
function recorder(
  queue: string,
  options: {
    fail?: (event: Happening) => boolean;
    delayMs?: number;
    batchSize?: number;
    maxReceiveCount?: number;
    gate?: Promise<void>;
  } = {},
) {
  const received = new Map<number, number>();
  const appliedAt = new Map<number, number>();
  const batches: number[] = [];
  const events: Happening[] = [];
  const consumer: Consumer = {
    queue,
    events: ['Happened'],
    ...(options.batchSize ? { batchSize: options.batchSize } : {}),
    ...(options.maxReceiveCount ? { maxReceiveCount: options.maxReceiveCount } : {}),
    handler: async (batch: SQSEvent) => {
      batches.push(batch.Records.length);
      await options.gate;
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      const batchItemFailures: { itemIdentifier: string }[] = [];
      for (const record of batch.Records) {
        const event = JSON.parse(record.body) as Happening;
        received.set(event.data.n, (received.get(event.data.n) ?? 0) + 1);
        if (options.fail?.(event)) {
          batchItemFailures.push({ itemIdentifier: record.messageId });
          continue;
        }
        if (!appliedAt.has(event.data.n)) {
          appliedAt.set(event.data.n, Date.now());
          events.push(event);
        }
      }
      return { batchItemFailures };
    },
  };
  return { consumer, received, appliedAt, batches, events };
}

const running: StreamDelivery[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((delivery) => delivery.stop({ drainTimeoutMs: 0 })));
});

function startDelivery(table: string, consumers: Consumer[], stateFile?: string): StreamDelivery {
  const delivery = new StreamDelivery({
    dynamo: new DynamoDBClient({ endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }),
    endpoint,
    tables: [table],
    consumers,
    backoffMs: 50,
    pollMs: 20,
    ...(stateFile ? { stateFile } : {}),
    lambdaContext: (name) => lambdaContext(name, 60_000),
  });
  delivery.start();
  running.push(delivery);
  return delivery;
}

async function until<T>(check: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('local event delivery', () => {
  it('reads past items holding empty maps at any depth and delivers the outbox events after them', async () => {
    const table = await freshTable();
    // DynamoDB Local streams each of these maps as an untyped `{}`, which `unmarshall` refuses.
    await put(table, { pk: 'PROGRAMME#dibao', sk: 'SETTINGS', entity: 'programme-settings', params: {}, noticeDays: 5 });
    await put(table, { pk: 'X#1', sk: 'X', nested: { empty: {}, list: [{}, []], deeper: { also: {} } }, tags: new Set(['a']) });
    await client().send(new DeleteItemCommand({ TableName: table, Key: marshall({ pk: 'X#1', sk: 'X' }) }));
    const [withEmpties] = happenings(1, 1, { attributes: {}, tags: [] });
    const later = happenings(2, 2);
    await writeWithEvents(client(), table, [], [withEmpties as Happening]);
    await writeWithEvents(client(), table, [], later);
    const probe = recorder('probe.record');

    const delivery = startDelivery(table, [probe.consumer]);
    await delivery.idle();

    expect(probe.events.map((event) => event.data)).toEqual([{ n: 1, attributes: {}, tags: [] }, { n: 2 }, { n: 3 }]);
    expect(delivery.deadLetters).toEqual([]);
    const [status] = delivery.status().tables;
    expect(status).toMatchObject({ table, caughtUp: true, pendingRecords: 0, oldestPendingAgeMs: null, lastError: null });
    expect(status?.lastCheckpointAt).not.toBeNull();
  });

  it('dead-letters an outbox record without a valid envelope, with its keys and reason, and delivers what follows', async () => {
    const table = await freshTable();
    const [valid] = happenings(1, 1);
    const outbox = (pk: string, extra: Record<string, unknown>) => put(table, { pk, sk: 'OUTBOX', entity: 'outbox', ...extra });
    await outbox('OUTBOX#not-an-envelope', { events: [{ hello: 'world' }] });
    await outbox('OUTBOX#empty', {});
    await outbox('OUTBOX#mixed', { events: [valid, { id: 'x', type: 'Happened' }] });
    const [after] = happenings(2, 1);
    await writeWithEvents(client(), table, [], [after as Happening]);
    const probe = recorder('probe.record');

    const delivery = startDelivery(table, [probe.consumer]);
    await delivery.idle();

    expect(probe.events.map((event) => event.data.n)).toEqual([1, 2]);
    const letters = delivery.deadLetters as RecordDeadLetter[];
    expect(letters.map((letter) => [letter.kind, letter.queue, (letter.keys as { pk: { S: string } }).pk.S])).toEqual([
      ['record', `stream:${table}`, 'OUTBOX#not-an-envelope'],
      ['record', `stream:${table}`, 'OUTBOX#empty'],
      ['record', `stream:${table}`, 'OUTBOX#mixed'],
    ]);
    expect(letters[0]?.lastError).toMatch(/1 of 1 entries are not event envelopes/);
    expect(letters[1]?.lastError).toMatch(/carries no event envelope/);
    expect(letters[2]).toMatchObject({ delivered: [valid?.id], lastError: expect.stringMatching(/entry 1: /) });
    expect(delivery.status()).toMatchObject({
      deadLetters: { events: 0, records: 3 },
      tables: [{ caughtUp: true, pendingRecords: 0 }],
    });
    // Nothing in such a record can be sent again: the answer says so instead of pretending.
    expect(await delivery.redrive(letters[0]?.id as string)).toEqual({
      outcome: 'not-redrivable',
      reason: expect.stringContaining('has no event to send again'),
    });
    expect(delivery.deadLetters).toHaveLength(3);
  });

  it('holds back neither the rest of a batch, nor the events behind it, nor other consumers when one event fails', async () => {
    const table = await freshTable();
    const failing = recorder('probe.failing', { fail: (event) => event.data.n === 0, maxReceiveCount: 4 });
    const healthy = recorder('probe.healthy');
    const delivery = startDelivery(table, [failing.consumer, healthy.consumer]);
    const first = happenings(0, 10);
    const second = happenings(10, 10);

    await writeWithEvents(client(), table, [], first);
    await until(() => (failing.received.get(0) === 1 ? true : undefined));
    await writeWithEvents(client(), table, [], second);
    const letter = await until(() => delivery.deadLetters[0]);
    await delivery.idle();

    // The poisoned event's nine neighbours were applied on their one receive; the ten behind it did not wait
    // for its retries (50, 100, 200 ms) to run out.
    expect(failing.batches[0]).toBe(10);
    expect([...failing.received].filter(([n]) => n !== 0).map(([, receives]) => receives)).toEqual(Array(19).fill(1));
    expect(failing.received.get(0)).toBe(4);
    const poisonGaveUpAt = Date.parse(letter.failedAt);
    for (let n = 10; n < 20; n++) expect(failing.appliedAt.get(n)).toBeLessThan(poisonGaveUpAt);
    expect(letter).toMatchObject({ kind: 'event', queue: 'probe.failing', attempts: 4, event: { id: first[0]?.id } });
    expect([...healthy.received.values()]).toEqual(Array(20).fill(1));
    const [failingStatus, healthyStatus] = delivery.status().consumers;
    expect(failingStatus).toMatchObject({ delivered: 19, retries: 3, deadLetters: 1, waiting: 0, inFlight: 0 });
    expect(failingStatus?.lastError).toMatchObject({ eventId: first[0]?.id, type: 'Happened' });
    expect(healthyStatus).toMatchObject({ delivered: 20, retries: 0, deadLetters: 0, lastError: null });
  });

  it('hands each consumer up to its batch size per invocation', async () => {
    const table = await freshTable();
    const bulk = recorder('probe.bulk', { batchSize: 25 });
    const plain = recorder('probe.plain');
    const delivery = startDelivery(table, [bulk.consumer, plain.consumer]);

    // One transaction, one outbox item carrying all sixty.
    await writeWithEvents(client(), table, [], happenings(0, 60));
    await delivery.idle();

    expect(bulk.batches).toEqual([25, 25, 10]);
    expect(plain.batches).toEqual([10, 10, 10, 10, 10, 10]);
    expect(delivery.status().consumers.map((consumer) => [consumer.queue, consumer.batchSize, consumer.delivered])).toEqual([
      ['probe.bulk', 25, 60],
      ['probe.plain', 10, 60],
    ]);
  });

  it('reads a subscription batch size as 10 unless it asks for 1 to 100', () => {
    const spec = { name: 'count', events: ['Happened'], handler: 'handlers/count' } as const;
    expect(batchSizeOf(spec)).toBe(10);
    expect(batchSizeOf({ ...spec, batchSize: 100 })).toBe(100);
    for (const batchSize of [0, 101, 2.5]) {
      expect(() => batchSizeOf({ ...spec, batchSize })).toThrow(/count: batchSize .* must be an integer from 1 to 100/);
    }
  });

  it('shows a table and a consumer behind while a consumer is slow, and caught up after', async () => {
    const table = await freshTable();
    let open = () => {};
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const slow = recorder('probe.slow', { gate });
    const delivery = startDelivery(table, [slow.consumer]);

    await writeWithEvents(client(), table, [], happenings(0, 3));
    await writeWithEvents(client(), table, [], happenings(3, 3));
    const behind = await until(() => {
      const status = delivery.status();
      return status.tables[0]?.pendingRecords === 2 ? status : undefined;
    });

    expect(behind.tables[0]).toMatchObject({ caughtUp: false, oldestPendingAgeMs: expect.any(Number) });
    expect(behind.consumers[0]).toMatchObject({ queue: 'probe.slow', delivered: 0 });
    expect((behind.consumers[0]?.inFlight ?? 0) + (behind.consumers[0]?.waiting ?? 0)).toBe(6);
    expect(delivery.backlog()).toContain('probe.slow 6 个事件');
    open();
    await delivery.idle();
    expect(delivery.status().tables[0]).toMatchObject({ caughtUp: true, pendingRecords: 0 });
    expect(delivery.status().consumers[0]).toMatchObject({ delivered: 6, inFlight: 0 });
  });

  it('delivers on stop what was written before it, and a delivery on the same state delivers none of it again', async () => {
    const table = await freshTable();
    const stateFile = join(stateDir, 'drain.json');
    const slow = recorder('probe.slow', { delayMs: 20 });
    const delivery = startDelivery(table, [slow.consumer], stateFile);
    for (let transaction = 0; transaction < 20; transaction++) {
      await writeWithEvents(client(), table, [], happenings(transaction * 5, 5));
    }

    await delivery.stop();
    const afterStop = new Map(slow.received);
    const again = startDelivery(table, [slow.consumer], stateFile);
    await again.idle();

    expect(afterStop.size).toBe(100);
    expect([...slow.received.values()]).toEqual(Array(100).fill(1));
  });

  it('stops a drain at its bound, saying what it waits for, and leaves the rest for the next start', async () => {
    const table = await freshTable();
    const stateFile = join(stateDir, 'bounded.json');
    const slow = recorder('probe.slow', { delayMs: 100, batchSize: 1 });
    const delivery = startDelivery(table, [slow.consumer], stateFile);
    for (let transaction = 0; transaction < 40; transaction++) {
      await writeWithEvents(client(), table, [], happenings(transaction, 1));
    }
    await until(() => (slow.received.size > 0 ? true : undefined));

    const waiting: string[] = [];
    await delivery.stop({ drainTimeoutMs: 2_300, onWaiting: (backlog) => waiting.push(backlog) });
    const fast = recorder('probe.fast');
    const again = startDelivery(table, [fast.consumer], stateFile);
    await again.idle();

    expect(waiting).toEqual([expect.stringMatching(/probe\.slow \d+ 个事件/)]);
    expect(slow.received.size).toBeLessThan(40);
    // The restart resumes at the checkpoint the stop saved: nothing lost, nothing delivered twice.
    expect([...slow.received.keys(), ...fast.received.keys()].sort((a, b) => a - b)).toEqual([...Array(40).keys()]);
  }, 20_000);
});
