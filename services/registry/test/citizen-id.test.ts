import { describe, expect, it } from 'vitest';
import { ageOn, citizenIdFacts, citizenIdProblem, withCheckCharacter } from '../src/domain/citizen-id.ts';

describe('GB 11643 citizen ID', () => {
  it('accepts the standard example and derives birth date and sex', () => {
    // The worked example of GB 11643-1999: check character X.
    expect(citizenIdProblem('11010519491231002X')).toBeUndefined();
    expect(citizenIdFacts('11010519491231002X')).toEqual({ birthDate: '1949-12-31', sex: 'female' });
    expect(citizenIdProblem('11010519491231002x')).toBeUndefined();
  });

  it('names what is wrong', () => {
    expect(citizenIdProblem('110105194912310021')).toBe('check-digit');
    expect(citizenIdProblem('1101051949123100')).toBe('format');
    expect(citizenIdProblem(withCheckCharacter('35020319900230001'))).toBe('birth-date');
    expect(citizenIdProblem(withCheckCharacter('35020330000101001'))).toBe('birth-date');
  });

  it('derives men from an odd sequence digit', () => {
    const id = withCheckCharacter('35020319800101003');
    expect(citizenIdProblem(id)).toBeUndefined();
    expect(citizenIdFacts(id).sex).toBe('male');
  });

  it('computes age in Shanghai time, turning a year older on the birthday', () => {
    expect(ageOn('1966-11-25', new Date('2026-11-24T15:59:00Z'))).toBe(59);
    expect(ageOn('1966-11-25', new Date('2026-11-24T16:00:00Z'))).toBe(60);
  });
});
