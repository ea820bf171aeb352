import type { ServiceManifest } from '@shequ/kit';
import { allManifests } from '@shequ/manifests';
import { CfnOutput, Duration, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { type Schedule, ScheduleGroup } from 'aws-cdk-lib/aws-scheduler';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { ConsoleStack } from './console-stack.ts';
import { deadLetterQueue } from './constructs/dead-letter-queue.ts';
import { DistrictAlarms } from './constructs/district-alarms.ts';
import type { EventSubscription } from './constructs/event-subscription.ts';
import { OutboxPublisher } from './constructs/outbox-publisher.ts';
import type { ServiceFunction } from './constructs/service-function.ts';
import type { DistrictData } from './data-stack.ts';
import type { DistrictConfig } from './district-config.ts';
import { ServiceStack } from './service-stack.ts';

export interface ApiStackProps extends StackProps {
  readonly config: DistrictConfig;
  /** The district's stateful resources, from `DataStack`. */
  readonly data: DistrictData;
  /** @default allManifests */
  readonly manifests?: readonly ServiceManifest[];
  /** The console's build output. @default CONSOLE_BUILD */
  readonly consoleBuild?: string;
}

/** Paths the API serves besides the services' own `/<service>/*`. */
const API_DOCUMENT_PATHS = ['/openapi.json', '/docs'] as const;

/** HTTP API access log line: request, caller and outcome, never a body or a token. */
const ACCESS_LOG_FORMAT = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    requestTime: '$context.requestTime',
    sourceIp: '$context.identity.sourceIp',
    userAgent: '$context.identity.userAgent',
    routeKey: '$context.routeKey',
    status: '$context.status',
    responseLength: '$context.responseLength',
    latency: '$context.responseLatency',
    integrationLatency: '$context.integrationLatency',
    integrationError: '$context.integrationErrorMessage',
    authorizerError: '$context.authorizer.error',
    subject: '$context.authorizer.claims.sub',
  }),
);

/**
 * The stateless half of a district (`Shequ-<code>-Api`), built entirely from the service manifests. This
 * stack holds what the services share: the district's HTTP API with its stage and JWT authorizer, the
 * outbox publisher, the undelivered-events queue and the alarm topic. The web console, its distribution
 * (the browser's way to the API as well) and its sign-in client are the nested stack `Console` (see
 * `ConsoleStack`); its URL is the output `ConsoleUrl`. Each service gets a nested stack
 * (`Service-<service>`, see `ServiceStack`) with its route functions and routes, its event consumers, its
 * jobs and their alarms, so a service's size never counts against another's. Nothing here holds data; the
 * stack can be destroyed and rebuilt.
 *
 * Defaults: API `shequ-<code>-api` with a JWT authorizer on the district's token issuer (its Cognito user
 * pool with the console's client, or the external OIDC issuer its config names) for `jwt` routes
 * and none for `public` ones, JSON access logs and stage throttling from the district config; every
 * service function reads and writes its own service's table only and may use the personal-data keys;
 * schedules in the group `shequ-<code>`, Asia/Shanghai time; undeliverable rule and schedule invocations
 * in `shequ-<code>-undelivered`; alarms on every dead-letter queue, on API 5xx and on publisher errors.
 */
export class ApiStack extends Stack {
  readonly api: HttpApi;
  /** The nested stack of each service, keyed by service name. */
  readonly services = new Map<string, ServiceStack>();
  /** Every function of the district, the services' and the outbox publisher, keyed by function name. */
  readonly functions = new Map<string, ServiceFunction>();
  readonly subscriptions: EventSubscription[] = [];
  readonly schedules: Schedule[] = [];
  readonly alarms: DistrictAlarms;
  readonly undelivered: Queue;
  readonly console: ConsoleStack;
  private readonly config: DistrictConfig;
  private jobSchedules: ScheduleGroup | undefined;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { config, data } = props;
    this.config = config;
    const manifests = props.manifests ?? allManifests;

