import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnManagedLoginBranding,
  ClientAttributes,
  FeaturePlan,
  type IUserPool,
  ManagedLoginVersion,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import type { DistrictConfig } from '../district-config.ts';

/** Custom attributes the kit's `callerFromClaims` reads as `custom:role`, `custom:areas`, `custom:person`. */
const CLAIM_ATTRIBUTES = ['role', 'areas', 'person'] as const;

export interface UserDirectoryProps {
  readonly config: DistrictConfig;
}

/** What the console's client needs of the district's user pool, from the data stack. */
export interface SignInDirectory {
  readonly userPool: IUserPool;
  /** `https://cognito-idp.<region>.<suffix>/<pool id>`: the tokens' `iss` and the OIDC authority. */
  readonly issuerUrl: string;
}

/**
 * The district's Cognito user pool and its sign-in domain; the console's app client is `ConsoleClient`, beside
 * the distribution whose URL it redirects to.
 *
 * Defaults: `shequ-<code>-users`, accounts created by administrators only (no self sign-up, recovery by an
 * administrator), MFA required by authenticator app (SMS is not an option in every China region), a
 * 12-character password policy, the Plus tier with full threat protection, deletion protection and RETAIN;
 * custom attributes `role`, `areas` and `person`, which Cognito puts into ID tokens as `custom:role`…; the
 * managed login pages on `https://<signInDomainPrefix>.auth.<region>.amazoncognito.com`.
 */
export class UserDirectory extends Construct implements SignInDirectory {
  readonly userPool: UserPool;
  readonly domain: UserPoolDomain;

  constructor(scope: Construct, id: string, props: UserDirectoryProps) {
    super(scope, id);
    const { config } = props;

    this.userPool = new UserPool(this, 'UserPool', {
      userPoolName: `${config.prefix}-users`,
      selfSignUpEnabled: false,
      signInAliases: { username: true },
      signInCaseSensitive: false,
      accountRecovery: AccountRecovery.NONE,
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      customAttributes: {
        role: new StringAttribute({ minLen: 1, maxLen: 32, mutable: true }),
        areas: new StringAttribute({ minLen: 1, maxLen: 2048, mutable: true }),
        person: new StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
      },
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // The managed login pages rather than the classic hosted UI: they speak Chinese.
    this.domain = this.userPool.addDomain('SignIn', {
      cognitoDomain: { domainPrefix: config.signInDomainPrefix },
      managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });
  }

  /** Issuer of the pool's tokens, from the pool itself so China regions get `amazonaws.com.cn`. */
  get issuerUrl(): string {
    return `https://${this.userPool.userPoolProviderUrl}`;
  }
}

export interface ConsoleClientProps {
  readonly config: DistrictConfig;
  readonly userPool: IUserPool;
  /** `https://<host>` the console is served from: its callback and sign-out URLs are under it. */
  readonly origin: string;
}

/** Where the console takes the authorization code; a client-side route of the console. */
export const CALLBACK_PATH = '/auth/callback';

/**
 * The console's app client on the district's user pool, with the managed login style it needs.
 *
 * Defaults: `shequ-<code>-console`, public (no secret: a browser keeps none, so PKCE protects the code),
 * authorization code flow only with scopes openid, profile and email, callback `<origin>/auth/callback` and
 * sign-out to `<origin>/`; SRP for other apps of the district; one-hour ID and access tokens, refresh for 12
 * hours; reads but never writes `role`, `areas` and `person`: only administrators grant scope. Cognito's
 * default managed login style.
 */
export class ConsoleClient extends Construct {
  readonly client: UserPoolClient;

  constructor(scope: Construct, id: string, props: ConsoleClientProps) {
    super(scope, id);
    const { config, userPool, origin } = props;
    this.client = new UserPoolClient(this, 'Client', {
      userPool,
      userPoolClientName: `${config.prefix}-console`,
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.PROFILE, OAuthScope.EMAIL],
        callbackUrls: [`${origin}${CALLBACK_PATH}`],
        logoutUrls: [`${origin}/`],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
      // The email scope asks for the email claims, so the client must be allowed to read them.
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ fullname: true, phoneNumber: true, email: true, emailVerified: true })
        .withCustomAttributes(...CLAIM_ATTRIBUTES),
      writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true }),
    });
    // Managed login shows no page for a client without a style.
    new CfnManagedLoginBranding(this, 'Style', {
      userPoolId: userPool.userPoolId,
      clientId: this.client.userPoolClientId,
      useCognitoProvidedValues: true,
    });
  }
}
