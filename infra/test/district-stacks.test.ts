import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { allManifests } from '@shequ/manifests';
import { App } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
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

let districts: Record<string, DistrictStacks & { dataTemplate: Template; apiTemplate: Template }>;
let app: App;

beforeAll(() => {
  // Prepare: both districts side by side in one app, as they would share an account.
  app = new App({ context: APP_CONTEXT });
  const env = { region: 'cn-northwest-1', account: '123456789012' };
  const built = CODES.map((code) => [code, addDistrict(app, districtConfig(code), { env })] as const);
  districts = Object.fromEntries(
    built.map(([code, stacks]) => [
      code,
      { ...stacks, dataTemplate: Template.fromStack(stacks.data), apiTemplate: Template.fromStack(stacks.api) },
    ]),
  );
});

function district(code: string) {
  const found = districts[code];
  if (!found) throw new Error(`district ${code} was not synthesised`);
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

function templatesOf(code: string): Template[] {
  const { dataTemplate, apiTemplate } = district(code);
  return [dataTemplate, apiTemplate];
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

describe.each(CODES)('district %s', (code) => {
  it('gives every named resource a name carrying the district code, and shares none with the other district', () => {
    const names = physicalNames(code);
    const other = new Set(physicalNames(CODES.find((candidate) => candidate !== code) ?? ''));

    expect(names.length).toBeGreaterThan(20);
    for (const name of names) expect(name).toContain(code);
    expect(names.filter((name) => other.has(name))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
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
    const { apiTemplate } = district(code);
    const functions = Object.values(resources(apiTemplate, 'AWS::Lambda::Function'));
    const logGroups = resources(apiTemplate, 'AWS::Logs::LogGroup');

    expect(functions.length).toBeGreaterThan(0);
    for (const fn of functions) {
      expect(fn.Properties).toMatchObject({ Architectures: ['arm64'], Runtime: 'nodejs24.x', Handler: 'index.handler' });
      const logGroupRef = (fn.Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
      const logGroup = logGroups[logGroupRef];
      expect(logGroup?.Properties.LogGroupName).toBe(`/aws/lambda/${fn.Properties.FunctionName}`);
      expect(logGroup?.Properties.RetentionInDays).toBeGreaterThanOrEqual(180);
    }
  });

  it('gives every service function the environment the kit parses', () => {
    const { apiTemplate } = district(code);
    const serviceFunctions = Object.values(resources(apiTemplate, 'AWS::Lambda::Function')).filter(
      (fn) => fn.Properties.FunctionName !== `shequ-${code}-outbox-publisher`,
    );
    for (const fn of serviceFunctions) {
      expect((fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables).toMatchObject({
        DISTRICT: code,
        TABLE_NAME_PREFIX: 'shequ',
        LOG_LEVEL: 'info',
        PII_KMS_KEY_ID: expect.anything(),
        PII_MAC_KEY_ID: expect.anything(),
      });
    }
  });

  it('sends every queue that is not itself a dead-letter queue to one after 5 receives, encrypted and TLS only', () => {
    const { apiTemplate } = district(code);
    const queues = resources(apiTemplate, 'AWS::SQS::Queue');
    const json = JSON.stringify(apiTemplate.toJSON());
    const isDeadLetterQueue = (id: string) =>
      Object.values(queues).some((queue) => JSON.stringify(queue.Properties.RedrivePolicy ?? {}).includes(`"${id}"`)) ||
      new RegExp(`"(DeadLetterConfig|OnFailure)":\\{"(Arn|Destination)":\\{"Fn::GetAtt":\\["${id}"`).test(json);

    const working = Object.keys(queues).filter((id) => !isDeadLetterQueue(id));
    expect(working.length).toBe(allManifests.flatMap((manifest) => manifest.subscriptions).length);
    for (const [id, queue] of Object.entries(queues)) {
      expect(queue.Properties.SqsManagedSseEnabled).toBe(true);
      if (working.includes(id)) {
        expect(queue.Properties.RedrivePolicy).toMatchObject({
          deadLetterTargetArn: { 'Fn::GetAtt': [expect.any(String), 'Arn'] },
          maxReceiveCount: MAX_RECEIVE_COUNT,
        });
      }
      apiTemplate.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: id }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    }
  });

  it('routes every manifest route, with the JWT authorizer unless the route is public', () => {
    const { apiTemplate } = district(code);
    const routes = allManifests.flatMap((manifest) => manifest.routes.map(({ route }) => route));
    expect(Object.keys(resources(apiTemplate, 'AWS::ApiGatewayV2::Route'))).toHaveLength(routes.length);
    for (const route of routes) {
      apiTemplate.hasResourceProperties('AWS::ApiGatewayV2::Route', {
        RouteKey: `${route.method} ${route.path}`,
        AuthorizationType: route.auth === 'jwt' ? 'JWT' : 'NONE',
      });
    }
    apiTemplate.hasResourceProperties('AWS::ApiGatewayV2::Api', { Name: `shequ-${code}-api` });
    apiTemplate.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('requestId') },
      DefaultRouteSettings: { ThrottlingRateLimit: Match.anyValue(), ThrottlingBurstLimit: Match.anyValue() },
    });
  });

  it('routes each subscribed event type from the bus to its queue with the envelope as the body', () => {
    const { apiTemplate } = district(code);
    for (const manifest of allManifests) {
      for (const subscription of manifest.subscriptions) {
        apiTemplate.hasResourceProperties('AWS::Events::Rule', {
          Name: `shequ-${code}-${manifest.service}-${subscription.name}`,
          EventPattern: { 'detail-type': [...subscription.events] },
          Targets: [Match.objectLike({ InputPath: '$.detail', DeadLetterConfig: Match.anyValue() })],
        });
        apiTemplate.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
          FunctionName: { Ref: Match.stringLikeRegexp(`Fn${manifest.service}${subscription.name.replaceAll('-', '')}`) },
          FunctionResponseTypes: ['ReportBatchItemFailures'],
        });
      }
    }
  });

  it('publishes outbox inserts from every table stream, bisecting and parking failures', () => {
    const { apiTemplate } = district(code);
    const mappings = Object.values(resources(apiTemplate, 'AWS::Lambda::EventSourceMapping')).filter(
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

  it('alarms on every dead-letter queue, on API 5xx and on publisher errors', () => {
    const { apiTemplate } = district(code);
    const alarms = Object.values(resources(apiTemplate, 'AWS::CloudWatch::Alarm'));
    const names = alarms.map((alarm) => alarm.Properties.AlarmName);
    const queues = Object.keys(resources(apiTemplate, 'AWS::SQS::Queue'));
    const dlqAlarms = alarms.filter((alarm) => alarm.Properties.MetricName === 'ApproximateNumberOfMessagesVisible');

    expect(names).toEqual(expect.arrayContaining([`shequ-${code}-api-5xx`, `shequ-${code}-outbox-publisher-errors`]));
    expect(dlqAlarms.length).toBe(queues.length - allManifests.flatMap((manifest) => manifest.subscriptions).length);
    for (const alarm of alarms) expect(alarm.Properties.AlarmActions).toHaveLength(1);
  });

  it('writes no partition into an ARN', () => {
    for (const template of templatesOf(code)) {
      expect(JSON.stringify(template.toJSON())).not.toMatch(/arn:aws[a-z-]*:/);
    }
  });
});

describe('function bundles', () => {
  it('load on Node.js as ES modules exporting a handler', () => {
    const { directory } = app.synth();
    const bundles = readdirSync(directory)
      .filter((entry) => entry.startsWith('asset.'))
      .map((entry) => pathToFileURL(join(directory, entry, 'index.mjs')).href);
    // A plain Node process, as Lambda runs them; importing through vitest would transform megabytes.
    const script = `for (const url of ${JSON.stringify(bundles)}) console.log(typeof (await import(url)).handler);`;

    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, DISTRICT: '350203', AWS_REGION: 'cn-northwest-1', EVENT_BUS_NAME: 'bus' },
      encoding: 'utf8',
    });

    const functionCount = allManifests.flatMap((m) => [...m.routes, ...m.subscriptions, ...m.schedules]).length + 1;
    expect(output.trim().split('\n')).toEqual(Array(functionCount).fill('function'));
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
