import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
  TrimmedDataAccessException,
} from '@aws-sdk/client-dynamodb-streams';
import type { EventEnvelope } from '@shequ/contracts';
import { type OutboxReading, type RawStreamRecord, readOutboxRecord } from '@shequ/ddb';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';

export type ConsumerHandler = (event: SQSEvent, context: unknown) => Promise<SQSBatchResponse | undefined>;

export interface Consumer {
  /** `<service>.<subscription>`, the local name of what is an SQS queue in AWS. */
  queue: string;
  events: readonly string[];
  handler: ConsumerHandler;
  /** Overrides the platform's receive count for this consumer, as its subscription does in AWS. */
  maxReceiveCount?: number;
  /** Events per invocation, as the subscription's SQS batch size in AWS. @default 10 */
  batchSize?: number;
}

/** An event a consumer gave up on after its receives. */
export interface EventDeadLetter {
  kind: 'event';
  id: string;
  queue: string;
  event: EventEnvelope;
  attempts: number;
  lastError: string;
  failedAt: string;
}

/**
 * An outbox record of a table stream that could not be read (or held entries that are not envelopes): no
 * consumer ever saw it, so it has no event and cannot be redriven; the envelopes of it that could be read
 * went on as usual.
 */
export interface RecordDeadLetter {
  kind: 'record';
  id: string;
  /** `stream:<table>`. */
  queue: string;
  table: string;
  sequenceNumber: string;
  /** The record's keys and new image exactly as the stream carried them. */
  keys: Record<string, unknown> | undefined;
  image: Record<string, unknown> | undefined;
  /** Ids of the envelopes that could be read and were delivered. */
  delivered: string[];
  lastError: string;
  failedAt: string;
}

export type DeadLetter = EventDeadLetter | RecordDeadLetter;

export type RedriveResult =
  | { outcome: 'delivered' }
  | { outcome: 'failed-again'; letter: EventDeadLetter }
  | { outcome: 'not-found' }
  | { outcome: 'not-redrivable'; reason: string };

export interface DeliveryOptions {
  dynamo: DynamoDBClient;
  endpoint: string;
  tables: readonly string[];
  consumers: readonly Consumer[];
  /** Where checkpoints and dead letters persist; in memory when absent. */
  stateFile?: string;
  /** Receives before a message goes to the dead-letter list, as the queues' maxReceiveCount in AWS. */
  maxReceiveCount?: number;
  /** First retry delay; doubles with each attempt. */
  backoffMs?: number;
  pollMs?: number;
  /** Undelivered messages of one table past which its reader stops reading ahead. @default 5000 */
  readAheadMessages?: number;
  /**
   * Consumer batches handled at once across every queue. One DynamoDB Local serves the requests and the
   * consumers alike: a backlog (the demo's thousands of events at a first start) worked through by every
   * queue at once leaves requests waiting until they time out. @default unlimited (one batch per queue)
   */
  maxConcurrentBatches?: number;
  /** Awaited before each consumer batch: the platform lets the requests being answered go first. */
  beforeBatch?: () => Promise<void>;
  log?: (entry: Record<string, unknown>) => void;
  lambdaContext: (name: string) => unknown;
}

export interface StopOptions {
  /** How long to let delivery catch up before stopping; 0 stops at once. @default 30 s */
  drainTimeoutMs?: number;
  /** Told every two seconds what the drain is still waiting for. */
  onWaiting?: (backlog: string) => void;
}

export interface TableDeliveryStatus {
  table: string;
  /** The last read of every shard found nothing new and nothing read is undelivered. */
  caughtUp: boolean;
  /** Records read from the stream whose events are not all delivered yet (or that wait behind such a one). */
  pendingRecords: number;
  /** Age of the oldest of those, by the time the stream says it was written. */
  oldestPendingAgeMs: number | null;
  lastReadAt: string | null;
  lastCheckpointAt: string | null;
  lastError: { message: string; at: string } | null;
}

export interface ConsumerDeliveryStatus {
  queue: string;
  batchSize: number;
  maxReceiveCount: number;
  delivered: number;
  /** Handed to the consumer right now. */
  inFlight: number;
  /** Waiting to be handed over, retries included. */
  waiting: number;
  /** Waiting out a retry delay. */
  retrying: number;
  retries: number;
  deadLetters: number;
  lastError: { message: string; at: string; eventId: string; type: string } | null;
}

export interface DeliveryStatus {
  tables: TableDeliveryStatus[];
  consumers: ConsumerDeliveryStatus[];
  deadLetters: { events: number; records: number };
}

