import { describe, expect, it } from 'vitest';
import { assertInScope, callerFromClaims, inScope, mayReveal } from '../src/caller.ts';
import { Forbidden, Unauthorized } from '../src/problem.ts';

describe('caller from JWT claims', () => {
  it('reads the local issuer form', () => {
    expect(callerFromClaims({ sub: 'u1', role: 'grid-worker', areas: ['350203006029-03'] })).toEqual({
      subject: 'u1',
      role: 'grid-worker',
      areas: ['350203006029-03'],
      personId: undefined,
    });
  });

  it('reads Cognito custom attributes as the HTTP API authorizer flattens them', () => {
    const caller = callerFromClaims({
      sub: 'u2',
      'custom:role': 'resident',
      'custom:areas': '[350203006029 350203006002]',
      'custom:person': 'p9',
    });
    expect(caller).toMatchObject({ role: 'resident', areas: ['350203006029', '350203006002'], personId: 'p9' });
    expect(callerFromClaims({ sub: 'u3', role: 'unit', areas: '350203,370871' }).areas).toEqual(['350203', '370871']);
  });

  it('refuses tokens without a known role', () => {
    expect(() => callerFromClaims(undefined)).toThrow(Unauthorized);
    expect(() => callerFromClaims({ sub: 'u4', role: 'mayor', areas: [] })).toThrow(Unauthorized);
  });
});

describe('area scope', () => {
  const caller = callerFromClaims({ sub: 'u', role: 'subdistrict-staff', areas: ['350203006'] });

  it('is a prefix test down the GB/T 2260 hierarchy', () => {
    expect(inScope(caller, '350203006')).toBe(true);
    expect(inScope(caller, '350203006029')).toBe(true);
    expect(inScope(caller, '350203006029-03')).toBe(true);
    expect(inScope(caller, '350203007001')).toBe(false);
    expect(inScope(caller, '350203')).toBe(false);
    expect(() => assertInScope(caller, '350203007001')).toThrow(Forbidden);
  });

  it('lets only office roles reveal personal numbers', () => {
    expect(mayReveal(caller)).toBe(true);
    expect(mayReveal(callerFromClaims({ sub: 'g', role: 'grid-worker', areas: ['350203'] }))).toBe(false);
    expect(mayReveal(callerFromClaims({ sub: 'r', role: 'resident', areas: ['350203'] }))).toBe(false);
  });
});
