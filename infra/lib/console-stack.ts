import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NestedStack, type NestedStackProps, Stack, Validations } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { type CfnPolicy, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { rules } from 'cdk-nag';
import type { Construct } from 'constructs';
import { ConsoleSite } from './constructs/console-site.ts';
import { CALLBACK_PATH, ConsoleClient, type SignInDirectory } from './constructs/user-directory.ts';
import type { DistrictConfig } from './district-config.ts';

/** Where the console's Vite build lands; deployed when it holds an index.html. */
export const CONSOLE_BUILD = fileURLToPath(new URL('../../packages/console/dist/', import.meta.url));

/** Who signs the tokens the API accepts. */
export interface TokenIssuer {
  readonly issuerUrl: string;
  /** Client ids, the `aud` of ID tokens. */
  readonly audience: readonly string[];
}

/**
 * `/config.json`, next to index.html: what the console learns at run time. In AWS:
 *
 *     { "auth": { "mode": "oidc", "authority": "https://cognito-idp.<region>.amazonaws.com/<pool id>",
 *                 "clientId": "…", "redirectUri": "https://<host>/auth/callback",
 *                 "postLogoutRedirectUri": "https://<host>/", "scope": "openid profile email",
 *                 "apiToken": "id" },
 *       "district": { "code": "350203", "name": "思明区" } }
 *
 * `authority` is the issuer of the API's tokens (the user pool, or the district's external issuer), whose
 * discovery document names the sign-in pages. `apiToken: "id"`: the console sends the ID token, since Cognito
 * puts `custom:role`, `custom:areas` and `custom:person` there only, and its `aud` is the client id the
 * authorizer checks. The local platform answers `{ "auth": { "mode": "local" }, "district": … }` itself.
 */
export interface ConsoleRuntimeConfig {
  readonly auth: {
    readonly mode: 'oidc';
    readonly authority: string;
    readonly clientId: string;
    readonly redirectUri: string;
    readonly postLogoutRedirectUri: string;
    readonly scope: string;
    readonly apiToken: 'id';
  };
  readonly district: { readonly code: string; readonly name: string };
}

/** The scopes the console asks for; the Cognito client allows exactly these. */
const SCOPE = 'openid profile email';

/** Hashed file names never change content, so browsers keep them; everything else is revalidated each time. */
const ASSET_CACHE = CacheControl.fromString('public, max-age=31536000, immutable');

/** What the bucket serves when the console was not built before the deploy. */
const PLACEHOLDER = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>社区服务平台</title></head>
<body><h1>网页控制台尚未构建</h1><p>本次部署时控制台还没有构建。请先运行 <code>pnpm --filter @shequ/console build</code>，再重新部署本区县。</p></body></html>
`;

export interface ConsoleStackProps extends NestedStackProps {
  readonly config: DistrictConfig;
  readonly api: IHttpApi;
  /** Path patterns of the API on the console's distribution. */
  readonly apiPaths: readonly string[];
  /** The district's user pool; absent when the config names an external token issuer. */
  readonly users: SignInDirectory | undefined;
  /** @default CONSOLE_BUILD */
  readonly build?: string;
}

/**
 * The web console of a district, as a nested stack of the api stack (`Shequ-<code>-Api/Console`): its site
 * (`ConsoleSite`), its Cognito client (`ConsoleClient`, none with an external issuer) and the deployment of
 * the build and `config.json`. Nested so the deployment's own function and the site's resources count against
 * neither the api stack's template nor its functions; in the api stack, not beside it, because the API's
 * authorizer needs this client and this distribution needs the API.
 *
 * Defaults: the build from `CONSOLE_BUILD`; when it has not been built, a page saying so in its place (the
 * distribution, sign-in and `config.json` are deployed all the same, so a later deploy only changes files).
 * `assets/` is never pruned, so a browser still on the previous index.html can load its chunks. Where the
 * distribution cannot send client routes to index.html (China regions), a copy of it is the object
 * `auth/callback`, so sign-in still returns to the console.
 */
export class ConsoleStack extends NestedStack {
  readonly site: ConsoleSite;
  readonly client: ConsoleClient | undefined;
  readonly tokenIssuer: TokenIssuer;
  readonly runtimeConfig: ConsoleRuntimeConfig;
  /** Whether a console build was found and deployed, rather than the placeholder page. */
  readonly built: boolean;

  constructor(scope: Construct, id: string, props: ConsoleStackProps) {
    super(scope, id, props);
    const { config, users } = props;
    const build = props.build ?? CONSOLE_BUILD;

    this.site = new ConsoleSite(this, 'Site', { config, api: props.api, apiPaths: props.apiPaths });
    const { origin } = this.site;

    let clientId: string;
    if (users) {
      this.client = new ConsoleClient(this, 'SignIn', { config, userPool: users.userPool, origin });
      clientId = this.client.client.userPoolClientId;
      this.tokenIssuer = { issuerUrl: users.issuerUrl, audience: [clientId] };
    } else if (config.tokenIssuer) {
      const { issuerUrl, audience } = config.tokenIssuer;
      clientId = config.tokenIssuer.consoleClientId ?? (audience[0] as string);
      this.tokenIssuer = { issuerUrl, audience };
    } else {
      throw new Error(`district ${config.code} has neither a user pool nor an external token issuer`);
    }

    this.runtimeConfig = {
      auth: {
        mode: 'oidc',
        authority: this.tokenIssuer.issuerUrl,
        clientId,
        redirectUri: `${origin}${CALLBACK_PATH}`,
        postLogoutRedirectUri: `${origin}/`,
        scope: SCOPE,
        apiToken: 'id',
      },
      district: { code: config.code, name: config.name },
    };

    this.built = existsSync(join(build, 'index.html'));
    const logGroup = new LogGroup(this, 'DeploymentLogs', {
      logGroupName: `/shequ/${config.code}/console-deployment`,
      retention: config.logRetention,
    });
    // Its own role, so the deployment function may write to its log group only, not to every log group.
    const role = new Role(this, 'DeploymentRole', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    logGroup.grantWrite(role);
    const target = { destinationBucket: this.site.bucket, logGroup, role };
    const pages = new BucketDeployment(this, 'Pages', {
      ...target,
      sources: [
        this.built ? Source.asset(build, { exclude: ['assets', 'config.json'] }) : Source.data('index.html', PLACEHOLDER),
        Source.jsonData('config.json', this.runtimeConfig),
      ],
      // Pruning leaves assets/ and the callback copy to their own deployments.
      exclude: ['assets/*', CALLBACK_PATH.slice(1)],
      // No invalidation needed: index.html and config.json are revalidated on every request.
      cacheControl: [CacheControl.noCache()],
    });
    if (this.built && existsSync(join(build, 'assets'))) {
      const assets = new BucketDeployment(this, 'Assets', {
        ...target,
        sources: [Source.asset(join(build, 'assets'))],
        destinationKeyPrefix: 'assets/',
        prune: false,
        cacheControl: [ASSET_CACHE],
      });
      // A new index.html goes out only once the chunks it names are there. Between the two copies only:
      // the deployments share one function, which a dependency of the whole constructs would loop through.
      pages.node.findChild('CustomResource').node.addDependency(assets.node.findChild('CustomResource'));
    }
    if (!this.site.routesClientPaths) {
      const page = this.built ? readFileSync(join(build, 'index.html'), 'utf8') : PLACEHOLDER;
      const callback = new BucketDeployment(this, 'Callback', {
        ...target,
        sources: [Source.data(CALLBACK_PATH.slice(1), page)],
        // One key: pruning here would take the rest of the site.
        prune: false,
        contentType: 'text/html; charset=utf-8',
        cacheControl: [CacheControl.noCache()],
      });
      callback.node.findChild('CustomResource').node.addDependency(pages.node.findChild('CustomResource'));
    }
    acknowledgeDeploymentGrants(role);
  }

  /** `https://<host>/`: where the console is. */
  get url(): string {
    return `${this.site.origin}/`;
  }
}

/**
 * The wildcards of CDK's own grants to its deployment function, acknowledged finding by finding as cdk-nag
 * names them, so a wildcard added to the role later still fails the check; and the function's runtime.
 */
function acknowledgeDeploymentGrants(role: Role): void {
  const policy = role.node.findChild('DefaultPolicy').node.defaultChild as CfnPolicy;
  const findings = rules.iam.IAMNoWildcardPermissions(policy);
  for (const finding of Array.isArray(findings) ? findings : []) {
    Validations.of(role).acknowledge({
      id: `AwsSolutions-IAM5[${finding}]`,
      reason:
        'CDK grants its deployment function the object actions it copies the build with: any object of the CDK asset bucket, any key of the console bucket',
    });
  }
  // The stack's only functions are CDK's (deployment, bucket auto-delete), on runtimes CDK picks and moves on.
  Validations.of(Stack.of(role)).acknowledge({
    id: 'AwsSolutions-L1',
    reason: 'CDK chooses the runtime of its deployment function and moves it on with the library',
  });
}