interface PersistedState {
  checkpoints: Record<string, string>;
  deadLetters: DeadLetter[];
}

/** A stream record read and not yet settled: it holds its shard's checkpoint until every delivery of it ends. */
interface Ticket {
  sequenceNumber: string;
  writtenAt: number;
  pending: number;
}

interface ShardState {
  iterator: string | undefined;
  /** The last record read, where a fresh iterator resumes so nothing read is queued twice. */
  lastRead: string | undefined;
  tickets: Ticket[];
  closed: boolean;
}

interface TableState {
  table: string;
  shards: Map<string, ShardState>;
  undelivered: number;
  /** When the last read pass that found nothing began, on every shard. */
  emptyPassAt: number;
  /** The last pass read records, or could not read every shard. */
  behind: boolean;
  lastReadAt: number | undefined;
  lastCheckpointAt: number | undefined;
  lastError: { message: string; at: number } | undefined;
}

interface Message {
  event: EventEnvelope;
  messageId: string;
  receives: number;
  dueAt: number;
  settle: (outcome: 'delivered' | 'dead-lettered', letter?: EventDeadLetter) => void;
}

/** One consumer's local queue: what SQS keeps per subscription in AWS. */
class ConsumerQueue {
  readonly fresh: Message[] = [];
  /** Messages waiting out a retry delay, soonest first. */
  readonly retrying: Message[] = [];
  inFlight = 0;
  delivered = 0;
  retries = 0;
  lastError: ConsumerDeliveryStatus['lastError'] = null;
  private head = 0;
  private wake: (() => void) | undefined;

  constructor(
    readonly consumer: Consumer,
    readonly batchSize: number,
    readonly maxReceiveCount: number,
  ) {}

  get waiting(): number {
    return this.fresh.length - this.head + this.retrying.length;
  }

  push(message: Message): void {
    this.fresh.push(message);
    this.notify();
  }

  retry(message: Message): void {
    const at = this.retrying.findIndex((other) => other.dueAt > message.dueAt);
    this.retrying.splice(at < 0 ? this.retrying.length : at, 0, message);
  }

  /** Up to a batch of messages due now: retries whose delay is over first, then fresh ones in order. */
  take(now: number): Message[] {
    const batch: Message[] = [];
    while (batch.length < this.batchSize && (this.retrying[0]?.dueAt ?? Number.POSITIVE_INFINITY) <= now) {
      batch.push(this.retrying.shift() as Message);
    }
    while (batch.length < this.batchSize && this.head < this.fresh.length) batch.push(this.fresh[this.head++] as Message);
    if (this.head > 1000 && this.head * 2 > this.fresh.length) {
      this.fresh.splice(0, this.head);
      this.head = 0;
    }
    return batch;
  }

