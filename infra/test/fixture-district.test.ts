import { fileURLToPath } from 'node:url';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { districtConfig } from '../lib/district-config.ts';
import { APP_CONTEXT, addDistrict, type DistrictStacks } from '../lib/district-stacks.ts';
import { choresManifest } from './fixtures/manifest.ts';

const issuer = { issuerUrl: 'https://sso.example.gov.cn/realms/350203', audience: ['shequ-mobile', 'shequ-console'] };
const consoleDomain = { domainName: 'console.siming.example.gov.cn', iamCertificateId: 'ASCACKCEVSQ6C2EXAMPLE' };
/** A console build as Vite leaves it: index.html and hashed assets. */
const consoleBuild = fileURLToPath(new URL('./fixtures/console-build/', import.meta.url));
const env = { region: 'cn-northwest-1', account: '123456789012' };
// district-stacks.test.ts bundles real handlers; this file's assertions never look inside a bundle.
const context = { ...APP_CONTEXT, 'aws:cdk:bundling-stacks': [] };

let app: App;
let data: Template;
/** `Shequ-350203-Api` itself: the API, its authorizer, the schedule group. */
let api: Template;
/** Its nested stack `Service-chores`: the service's functions, routes and jobs. */
let chores: Template;
/** Its nested stack `Console`: the console's site and deployments. */
let consoleSite: Template;
let stacks: DistrictStacks;
/** The console of the same district outside China, signing in through its user pool. */
let globalConsole: Template;

beforeAll(() => {
  // Prepare: a China district running only the fixture service, signing in through an external issuer and
  // serving its console, built, on a domain of its own.
  app = new App({ context });
  const config = districtConfig('350203', {
    '350203': { tokenIssuer: { ...issuer, consoleClientId: 'shequ-console' }, consoleDomain },
  });
  stacks = addDistrict(app, config, { env, manifests: [choresManifest], consoleBuild });
  data = Template.fromStack(stacks.data);
  api = Template.fromStack(stacks.api);
  consoleSite = Template.fromStack(stacks.api.console);
  const global = addDistrict(new App({ context }), districtConfig('350203'), {
    env: { region: 'eu-central-1', account: '123456789012' },
    manifests: [choresManifest],
    consoleBuild,
  });
  globalConsole = Template.fromStack(global.api.console);
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
  it('creates no user pool, client or sign-in domain and points the JWT authorizer at the configured issuer', () => {
    for (const type of ['AWS::Cognito::UserPool', 'AWS::Cognito::UserPoolClient', 'AWS::Cognito::UserPoolDomain']) {
      data.resourceCountIs(type, 0);
      consoleSite.resourceCountIs(type, 0);
    }
    api.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      JwtConfiguration: { Issuer: issuer.issuerUrl, Audience: issuer.audience },
    });
  });

  it('tells the console to sign in at the external issuer, as its client, back on the console domain', () => {
    expect(stacks.api.console.resolve(stacks.api.console.runtimeConfig)).toEqual({
      auth: {
        mode: 'oidc',
        authority: issuer.issuerUrl,
        clientId: 'shequ-console',
        redirectUri: 'https://console.siming.example.gov.cn/auth/callback',
        postLogoutRedirectUri: 'https://console.siming.example.gov.cn/',
        scope: 'openid profile email',
        apiToken: 'id',
      },
      district: { code: '350203', name: '思明区' },
    });
    api.hasOutput('ConsoleUrl', { Value: 'https://console.siming.example.gov.cn/' });
  });
});

