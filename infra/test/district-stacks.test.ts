import { fileURLToPath } from 'node:url';
import { batchSizeOf } from '@shequ/kit';
import { allManifests } from '@shequ/manifests';
import { App, type CfnResource, type NestedStack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { CachePolicy, OriginRequestPolicy } from 'aws-cdk-lib/aws-cloudfront';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_RECEIVE_COUNT } from '../lib/constructs/event-subscription.ts';
import { districtConfig } from '../lib/district-config.ts';
import { APP_CONTEXT, addDistrict, type DistrictStacks } from '../lib/district-stacks.ts';

type Resource = { Type: string; Properties: Record<string, unknown>; DeletionPolicy?: string; UpdateReplacePolicy?: string };
type Resources = Record<string, Resource>;

const CODES = ['350203', '370871'] as const;

/** The property that carries each named resource type's physical name. */
const NAME_PROPERTY: Record<string, string> = {
  'AWS::DynamoDB::GlobalTable': 'TableName',
  'AWS::Events::EventBus': 'Name',
  'AWS::Events::Rule': 'Name',
  'AWS::SQS::Queue': 'QueueName',
  'AWS::SNS::Topic': 'TopicName',
  'AWS::Lambda::Function': 'FunctionName',
  'AWS::Logs::LogGroup': 'LogGroupName',
  'AWS::Cognito::UserPool': 'UserPoolName',
  'AWS::Cognito::UserPoolClient': 'ClientName',
  'AWS::ApiGatewayV2::Api': 'Name',
  'AWS::CloudWatch::Alarm': 'AlarmName',
  'AWS::KMS::Alias': 'AliasName',
  'AWS::Scheduler::Schedule': 'Name',
  'AWS::Scheduler::ScheduleGroup': 'Name',
};

/** CloudFormation allows 500; a template past this has room for a few routes more, not for a service. */
const RESOURCE_BUDGET = 450;

/** A service's nested stack, its template, and its template as the parent fills in its parameters. */
interface ServiceTemplate {
  readonly service: string;
  readonly stack: NestedStack;
  readonly template: Template;
  readonly inlined: Template;
}

interface District extends DistrictStacks {
  readonly dataTemplate: Template;
  /** `Shequ-<code>-Api` itself: the API, the outbox publisher, the shared queues and the alarm topic. */
  readonly apiTemplate: Template;
  readonly serviceTemplates: readonly ServiceTemplate[];
  /** `Shequ-<code>-Api/Console`: the console's site and sign-in client, with the api stack's parameters filled in. */
  readonly consoleTemplate: Template;
}

let districts: Record<string, District>;
let app: App;

beforeAll(() => {
  // Prepare: both districts side by side in one app, as they would share an account. No function is
  // bundled: the assertions never look inside a bundle (function-bundles.test.ts loads every one). The console
  // counts as not built, whatever the working tree holds (fixture-district.test.ts deploys a build).
  app = new App({ context: { ...APP_CONTEXT, 'aws:cdk:bundling-stacks': [] } });
  const env = { region: 'cn-northwest-1', account: '123456789012' };
  const consoleBuild = fileURLToPath(new URL('./fixtures/no-console-build/', import.meta.url));
  const built = CODES.map((code) => [code, addDistrict(app, districtConfig(code), { env, consoleBuild })] as const);
  districts = Object.fromEntries(
    built.map(([code, stacks]) => {
      const apiTemplate = Template.fromStack(stacks.api);
      const serviceTemplates = [...stacks.api.services].map(([service, stack]) => {
        const template = Template.fromStack(stack);
        return { service, stack, template, inlined: inlineParameters(apiTemplate, stack, template) };
      });
      const consoleTemplate = inlineParameters(apiTemplate, stacks.api.console, Template.fromStack(stacks.api.console));
      return [code, { ...stacks, dataTemplate: Template.fromStack(stacks.data), apiTemplate, serviceTemplates, consoleTemplate }];
    }),
  );
  // Synthesising two districts takes 20–60 s on 2 busy cores: more than the default hook limit allows.
}, 300_000);

/**
 * A nested template with each `{ Ref: <parameter> }` replaced by the value the parent stack passes, so a
 * reference across the boundary reads as a reference to the parent's resource.
 */