  /** Resolves when a message arrives, the first retry falls due, or `maxMs` pass. */
  waitForWork(maxMs: number): Promise<void> {
    const due = this.retrying[0]?.dueAt;
    const ms = due === undefined ? maxMs : Math.max(0, Math.min(maxMs, due - tick()));
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}

const DRAIN_TIMEOUT_MS = 30_000;

/**
 * The local event bus: reads each table's stream (as the outbox publisher does in AWS) and queues each
 * envelope of an outbox insert for every subscribed consumer, as EventBridge and the consumers' SQS queues
 * do. Only outbox inserts are decoded (by their raw key), and one that cannot be read is dead-lettered
 * with its reason, so no record can stop a stream. Each consumer works its own queue in batches of its
 * `batchSize`; a failed event waits out its retry delay without holding up the events behind it, and after
 * `maxReceiveCount` receives it is kept in the dead-letter list. A shard's checkpoint advances only past
 * records whose every delivery ended, so a restart never loses an event (consumers dedupe the
 * redelivery, as they must with SQS too).
 */
export class StreamDelivery {
  private readonly streams: DynamoDBStreamsClient;
  private readonly state: PersistedState = { checkpoints: {}, deadLetters: [] };
  private readonly maxReceiveCount: number;
  private readonly backoffMs: number;
  private readonly pollMs: number;
  private readonly readAhead: number;
  private readonly tables = new Map<string, TableState>();
  private readonly queues: ConsumerQueue[];
  private reading = false;
  private working = false;
  private readers: Promise<void>[] = [];
  private workers: Promise<void>[] = [];
  /** Last time a record was read or a message settled: quiet means a read pass began after it and found nothing. */
  private lastActivity = tick();
  private persistTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: DeliveryOptions) {
    this.streams = new DynamoDBStreamsClient({
      endpoint: options.endpoint,
      region: 'local',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    this.maxReceiveCount = options.maxReceiveCount ?? 5;
    this.backoffMs = options.backoffMs ?? 200;
    this.pollMs = options.pollMs ?? 100;
    this.batchSlots = new Slots(options.maxConcurrentBatches ?? Number.POSITIVE_INFINITY);
    this.readAhead = options.readAheadMessages ?? 5_000;
    if (options.stateFile && existsSync(options.stateFile)) {
      const saved = JSON.parse(readFileSync(options.stateFile, 'utf8')) as PersistedState;
      // Letters kept before records could be dead-lettered are all events.
      Object.assign(this.state, {
        ...saved,
        deadLetters: saved.deadLetters.map((letter) => ({ ...letter, kind: letter.kind ?? 'event' })),
      });
    }
    for (const table of options.tables) {
      this.tables.set(table, {
        table,
        shards: new Map(),
        undelivered: 0,
        emptyPassAt: 0,
        behind: true,
        lastReadAt: undefined,
        lastCheckpointAt: undefined,
        lastError: undefined,
      });
    }
    this.queues = options.consumers.map(
      (consumer) => new ConsumerQueue(consumer, consumer.batchSize ?? 10, consumer.maxReceiveCount ?? this.maxReceiveCount),
    );
  }

  start(): void {
    this.reading = true;
    this.working = true;
    this.readers = [...this.tables.values()].map((table) => this.followTable(table));
    this.workers = this.queues.map((queue) => this.work(queue));
  }

  /**
   * Lets delivery catch up (bounded by `drainTimeoutMs`), then stops reading and waits for the consumers'
   * invocations in progress. Whatever is still undelivered stays behind the checkpoint for the next start.
   */
  async stop(options: StopOptions = {}): Promise<void> {
    const drainTimeoutMs = options.drainTimeoutMs ?? DRAIN_TIMEOUT_MS;
    if (this.reading && drainTimeoutMs > 0) {
      const drained = await this.settle(300, drainTimeoutMs, options.onWaiting);
      if (!drained) this.log({ level: 'warn', message: 'stopping with events undelivered', backlog: this.backlog() });
    }
    this.reading = false;
    await Promise.allSettled(this.readers);
    this.working = false;
    for (const queue of this.queues) queue.notify();
    await Promise.allSettled(this.workers);
    this.persist();
    this.streams.destroy();
  }

  get deadLetters(): readonly DeadLetter[] {
    return this.state.deadLetters;
  }

  /** Sends a dead-lettered event back to its consumer; it leaves the list only if that succeeds. */
  async redrive(id: string): Promise<RedriveResult> {
    const letter = this.state.deadLetters.find((entry) => entry.id === id);
    if (!letter) return { outcome: 'not-found' };
    if (letter.kind === 'record') {
      return {
        outcome: 'not-redrivable',
        reason: `a stream record of ${letter.table} that could not be read has no event to send again: ${letter.lastError}`,
      };
    }
    const queue = this.queues.find((entry) => entry.consumer.queue === letter.queue);
    if (!queue) return { outcome: 'not-redrivable', reason: `no consumer ${letter.queue} runs on this platform` };
    if (!this.working) return { outcome: 'not-redrivable', reason: 'event delivery is not running' };
    this.state.deadLetters = this.state.deadLetters.filter((entry) => entry.id !== id);
    this.persist();
    const outcome = await new Promise<{ delivered: boolean; letter?: EventDeadLetter }>((resolve) => {
      queue.push({
        event: letter.event,
        messageId: randomUUID(),
        receives: 0,
        dueAt: 0,
        settle: (result, again) => resolve({ delivered: result === 'delivered', ...(again ? { letter: again } : {}) }),
      });
    });
    return outcome.delivered || !outcome.letter ? { outcome: 'delivered' } : { outcome: 'failed-again', letter: outcome.letter };
  }

  /** Resolves once every stream has been read to its end and every event read was delivered or dead-lettered. */
  async idle(quietMs = 300, timeoutMs = 20_000): Promise<void> {
    if (!(await this.settle(quietMs, timeoutMs))) {
      throw new Error(`event delivery did not settle within ${timeoutMs} ms: ${this.backlog()}`);
    }
  }

  status(): DeliveryStatus {
    const now = Date.now();
    const iso = (at: number | undefined) => (at === undefined ? null : new Date(at).toISOString());
    return {
      tables: [...this.tables.values()].map((table) => {
        const tickets = [...table.shards.values()].flatMap((shard) => shard.tickets);
        const oldest = Math.min(...tickets.map((ticket) => ticket.writtenAt));
        return {
          table: table.table,
          caughtUp: tickets.length === 0 && !table.behind,
          pendingRecords: tickets.length,
          oldestPendingAgeMs: tickets.length > 0 ? Math.max(0, now - oldest) : null,
          lastReadAt: iso(table.lastReadAt),
          lastCheckpointAt: iso(table.lastCheckpointAt),
          lastError: table.lastError
            ? { message: table.lastError.message, at: new Date(table.lastError.at).toISOString() }
            : null,
        };
      }),
      consumers: this.queues.map((queue) => ({
        queue: queue.consumer.queue,
        batchSize: queue.batchSize,
        maxReceiveCount: queue.maxReceiveCount,
        delivered: queue.delivered,
        inFlight: queue.inFlight,
        waiting: queue.waiting,
        retrying: queue.retrying.length,
        retries: queue.retries,
        deadLetters: this.state.deadLetters.filter((letter) => letter.queue === queue.consumer.queue).length,
        lastError: queue.lastError,
      })),
      deadLetters: {
        events: this.state.deadLetters.filter((letter) => letter.kind === 'event').length,
        records: this.state.deadLetters.filter((letter) => letter.kind === 'record').length,
      },
    };
  }

  /** What delivery still waits for, in a line: the tables behind and the consumers with work queued. */
  backlog(): string {
    const status = this.status();
    const tables = status.tables
      .filter((table) => !table.caughtUp)
      .map((table) => `${table.table} ${table.pendingRecords > 0 ? `${table.pendingRecords} 条记录未投递` : '读取中'}`);
    const consumers = status.consumers
      .filter((consumer) => consumer.waiting + consumer.inFlight > 0)
      .map(
        (consumer) =>
          `${consumer.queue} ${consumer.waiting + consumer.inFlight} 个事件${consumer.retrying > 0 ? `（${consumer.retrying} 个等待重试）` : ''}`,
      );
    return [...tables, ...consumers].join('；') || '无';
  }

  /** Waits until quiet for `quietMs`; false when `timeoutMs` passed first. */
  private async settle(quietMs: number, timeoutMs: number, onWaiting?: (backlog: string) => void): Promise<boolean> {
    const deadline = tick() + timeoutMs;
    let nextReport = tick() + 2_000;
    let quietSince: number | undefined;
    for (;;) {
      const now = tick();
      if (this.quiet()) {
        quietSince ??= now;
        if (now - quietSince >= quietMs) return true;
      } else {
        quietSince = undefined;
      }
      if (now > deadline) return false;
      if (onWaiting && now >= nextReport) {
        onWaiting(this.backlog());
        nextReport = now + 2_000;
      }
      await sleep(25);
    }
  }

  private quiet(): boolean {
    return [...this.tables.values()].every((table) => table.undelivered === 0 && table.emptyPassAt > this.lastActivity);
  }

  /** Follows one table's stream until stopped; a failure restarts it where it last read. */
  private async followTable(table: TableState): Promise<void> {
    while (this.reading) {
      try {
        await this.followStream(table);
      } catch (error) {
        table.lastError = { message: String(error), at: Date.now() };
        for (const shard of table.shards.values()) shard.iterator = undefined;
        this.log({ level: 'error', message: 'stream reader failed, restarting', table: table.table, error: String(error) });
        await sleep(1_000);
      }
    }
  }

  private async followStream(table: TableState): Promise<void> {
    const description = await this.options.dynamo.send(new DescribeTableCommand({ TableName: table.table }));
    const streamArn = description.Table?.LatestStreamArn;
    if (!streamArn) throw new Error(`table ${table.table} has no stream`);
    let lastDiscovery = Number.NEGATIVE_INFINITY;
    while (this.reading) {
      if (tick() - lastDiscovery > 2_000) {
        await this.discoverShards(streamArn, table);
        lastDiscovery = tick();
      }
      const passAt = tick();
      let empty = true;
      let read = 0;
      for (const [shardId, shard] of table.shards) {
        if (!this.reading) return;
        if (shard.closed) continue;
        // Reading ahead is bounded: past it the consumers catch up first.
        if (!shard.iterator || table.undelivered >= this.readAhead) {
          empty = false;
          continue;
        }
        let out: Awaited<ReturnType<typeof this.getRecords>>;
        try {
          out = await this.getRecords(shard.iterator);
        } catch (error) {
          // DynamoDB Local invalidates iterators now and then; a fresh one resumes after the last record read.
          if (error instanceof ExpiredIteratorException || error instanceof TrimmedDataAccessException) {
            shard.iterator = undefined;
            lastDiscovery = Number.NEGATIVE_INFINITY;
            empty = false;
            continue;
          }
          throw error;
        }
        shard.iterator = out.NextShardIterator;
        if (!out.NextShardIterator) shard.closed = true;
        const records = out.Records ?? [];
        if (records.length > 0) {
          empty = false;
          read += records.length;
          this.accept(table, shardId, shard, records);
        }
      }
      table.lastReadAt = Date.now();
      table.behind = !empty;
      if (empty) table.emptyPassAt = passAt;
      if (read === 0) await sleep(this.pollMs);
    }
  }

  private getRecords(iterator: string) {
    return this.streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 100 }));
  }

  private async discoverShards(streamArn: string, table: TableState): Promise<void> {
    const stream = await this.streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    for (const shard of stream.StreamDescription?.Shards ?? []) {
      const shardId = shard.ShardId;
      if (!shardId) continue;
      const known = table.shards.get(shardId);
      if (known && (known.iterator || known.closed)) continue;
      const after = known?.lastRead ?? this.state.checkpoints[shardId];
      const out = await this.streams.send(
        new GetShardIteratorCommand({
          StreamArn: streamArn,
          ShardId: shardId,
          ...(after
            ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: after }
            : { ShardIteratorType: 'TRIM_HORIZON' }),
        }),
      );
      if (known) known.iterator = out.ShardIterator;
      else table.shards.set(shardId, { iterator: out.ShardIterator, lastRead: undefined, tickets: [], closed: false });
    }
  }

  /** Queues the events of the outbox inserts among `records` for their consumers; dead-letters what cannot be read. */
  private accept(table: TableState, shardId: string, shard: ShardState, records: StreamRecord[]): void {
    this.lastActivity = tick();
    for (const record of records) {
      const sequenceNumber = record.dynamodb?.SequenceNumber ?? '';
      const written = record.dynamodb?.ApproximateCreationDateTime;
      const ticket: Ticket = { sequenceNumber, writtenAt: written ? new Date(written).getTime() : Date.now(), pending: 0 };
      shard.tickets.push(ticket);
      shard.lastRead = sequenceNumber;
      const reading = readOutboxRecord(record as RawStreamRecord);
      if (!reading) continue;
      if (reading.problem) this.deadLetterRecord(table.table, record, reading);
      const deliveries = reading.events.flatMap((event) =>
        this.queues.filter((queue) => queue.consumer.events.includes(event.type)).map((queue) => ({ queue, event })),
      );
      ticket.pending = deliveries.length;
      table.undelivered += deliveries.length;
      for (const { queue, event } of deliveries) {
        queue.push({
          event,
          messageId: randomUUID(),
          receives: 0,
          dueAt: 0,
          settle: () => {
            ticket.pending--;
            table.undelivered--;
            this.lastActivity = tick();
            if (ticket.pending === 0) this.advance(table, shardId, shard);
          },
        });
      }
    }
    this.advance(table, shardId, shard);
  }

  /** Moves the shard's checkpoint past the settled records at its front. */
  private advance(table: TableState, shardId: string, shard: ShardState): void {
    let last: Ticket | undefined;
    while (shard.tickets[0] && shard.tickets[0].pending === 0) last = shard.tickets.shift();
    if (!last?.sequenceNumber) return;
    this.state.checkpoints[shardId] = last.sequenceNumber;
    table.lastCheckpointAt = Date.now();
    this.persistSoon();
  }

  private readonly batchSlots: Slots;

  /** One consumer's worker: a batch at a time, as one Lambda poller of its queue. */
  private async work(queue: ConsumerQueue): Promise<void> {
    while (this.working) {
      const batch = queue.take(tick());
      if (batch.length === 0) {
        await queue.waitForWork(this.pollMs * 5);
        continue;
      }
      await this.batchSlots.run(async () => {
        await this.options.beforeBatch?.();
        return this.invoke(queue, batch);
      });
    }
  }

  private async invoke(queue: ConsumerQueue, messages: Message[]): Promise<void> {
    for (const message of messages) message.receives++;
    queue.inFlight = messages.length;
    const { consumer } = queue;
    let failed: Set<string>;
    let error: string;
    try {
      const response = await consumer.handler(
        { Records: messages.map((message) => toSqsRecord(consumer.queue, message)) },
        this.options.lambdaContext(consumer.queue),
      );
      failed = new Set((response?.batchItemFailures ?? []).map((failure) => failure.itemIdentifier));
      error = 'reported as failed by the consumer';
      if (failed.size > 0)
        this.log({ level: 'warn', message: 'consumer reported failures', queue: consumer.queue, failed: failed.size });
    } catch (thrown) {
      // A thrown error fails the whole batch, as Lambda's SQS integration does.
      failed = new Set(messages.map((message) => message.messageId));
      error = String(thrown);
      this.log({ level: 'error', message: 'consumer threw', queue: consumer.queue, error });
    } finally {
      queue.inFlight = 0;
    }
    const now = tick();
    for (const message of messages) {
      if (!failed.has(message.messageId)) {
        queue.delivered++;
        message.settle('delivered');
        continue;
      }
      queue.lastError = { message: error, at: new Date().toISOString(), eventId: message.event.id, type: message.event.type };
      if (message.receives >= queue.maxReceiveCount) {
        message.settle('dead-lettered', this.deadLetterEvent(consumer, message.event, message.receives, error));
      } else {
        queue.retries++;
        message.dueAt = now + this.backoffMs * 2 ** (message.receives - 1);
        queue.retry(message);
      }
    }
  }

  private deadLetterEvent(consumer: Consumer, event: EventEnvelope, attempts: number, lastError: string): EventDeadLetter {
    const letter: EventDeadLetter = {
      kind: 'event',
      id: randomUUID(),
      queue: consumer.queue,
      event,
      attempts,
      lastError,
      failedAt: new Date().toISOString(),
    };
    this.state.deadLetters.push(letter);
    this.persist();
    this.log({ level: 'error', message: 'event dead-lettered', queue: consumer.queue, eventId: event.id, type: event.type });
    return letter;
  }

  private deadLetterRecord(table: string, record: StreamRecord, reading: OutboxReading): void {
    const letter: RecordDeadLetter = {
      kind: 'record',
      id: randomUUID(),
      queue: `stream:${table}`,
      table,
      sequenceNumber: record.dynamodb?.SequenceNumber ?? '',
      keys: record.dynamodb?.Keys as Record<string, unknown> | undefined,
      image: record.dynamodb?.NewImage as Record<string, unknown> | undefined,
      delivered: reading.events.map((event) => event.id),
      lastError: reading.problem ?? '',
      failedAt: new Date().toISOString(),
    };
    this.state.deadLetters.push(letter);
    this.persist();
    this.log({ level: 'error', message: 'stream record dead-lettered', table, pk: reading.pk, reason: letter.lastError });
  }

  /** Checkpoints move with every batch: written at most five times a second, and at stop. */
  private persistSoon(): void {
    if (!this.options.stateFile || this.persistTimer) return;
    this.persistTimer = setTimeout(() => this.persist(), 200);
    this.persistTimer.unref();
  }

  private persist(): void {
    clearTimeout(this.persistTimer);
    this.persistTimer = undefined;
    if (this.options.stateFile) writeFileSync(this.options.stateFile, JSON.stringify(this.state));
  }

  private log(entry: Record<string, unknown>): void {
    this.options.log?.({ time: new Date().toISOString(), component: 'delivery', ...entry });
  }
}

function toSqsRecord(queue: string, message: Message): SQSRecord {
  const body = JSON.stringify(message.event);
  const now = String(Date.now());
  return {
    messageId: message.messageId,
    receiptHandle: message.messageId,
    body,
    attributes: {
      ApproximateReceiveCount: String(message.receives),
      SentTimestamp: now,
      SenderId: 'local',
      ApproximateFirstReceiveTimestamp: now,
    },
    messageAttributes: {},
    md5OfBody: createHash('md5').update(body).digest('hex'),
    eventSource: 'aws:sqs',
    eventSourceARN: `arn:local:sqs:local:000000000000:${queue}`,
    awsRegion: 'local',
  };
}

/** Delivery's own timing runs on a monotonic clock: a test that fakes or moves `Date` must not stall retries or drains. */
function tick(): number {
  return performance.now();
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** At most `size` tasks at once; the rest wait their turn in order. */
class Slots {
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(size: number) {
    this.free = Math.max(1, size);
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    }
  }
}
