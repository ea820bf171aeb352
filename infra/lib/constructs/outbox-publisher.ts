import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OUTBOX_PREFIX } from '@shequ/ddb';
import { Duration, Validations } from 'aws-cdk-lib';
import type { Metric } from 'aws-cdk-lib/aws-cloudwatch';
import { type IEventBus, Rule } from 'aws-cdk-lib/aws-events';
import { SqsQueue } from 'aws-cdk-lib/aws-events-targets';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { IQueue, Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { UNREADABLE_DETAIL_TYPE, UNREADABLE_SOURCE } from '../../functions/outbox-parking.ts';
import type { ServiceTable } from '../data-stack.ts';
import type { DistrictConfig } from '../district-config.ts';
import { deadLetterQueue } from './dead-letter-queue.ts';
import { ServiceFunction } from './service-function.ts';

/** The publisher's module, exported so the bundle test can build it as deployed. */
export const publisherEntry = join(dirname(fileURLToPath(import.meta.url)), '../../functions/publish-outbox.ts');

export interface OutboxPublisherProps {
  readonly config: DistrictConfig;
  readonly tables: Iterable<ServiceTable>;
  readonly bus: IEventBus;
  /** Receives parked records EventBridge could not put on the failed queue. */
  readonly undelivered: IQueue;
}

/**
 * The transactional outbox's second half: one function on every service table's stream, receiving only
 * inserts of `OUTBOX#` items (filtered by Lambda, so other writes cost nothing) and putting each envelope
 * on the district bus.
 *
 * Defaults: `shequ-<code>-outbox-publisher`; from the oldest record; batches of up to 100; partial batch
 * responses. A record that cannot be read is parked by the function itself (see publish-outbox.ts): its
 * `OutboxRecordUnreadable` entry is ruled into `shequ-<code>-outbox-failed` with its keys and reason, and
 * the stream goes on. What PutEvents keeps refusing is split in half to isolate it, retried 10 times, then
 * the batch's description lands in the same queue (the items themselves stay in the table until TTL).
 */
export class OutboxPublisher extends Construct {
  readonly publisher: ServiceFunction;
  readonly failures: Queue;
  /** Puts the records the publisher parked in `failures`. */
  readonly parked: Rule;

  /** Records waiting longer than this in a table stream alarm: events reach their consumers late. */
  static readonly ITERATOR_AGE_ALARM = Duration.minutes(5);

  constructor(scope: Construct, id: string, props: OutboxPublisherProps) {
    super(scope, id);
    const { config, bus } = props;
    this.failures = deadLetterQueue(this, 'Failures', `${config.prefix}-outbox-failed`);
    Validations.of(this.failures).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself the on-failure destination of the outbox stream event sources',
    });
    this.publisher = new ServiceFunction(this, 'Publisher', {
      config,
      name: 'outbox-publisher',
      entry: publisherEntry,
      description: 'Puts outbox events from the service tables on the district bus',
      timeout: Duration.seconds(30),
      memorySize: 512,
      environment: { EVENT_BUS_NAME: bus.eventBusName },
    });
    bus.grantPutEventsTo(this.publisher.function);
    this.parked = new Rule(this, 'Parked', {
      ruleName: `${config.prefix}-outbox-unreadable`,
      description: 'Outbox records the publisher could not read, with their keys and reason',
      eventBus: bus,
      eventPattern: { source: [UNREADABLE_SOURCE], detailType: [UNREADABLE_DETAIL_TYPE] },
      targets: [
        new SqsQueue(this.failures, { deadLetterQueue: props.undelivered, retryAttempts: 185, maxEventAge: Duration.hours(24) }),
      ],
    });

    for (const { table } of props.tables) {
      this.publisher.function.addEventSource(
        new DynamoEventSource(table, {
          startingPosition: StartingPosition.TRIM_HORIZON,
          batchSize: 100,
          bisectBatchOnError: true,
          retryAttempts: 10,
          reportBatchItemFailures: true,
          onFailure: new SqsDlq(this.failures),
          filters: [
            FilterCriteria.filter({
              eventName: FilterRule.isEqual('INSERT'),
              dynamodb: { Keys: { pk: { S: FilterRule.beginsWith(OUTBOX_PREFIX) } } },
            }),
          ],
        }),
      );
    }
  }

  /** How long the oldest record of a batch waited in its stream, over all tables (Lambda's IteratorAge, ms). */
  metricIteratorAge(): Metric {
    return this.publisher.function.metric('IteratorAge', { period: Duration.minutes(5), statistic: 'Maximum' });
  }
}