function inlineParameters(parent: Template, nested: NestedStack, template: Template): Template {
  const resource = nested.nestedStackResource as CfnResource;
  const id = nested.nestedStackParent?.resolve(resource.logicalId) as string;
  const passed = (parent.toJSON().Resources[id]?.Properties?.Parameters ?? {}) as Record<string, unknown>;
  const inline = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(inline);
    if (value === null || typeof value !== 'object') return value;
    const entries = Object.entries(value);
    const [[key, ref] = []] = entries;
    if (entries.length === 1 && key === 'Ref' && typeof ref === 'string' && ref in passed) return passed[ref];
    return Object.fromEntries(entries.map(([name, child]) => [name, inline(child)]));
  };
  return Template.fromJSON(inline(template.toJSON()) as Record<string, unknown>);
}

function district(code: string): District {
  const found = districts[code];
  if (!found) throw new Error(`district ${code} was not synthesised`);
  return found;
}

function serviceTemplate(code: string, service: string): ServiceTemplate {
  const found = district(code).serviceTemplates.find((candidate) => candidate.service === service);
  if (!found) throw new Error(`district ${code} has no nested stack for ${service}`);
  return found;
}

function resources(template: Template, type?: string): Resources {
  const all = Object.entries(template.toJSON().Resources as Record<string, Partial<Resource> & { Type: string }>);
  return Object.fromEntries(
    all
      .filter(([, resource]) => !type || resource.Type === type)
      .map(([id, resource]) => [id, { ...resource, Properties: resource.Properties ?? {} }]),
  );
}

/** The api stack's own template, then each service's nested one. */
function apiTemplatesOf(code: string): Template[] {
  const { apiTemplate, serviceTemplates } = district(code);
  return [apiTemplate, ...serviceTemplates.map(({ template }) => template)];
}

/** Every template a district deploys, nested ones included. */
function templatesOf(code: string): Template[] {
  return [district(code).dataTemplate, ...apiTemplatesOf(code)];
}

/** Resources of a type in the api stack and its nested stacks; logical ids are unique per template only. */
function apiResources(code: string, type: string): Resource[] {
  return apiTemplatesOf(code).flatMap((template) => Object.values(resources(template, type)));
}

function physicalNames(code: string): string[] {
  return templatesOf(code).flatMap((template) =>
    Object.values(resources(template)).flatMap((resource) => {
      const property = NAME_PROPERTY[resource.Type];
      if (!property) return [];
      const name = resource.Properties[property];
      if (typeof name !== 'string') throw new Error(`${resource.Type} has no literal ${property}`);
      return [`${resource.Type} ${name}`];
    }),
  );
}

const routeCount = allManifests.flatMap((manifest) => manifest.routes).length;
const subscriptionCount = allManifests.flatMap((manifest) => manifest.subscriptions).length;
/** One per route, subscription and job, and the outbox publisher. */
const functionCount = allManifests.flatMap((m) => [...m.routes, ...m.subscriptions, ...m.schedules]).length + 1;

