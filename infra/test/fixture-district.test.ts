import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { districtConfig } from '../lib/district-config.ts';
import { APP_CONTEXT, addDistrict } from '../lib/district-stacks.ts';
import { choresManifest } from './fixtures/manifest.ts';

const issuer = { issuerUrl: 'https://sso.example.gov.cn/realms/350203', audience: ['shequ-app'] };
const env = { region: 'cn-northwest-1', account: '123456789012' };
// district-stacks.test.ts bundles real handlers; this file's assertions never look inside a bundle.
const context = { ...APP_CONTEXT, 'aws:cdk:bundling-stacks': [] };

let app: App;
let data: Template;
/** `Shequ-350203-Api` itself: the API, its authorizer, the schedule group. */
let api: Template;
/** Its nested stack `Service-chores`: the service's functions, routes and jobs. */
let chores: Template;

beforeAll(() => {
  // Prepare: a district running only the fixture service, signing in through an external issuer.
  app = new App({ context });
  const config = districtConfig('350203', { '350203': { tokenIssuer: issuer } });
  const stacks = addDistrict(app, config, { env, manifests: [choresManifest] });
  data = Template.fromStack(stacks.data);
  api = Template.fromStack(stacks.api);
  const service = stacks.api.services.get('chores');
  if (!service) throw new Error('no nested stack for chores');
  chores = Template.fromStack(service);
});

describe('scheduled jobs', () => {
  it('runs each manifest job on its cron in Asia/Shanghai time, with the scheduled time as input', () => {
    api.hasResourceProperties('AWS::Scheduler::ScheduleGroup', { Name: 'shequ-350203' });
    // The group is the district's, in the api stack; the service's nested stack waits for it.
    const [group] = Object.keys(api.findResources('AWS::Scheduler::ScheduleGroup'));
    api.hasResource('AWS::CloudFormation::Stack', { DependsOn: Match.arrayWith([group]) });
    chores.hasResourceProperties('AWS::Scheduler::Schedule', {
      Name: 'shequ-350203-chores-tidy-up',
      GroupName: Match.anyValue(),
      ScheduleExpression: 'cron(0 2 * * ? *)',
      ScheduleExpressionTimezone: 'Asia/Shanghai',
      Target: Match.objectLike({
        Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('Fnchorestidyup'), 'Arn'] },
        Input: JSON.stringify({ time: '<aws.scheduler.scheduled-time>' }),
        DeadLetterConfig: Match.anyValue(),
      }),
    });
  });

  it('rejects a cron that is not in the six-field EventBridge form', () => {
    for (const cron of ['0 2 * * ? *', 'cron(0 2 * * *)', 'cron(cron(0 2 * * ? *))']) {
      const broken = { ...choresManifest, schedules: choresManifest.schedules.map((job) => ({ ...job, cron })) };
      const other = new App({ context });
      expect(() => addDistrict(other, districtConfig('370871'), { env, manifests: [broken] })).toThrow(/six fields/);
    }
  });
});

describe('routes', () => {
  it('gives each route its own function, even when routes share a handler module', () => {
    chores.hasResourceProperties('AWS::Lambda::Function', { FunctionName: 'shequ-350203-chores-list-chores' });
    chores.hasResourceProperties('AWS::Lambda::Function', { FunctionName: 'shequ-350203-chores-show-chores-board' });
    chores.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'GET /chores/board', AuthorizationType: 'NONE' });
    chores.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'GET /chores', AuthorizationType: 'JWT' });
    api.resourceCountIs('AWS::ApiGatewayV2::Route', 0);
  });

  it('lets both route functions share a role that may write to both their log groups, and the job keep its own', () => {
    const functions = Object.values(chores.findResources('AWS::Lambda::Function'));
    const fn = (name: string) =>
      functions.find((candidate) => candidate.Properties.FunctionName === `shequ-350203-chores-${name}`);
    const routeRole: string = fn('list-chores')?.Properties.Role['Fn::GetAtt'][0];

    expect(fn('show-chores-board')?.Properties.Role).toEqual({ 'Fn::GetAtt': [routeRole, 'Arn'] });
    expect(fn('tidy-up')?.Properties.Role).not.toEqual({ 'Fn::GetAtt': [routeRole, 'Arn'] });
    chores.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: routeRole }],
      PolicyDocument: {
        Statement: Match.arrayWith(
          ['list-chores', 'show-chores-board'].map((name) =>
            Match.objectLike({
              Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
              Resource: { 'Fn::GetAtt': [fn(name)?.Properties.LoggingConfig.LogGroup.Ref, 'Arn'] },
            }),
          ),
        ),
      },
    });
  });
});

describe('object bucket', () => {
  it('keeps files private, encrypted and short-lived, and lets each service touch only its own prefix', () => {
    data.hasResourceProperties('AWS::S3::Bucket', {
      BucketName: 'shequ-350203-objects-123456789012',
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
      BucketEncryption: { ServerSideEncryptionConfiguration: [Match.objectLike({ BucketKeyEnabled: true })] },
      LifecycleConfiguration: { Rules: [Match.objectLike({ ExpirationInDays: 30, Status: 'Enabled' })] },
    });
    chores.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: 'shequ-350203-chores-list-chores',
      Environment: { Variables: Match.objectLike({ OBJECT_BUCKET: 'shequ-350203-objects-123456789012' }) },
    });
    chores.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          {
            Action: ['s3:GetObject', 's3:PutObject'],
            Effect: 'Allow',
            Resource: {
              'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::shequ-350203-objects-123456789012/chores/*']],
            },
          },
        ]),
      },
    });
  });
});

describe('external token issuer', () => {
  it('creates no user pool and points the JWT authorizer at the configured issuer', () => {
    data.resourceCountIs('AWS::Cognito::UserPool', 0);
    api.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      JwtConfiguration: { Issuer: issuer.issuerUrl, Audience: issuer.audience },
    });
  });
});

describe('cdk-nag AwsSolutions', () => {
  it('reports no unacknowledged error for public routes and schedules either', () => {
    const report = new AwsSolutionsChecks(app).validateScope(app);
    expect(report.violations.filter((violation) => violation.severity === 'error')).toEqual([]);
  });
});
