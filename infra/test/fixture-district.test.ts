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
let api: Template;

beforeAll(() => {
  // Prepare: a district running only the fixture service, signing in through an external issuer.
  app = new App({ context });
  const config = districtConfig('350203', { '350203': { tokenIssuer: issuer } });
  const stacks = addDistrict(app, config, { env, manifests: [choresManifest] });
  data = Template.fromStack(stacks.data);
  api = Template.fromStack(stacks.api);
});

describe('scheduled jobs', () => {
  it('runs each manifest job on its cron in Asia/Shanghai time, with the scheduled time as input', () => {
    api.hasResourceProperties('AWS::Scheduler::ScheduleGroup', { Name: 'shequ-350203' });
    api.hasResourceProperties('AWS::Scheduler::Schedule', {
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
    const broken = {
      ...choresManifest,
      schedules: choresManifest.schedules.map((job) => ({ ...job, cron: '0 2 * * *' })),
    };
    const other = new App({ context });
    expect(() => addDistrict(other, districtConfig('370871'), { env, manifests: [broken] })).toThrow(/six fields/);
  });
});

describe('routes', () => {
  it('gives each route its own function, even when routes share a handler module', () => {
    api.hasResourceProperties('AWS::Lambda::Function', { FunctionName: 'shequ-350203-chores-list-chores' });
    api.hasResourceProperties('AWS::Lambda::Function', { FunctionName: 'shequ-350203-chores-show-chores-board' });
    api.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'GET /chores/board', AuthorizationType: 'NONE' });
    api.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'GET /chores', AuthorizationType: 'JWT' });
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