describe.each(CODES)('district %s', (code) => {
  it('gives every named resource a name carrying the district code, and shares none with the other district', () => {
    const names = physicalNames(code);
    const other = new Set(physicalNames(CODES.find((candidate) => candidate !== code) ?? ''));

    expect(names.length).toBeGreaterThan(20);
    for (const name of names) expect(name).toContain(code);
    expect(names.filter((name) => other.has(name))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
  });

  it(`builds each service in a nested stack of its own and keeps every template within ${RESOURCE_BUDGET} resources`, () => {
    const { apiTemplate, serviceTemplates, data, api } = district(code);
    expect(serviceTemplates.map(({ stack }) => stack.node.path)).toEqual(
      allManifests.map((manifest) => `Shequ-${code}-Api/Service-${manifest.service}`),
    );
    // And the console's.
    apiTemplate.resourceCountIs('AWS::CloudFormation::Stack', allManifests.length + 1);

    const stacks = [data, api, ...serviceTemplates.map(({ stack }) => stack)];
    const counts = templatesOf(code).map((template, index) => [
      stacks[index]?.node.path,
      Object.keys(resources(template)).length,
    ]);
    expect(counts.filter(([, count]) => Number(count) > RESOURCE_BUDGET)).toEqual([]);
  });

  it('keeps one retained, protected, point-in-time-recoverable table per service, encrypted with its own key', () => {
    const { dataTemplate } = district(code);
    const tables = Object.values(resources(dataTemplate, 'AWS::DynamoDB::GlobalTable'));
    const keys = resources(dataTemplate, 'AWS::KMS::Key');

    expect(tables.map((table) => table.Properties.TableName).sort()).toEqual(
      allManifests.map((manifest) => `shequ-${code}-${manifest.table.name}`).sort(),
    );
    for (const table of tables) {
      expect(table.DeletionPolicy).toBe('Retain');
      expect(table.UpdateReplacePolicy).toBe('Retain');
      expect(table.Properties).toMatchObject({
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
        StreamSpecification: { StreamViewType: 'NEW_IMAGE' },
        TimeToLiveSpecification: { AttributeName: 'ttl', Enabled: true },
      });
      const [replica = {}] = table.Properties.Replicas as Record<string, unknown>[];
      expect(replica).toMatchObject({
        Region: 'cn-northwest-1',
        DeletionProtectionEnabled: true,
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      });
      const keyRef = (replica.SSESpecification as { KMSMasterKeyId: { 'Fn::GetAtt': [string, string] } }).KMSMasterKeyId;
      const key = keys[keyRef['Fn::GetAtt'][0]];
      expect(key?.Properties).toMatchObject({ EnableKeyRotation: true });
      expect(key?.DeletionPolicy).toBe('Retain');
    }
  });

  it('declares each manifest GSI with string pk/sk attributes', () => {
    const { dataTemplate } = district(code);
    for (const manifest of allManifests) {
      dataTemplate.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
        TableName: `shequ-${code}-${manifest.table.name}`,
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        ...(manifest.table.indexes.length > 0
          ? {
              GlobalSecondaryIndexes: manifest.table.indexes.map((index) =>
                Match.objectLike({
                  IndexName: index,
                  KeySchema: [
                    { AttributeName: `${index}pk`, KeyType: 'HASH' },
                    { AttributeName: `${index}sk`, KeyType: 'RANGE' },
                  ],
                }),
              ),
            }
          : {}),
      });
    }
  });

  it('retains a rotating key for personal data and an HMAC key for blind indexes', () => {
    const { dataTemplate } = district(code);
    dataTemplate.hasResource('AWS::KMS::Key', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }),
    });
    dataTemplate.hasResourceProperties('AWS::KMS::Alias', { AliasName: `alias/shequ-${code}-pii` });
    dataTemplate.hasResourceProperties('AWS::Events::EventBus', { Name: `shequ-${code}-events` });
    dataTemplate.hasResource('AWS::Cognito::UserPool', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({ DeletionProtection: 'ACTIVE', UserPoolName: `shequ-${code}-users` }),
    });
  });

  it('warns that a China region has no Cognito user pools to deploy', () => {
    Annotations.fromStack(district(code).data).hasWarning(
      `/Shequ-${code}-Data/Users`,
      Match.stringLikeRegexp('no Cognito user pools in cn-northwest-1'),
    );
  });

  it('runs every function on arm64 Node.js 24 with its own log group kept at least 180 days', () => {
    let seen = 0;
    for (const template of apiTemplatesOf(code)) {
      const functions = Object.values(resources(template, 'AWS::Lambda::Function'));
      const logGroups = resources(template, 'AWS::Logs::LogGroup');
      seen += functions.length;
      for (const fn of functions) {
        expect(fn.Properties).toMatchObject({ Architectures: ['arm64'], Runtime: 'nodejs24.x', Handler: 'index.handler' });
        const logGroupRef = (fn.Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
        const logGroup = logGroups[logGroupRef];
        expect(logGroup?.Properties.LogGroupName).toBe(`/aws/lambda/${fn.Properties.FunctionName}`);
        expect(logGroup?.Properties.RetentionInDays).toBeGreaterThanOrEqual(180);
      }
    }
    expect(seen).toBe(functionCount);
  });

  it('gives every service function the environment the kit parses', () => {
    const serviceFunctions = apiResources(code, 'AWS::Lambda::Function').filter(
      (fn) => fn.Properties.FunctionName !== `shequ-${code}-outbox-publisher`,
    );
    expect(serviceFunctions).toHaveLength(functionCount - 1);
    for (const fn of serviceFunctions) {
      expect((fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables).toMatchObject({
        DISTRICT: code,
        TABLE_NAME_PREFIX: 'shequ',
        LOG_LEVEL: 'info',
        PII_KMS_KEY_ID: expect.anything(),
        PII_MAC_KEY_ID: expect.anything(),
        OBJECT_BUCKET: `shequ-${code}-objects-123456789012`,
      });
    }
  });

  it('lets only the services that send messages publish SMS and send e-mail, as the district’s sender', () => {
    const config = districtConfig(code);
    for (const manifest of allManifests) {
      const text = JSON.stringify(serviceTemplate(code, manifest.service).template.toJSON());
      expect(text.includes('"sns:Publish"')).toBe(manifest.sendsMessages === true);
      expect(text.includes('"ses:SendEmail"')).toBe(manifest.sendsMessages === true);
      if (manifest.sendsMessages) {
        expect(text).toContain(`"EMAIL_FROM":"${config.emailFrom}"`);
        expect(text).toContain(`:identity/${config.emailFrom.split('@')[1]}`);
      }
    }
    expect(allManifests.some((manifest) => manifest.sendsMessages)).toBe(true);
  });

  it('lets the route functions of a service share one role, and every consumer and job keep its own', () => {
    const target = (value: unknown) => (value as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
    for (const manifest of allManifests) {
      const { template } = serviceTemplate(code, manifest.service);
      const functions = resources(template, 'AWS::Lambda::Function');
      const invokedByApi = new Set(
        Object.values(resources(template, 'AWS::Lambda::Permission'))
          .filter((permission) => permission.Properties.Principal === 'apigateway.amazonaws.com')
          .map((permission) => target(permission.Properties.FunctionName)),
      );
      const roles = (routes: boolean) =>
        Object.entries(functions)
          .filter(([id]) => invokedByApi.has(id) === routes)
          .map(([, fn]) => target(fn.Properties.Role));

      expect(invokedByApi.size).toBe(manifest.routes.length);
      expect(new Set(roles(true)).size).toBe(manifest.routes.length > 0 ? 1 : 0);
      const others = roles(false);
      expect(others).toHaveLength(manifest.subscriptions.length + manifest.schedules.length);
      expect(new Set([...others, ...roles(true)]).size).toBe(others.length + (manifest.routes.length > 0 ? 1 : 0));
    }
  });

  it('sends every queue that is not itself a dead-letter queue to one after its receives (5 unless the subscription says), encrypted and TLS only', () => {
    const { apiTemplate, serviceTemplates } = district(code);
    // The api stack's queues are dead-letter queues of what the services' nested stacks build, too.
    const fromServices = serviceTemplates.map(({ inlined }) => JSON.stringify(inlined.toJSON()));
    const working: string[] = [];
    let queueCount = 0;
    for (const template of apiTemplatesOf(code)) {
      const queues = resources(template, 'AWS::SQS::Queue');
      const json = [JSON.stringify(template.toJSON()), ...(template === apiTemplate ? fromServices : [])].join('\n');
      const isDeadLetterQueue = (id: string) =>
        Object.values(queues).some((queue) => JSON.stringify(queue.Properties.RedrivePolicy ?? {}).includes(`"${id}"`)) ||
        new RegExp(`"(DeadLetterConfig|OnFailure)":\\{"(Arn|Destination)":\\{"Fn::GetAtt":\\["${id}"`).test(json);

      queueCount += Object.keys(queues).length;
      for (const [id, queue] of Object.entries(queues)) {
        expect(queue.Properties.SqsManagedSseEnabled).toBe(true);
        if (!isDeadLetterQueue(id)) {
          working.push(id);
          // The queue's name says which subscription it serves, and that one may ask for fewer receives.
          const name = String(queue.Properties.QueueName);
          const subscription = allManifests
            .flatMap((manifest) =>
              manifest.subscriptions.map((s) => ({ ...s, queue: `shequ-${code}-${manifest.service}-${s.name}` })),
            )
            .find((s) => s.queue === name);
          expect(queue.Properties.RedrivePolicy).toMatchObject({
            deadLetterTargetArn: { 'Fn::GetAtt': [expect.any(String), 'Arn'] },
            maxReceiveCount: subscription?.maxReceiveCount ?? MAX_RECEIVE_COUNT,
          });
        }
        template.hasResourceProperties('AWS::SQS::QueuePolicy', {
          Queues: [{ Ref: id }],
          PolicyDocument: {
            Statement: Match.arrayWith([
              Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
            ]),
          },
        });
      }
    }
    expect(queueCount).toBeGreaterThan(working.length);
    expect(working.length).toBe(subscriptionCount);
  });

  it('routes every manifest route in its service stack, through the one JWT authorizer unless the route is public', () => {
    const { apiTemplate } = district(code);
    const [apiId] = Object.keys(resources(apiTemplate, 'AWS::ApiGatewayV2::Api'));
    // The authorizer binds once, beside the API; the services' routes reach both through parameters.
    const authorizers = Object.keys(resources(apiTemplate, 'AWS::ApiGatewayV2::Authorizer'));
    expect(authorizers).toHaveLength(1);
    expect(apiResources(code, 'AWS::ApiGatewayV2::Authorizer')).toHaveLength(1);
    expect(apiResources(code, 'AWS::ApiGatewayV2::Route')).toHaveLength(routeCount);

    for (const manifest of allManifests) {
      const { inlined } = serviceTemplate(code, manifest.service);
      expect(Object.keys(resources(inlined, 'AWS::ApiGatewayV2::Route'))).toHaveLength(manifest.routes.length);
      for (const { route } of manifest.routes) {
        inlined.hasResourceProperties('AWS::ApiGatewayV2::Route', {
          ApiId: { Ref: apiId },
          RouteKey: `${route.method} ${route.path}`,
          AuthorizationType: route.auth === 'jwt' ? 'JWT' : 'NONE',
          AuthorizerId: route.auth === 'jwt' ? { Ref: authorizers[0] } : Match.absent(),
        });
      }
      for (const integration of Object.values(resources(inlined, 'AWS::ApiGatewayV2::Integration'))) {
        expect(integration.Properties.ApiId).toEqual({ Ref: apiId });
      }
    }
    apiTemplate.hasResourceProperties('AWS::ApiGatewayV2::Api', { Name: `shequ-${code}-api` });
    apiTemplate.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('requestId') },
      DefaultRouteSettings: { ThrottlingRateLimit: Match.anyValue(), ThrottlingBurstLimit: Match.anyValue() },
    });
  });

  it('routes each subscribed event type from the bus to its queue with the envelope as the body', () => {
    for (const manifest of allManifests) {
      const { template } = serviceTemplate(code, manifest.service);
      for (const subscription of manifest.subscriptions) {
        template.hasResourceProperties('AWS::Events::Rule', {
          Name: `shequ-${code}-${manifest.service}-${subscription.name}`,
          EventPattern: { 'detail-type': [...subscription.events] },
          Targets: [Match.objectLike({ InputPath: '$.detail', DeadLetterConfig: Match.anyValue() })],
        });
        const batchSize = batchSizeOf(subscription);
        template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
          FunctionName: { Ref: Match.stringLikeRegexp(`Fn${manifest.service}${subscription.name.replaceAll('-', '')}`) },
          FunctionResponseTypes: ['ReportBatchItemFailures'],
          // The subscription's batch, with the window Lambda requires above ten.
          BatchSize: batchSize,
          MaximumBatchingWindowInSeconds: batchSize > 10 ? 1 : Match.absent(),
        });
      }
    }
  });

  it('publishes outbox inserts from every table stream, bisecting and parking failures', () => {
    const mappings = apiResources(code, 'AWS::Lambda::EventSourceMapping').filter(
      (mapping) => mapping.Properties.StartingPosition !== undefined,
    );
    expect(mappings).toHaveLength(allManifests.length);
    for (const mapping of mappings) {
      expect(mapping.Properties).toMatchObject({
        BisectBatchOnFunctionError: true,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        DestinationConfig: { OnFailure: { Destination: expect.anything() } },
      });
      const [filter] = (mapping.Properties.FilterCriteria as { Filters: { Pattern: string }[] }).Filters;
      expect(JSON.parse(filter?.Pattern ?? '{}')).toEqual({
        eventName: ['INSERT'],
        dynamodb: { Keys: { pk: { S: [{ prefix: 'OUTBOX#' }] } } },
      });
    }
  });

  it('rules the records the publisher parks into the outbox-failed queue, which the stream failures share', () => {
    const { apiTemplate } = district(code);
    const [failed] = Object.entries(resources(apiTemplate, 'AWS::SQS::Queue')).find(
      ([, queue]) => queue.Properties.QueueName === `shequ-${code}-outbox-failed`,
    ) ?? [''];
    apiTemplate.hasResourceProperties('AWS::Events::Rule', {
      Name: `shequ-${code}-outbox-unreadable`,
      EventPattern: { source: ['shequ.outbox'], 'detail-type': ['OutboxRecordUnreadable'] },
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [failed, 'Arn'] }, DeadLetterConfig: Match.anyValue() })],
    });
    for (const mapping of apiResources(code, 'AWS::Lambda::EventSourceMapping')) {
      if (mapping.Properties.StartingPosition === undefined) continue;
      expect(mapping.Properties.DestinationConfig).toEqual({ OnFailure: { Destination: { 'Fn::GetAtt': [failed, 'Arn'] } } });
    }
  });

  it('alarms on every dead-letter queue, every consumer falling behind, API 5xx, publisher errors and stream age, all on the district topic', () => {
    const { apiTemplate, serviceTemplates } = district(code);
    const alarms = apiResources(code, 'AWS::CloudWatch::Alarm');
    const names = alarms.map((alarm) => alarm.Properties.AlarmName);
    const queues = apiResources(code, 'AWS::SQS::Queue');
    const dlqAlarms = alarms.filter((alarm) => alarm.Properties.MetricName === 'ApproximateNumberOfMessagesVisible');

    expect(names).toEqual(expect.arrayContaining([`shequ-${code}-api-5xx`, `shequ-${code}-outbox-publisher-errors`]));
    expect(dlqAlarms.length).toBe(queues.length - subscriptionCount);
    // Each consumer's queue alarms once its oldest event has waited longer than all its receives take.
    for (const manifest of allManifests) {
      for (const subscription of manifest.subscriptions) {
        const queue = `shequ-${code}-${manifest.service}-${subscription.name}`;
        const [queueId] = Object.entries(resources(serviceTemplate(code, manifest.service).template, 'AWS::SQS::Queue')).find(
          ([, resource]) => resource.Properties.QueueName === queue,
        ) ?? [''];
        const visibility = Number(
          resources(serviceTemplate(code, manifest.service).template, 'AWS::SQS::Queue')[queueId]?.Properties.VisibilityTimeout,
        );
        serviceTemplate(code, manifest.service).template.hasResourceProperties('AWS::CloudWatch::Alarm', {
          AlarmName: `${queue}-behind`,
          MetricName: 'ApproximateAgeOfOldestMessage',
          Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }],
          Statistic: 'Maximum',
          // All its receives plus five minutes, rounded up to whole minutes.
          Threshold: Math.ceil(((subscription.maxReceiveCount ?? MAX_RECEIVE_COUNT) * visibility + 300) / 60) * 60,
        });
      }
    }
    // The publisher's stream iterator age, in milliseconds: records older than five minutes wait.
    apiTemplate.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: `shequ-${code}-outbox-iterator-age`,
      MetricName: 'IteratorAge',
      Namespace: 'AWS/Lambda',
      Statistic: 'Maximum',
      Threshold: 300_000,
    });
    const [topic] = Object.keys(resources(apiTemplate, 'AWS::SNS::Topic'));
    for (const template of [apiTemplate, ...serviceTemplates.map(({ inlined }) => inlined)]) {
      for (const alarm of Object.values(resources(template, 'AWS::CloudWatch::Alarm'))) {
        expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topic }]);
      }
    }
  });

  it('writes no partition into an ARN and no example.com into any template', () => {
    for (const template of [...templatesOf(code), district(code).consoleTemplate]) {
      expect(JSON.stringify(template.toJSON())).not.toMatch(/arn:aws[a-z-]*:/);
      expect(JSON.stringify(template.toJSON())).not.toContain('example.com');
    }
  });
});

