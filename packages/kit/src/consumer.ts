import { clock, type EventEnvelope, eventEnvelopeSchema } from '@shequ/contracts';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { createLogger, type Logger } from './logger.ts';

/**
 * An event consumer as SQS invokes it (and the local platform imitates): each record's body is an event
 * envelope; a record that fails is reported back alone so only it is retried, and after the queue's
 * maximum receives it lands in the dead-letter queue. Handlers must be idempotent (see `applyOnce`).
 */
export function eventConsumer(name: string, handle: (event: EventEnvelope, log: Logger) => Promise<void>) {
  const log = createLogger({ consumer: name });
  return async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
    for (const record of event.Records) {
      try {
        const envelope = eventEnvelopeSchema.parse(JSON.parse(record.body));
        await handle(envelope, log.child({ eventId: envelope.id, eventType: envelope.type }));
      } catch (error) {
        log.error('event handling failed', { messageId: record.messageId, error });
        batchItemFailures.push({ itemIdentifier: record.messageId });
      }
    }
    return { batchItemFailures };
  };
}

/** What a batch handler answers: the events of its batch that failed, each to be redelivered alone. */
export type BatchFailures = Iterable<EventEnvelope> | undefined;

/**
 * An event consumer that handles a whole SQS batch at once, so it can fold and write many events in a few
 * transactions. A record that cannot be parsed fails alone; `handleBatch` gets the parsed envelopes in
 * delivery order and returns those that failed (by identity), and only their records are reported back. A
 * thrown error fails every record of the batch, as Lambda does. Handlers must be idempotent: a batch, or any
 * event of it, may come again.
 */
export function batchEventConsumer(
  name: string,
  handleBatch: (events: readonly EventEnvelope[], log: Logger) => Promise<BatchFailures>,
) {
  const log = createLogger({ consumer: name });
  return async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
    const messageOf = new Map<EventEnvelope, string>();
    for (const record of event.Records) {
      try {
        messageOf.set(eventEnvelopeSchema.parse(JSON.parse(record.body)), record.messageId);
      } catch (error) {
        log.error('event could not be read', { messageId: record.messageId, error });
        batchItemFailures.push({ itemIdentifier: record.messageId });
      }
    }
    if (messageOf.size === 0) return { batchItemFailures };
    let failed: EventEnvelope[];
    try {
      failed = [...((await handleBatch([...messageOf.keys()], log)) ?? [])];
    } catch (error) {
      log.error('batch handling failed', { events: messageOf.size, error });
      failed = [...messageOf.keys()];
    }
    for (const envelope of new Set(failed)) {
      const messageId = messageOf.get(envelope);
      if (messageId !== undefined) batchItemFailures.push({ itemIdentifier: messageId });
    }
    return { batchItemFailures };
  };
}

/**
 * Handles `events` one at a time, in order, inside a batch handler (for the few kinds not worth batching):
 * an event that throws is logged and returned among the failures, and the others go on.
 */
export async function handleEach(
  events: readonly EventEnvelope[],
  log: Logger,
  handle: (event: EventEnvelope, log: Logger) => Promise<void>,
): Promise<EventEnvelope[]> {
  const failed: EventEnvelope[] = [];
  for (const envelope of events) {
    const eventLog = log.child({ eventId: envelope.id, eventType: envelope.type });
    try {
      await handle(envelope, eventLog);
    } catch (error) {
      eventLog.error('event handling failed', { error });
      failed.push(envelope);
    }
  }
  return failed;
}

export interface JobContext {
  now: Date;
  log: Logger;
}

/** A scheduled job as EventBridge Scheduler (and the local scheduler, and `pnpm job`) invokes it. */
export function scheduledJob<TResult>(name: string, run: (context: JobContext) => Promise<TResult>) {
  const log = createLogger({ job: name });
  return async (event?: { time?: string }): Promise<TResult> => {
    const now = event?.time ? new Date(event.time) : clock.now();
    log.info('job started', { now: now.toISOString() });
    const result = await run({ now, log });
    log.info('job finished', { result });
    return result;
  };
}
