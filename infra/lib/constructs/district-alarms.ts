import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, type IMetric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { DistrictConfig } from '../district-config.ts';

export interface DistrictAlarmsProps {
  readonly config: DistrictConfig;
}

export interface AlarmOptions {
  readonly metric: IMetric;
  readonly description: string;
  /** Alarms when the metric reaches this value. @default 1 */
  readonly threshold?: number;
  /** @default 1 */
  readonly evaluationPeriods?: number;
  /** Where the alarm is built, e.g. in the nested stack of the service it watches. @default this construct */
  readonly scope?: Construct;
}

/**
 * The district's alarm topic (`shequ-<code>-alarms`, KMS-encrypted, TLS only, an email subscription when
 * the district config names an address) and a factory for alarms that notify it.
 *
 * Defaults: an alarm fires when the metric is at or above its threshold (1) for one period; missing data
 * is not breaching, since an idle queue or API reports nothing.
 */
export class DistrictAlarms extends Construct {
  readonly topic: Topic;
  private readonly config: DistrictConfig;

  constructor(scope: Construct, id: string, props: DistrictAlarmsProps) {
    super(scope, id);
    this.config = props.config;
    const key = new Key(this, 'TopicKey', {
      alias: `alias/${this.config.prefix}-alarms`,
      description: `${this.config.name} (${this.config.code}): encryption of alarm notifications`,
      enableKeyRotation: true,
    });
    // CloudWatch publishes to an encrypted topic only if the key lets it.
    key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey');
    this.topic = new Topic(this, 'Topic', {
      topicName: `${this.config.prefix}-alarms`,
      displayName: `${this.config.name} 社区服务平台告警`,
      masterKey: key,
      enforceSSL: true,
    });
    if (this.config.alarmEmail) this.topic.addSubscription(new EmailSubscription(this.config.alarmEmail));
  }

  /** An alarm named `shequ-<code>-<name>` that notifies the topic. */
  add(name: string, options: AlarmOptions): Alarm {
    const alarm = new Alarm(options.scope ?? this, name, {
      alarmName: `${this.config.prefix}-${name}`,
      alarmDescription: options.description,
      metric: options.metric,
      threshold: options.threshold ?? 1,
      evaluationPeriods: options.evaluationPeriods ?? 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    return alarm;
  }

  /** The oldest message of a consumer's queue has waited `behindAfter`: the consumer is falling behind. */
  addQueueAgeAlarm(name: string, queue: IQueue, behindAfter: Duration, description: string, scope?: Construct): Alarm {
    return this.add(name, {
      metric: queue.metricApproximateAgeOfOldestMessage({ period: Duration.minutes(5), statistic: 'Maximum' }),
      threshold: behindAfter.toSeconds(),
      description,
      ...(scope ? { scope } : {}),
    });
  }

  /** Any message in a dead-letter queue needs a person: it is an event or job that gave up. */
  addDeadLetterAlarm(name: string, queue: IQueue, description: string, scope?: Construct): Alarm {
    return this.add(name, {
      metric: queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1), statistic: 'Maximum' }),
      description,
      ...(scope ? { scope } : {}),
    });
  }
}
