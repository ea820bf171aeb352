import { type HandlerModule, handlerEntry, type ServiceManifest } from '@shequ/kit';
import { Duration, NestedStack, type NestedStackProps, TimeZone, Validations } from 'aws-cdk-lib';
import { HttpMethod, HttpRoute, HttpRouteKey, type IHttpApi, type IHttpRouteAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import {
  ContextAttribute,
  type IScheduleGroup,
  Schedule,
  ScheduleExpression,
  ScheduleTargetInput,
} from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { DistrictAlarms } from './constructs/district-alarms.ts';
import { EventSubscription } from './constructs/event-subscription.ts';
import { ExecutionRole, ServiceFunction } from './constructs/service-function.ts';
import type { DistrictData, ServiceTable } from './data-stack.ts';
import type { DistrictConfig } from './district-config.ts';

export interface ServiceStackProps extends NestedStackProps {
  readonly config: DistrictConfig;
  readonly data: DistrictData;
  readonly manifest: ServiceManifest;
  /** The district's HTTP API, in the parent stack. */
  readonly api: IHttpApi;
  /** For `jwt` routes; binds once, in the parent stack beside the API. */
  readonly authorizer: IHttpRouteAuthorizer;
  /** Receives events and schedule invocations EventBridge could not deliver. */
  readonly undelivered: IQueue;
  readonly alarms: DistrictAlarms;
  /** The district's schedule group, created by the first service that has a job. */
  readonly scheduleGroup: () => IScheduleGroup;
}

/** `registerPerson` → `register-person`: route functions are named by operation, unique in the API. */
function kebabCase(identifier: string): string {
  return identifier.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/** A manifest's schedule as EventBridge Scheduler takes it: `cron(` six fields `)` or `rate(…)`. */
const SCHEDULE_EXPRESSION = /^(cron\(([^\s()]+\s+){5}[^\s()]+\)|rate\(\d+ (minute|minutes|hour|hours|day|days)\))$/;

/**
 * Everything of one service in the api stack, as a nested stack (`Shequ-<code>-Api/Service-<service>`) so
 * each service has CloudFormation's 500 resources to itself: one function per route and its route on the
 * district's API, one queue-fed consumer per event subscription, one Scheduler schedule per job, and the
 * alarms on the service's dead-letter queues.
 *
 * Defaults: the route functions share one execution role (`RouteRole`); consumers and jobs have their own,
 * since a consumer may also read its queue. Every role may use the service's table, the personal-data keys
 * and the service's prefix of the object bucket, nothing of another service. Jobs are invoked through a
 * Scheduler role of the service that may invoke only the service's job functions.
 */
export class ServiceStack extends NestedStack {
  readonly service: string;
  readonly functions: ServiceFunction[] = [];
  readonly routes: HttpRoute[] = [];
  readonly subscriptions: EventSubscription[] = [];
  readonly schedules: Schedule[] = [];
  private readonly config: DistrictConfig;
  private readonly data: DistrictData;
  private readonly manifest: ServiceManifest;
  private readonly table: ServiceTable;
  private routeRole: ExecutionRole | undefined;
  private schedulerRole: Role | undefined;

  constructor(scope: Construct, id: string, props: ServiceStackProps) {
    super(scope, id, props);
    const { config, data, manifest } = props;
    this.config = config;
    this.data = data;
    this.manifest = manifest;
    this.service = manifest.service;
    const table = data.tables.get(manifest.table.name);
    if (!table) throw new Error(`no table "${manifest.table.name}" in the data stack for service ${manifest.service}`);
    this.table = table;
    for (const job of manifest.schedules) {
      if (!SCHEDULE_EXPRESSION.test(job.cron.trim())) {
        throw new Error(`schedule ${manifest.service}.${job.name}: "${job.cron}" must be cron(<six fields>) or rate(…)`);
      }
    }
    const alarmScope = new Construct(this, 'Alarms');

    for (const { route, handler, divisionData } of manifest.routes) {
      this.routeRole ??= new ExecutionRole(this, 'RouteRole', {
        description: `${config.prefix}-${manifest.service} route functions execution role`,
      });
      const name = kebabCase(route.operationId);
      const fn = this.serviceFunction(handler, {
        name,
        description: `${route.method} ${route.path}: ${route.summary}`,
        role: this.routeRole,
        ...(divisionData ? { divisionDataOf: config.code } : {}),
      });
      const httpRoute = new HttpRoute(this, `Route-${manifest.service}-${name}`, {
        httpApi: props.api,
        routeKey: HttpRouteKey.with(route.path, HttpMethod[route.method]),
        integration: new HttpLambdaIntegration(`${fn.node.id}Integration`, fn.function),
        ...(route.auth === 'jwt' ? { authorizer: props.authorizer } : {}),
      });
      this.routes.push(httpRoute);
      if (route.auth === 'public') {
        Validations.of(httpRoute).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason: `${route.method} ${route.path} is declared public in the ${manifest.service} manifest (${route.summary})`,
        });
      }
    }

    for (const subscription of manifest.subscriptions) {
      const consumer = this.serviceFunction(subscription.handler, {
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
        undelivered: props.undelivered,
      });
      this.subscriptions.push(eventSubscription);
      props.alarms.addDeadLetterAlarm(
        `${manifest.service}-${subscription.name}-dlq`,
        eventSubscription.deadLetterQueue,
        `${manifest.service}.${subscription.name} gave up on an event after retries`,
        alarmScope,
      );
      props.alarms.addQueueAgeAlarm(
        `${manifest.service}-${subscription.name}-behind`,
        eventSubscription.queue,
        eventSubscription.behindAfter,
        `${manifest.service}.${subscription.name} is behind: an event has waited ${eventSubscription.behindAfter.toMinutes()} minutes in its queue`,
        alarmScope,
      );
    }

    for (const job of manifest.schedules) {
      const fn = this.serviceFunction(job.handler, {
        name: job.name,
        description: job.description,
        timeout: Duration.minutes(15),
        ...(job.divisionData ? { divisionDataOf: config.code } : {}),
      });
      const role = this.scheduling();
      const group = props.scheduleGroup();
      const schedule = new Schedule(this, `Schedule-${manifest.service}-${job.name}`, {
        scheduleName: `${config.prefix}-${manifest.service}-${job.name}`,
        scheduleGroup: group,
        description: job.description,
        schedule: ScheduleExpression.expression(job.cron.trim(), TimeZone.ASIA_SHANGHAI),
        target: new LambdaInvoke(fn.function, {
          role,
          input: ScheduleTargetInput.fromObject({ time: ContextAttribute.scheduledTime }),
          retryAttempts: 2,
          maxEventAge: Duration.hours(1),
          deadLetterQueue: props.undelivered,
        }),
      });
      // The group's name is a literal, no reference: without this the schedule may come before its group.
      schedule.node.addDependency(group);
      this.schedules.push(schedule);
      const functionId = this.resolve((fn.function.node.defaultChild as CfnFunction).logicalId) as string;
      Validations.of(role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${functionId}.Arn>:*]`,
        reason: `grantInvoke adds the versions and aliases of ${fn.functionName} (\`:*\`); no other function is reachable`,
      });
    }
  }

  /** Created with the service's first job; only this account's Scheduler may assume it (confused-deputy guard). */
  private scheduling(): Role {
    this.schedulerRole ??= new Role(this, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }),
      description: `${this.config.prefix}-${this.service}: EventBridge Scheduler invoking the job functions`,
    });
    return this.schedulerRole;
  }

  /** A function of the service, with access to the service's table and the personal-data keys. */
  private serviceFunction(
    handler: HandlerModule,
    options: { name: string; description: string; timeout?: Duration; role?: ExecutionRole; divisionDataOf?: string },
  ): ServiceFunction {
    const { manifest } = this;
    const name = `${manifest.service}-${options.name}`;
    if (this.functions.some((fn) => fn.functionName === `${this.config.prefix}-${name}`)) {
      throw new Error(`two functions of ${manifest.service} would be named ${name}; rename an operation, subscription or job`);
    }
    const fn = new ServiceFunction(this, `Fn-${name}`, {
      config: this.config,
      name,
      entry: handlerEntry(manifest, handler),
      description: options.description.slice(0, 256),
      ...(options.timeout ? { timeout: options.timeout } : {}),
      ...(options.role ? { role: options.role } : {}),
      ...(options.divisionDataOf ? { divisionDataOf: options.divisionDataOf } : {}),
    });
    // The manifest does not say which handlers touch personal data or files, so every service function may
    // (files only under its own service's prefix).
    fn.bindTable(this.table, 'RW').bindPiiKeys(this.data.piiKeys).bindObjects(this.data.objects, manifest.service);
    if (manifest.sendsMessages) fn.bindMessaging(this.config.emailFrom);
    this.functions.push(fn);
    return fn;
  }
}
