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
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { EventEnvelope } from '@shequ/contracts';
import { OUTBOX_PREFIX, outboxEventsOf } from '@shequ/ddb';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';

export type ConsumerHandler = (event: SQSEvent, context: unknown) => Promise<SQSBatchResponse | undefined>;

export interface Consumer {
  /** `<service>.<subscription>`, the local name of what is an SQS queue in AWS. */
  queue: string;
  events: readonly string[];
  handler: ConsumerHandler;
  /** Overrides the platform's receive count for this consumer, as its subscription does in AWS. */
  maxReceiveCount?: number;
}

export interface DeadLetter {
  id: string;
  queue: string;
  event: EventEnvelope;
  attempts: number;
  lastError: string;
  failedAt: string;
}

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
  log?: (entry: Record<string, unknown>) => void;
  lambdaContext: (name: string) => unknown;
}

interface PersistedState {
  checkpoints: Record<string, string>;
  deadLetters: DeadLetter[];
}

/**
 * The local event bus: reads each table's stream (as the outbox publisher does in AWS), picks the outbox
 * inserts and delivers each envelope to every subscribed consumer as an SQS-shaped batch. Failed records
 * are retried with exponential backoff and, after `maxReceiveCount` receives, kept in a dead-letter list.
 * A shard's checkpoint advances only after its records were delivered or dead-lettered, so a restart
 * never loses an event (consumers dedupe the redelivery, as they must with SQS too).
 */
export class StreamDelivery {
  private readonly streams: DynamoDBStreamsClient;
  private readonly state: PersistedState = { checkpoints: {}, deadLetters: [] };
  private readonly maxReceiveCount: number;
  private readonly backoffMs: number;
  private readonly pollMs: number;
  private running = false;
  private loops: Promise<void>[] = [];
  private busy = 0;
  private lastActivity = Date.now();

