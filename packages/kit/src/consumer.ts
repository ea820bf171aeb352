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
