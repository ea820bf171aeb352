import { describe, expect, it } from 'vitest';
import { ageFigures, ageOn, type BirthCounts, birthYearsFor, countAged } from '../src/domain/ages.ts';
import { birthsBucketOf, flowBucketOf } from '../src/domain/population.ts';
import { birthsBucket, flowBucket } from '../src/store/counters.ts';

describe('ages on the day asked', () => {
  it('turns a year older on the birthday, not the day before', () => {
    expect(ageOn('2011-06-15', '2026-06-14')).toBe(14);
    expect(ageOn('2011-06-15', '2026-06-15')).toBe(15);
    expect(ageOn('1966-01-01', '2025-12-31')).toBe(59);
    expect(ageOn('1966-01-01', '2026-01-01')).toBe(60);
  });

  it('has someone born on 29 February turn older on 1 March in a common year', () => {
    expect(ageOn('1964-02-29', '2024-02-28')).toBe(59);
    expect(ageOn('1964-02-29', '2024-02-29')).toBe(60);
    expect(ageOn('1964-02-29', '2025-02-28')).toBe(60);
    expect(ageOn('1965-02-28', '2025-02-28')).toBe(60);
  });

  it('counts women 15–49 and the elderly from birthday counters', () => {
    const births: BirthCounts[] = [
      { sex: 'female', year: 2011, days: { '06-15': 2, '06-16': 1 } },
      { sex: 'female', year: 1976, days: { '06-16': 3, '06-14': 4 } },
      { sex: 'male', year: 1966, days: { '06-15': 5 } },
      { sex: 'female', year: 1946, days: { '06-16': 1, '01-01': 2 } },
    ];
    // 2026-06-15: the 2011 girls born on 06-15 turn 15; the 1976 women born 06-14 turned 50 yesterday, those born 06-16 turn 50 tomorrow.
    expect(ageFigures(births, '2026-06-15')).toEqual({ women15to49: 2 + 3, elderly60plus: 5 + 3, elderly80plus: 2 });
    expect(ageFigures(births, '2026-06-14')).toEqual({ women15to49: 3, elderly60plus: 3, elderly80plus: 2 });
    expect(ageFigures(births, '2026-06-16')).toEqual({ women15to49: 3, elderly60plus: 8, elderly80plus: 3 });
    expect(countAged(births, '2026-06-16', 60, 60, 'male')).toBe(5);
  });

  it('reads only the birth years that can be of the age asked', () => {
    expect(birthYearsFor('2026-06-15', 15)).toEqual({ from: 1895, to: 2011 });
    expect(birthYearsFor('2026-06-15', 60, 79)).toEqual({ from: 1946, to: 1966 });
  });

  it('names buckets as the counters do', () => {
    expect(birthsBucketOf('female', 1980)).toBe(birthsBucket('female', 1980));
    expect(flowBucketOf('2026-03')).toBe(flowBucket('2026-03'));
  });
});
