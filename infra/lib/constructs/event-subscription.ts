import { batchSizeOf, DEFAULT_BATCH_SIZE, type SubscriptionSpec } from '@shequ/kit';
import { Duration } from 'aws-cdk-lib';
import { type IEventBus, Rule, RuleTargetInput } from 'aws-cdk-lib/aws-events';
import { SqsQueue } from 'aws-cdk-lib/aws-events-targets';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { type IQueue, Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { DistrictConfig } from '../district-config.ts';
import { deadLetterQueue, QUEUE_DEFAULTS } from './dead-letter-queue.ts';
import type { ServiceFunction } from './service-function.ts';

/** A consumer gets five tries at an event before it is parked in the DLQ, unless its subscription says otherwise. */
export const MAX_RECEIVE_COUNT = 5;

export interface EventSubscriptionProps {
  readonly config: DistrictConfig;
  readonly service: string;
  readonly subscription: SubscriptionSpec;
  readonly bus: IEventBus;
  readonly consumer: ServiceFunction;
  /** Receives events EventBridge could not put on the queue. */
  readonly undelivered: IQueue;
}

/**
 * One consumer of domain events: a rule on the district bus matching the subscription's event types, an
 * SQS queue whose message body is exactly the envelope (`$.detail`, the same body the local platform
 * delivers), its dead-letter queue, and the consumer function reading the queue.
 *
 * Defaults: queue and DLQ `shequ-<code>-<service>-<name>[-dlq]`, SSE and TLS only; a message moves to the
 * DLQ after 5 receives; visibility timeout six times the consumer's timeout plus the batching window, as
 * Lambda advises; batches of the subscription's batchSize (10) with partial batch responses, so one bad
 * event does not return its neighbours to the queue, and a one-second batching window above 10, which
 * Lambda requires there.
 */
export class EventSubscription extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly rule: Rule;
  /**
   * The age of the oldest message past which the consumer is behind, not just failing one event: longer than
   * an event can take through all its receives (receives × visibility timeout) before the DLQ takes it,
   * plus five minutes.
   */
  readonly behindAfter: Duration;

  constructor(scope: Construct, id: string, props: EventSubscriptionProps) {
    super(scope, id);
    const { config, service, subscription, consumer } = props;
    if (subscription.events.length === 0) {
      throw new Error(`subscription ${service}.${subscription.name} lists no events`);
    }
    const name = `${config.prefix}-${service}-${subscription.name}`;
    if (name.length > 64) throw new Error(`rule name "${name}" is longer than EventBridge's 64 characters`);

    const batchSize = batchSizeOf(subscription);
    const batchingWindow = batchSize > DEFAULT_BATCH_SIZE ? Duration.seconds(1) : undefined;
    const visibilityTimeout = Duration.seconds(
      6 * (consumer.function.timeout?.toSeconds() ?? 10) + (batchingWindow?.toSeconds() ?? 0),
    );
    const maxReceiveCount = subscription.maxReceiveCount ?? MAX_RECEIVE_COUNT;
    // Whole minutes, rounded up: the alarm says how long an event has waited, and a batching window adds odd seconds.
    this.behindAfter = Duration.minutes(Math.ceil((maxReceiveCount * visibilityTimeout.toSeconds() + 300) / 60));

    this.deadLetterQueue = deadLetterQueue(this, 'DeadLetterQueue', `${name}-dlq`);
    this.queue = new Queue(this, 'Queue', {
      ...QUEUE_DEFAULTS,
      queueName: name,
      visibilityTimeout,
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount },
    });

    this.rule = new Rule(this, 'Rule', {
      ruleName: name,
      description: `${service}.${subscription.name}: ${subscription.events.join(', ')}`,
      eventBus: props.bus,
      eventPattern: { detailType: [...subscription.events] },
      targets: [
        new SqsQueue(this.queue, {
          message: RuleTargetInput.fromEventPath('$.detail'),
          deadLetterQueue: props.undelivered,
          retryAttempts: 185,
          maxEventAge: Duration.hours(24),
        }),
      ],
    });

    consumer.function.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize,
        ...(batchingWindow ? { maxBatchingWindow: batchingWindow } : {}),
        reportBatchItemFailures: true,
      }),
    );
  }
}
