import { type Division, findDistrict, requireDistrict, subdistrictsOf } from '@shequ/divisions';
import type { ServiceEnv } from '@shequ/kit';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';

/** What a district may change from the defaults; everything else comes from the division data. */
export interface DistrictOverrides {
  /** Receives alarm notifications; no subscription when absent. */
  readonly alarmEmail?: string;
  /** Function and access log retention; at least six months (网络安全法 第二十一条). */
  readonly logRetention?: RetentionDays;
  readonly logLevel?: ServiceEnv['LOG_LEVEL'];
  /** Steady-state requests per second and burst of the district's HTTP API. */
  readonly apiThrottle?: { readonly rateLimit: number; readonly burstLimit: number };
  /**
   * An external OpenID Connect issuer instead of the district's Cognito user pool, for China regions where
   * CloudFormation has no Cognito user pools. Its tokens must carry `role`, `areas` and `person` claims.
   */
  readonly tokenIssuer?: ExternalTokenIssuer;
  /** The SES identity (a verified address or domain) residents' e-mail comes from. @default noreply@<code>.shequ.gov.cn */
  readonly emailFrom?: string;
  /**
   * The console's own host name on CloudFront. Required in China regions, where the default
   * `*.cloudfront.cn` domain serves nothing and the name needs an ICP filing. @default the distribution's domain
   */
  readonly consoleDomain?: ConsoleDomain;
  /** Prefix of the Cognito sign-in domain, unique per region across all accounts. @default shequ-<code> */
  readonly signInDomainPrefix?: string;
}

/** A custom host name for the console's distribution and the certificate CloudFront serves it with. */
export interface ConsoleDomain {
  /** `console.siming.example.gov.cn`: no scheme, no path. */
  readonly domainName: string;
  /** An ACM certificate in us-east-1 (global regions); exactly one of this and `iamCertificateId`. */
  readonly acmCertificateArn?: string;
  /** A certificate uploaded to IAM, the only kind CloudFront takes in China regions. */
  readonly iamCertificateId?: string;
}

export interface ExternalTokenIssuer {
  /** `https://…`, exactly the tokens' `iss`. */
  readonly issuerUrl: string;
  /** Accepted `aud` values (client ids). */
  readonly audience: readonly string[];
  /** The client id the console signs in with, one of `audience`. @default the first audience */
  readonly consoleClientId?: string;
}

/** A district as the stacks see it: identity from GB/T 2260 plus the settled overrides. */
export interface DistrictConfig {
  readonly code: string;
  readonly name: string;
  readonly subdistricts: readonly Division[];
  /** `shequ-<code>`: every physical name starts with it so districts can share an account. */
  readonly prefix: string;
  readonly alarmEmail: string | undefined;
  readonly logRetention: RetentionDays;
  readonly logLevel: ServiceEnv['LOG_LEVEL'];
  readonly apiThrottle: { readonly rateLimit: number; readonly burstLimit: number };
  /** Absent: the district gets its own Cognito user pool. */
  readonly tokenIssuer: ExternalTokenIssuer | undefined;
  /** The address e-mail is sent from; its domain is the SES identity the notifications functions may send as. */
  readonly emailFrom: string;
  /** Absent: the console is served on the distribution's own domain. */
  readonly consoleDomain: ConsoleDomain | undefined;
  readonly signInDomainPrefix: string;
}

const MIN_LOG_RETENTION = RetentionDays.SIX_MONTHS;

const defaults = {
  logRetention: RetentionDays.SIX_MONTHS,
  logLevel: 'info',
  apiThrottle: { rateLimit: 100, burstLimit: 200 },
} as const satisfies DistrictOverrides;

/** Per-district deviations, keyed by district code; a key that is not a real district fails every synth. */
export const districtOverrides: Readonly<Record<string, DistrictOverrides>> = {
  '350203': { logRetention: RetentionDays.ONE_YEAR },
  '370871': {},
};

/** The settled configuration of a district; throws for an unknown code or an override out of bounds. */
export function districtConfig(
  code: string,
  overrides: Readonly<Record<string, DistrictOverrides>> = districtOverrides,
): DistrictConfig {
  const district = requireDistrict(code);
  for (const key of Object.keys(overrides)) {
    if (!findDistrict(key)) throw new Error(`district overrides name unknown district code "${key}"`);
  }
  const settled = { ...defaults, ...overrides[code] };
  if (settled.logRetention < MIN_LOG_RETENTION) {
    throw new Error(`district ${code}: log retention must be at least ${MIN_LOG_RETENTION} days, got ${settled.logRetention}`);
  }
  if (settled.alarmEmail !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(settled.alarmEmail)) {
    throw new Error(`district ${code}: alarm email "${settled.alarmEmail}" is not an email address`);
  }
  const { rateLimit, burstLimit } = settled.apiThrottle;
  if (!(rateLimit > 0 && burstLimit >= rateLimit)) {
    throw new Error(`district ${code}: API throttle needs rateLimit > 0 and burstLimit >= rateLimit`);
  }
  const emailFrom = settled.emailFrom ?? `noreply@${district.code}.shequ.gov.cn`;
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(emailFrom))
    throw new Error(`district ${code}: e-mail sender "${emailFrom}" is not an email address`);
  const { tokenIssuer } = settled;
  if (tokenIssuer && (!/^https:\/\/[^\s/]+/.test(tokenIssuer.issuerUrl) || tokenIssuer.audience.length === 0)) {
    throw new Error(`district ${code}: token issuer needs an https issuer URL and at least one audience`);
  }
  if (tokenIssuer?.consoleClientId !== undefined && !tokenIssuer.audience.includes(tokenIssuer.consoleClientId)) {
    throw new Error(
      `district ${code}: the console's client id "${tokenIssuer.consoleClientId}" is not one of the issuer's audiences`,
    );
  }
  const { consoleDomain } = settled;
  if (consoleDomain) {
    if (!/^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/.test(consoleDomain.domainName)) {
      throw new Error(`district ${code}: console domain "${consoleDomain.domainName}" is not a host name`);
    }
    if ((consoleDomain.acmCertificateArn === undefined) === (consoleDomain.iamCertificateId === undefined)) {
      throw new Error(`district ${code}: console domain needs exactly one of acmCertificateArn and iamCertificateId`);
    }
  }
  const signInDomainPrefix = settled.signInDomainPrefix ?? `shequ-${district.code}`;
  // Cognito's rule for prefixes; it also refuses the words aws, amazon and cognito.
  if (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(signInDomainPrefix) || /aws|amazon|cognito/.test(signInDomainPrefix)) {
    throw new Error(`district ${code}: sign-in domain prefix "${signInDomainPrefix}" is not a valid Cognito domain prefix`);
  }
  return {
    code: district.code,
    name: district.name,
    subdistricts: subdistrictsOf(district.code),
    prefix: `shequ-${district.code}`,
    alarmEmail: settled.alarmEmail,
    logRetention: settled.logRetention,
    logLevel: settled.logLevel,
    apiThrottle: settled.apiThrottle,
    tokenIssuer,
    emailFrom,
    consoleDomain,
    signInDomainPrefix,
  };
}

/** District codes from a context value: one code or a comma-separated list. */
export function parseDistrictList(value: unknown): string[] {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error('缺少区县代码：请使用 -c district=<6 位代码>，例如 -c district=350203。Missing -c district=<code>.');
  }
  return [...new Set(value.split(',').map((code) => code.trim()))].filter((code) => code !== '');
}