  constructor(private readonly options: DeliveryOptions) {
    this.streams = new DynamoDBStreamsClient({
      endpoint: options.endpoint,
      region: 'local',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    this.maxReceiveCount = options.maxReceiveCount ?? 5;
    this.backoffMs = options.backoffMs ?? 200;
    this.pollMs = options.pollMs ?? 100;
    if (options.stateFile && existsSync(options.stateFile)) {
      Object.assign(this.state, JSON.parse(readFileSync(options.stateFile, 'utf8')) as PersistedState);
    }
  }

  start(): void {
    this.running = true;
    this.loops = this.options.tables.map((table) => this.followTable(table));
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.allSettled(this.loops);
    this.streams.destroy();
  }

  get deadLetters(): readonly DeadLetter[] {
    return this.state.deadLetters;
  }

  /** Sends a dead letter back to its consumer; it leaves the list only if that succeeds. */
  async redrive(id: string): Promise<boolean> {
    const letter = this.state.deadLetters.find((entry) => entry.id === id);
    if (!letter) return false;
    const consumer = this.options.consumers.find((entry) => entry.queue === letter.queue);
    if (!consumer) return false;
    this.state.deadLetters = this.state.deadLetters.filter((entry) => entry.id !== id);
    this.persist();
    await this.deliver(consumer, [letter.event]);
    return !this.state.deadLetters.some((entry) => entry.event.id === letter.event.id && entry.queue === letter.queue);
  }

  /** Resolves once no delivery is in progress and the streams have been quiet for `quietMs`. */
  async idle(quietMs = 300, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.busy > 0 || Date.now() - this.lastActivity < quietMs) {
      if (Date.now() > deadline) throw new Error('event delivery did not settle');
      await sleep(50);
    }
  }

  /** Follows one table's stream until stopped; a failure restarts it from the last checkpoint. */
  private async followTable(table: string): Promise<void> {
    while (this.running) {
      try {
        await this.followStream(table);
      } catch (error) {
        this.log({ level: 'error', message: 'stream reader failed, restarting from checkpoint', table, error: String(error) });
        await sleep(1_000);
      }
    }
  }

  private async followStream(table: string): Promise<void> {
    const description = await this.options.dynamo.send(new DescribeTableCommand({ TableName: table }));
    const streamArn = description.Table?.LatestStreamArn;
    if (!streamArn) throw new Error(`table ${table} has no stream`);
    const iterators = new Map<string, string | undefined>();
    let lastDiscovery = 0;
    while (this.running) {
      if (Date.now() - lastDiscovery > 2_000) {
        await this.discoverShards(streamArn, iterators);
        lastDiscovery = Date.now();
      }
      let sawRecords = false;
      for (const [shardId, iterator] of iterators) {
        if (!iterator || !this.running) continue;
        let out: Awaited<ReturnType<typeof this.getRecords>>;
        try {
          out = await this.getRecords(iterator);
        } catch (error) {
          // DynamoDB Local invalidates iterators now and then; a fresh one resumes at the checkpoint.
          if (error instanceof ExpiredIteratorException || error instanceof TrimmedDataAccessException) {
            iterators.delete(shardId);
            lastDiscovery = 0;
            continue;
          }
          throw error;
        }
        iterators.set(shardId, out.NextShardIterator);
        const records = out.Records ?? [];
        if (records.length > 0) {
          sawRecords = true;
          await this.handleRecords(records);
          const last = records.at(-1)?.dynamodb?.SequenceNumber;
          if (last) {
            this.state.checkpoints[shardId] = last;
            this.persist();
          }
        }
      }
      if (!sawRecords) await sleep(this.pollMs);
    }
  }

  private getRecords(iterator: string) {
    return this.streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 100 }));
  }

  private async discoverShards(streamArn: string, iterators: Map<string, string | undefined>): Promise<void> {
    const stream = await this.streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    for (const shard of stream.StreamDescription?.Shards ?? []) {
      const shardId = shard.ShardId;
      if (!shardId || iterators.has(shardId)) continue;
      const checkpoint = this.state.checkpoints[shardId];
      const out = await this.streams.send(
        new GetShardIteratorCommand({
          StreamArn: streamArn,
          ShardId: shardId,
          ...(checkpoint
            ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: checkpoint }
            : { ShardIteratorType: 'TRIM_HORIZON' }),
        }),
      );
      iterators.set(shardId, out.ShardIterator);
    }
  }

  private async handleRecords(records: StreamRecord[]): Promise<void> {
    const events: EventEnvelope[] = [];
    for (const record of records) {
      const image = record.dynamodb?.NewImage;
      if (record.eventName !== 'INSERT' || !image) continue;
      const item = unmarshall(image as Parameters<typeof unmarshall>[0]);
      if (typeof item.pk === 'string' && item.pk.startsWith(OUTBOX_PREFIX)) events.push(...(outboxEventsOf(item) as EventEnvelope[]));
    }
    if (events.length === 0) return;
    this.busy++;
    try {
      await Promise.all(
        this.options.consumers.map((consumer) => {
          const wanted = events.filter((event) => consumer.events.includes(event.type));
          return wanted.length > 0 ? this.deliver(consumer, wanted) : undefined;
        }),
      );
    } finally {
      this.busy--;
      this.lastActivity = Date.now();
    }
  }

  /** Delivers in batches of up to 10 (the SQS maximum), retrying only the records that failed. */
  private async deliver(consumer: Consumer, events: EventEnvelope[]): Promise<void> {
    for (let start = 0; start < events.length; start += 10) {
      let pending = events.slice(start, start + 10).map((event) => ({ event, messageId: randomUUID(), receives: 0 }));
      while (pending.length > 0) {
        for (const message of pending) message.receives++;
        const failed = await this.invoke(consumer, pending);
        const maxReceives = consumer.maxReceiveCount ?? this.maxReceiveCount;
        const exhausted = pending.filter((message) => failed.ids.has(message.messageId) && message.receives >= maxReceives);
        for (const message of exhausted) this.deadLetter(consumer, message.event, message.receives, failed.error);
        pending = pending.filter((message) => failed.ids.has(message.messageId) && message.receives < maxReceives);
        if (pending.length > 0) await sleep(this.backoffMs * 2 ** ((pending[0]?.receives ?? 1) - 1));
      }
    }
  }

  private async invoke(
    consumer: Consumer,
    messages: { event: EventEnvelope; messageId: string; receives: number }[],
  ): Promise<{ ids: Set<string>; error: string }> {
    const records: SQSRecord[] = messages.map((message) => toSqsRecord(consumer.queue, message));
    try {
      const response = await consumer.handler({ Records: records }, this.options.lambdaContext(consumer.queue));
      const ids = new Set((response?.batchItemFailures ?? []).map((failure) => failure.itemIdentifier));
      if (ids.size > 0)
        this.log({ level: 'warn', message: 'consumer reported failures', queue: consumer.queue, failed: ids.size });
      return { ids, error: 'reported as failed by the consumer' };
    } catch (error) {
      // A thrown error fails the whole batch, as Lambda's SQS integration does.
      this.log({ level: 'error', message: 'consumer threw', queue: consumer.queue, error: String(error) });
      return { ids: new Set(messages.map((message) => message.messageId)), error: String(error) };
    }
  }

  private deadLetter(consumer: Consumer, event: EventEnvelope, attempts: number, lastError: string): void {
    this.state.deadLetters.push({
      id: randomUUID(),
      queue: consumer.queue,
      event,
      attempts,
      lastError,
      failedAt: new Date().toISOString(),
    });
    this.persist();
    this.log({ level: 'error', message: 'event dead-lettered', queue: consumer.queue, eventId: event.id, type: event.type });
  }

  private persist(): void {
    if (this.options.stateFile) writeFileSync(this.options.stateFile, JSON.stringify(this.state));
  }

  private log(entry: Record<string, unknown>): void {
    this.options.log?.({ time: new Date().toISOString(), component: 'delivery', ...entry });
  }
}

function toSqsRecord(queue: string, message: { event: EventEnvelope; messageId: string; receives: number }): SQSRecord {
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

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
