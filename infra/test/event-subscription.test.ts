import { fileURLToPath } from 'node:url';
import type { SubscriptionSpec } from '@shequ/kit';
import { App, Duration, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { describe, expect, it } from 'vitest';
import { EventSubscription } from '../lib/constructs/event-subscription.ts';
import { ServiceFunction } from '../lib/constructs/service-function.ts';
import { districtConfig } from '../lib/district-config.ts';
import { APP_CONTEXT } from '../lib/district-stacks.ts';

const entry = fileURLToPath(new URL('../../test/support/fixtures/flaky/handlers/record.ts', import.meta.url));

/** One subscription in a stack of its own, nothing bundled (the assertions never look inside a bundle). */
function synthesise(subscription: SubscriptionSpec): { template: Template; built: EventSubscription } {
  const app = new App({ context: { ...APP_CONTEXT, 'aws:cdk:bundling-stacks': [] } });
  const stack = new Stack(app, 'Subscription', { env: { region: 'cn-northwest-1', account: '123456789012' } });
  const config = districtConfig('350203');
  const consumer = new ServiceFunction(stack, 'Consumer', {
    config,
    name: 'flaky-record',
    entry,
    description: 'test consumer',
    timeout: Duration.seconds(30),
  });
  const built = new EventSubscription(stack, 'Record', {
    config,
    service: 'flaky',
    subscription,
    bus: new EventBus(stack, 'Bus'),
    consumer,
    undelivered: new Queue(stack, 'Undelivered'),
  });
  return { template: Template.fromStack(stack), built };
}

const spec: SubscriptionSpec = { name: 'record', events: ['FlakyHappened'], handler: 'handlers/record' };

describe('EventSubscription batch size', () => {
  it('reads ten events per invocation without a batching window by default', () => {
    const { template, built } = synthesise(spec);

    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      BatchSize: 10,
      MaximumBatchingWindowInSeconds: Match.absent(),
    });
    template.hasResourceProperties('AWS::SQS::Queue', { QueueName: 'shequ-350203-flaky-record', VisibilityTimeout: 180 });
    // Five receives of three minutes each before the DLQ takes an event, and five minutes more.
    expect(built.behindAfter.toSeconds()).toBe(5 * 180 + 300);
  });

  it('reads a larger batch with the one-second batching window Lambda requires above ten', () => {
    const { template, built } = synthesise({ ...spec, batchSize: 50, maxReceiveCount: 3 });

    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      BatchSize: 50,
      MaximumBatchingWindowInSeconds: 1,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    // The visibility timeout covers the window too, as Lambda advises.
    template.hasResourceProperties('AWS::SQS::Queue', { QueueName: 'shequ-350203-flaky-record', VisibilityTimeout: 181 });
    // 3 × 181 + 300 = 843 s, rounded up to whole minutes.
    expect(built.behindAfter.toSeconds()).toBe(15 * 60);
  });

  it('refuses a batch size the local platform could not deliver', () => {
    expect(() => synthesise({ ...spec, batchSize: 101 })).toThrow(/record: batchSize 101 must be an integer from 1 to 100/);
  });
});