    this.alarms = new DistrictAlarms(this, 'Alarms', { config });
    this.undelivered = deadLetterQueue(this, 'Undelivered', `${config.prefix}-undelivered`);
    this.alarms.addDeadLetterAlarm('undelivered', this.undelivered, 'Events or schedules EventBridge could not deliver');
    Validations.of(this.undelivered).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself the dead-letter queue of the EventBridge rule targets and the Scheduler schedules',
    });

    this.api = this.buildApi();
    this.console = new ConsoleStack(this, 'Console', {
      config,
      api: this.api,
      apiPaths: [...manifests.map((manifest) => `/${manifest.service}/*`), ...API_DOCUMENT_PATHS],
      users: data.users,
      ...(props.consoleBuild ? { build: props.consoleBuild } : {}),
      description: `社区服务平台 ${config.name} (${config.code}): web console, its distribution and sign-in client`,
    });
    new CfnOutput(this, 'ConsoleUrl', {
      value: this.console.url,
      description: 'The web console (and the API on the same origin)',
    });
    const { tokenIssuer } = this.console;
    const authorizer = new HttpJwtAuthorizer('Jwt', tokenIssuer.issuerUrl, {
      authorizerName: `${config.prefix}-jwt`,
      jwtAudience: [...tokenIssuer.audience],
    });

    for (const manifest of manifests) {
      if (this.services.has(manifest.service)) throw new Error(`two manifests declare the service "${manifest.service}"`);
      const service = new ServiceStack(this, `Service-${manifest.service}`, {
        config,
        data,
        manifest,
        api: this.api,
        authorizer,
        undelivered: this.undelivered,
        alarms: this.alarms,
        scheduleGroup: () => this.scheduleGroup(),
        description: `社区服务平台 ${config.name} (${config.code}): service ${manifest.service}`,
      });
      this.services.set(manifest.service, service);
      for (const fn of service.functions) this.register(fn);
      this.subscriptions.push(...service.subscriptions);
      this.schedules.push(...service.schedules);
    }

    const outbox = new OutboxPublisher(this, 'Outbox', {
      config,
      tables: data.tables.values(),
      bus: data.bus,
      undelivered: this.undelivered,
    });
    this.register(outbox.publisher);
    this.alarms.addDeadLetterAlarm('outbox-failed', outbox.failures, 'Outbox records the publisher gave up on');
    this.alarms.add('outbox-publisher-errors', {
      metric: outbox.publisher.function.metricErrors({ period: Duration.minutes(5) }),
      description: 'The outbox publisher failed; events wait in the table streams',
    });
    this.alarms.add('outbox-iterator-age', {
      metric: outbox.metricIteratorAge(),
      threshold: OutboxPublisher.ITERATOR_AGE_ALARM.toMilliseconds(),
      description: `Outbox records waited over ${OutboxPublisher.ITERATOR_AGE_ALARM.toMinutes()} minutes in a table stream: events reach consumers late`,
    });
    this.alarms.add('api-5xx', {
      metric: this.api.metricServerError({ period: Duration.minutes(5) }),
      description: 'The HTTP API answered 5xx; handlers must answer bad input with 4xx',
    });
  }

  private buildApi(): HttpApi {
    const { config } = this;
    const api = new HttpApi(this, 'HttpApi', {
      apiName: `${config.prefix}-api`,
      description: `${config.name} (${config.code}) 社区服务平台 API`,
      createDefaultStage: false,
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', {
      logGroupName: `/shequ/${config.code}/api-access`,
      retention: config.logRetention,
    });
    new HttpStage(this, 'DefaultStage', {
      httpApi: api,
      stageName: '$default',
      autoDeploy: true,
      throttle: config.apiThrottle,
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: ACCESS_LOG_FORMAT },
    });
    return api;
  }

  /** Created with the first schedule, so a district without jobs has no empty group. */
  private scheduleGroup(): ScheduleGroup {
    this.jobSchedules ??= new ScheduleGroup(this, 'Schedules', { scheduleGroupName: this.config.prefix });
    return this.jobSchedules;
  }

  private register(fn: ServiceFunction): void {
    if (this.functions.has(fn.functionName)) throw new Error(`two functions are named ${fn.functionName}`);
    this.functions.set(fn.functionName, fn);
  }
}
