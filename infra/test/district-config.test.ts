import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { describe, expect, it } from 'vitest';
import { type DistrictOverrides, districtConfig, parseDistrictList } from '../lib/district-config.ts';

describe('districtConfig', () => {
  it('takes the name and sub-districts from the division data and settles the defaults', () => {
    const config = districtConfig('350203', {});

    expect(config).toMatchObject({
      code: '350203',
      name: '思明区',
      prefix: 'shequ-350203',
      logRetention: RetentionDays.SIX_MONTHS,
      alarmEmail: undefined,
      tokenIssuer: undefined,
      consoleDomain: undefined,
      signInDomainPrefix: 'shequ-350203',
    });
    expect(config.subdistricts.length).toBeGreaterThan(0);
    for (const subdistrict of config.subdistricts) expect(subdistrict.code).toMatch(/^350203\d{3}$/);
  });

  it('applies the overrides of its own district only', () => {
    const overrides = { '350203': { alarmEmail: 'ops@example.cn' }, '370871': { logRetention: RetentionDays.ONE_YEAR } };

    expect(districtConfig('350203', overrides)).toMatchObject({ alarmEmail: 'ops@example.cn', logRetention: 180 });
    expect(districtConfig('370871', overrides)).toMatchObject({ alarmEmail: undefined, logRetention: 365 });
  });

  it('throws the bilingual error for an unknown district code', () => {
    expect(() => districtConfig('999999')).toThrow(/未知的区县代码 "999999".*Unknown district code "999999"/);
    expect(() => districtConfig('3502')).toThrow(/Unknown district code "3502"/);
  });

  it('throws for overrides naming an unknown district or leaving the allowed bounds', () => {
    expect(() => districtConfig('350203', { '123456': {} })).toThrow(/unknown district code "123456"/);
    expect(() => districtConfig('350203', { '350203': { logRetention: RetentionDays.ONE_MONTH } })).toThrow(/at least 180 days/);
    expect(() => districtConfig('350203', { '350203': { alarmEmail: 'ops' } })).toThrow(/not an email/);
    expect(() => districtConfig('350203', { '350203': { tokenIssuer: { issuerUrl: 'http://sso', audience: ['app'] } } })).toThrow(
      /https issuer URL/,
    );
  });

  it('throws for a console domain, a sign-in prefix or a console client the services could not use', () => {
    const issuer = { issuerUrl: 'https://sso.example.gov.cn', audience: ['app'] };
    const domain = { domainName: 'console.siming.example.gov.cn' };
    const invalid = (overrides: DistrictOverrides) => () => districtConfig('350203', { '350203': overrides });

    expect(invalid({ consoleDomain: { domainName: 'https://console.example.gov.cn/', iamCertificateId: 'A' } })).toThrow(
      /not a host name/,
    );
    expect(invalid({ consoleDomain: domain })).toThrow(/exactly one of/);
    expect(invalid({ consoleDomain: { ...domain, iamCertificateId: 'A', acmCertificateArn: 'B' } })).toThrow(/exactly one of/);
    expect(invalid({ signInDomainPrefix: 'Shequ_350203' })).toThrow(/Cognito domain prefix/);
    expect(invalid({ signInDomainPrefix: 'shequ-cognito-350203' })).toThrow(/Cognito domain prefix/);
    expect(invalid({ tokenIssuer: { ...issuer, consoleClientId: 'console' } })).toThrow(/not one of the issuer's audiences/);
    expect(districtConfig('350203', { '350203': { consoleDomain: { ...domain, iamCertificateId: 'A' } } }).consoleDomain).toEqual(
      {
        ...domain,
        iamCertificateId: 'A',
      },
    );
  });
});

describe('parseDistrictList', () => {
  it('reads one code or a comma-separated list', () => {
    expect(parseDistrictList('350203')).toEqual(['350203']);
    expect(parseDistrictList('350203, 370871,350203')).toEqual(['350203', '370871']);
  });

  it('asks for -c district when it is missing', () => {
    expect(() => parseDistrictList(undefined)).toThrow(/-c district=/);
  });
});
