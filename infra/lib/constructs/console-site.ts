import { Annotations, Duration, RemovalPolicy, Stack, Token, Validations } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  type BehaviorOptions,
  CachePolicy,
  type CfnDistribution,
  Distribution,
  Function as EdgeFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import type { DistrictConfig } from '../district-config.ts';

export interface ConsoleSiteProps {
  readonly config: DistrictConfig;
  /** The district's HTTP API, reached through the same distribution. */
  readonly api: IHttpApi;
  /** Path patterns CloudFront sends to the API: `/registry/*`, `/openapi.json`… */
  readonly apiPaths: readonly string[];
}

/** The minimum TLS version viewers may use on a console domain (the default domain's certificate fixes its own). */
const VIEWER_TLS = SecurityPolicyProtocol.TLS_V1_2_2021;

/**
 * Sends every extension-less path (the console's client-side routes: `/persons/…`, `/auth/callback`) to
 * index.html. A function rather than custom error responses: those apply to the whole distribution and would
 * turn the API's own 403 and 404 answers into the console's page.
 */
const CLIENT_ROUTES = `function handler(event) {
  var request = event.request;
  if (request.uri.indexOf('.', request.uri.lastIndexOf('/')) === -1) request.uri = '/index.html';
  return request;
}`;

/** Whether CloudFront is China's: CloudFormation there has neither origin access control nor CloudFront Functions. */
export function isChinaRegion(scope: Construct): boolean {
  const { region } = Stack.of(scope);
  return !Token.isUnresolved(region) && region.startsWith('cn-');
}

/**
 * The console's hosting: a private bucket behind one CloudFront distribution that is also the browser's way
 * to the district's HTTP API, so the console and the API share an origin and need no CORS.
 *
 * Defaults: the bucket blocks all public access, takes TLS only, is S3-encrypted and readable only by this
 * distribution (origin access control); the build output is rebuilt at every deploy, so the bucket goes with
 * the stack. The distribution sends `apiPaths` to the API with caching disabled, every method allowed and
 * every viewer header but Host forwarded (Authorization, Idempotency-Key, content-type…); `/assets/*` (hashed
 * file names) to the bucket with long caching; everything else to the bucket through the client-route function,
 * with the managed security headers. Bucket access logs and CloudFront standard logs go to one retained log
 * bucket, kept as long as the district's logs; HTTP/2 and 3; viewers on HTTP are redirected to HTTPS, except on
 * API paths, where a redirect would drop a request's body. On the district's `consoleDomain` when it has one.
 * In China regions an origin access identity instead of origin access control and no client-route function
 * (neither exists there), so only `/` and what the bucket holds are served (see `ConsoleStack`).
 */
export class ConsoleSite extends Construct {
  readonly bucket: Bucket;
  readonly logs: Bucket;
  readonly distribution: Distribution;
  /** The host name browsers use: the console domain, or the distribution's own. */
  readonly domainName: string;
  /** Whether client routes reach index.html at the edge; not in China regions. */
  readonly routesClientPaths: boolean;

  constructor(scope: Construct, id: string, props: ConsoleSiteProps) {
    super(scope, id);
    const { config, api, apiPaths } = props;
    const stack = Stack.of(this);

    this.logs = new Bucket(this, 'Logs', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      // CloudFront's standard logs are delivered through the bucket's ACL.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(config.logRetention) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.logs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the log bucket of the console bucket and its distribution; logging it into itself would loop',
    });

