import type { EventEnvelope } from '@shequ/contracts';
import type { SQSEvent } from 'aws-lambda';

/** Envelopes as the SQS batch a subscription's consumer receives (one message per event, its id as message id). */
export function sqsBatch(events: readonly EventEnvelope[]): SQSEvent {
  return { Records: events.map((event) => ({ messageId: event.id, body: JSON.stringify(event) })) } as unknown as SQSEvent;
}
