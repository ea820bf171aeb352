import { Duration } from 'aws-cdk-lib';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

/** Settings every queue of the platform shares: SSE (SQS-managed, which EventBridge can send to) and TLS only. */
export const QUEUE_DEFAULTS = { encryption: QueueEncryption.SQS_MANAGED, enforceSSL: true } as const;

/** A queue that keeps what could not be delivered or handled, for the longest time SQS allows. */
export function deadLetterQueue(scope: Construct, id: string, queueName: string): Queue {
  return new Queue(scope, id, { ...QUEUE_DEFAULTS, queueName, retentionPeriod: Duration.days(14) });
}