    this.bucket = new Bucket(this, 'Bucket', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      serverAccessLogsBucket: this.logs,
      serverAccessLogsPrefix: 'bucket/',
      removalPolicy: RemovalPolicy.DESTROY,
      autoDeleteObjects: true,
    });

    const china = isChinaRegion(this);
    this.routesClientPaths = !china;
    const site = china
      ? S3BucketOrigin.withOriginAccessIdentity(this.bucket)
      : S3BucketOrigin.withOriginAccessControl(this.bucket);
    const siteBehavior = {
      origin: site,
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      cachePolicy: CachePolicy.CACHING_OPTIMIZED,
      responseHeadersPolicy: ResponseHeadersPolicy.SECURITY_HEADERS,
    } as const satisfies BehaviorOptions;
    const apiBehavior: BehaviorOptions = {
      origin: new HttpOrigin(`${api.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`, {
        protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
        originSslProtocols: [OriginSslPolicy.TLS_V1_2],
      }),
      viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
      allowedMethods: AllowedMethods.ALLOW_ALL,
      cachePolicy: CachePolicy.CACHING_DISABLED,
      // API Gateway answers only to its own host name.
      originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
    };
    const clientRoutes = china
      ? undefined
      : new EdgeFunction(this, 'ClientRoutes', {
          functionName: `${config.prefix}-console-routes`,
          comment: 'Client-side routes of the console to index.html',
          runtime: FunctionRuntime.JS_2_0,
          code: FunctionCode.fromInline(CLIENT_ROUTES),
        });

    const domain = config.consoleDomain;
    this.distribution = new Distribution(this, 'Distribution', {
      comment: `${config.name} (${config.code}) 社区服务平台控制台`,
      defaultRootObject: 'index.html',
      defaultBehavior: {
        ...siteBehavior,
        ...(clientRoutes
          ? { functionAssociations: [{ function: clientRoutes, eventType: FunctionEventType.VIEWER_REQUEST }] }
          : {}),
      },
      additionalBehaviors: {
        '/assets/*': siteBehavior,
        ...Object.fromEntries(apiPaths.map((path) => [path, apiBehavior])),
      },
      httpVersion: HttpVersion.HTTP2_AND_3,
      minimumProtocolVersion: VIEWER_TLS,
      enableLogging: true,
      logBucket: this.logs,
      logFilePrefix: 'cloudfront/',
      ...(domain?.acmCertificateArn
        ? {
            domainNames: [domain.domainName],
            certificate: Certificate.fromCertificateArn(this, 'Certificate', domain.acmCertificateArn),
          }
        : {}),
    });
    if (domain?.iamCertificateId) {
      // CloudFront in China takes certificates from IAM only, which the Distribution construct cannot name.
      const cfn = this.distribution.node.defaultChild as CfnDistribution;
      cfn.addPropertyOverride('DistributionConfig.Aliases', [domain.domainName]);
      cfn.addPropertyOverride('DistributionConfig.ViewerCertificate', {
        IamCertificateId: domain.iamCertificateId,
        SslSupportMethod: 'sni-only',
        MinimumProtocolVersion: VIEWER_TLS,
      });
    }
    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason: 'Staff and residents sign in from wherever they are; access is granted by account and area, not by country',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason:
          'The API behind it has its JWT authorizer and stage throttling; China regions offer WAF only regionally, not on CloudFront',
      },
    );
    if (!domain?.acmCertificateArn) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR4',
        reason: domain
          ? 'The IAM certificate is set with TLS 1.2 at least by a property override, which the check does not read'
          : 'Without a console domain the distribution serves on its default domain, whose certificate CloudFront fixes; a district with consoleDomain gets TLS 1.2 at least',
      });
    }
    if (china && !domain) {
      Annotations.of(this).addWarningV2(
        '@shequ/infra:console-domain-required',
        `CloudFront in ${stack.region} serves nothing on its default *.cloudfront.cn domain: give district ${config.code} ` +
          'a consoleDomain with an ICP filing and an IAM certificate (infra/lib/district-config.ts).',
      );
    }
    if (china) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR7',
        reason:
          'CloudFormation has no origin access control in China regions; the private bucket is read through an origin access identity',
      });
      Annotations.of(this).addWarningV2(
        '@shequ/infra:console-client-routes',
        `CloudFormation has no CloudFront Functions in ${stack.region}: the console opens at / and /auth/callback, ` +
          'but a page reloaded on another of its paths answers 403.',
      );
    }
    this.domainName = domain?.domainName ?? this.distribution.distributionDomainName;
  }

  /** `https://<domainName>`, where the console is and where sign-in returns to. */
  get origin(): string {
    return `https://${this.domainName}`;
  }
}
