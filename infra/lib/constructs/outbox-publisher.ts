import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OUTBOX_PREFIX } from '@shequ/ddb';
import { Duration, Validations } from 'aws-cdk-lib';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
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
}

/**
 * The transactional outbox's second half: one function on every service table's stream, receiving only
 * inserts of `OUTBOX#` items (filtered by Lambda, so other writes cost nothing) and putting each envelope
 * on the district bus.
 *
 * Defaults: `shequ-<code>-outbox-publisher`; from the oldest record; batches of up to 100; partial batch
 * responses; a failing batch is split in half to isolate a bad record, retried 10 times, then its
 * description lands in `shequ-<code>-outbox-failed` (the items themselves stay in the table until TTL).
 */
export class OutboxPublisher extends Construct {
  readonly publisher: ServiceFunction;
  readonly failures: Queue;

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
}
