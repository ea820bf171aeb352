import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  type UserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import type { DistrictConfig } from '../district-config.ts';

/** Custom attributes the kit's `callerFromClaims` reads as `custom:role`, `custom:areas`, `custom:person`. */
const CLAIM_ATTRIBUTES = ['role', 'areas', 'person'] as const;

export interface UserDirectoryProps {
  readonly config: DistrictConfig;
}

/**
 * The district's Cognito user pool and the app client the API's JWT authorizer accepts.
 *
 * Defaults: `shequ-<code>-users`, accounts created by administrators only (no self sign-up, recovery by an
 * administrator), MFA required by authenticator app (SMS is not an option in every China region), a
 * 12-character password policy, the Plus tier with full threat protection, deletion protection and RETAIN.
 * The client has no secret (browser and mobile apps), SRP sign-in, and may read but never write `role`,
 * `areas` and `person`: only administrators grant scope.
 */
export class UserDirectory extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;

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

    this.client = this.userPool.addClient('AppClient', {
      userPoolClientName: `${config.prefix}-app`,
      generateSecret: false,
      authFlows: { userSrp: true },
      preventUserExistenceErrors: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ fullname: true, phoneNumber: true })
        .withCustomAttributes(...CLAIM_ATTRIBUTES),
      writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true }),
    });
  }

  /** Issuer of the pool's tokens, from the pool itself so China regions get `amazonaws.com.cn`. */
  get issuerUrl(): string {
    return `https://${this.userPool.userPoolProviderUrl}`;
  }
}