describe.each(CODES)('district %s console', (code) => {
  const distribution = () =>
    Object.values(resources(district(code).consoleTemplate, 'AWS::CloudFront::Distribution'))[0]?.Properties
      .DistributionConfig as {
      Origins: { Id: string; DomainName: unknown; OriginAccessControlId?: unknown; S3OriginConfig?: unknown }[];
      DefaultCacheBehavior: Record<string, unknown>;
      CacheBehaviors: Record<string, unknown>[];
      CustomErrorResponses?: unknown;
      Logging?: unknown;
    };
  const logicalId = (template: Template, type: string) => Object.keys(resources(template, type))[0] ?? '';

  it('serves the console from a private, TLS-only bucket through an origin access identity, as China’s CloudFront allows', () => {
    const { consoleTemplate: template } = district(code);
    const [bucket] = Object.entries(resources(template, 'AWS::S3::Bucket')).filter(
      ([, resource]) => resource.Properties.LoggingConfiguration !== undefined,
    );
    const [bucketId] = bucket ?? [''];

    expect(bucket?.[1].Properties).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: bucketId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
    // CloudFormation in China has neither origin access control nor CloudFront Functions.
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 0);
    template.resourceCountIs('AWS::CloudFront::Function', 0);
    const oai = logicalId(template, 'AWS::CloudFront::CloudFrontOriginAccessIdentity');
    const s3 = distribution().Origins.find((origin) => origin.S3OriginConfig !== undefined);
    expect(s3?.DomainName).toEqual({ 'Fn::GetAtt': [bucketId, 'RegionalDomainName'] });
    expect(JSON.stringify(s3?.S3OriginConfig)).toContain(oai);
    expect(distribution().Logging).toMatchObject({ Prefix: 'cloudfront/' });
  });

  it('sends the API paths to the HTTP API uncached with every method and header but Host, the rest to the bucket', () => {
    const { apiTemplate } = district(code);
    const [apiId] = Object.keys(resources(apiTemplate, 'AWS::ApiGatewayV2::Api'));
    const config = distribution();
    const api = config.Origins.find((origin) => origin.S3OriginConfig === undefined);
    const s3 = config.Origins.find((origin) => origin.S3OriginConfig !== undefined);
    expect(config.Origins).toHaveLength(2);
    expect(JSON.stringify(api?.DomainName)).toContain(JSON.stringify({ Ref: apiId }));

    const apiPaths = [...allManifests.map((manifest) => `/${manifest.service}/*`), '/openapi.json', '/docs'];
    expect(apiPaths).toEqual(expect.arrayContaining(['/registry/*', '/subsidies/*', '/cases/*', '/statistics/*']));
    for (const path of apiPaths) {
      expect(config.CacheBehaviors).toContainEqual(
        expect.objectContaining({
          PathPattern: path,
          TargetOriginId: api?.Id,
          CachePolicyId: CachePolicy.CACHING_DISABLED.cachePolicyId,
          OriginRequestPolicyId: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER.originRequestPolicyId,
          AllowedMethods: expect.arrayContaining(['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE']),
          ViewerProtocolPolicy: 'https-only',
        }),
      );
    }
    expect(config.CacheBehaviors).toContainEqual(
      expect.objectContaining({
        PathPattern: '/assets/*',
        TargetOriginId: s3?.Id,
        CachePolicyId: CachePolicy.CACHING_OPTIMIZED.cachePolicyId,
      }),
    );
    expect(config.CacheBehaviors).toHaveLength(apiPaths.length + 1);
    // Error responses would rewrite the API's own 403 and 404 as the console's page.
    expect(config.CustomErrorResponses).toBeUndefined();
    expect(config.DefaultCacheBehavior).toMatchObject({ TargetOriginId: s3?.Id, ViewerProtocolPolicy: 'redirect-to-https' });
  });

  it('gives the console a public Cognito client with the code flow, returning to the distribution’s domain', () => {
    const { consoleTemplate: template, dataTemplate } = district(code);
    const distributionId = logicalId(template, 'AWS::CloudFront::Distribution');
    const onDistribution = (path: string) => ({
      'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId, 'DomainName'] }, path]],
    });
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ClientName: `shequ-${code}-console`,
      UserPoolId: { 'Fn::ImportValue': Match.stringLikeRegexp(`^Shequ-${code}-Data:.*UserPool`) },
      GenerateSecret: false,
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'profile', 'email'],
      CallbackURLs: [onDistribution('/auth/callback')],
      LogoutURLs: [onDistribution('/')],
      SupportedIdentityProviders: ['COGNITO'],
      ReadAttributes: Match.arrayWith(['custom:areas', 'custom:person', 'custom:role']),
    });
    template.hasResourceProperties('AWS::Cognito::ManagedLoginBranding', { UseCognitoProvidedValues: true });
    dataTemplate.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: `shequ-${code}`, ManagedLoginVersion: 2 });
    // The pool keeps the attributes the kit reads as custom:role, custom:areas, custom:person.
    dataTemplate.hasResourceProperties('AWS::Cognito::UserPool', {
      Schema: Match.arrayWith(['role', 'areas', 'person'].map((name) => Match.objectLike({ Name: name, Mutable: true }))),
    });
    dataTemplate.resourceCountIs('AWS::Cognito::UserPoolClient', 0);
  });

  it('lets the API’s authorizer accept the console client’s tokens from the user pool', () => {
    const { apiTemplate } = district(code);
    const [consoleStack] = Object.entries(resources(apiTemplate, 'AWS::CloudFormation::Stack')).find(([id]) =>
      id.startsWith('Console'),
    ) ?? [''];
    apiTemplate.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      JwtConfiguration: {
        Issuer: { 'Fn::Join': ['', ['https://', { 'Fn::ImportValue': Match.stringLikeRegexp('ProviderURL') }]] },
        Audience: [{ 'Fn::GetAtt': [consoleStack, Match.stringLikeRegexp('^Outputs\\..*SignInClient')] }],
      },
    });
    apiTemplate.hasOutput('ConsoleUrl', {
      Value: { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [consoleStack, Match.stringLikeRegexp('DomainName')] }, '/']] },
    });
  });

  it('deploys the placeholder page and config.json naming the pool, the client and the callback when the console is not built', () => {
    const { api, consoleTemplate: template } = district(code);
    const resolved = api.console.resolve(api.console.runtimeConfig) as Record<string, Record<string, unknown>>;
    const distributionId = logicalId(template, 'AWS::CloudFront::Distribution');

    expect(api.console.built).toBe(false);
    expect(resolved).toEqual({
      auth: {
        mode: 'oidc',
        authority: { 'Fn::Join': ['', ['https://', { 'Fn::ImportValue': expect.stringMatching(/ProviderURL/) }]] },
        clientId: { Ref: logicalId(template, 'AWS::Cognito::UserPoolClient') },
        redirectUri: { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId, 'DomainName'] }, '/auth/callback']] },
        postLogoutRedirectUri: { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId, 'DomainName'] }, '/']] },
        scope: 'openid profile email',
        apiToken: 'id',
      },
      district: { code, name: districtConfig(code).name },
    });
    // The placeholder index.html and config.json, revalidated on every request; and, with no client-route
    // function in China, a copy of the page where sign-in returns.
    template.resourceCountIs('Custom::CDKBucketDeployment', 2);
    template.hasResourceProperties('Custom::CDKBucketDeployment', {
      SourceObjectKeys: [Match.anyValue(), Match.anyValue()],
      SystemMetadata: { 'cache-control': 'no-cache' },
      Prune: true,
      Exclude: ['assets/*', 'auth/callback'],
    });
    template.hasResourceProperties('Custom::CDKBucketDeployment', {
      SourceObjectKeys: [Match.anyValue()],
      SystemMetadata: { 'cache-control': 'no-cache', 'content-type': 'text/html; charset=utf-8' },
      Prune: false,
    });
  });

  it('warns that CloudFront in a China region needs a console domain and cannot route client paths', () => {
    // Read off the construct: collecting a whole stack's annotations costs seconds.
    const warnings = district(code)
      .api.console.site.node.metadata.filter((entry) => entry.type === 'aws:cdk:warning')
      .map((entry) => String(entry.data));
    expect(warnings).toEqual([
      expect.stringMatching(/cn-northwest-1 .*consoleDomain with an ICP filing/),
      expect.stringMatching(/no CloudFront Functions in cn-northwest-1/),
    ]);
  });
});

describe('cdk-nag AwsSolutions', () => {
  it('reports no error that is not acknowledged with a reason', () => {
    const report = new AwsSolutionsChecks(app).validateScope(app);
    const errors = report.violations
      .filter((violation) => violation.severity === 'error')
      .map(
        (violation) =>
          `${violation.ruleName}: ${violation.violatingResources.map((resource) => resource.constructPath).join(', ')}`,
      );
    expect(errors).toEqual([]);
  });
});
