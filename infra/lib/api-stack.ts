import { type HandlerModule, handlerEntry, type ServiceManifest } from '@shequ/kit';
import { allManifests } from '@shequ/manifests';
import { Duration, Stack, type StackProps, TimeZone, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { ContextAttribute, Schedule, ScheduleExpression, ScheduleGroup, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { deadLetterQueue } from './constructs/dead-letter-queue.ts';
import { DistrictAlarms } from './constructs/district-alarms.ts';
import { EventSubscription } from './constructs/event-subscription.ts';
import { OutboxPublisher } from './constructs/outbox-publisher.ts';
import { ServiceFunction } from './constructs/service-function.ts';
import type { DistrictData, ServiceTable } from './data-stack.ts';
import type { DistrictConfig } from './district-config.ts';

export interface ApiStackProps extends StackProps {
  readonly config: DistrictConfig;
  /** The district's stateful resources, from `DataStack`. */
  readonly data: DistrictData;
  /** @default allManifests */
  readonly manifests?: readonly ServiceManifest[];
}

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

/** `registerPerson` → `register-person`: route functions are named by operation, unique in the API. */
function kebabCase(identifier: string): string {
  return identifier.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/** Six fields (minutes … year), as EventBridge Scheduler's `cron()` wants them. */
const CRON_FIELDS = 6;

/**
 * The stateless half of a district (`Shequ-<code>-Api`), built entirely from the service manifests: one
 * function per route behind the district's HTTP API, one queue-fed consumer per event subscription, one
 * Scheduler schedule per job, the outbox publisher, and the alarms. Nothing here holds data; the stack
 * can be destroyed and rebuilt.
 *
 * Defaults: API `shequ-<code>-api` with a JWT authorizer on the district's token issuer (its Cognito user
 * pool, or the external OIDC issuer its config names) for `jwt` routes
 * and none for `public` ones, JSON access logs and stage throttling from the district config; every
 * service function reads and writes its own service's table only and may use the personal-data keys;
 * schedules in the group `shequ-<code>`, Asia/Shanghai time; undeliverable rule and schedule invocations
 * in `shequ-<code>-undelivered`; alarms on every dead-letter queue, on API 5xx and on publisher errors.
 */
export class ApiStack extends Stack {
  readonly api: HttpApi;
  readonly functions = new Map<string, ServiceFunction>();
  readonly subscriptions: EventSubscription[] = [];
  readonly schedules: Schedule[] = [];
  readonly alarms: DistrictAlarms;
  readonly undelivered: Queue;
  private readonly config: DistrictConfig;
  private readonly data: DistrictData;
  private jobScheduling: { group: ScheduleGroup; role: Role } | undefined;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { config, data } = props;
    this.config = config;
    this.data = data;
    const manifests = props.manifests ?? allManifests;

    this.alarms = new DistrictAlarms(this, 'Alarms', { config });
    this.undelivered = deadLetterQueue(this, 'Undelivered', `${config.prefix}-undelivered`);
    this.alarms.addDeadLetterAlarm('undelivered', this.undelivered, 'Events or schedules EventBridge could not deliver');
    Validations.of(this.undelivered).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself the dead-letter queue of the EventBridge rule targets and the Scheduler schedules',
    });

    this.api = this.buildApi();
    const authorizer = new HttpJwtAuthorizer('Jwt', data.tokenIssuer.issuerUrl, {
      authorizerName: `${config.prefix}-jwt`,
      jwtAudience: [...data.tokenIssuer.audience],
    });

    for (const manifest of manifests) {
      const table = this.tableOf(manifest);
      for (const { route, handler } of manifest.routes) {
        const fn = this.serviceFunction(manifest, table, handler, {
          name: kebabCase(route.operationId),
          description: `${route.method} ${route.path}: ${route.summary}`,
        });
        const routes = this.api.addRoutes({
          path: route.path,
          methods: [HttpMethod[route.method]],
          integration: new HttpLambdaIntegration(`${fn.node.id}Integration`, fn.function),
          ...(route.auth === 'jwt' ? { authorizer } : {}),
        });
        if (route.auth === 'public') {
          for (const publicRoute of routes) {
            Validations.of(publicRoute).acknowledge({
              id: 'AwsSolutions-APIG4',
              reason: `${route.method} ${route.path} is declared public in the ${manifest.service} manifest (${route.summary})`,
            });
          }
        }
      }

      for (const subscription of manifest.subscriptions) {
        const consumer = this.serviceFunction(manifest, table, subscription.handler, {
          name: subscription.name,
          description: `Consumes ${subscription.events.join(', ')}`,
          timeout: Duration.seconds(30),
        });
        const eventSubscription = new EventSubscription(this, `Subscription-${manifest.service}-${subscription.name}`, {
          config,
          service: manifest.service,
          subscription,
          bus: data.bus,
          consumer,
          undelivered: this.undelivered,
        });
        this.subscriptions.push(eventSubscription);
        this.alarms.addDeadLetterAlarm(
          `${manifest.service}-${subscription.name}-dlq`,
          eventSubscription.deadLetterQueue,
          `${manifest.service}.${subscription.name} gave up on an event after retries`,
        );
      }

      for (const job of manifest.schedules) {
        const fields = job.cron.trim().split(/\s+/);
        if (fields.length !== CRON_FIELDS) {
          throw new Error(`schedule ${manifest.service}.${job.name}: cron "${job.cron}" must have six fields`);
        }
        const fn = this.serviceFunction(manifest, table, job.handler, {
          name: job.name,
          description: job.description,
          timeout: Duration.minutes(15),
        });
        const { group, role } = this.scheduling();
        this.schedules.push(
          new Schedule(this, `Schedule-${manifest.service}-${job.name}`, {
            scheduleName: `${config.prefix}-${manifest.service}-${job.name}`,
            scheduleGroup: group,
            description: job.description,
            schedule: ScheduleExpression.expression(`cron(${fields.join(' ')})`, TimeZone.ASIA_SHANGHAI),
            target: new LambdaInvoke(fn.function, {
              role,
              input: ScheduleTargetInput.fromObject({ time: ContextAttribute.scheduledTime }),
              retryAttempts: 2,
              maxEventAge: Duration.hours(1),
              deadLetterQueue: this.undelivered,
            }),
          }),
        );
        const functionId = this.resolve((fn.function.node.defaultChild as CfnFunction).logicalId) as string;
        Validations.of(role).acknowledge({
          id: `AwsSolutions-IAM5[Resource::<${functionId}.Arn>:*]`,
          reason: `grantInvoke adds the versions and aliases of ${fn.functionName} (\`:*\`); no other function is reachable`,
        });
      }
    }

    const outbox = new OutboxPublisher(this, 'Outbox', { config, tables: data.tables.values(), bus: data.bus });
    this.register(outbox.publisher);
    this.alarms.addDeadLetterAlarm('outbox-failed', outbox.failures, 'Outbox records the publisher gave up on');
    this.alarms.add('outbox-publisher-errors', {
      metric: outbox.publisher.function.metricErrors({ period: Duration.minutes(5) }),
      description: 'The outbox publisher failed; events wait in the table streams',
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

  /** Created with the first schedule, so a district without jobs has no empty group or idle role. */
  private scheduling(): { group: ScheduleGroup; role: Role } {
    this.jobScheduling ??= {
      group: new ScheduleGroup(this, 'Schedules', { scheduleGroupName: this.config.prefix }),
      // Only this account's Scheduler may assume the role (confused-deputy guard).
      role: new Role(this, 'SchedulerRole', {
        assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
          conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
        }),
        description: `${this.config.prefix}: EventBridge Scheduler invoking the job functions`,
      }),
    };
    return this.jobScheduling;
  }

  private tableOf(manifest: ServiceManifest): ServiceTable {
    const table = this.data.tables.get(manifest.table.name);
    if (!table) throw new Error(`no table "${manifest.table.name}" in the data stack for service ${manifest.service}`);
    return table;
  }

  /** A function of a service, with access to that service's table and the personal-data keys. */
  private serviceFunction(
    manifest: ServiceManifest,
    table: ServiceTable,
    handler: HandlerModule,
    options: { name: string; description: string; timeout?: Duration },
  ): ServiceFunction {
    const name = `${manifest.service}-${options.name}`;
    if (this.functions.has(`${this.config.prefix}-${name}`)) {
      throw new Error(`two functions of ${manifest.service} would be named ${name}; rename an operation, subscription or job`);
    }
    const fn = new ServiceFunction(this, `Fn-${name}`, {
      config: this.config,
      name,
      entry: handlerEntry(manifest, handler),
      description: options.description.slice(0, 256),
      ...(options.timeout ? { timeout: options.timeout } : {}),
    });
    // The manifest does not say which handlers touch personal data, so every service function may.
    fn.bindTable(table, 'RW').bindPiiKeys(this.data.piiKeys);
    this.register(fn);
    return fn;
  }

  private register(fn: ServiceFunction): void {
    if (this.functions.has(fn.functionName)) throw new Error(`two functions are named ${fn.functionName}`);
    this.functions.set(fn.functionName, fn);
  }
}