describe('console', () => {
  it('serves on the district’s console domain with its IAM certificate, as CloudFront in China requires', () => {
    consoleSite.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        Aliases: [consoleDomain.domainName],
        ViewerCertificate: {
          IamCertificateId: consoleDomain.iamCertificateId,
          SslSupportMethod: 'sni-only',
          MinimumProtocolVersion: 'TLSv1.2_2021',
        },
        CacheBehaviors: Match.arrayWith([Match.objectLike({ PathPattern: '/chores/*' })]),
      }),
    });
    // The domain is set, so only the warning about client routes remains.
    const warnings = stacks.api.console.site.node.metadata.filter((entry) => entry.type === 'aws:cdk:warning');
    expect(warnings.map((entry) => String(entry.data))).toEqual([expect.stringMatching(/no CloudFront Functions/)]);
  });

  it('deploys the hashed assets for a year, then index.html and config.json revalidated each time', () => {
    const deployments = consoleSite.findResources('Custom::CDKBucketDeployment');
    const [assets] = Object.entries(deployments).find(([, resource]) => resource.Properties.DestinationBucketKeyPrefix) ?? [''];

    expect(stacks.api.console.built).toBe(true);
    // And the copy of index.html where sign-in returns, China's CloudFront having no client-route function.
    expect(Object.keys(deployments)).toHaveLength(3);
    expect(deployments[assets]?.Properties).toMatchObject({
      DestinationBucketKeyPrefix: 'assets/',
      Prune: false,
      SystemMetadata: { 'cache-control': 'public, max-age=31536000, immutable' },
    });
    consoleSite.hasResource('Custom::CDKBucketDeployment', {
      DependsOn: [assets],
      Properties: Match.objectLike({
        SourceObjectKeys: [Match.anyValue(), Match.anyValue()],
        SystemMetadata: { 'cache-control': 'no-cache' },
        Prune: true,
        Exclude: ['assets/*', 'auth/callback'],
      }),
    });
  });

  it('writes no partition into an ARN', () => {
    for (const template of [consoleSite, globalConsole]) expect(JSON.stringify(template.toJSON())).not.toMatch(/arn:aws[a-z-]*:/);
  });
});

describe('console outside China', () => {
  it('reads the bucket through origin access control, which only this distribution may use', () => {
    const [oac] = Object.keys(globalConsole.findResources('AWS::CloudFront::OriginAccessControl'));
    const [distribution] = Object.keys(globalConsole.findResources('AWS::CloudFront::Distribution'));
    globalConsole.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: Match.objectLike({ OriginAccessControlOriginType: 's3', SigningBehavior: 'always' }),
    });
    globalConsole.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        Origins: Match.arrayWith([Match.objectLike({ OriginAccessControlId: { 'Fn::GetAtt': [oac, 'Id'] } })]),
      }),
    });
    globalConsole.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Action: 's3:GetObject',
            Principal: { Service: 'cloudfront.amazonaws.com' },
            Condition: { StringEquals: { 'AWS:SourceArn': Match.anyValue() } },
          }),
        ]),
      },
    });
    expect(distribution).toBeDefined();
    globalConsole.resourceCountIs('AWS::CloudFront::CloudFrontOriginAccessIdentity', 0);
  });

  it('sends extension-less paths, and only those, to index.html by a function of the default behaviour', () => {
    const [fnId, fn] = Object.entries(globalConsole.findResources('AWS::CloudFront::Function'))[0] ?? [];
    expect(fn?.Properties).toMatchObject({
      Name: 'shequ-350203-console-routes',
      FunctionConfig: { Runtime: 'cloudfront-js-2.0' },
    });
    globalConsole.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultCacheBehavior: Match.objectLike({
          FunctionAssociations: [{ EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [fnId, 'FunctionARN'] } }],
        }),
        CustomErrorResponses: Match.absent(),
      }),
    });
    const handler = new Function(`${fn?.Properties.FunctionCode}; return handler;`)() as (event: {
      request: { uri: string };
    }) => { uri: string };
    const route = (uri: string) => handler({ request: { uri } }).uri;

    for (const uri of ['/', '/persons', '/persons/350203006029-0001/edit', '/auth/callback'])
      expect(route(uri)).toBe('/index.html');
    for (const uri of ['/index.html', '/config.json', '/assets/index-3f2a1b.js', '/favicon.ico']) expect(route(uri)).toBe(uri);
    // Sign-in returns through the function, so no copy of the page is deployed.
    expect(Object.keys(globalConsole.findResources('Custom::CDKBucketDeployment'))).toHaveLength(2);
  });
});

describe('cdk-nag AwsSolutions', () => {
  it('reports no unacknowledged error for public routes and schedules either', () => {
    const report = new AwsSolutionsChecks(app).validateScope(app);
    expect(report.violations.filter((violation) => violation.severity === 'error')).toEqual([]);
  });
});
