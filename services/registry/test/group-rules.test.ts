import { describe, expect, it } from 'vitest';
import { ageOn, withCheckCharacter } from '../src/domain/citizen-id.ts';
import {
  birthDateRange,
  canonical,
  changedAttributes,
  disabilityCertificateProblem,
  eligibilityProblem,
  eventFacts,
  facetProblem,
  groupLabel,
  groupNames,
  inDerivedGroup,
  latestBirthDateForAge,
  maskSensitive,
  mergeAttributes,
  roleRefusal,
  tallyByAgeBand,
  tallyMembers,
} from '../src/domain/groups.ts';

/** Noon in Shanghai on a calendar day. */
const shanghaiNoon = (date: string) => new Date(`${date}T04:00:00Z`);

describe('derived groups by birth date (Asia/Shanghai)', () => {
  it('counts someone 60 from the first minute of their birthday in Shanghai, not before', () => {
    const beforeMidnight = new Date('2026-03-15T15:59:59Z'); // 23:59:59 on 15 March in Shanghai
    const midnight = new Date('2026-03-15T16:00:00Z'); // 00:00 on 16 March in Shanghai
    expect(latestBirthDateForAge(60, beforeMidnight)).toBe('1966-03-15');
    expect(latestBirthDateForAge(60, midnight)).toBe('1966-03-16');
    const person = { birthDate: '1966-03-16', sex: 'male' as const };
    expect(inDerivedGroup('elderly', person, beforeMidnight)).toBe(false);
    expect(inDerivedGroup('elderly', person, midnight)).toBe(true);
  });

  it('bounds women of childbearing age to 15–49 inclusive', () => {
    const now = shanghaiNoon('2026-03-15');
    expect(birthDateRange('women-childbearing-age', now)).toEqual({ after: '1976-03-15', upTo: '2011-03-15' });
    expect(birthDateRange('elderly', now)).toEqual({ upTo: '1966-03-15' });
    const woman = (birthDate: string) => ({ birthDate, sex: 'female' as const });
    expect(inDerivedGroup('women-childbearing-age', woman('2011-03-15'), now)).toBe(true); // 15 today
    expect(inDerivedGroup('women-childbearing-age', woman('2011-03-16'), now)).toBe(false); // 15 tomorrow
    expect(inDerivedGroup('women-childbearing-age', woman('1976-03-16'), now)).toBe(true); // 49, 50 tomorrow
    expect(inDerivedGroup('women-childbearing-age', woman('1976-03-15'), now)).toBe(false); // 50 today
    expect(inDerivedGroup('women-childbearing-age', { birthDate: '1990-01-01', sex: 'male' }, now)).toBe(false);
  });

  it('treats 29 February as ageOn does: a year older on 1 March in common years', () => {
    expect(latestBirthDateForAge(15, shanghaiNoon('2027-02-28'))).toBe('2012-02-28');
    expect(latestBirthDateForAge(15, shanghaiNoon('2027-03-01'))).toBe('2012-03-01');
    expect('2012-02-29' > latestBirthDateForAge(15, shanghaiNoon('2027-02-28'))).toBe(true);
    expect('2012-02-29' <= latestBirthDateForAge(15, shanghaiNoon('2027-03-01'))).toBe(true);
    expect(ageOn('2012-02-29', shanghaiNoon('2027-02-28'))).toBe(14);
    expect(ageOn('2012-02-29', shanghaiNoon('2027-03-01'))).toBe(15);
  });

  it('agrees with ageOn on every day of a leap year, for births on every day around the cut', () => {
    for (let day = 0; day < 366; day++) {
      const now = new Date(Date.UTC(2028, 0, 1, 4) + day * 86_400_000);
      const cut = latestBirthDateForAge(60, now);
      for (const offset of [-1, 0, 1]) {
        const birth = new Date(Date.UTC(1968, 0, 1) + (day + offset) * 86_400_000).toISOString().slice(0, 10);
        expect(birth <= cut, `${birth} on ${now.toISOString()}`).toBe(ageOn(birth, now) >= 60);
      }
    }
  });

  it('counts by age band with every band present', () => {
    const now = shanghaiNoon('2026-03-15');
    expect(tallyByAgeBand('elderly', ['1966-03-15', '1950-01-01', '1940-06-01', '1920-01-01'], now)).toEqual({
      '60-69': 1,
      '70-79': 1,
      '80-89': 1,
      '90+': 1,
    });
    expect(tallyByAgeBand('women-childbearing-age', ['2011-03-15', '1977-01-01'], now)).toMatchObject({
      '15-19': 1,
      '45-49': 1,
      '30-34': 0,
    });
  });
});

describe('disability certificate numbers (第二代残疾人证)', () => {
  const holder = withCheckCharacter('35020319800101003');

  it('accepts the holder ID followed by the category and grade codes', () => {
    expect(disabilityCertificateProblem(`${holder}41`, 'limb', 1)).toBeUndefined();
    expect(disabilityCertificateProblem(`${holder}62`, 'mental', 2)).toBeUndefined();
    expect(disabilityCertificateProblem(`${holder}74`, 'multiple', 4)).toBeUndefined();
  });

  it('names what is wrong', () => {
    expect(disabilityCertificateProblem(`${holder}4`, 'limb', 1)).toMatch(/须为 20 位/);
    expect(disabilityCertificateProblem(`${holder.slice(0, 17)}${holder[17] === '0' ? '1' : '0'}41`, 'limb', 1)).toMatch(
      /前 18 位不是有效的公民身份号码/,
    );
    expect(disabilityCertificateProblem(`${holder}11`, 'limb', 1)).toBe(
      '残疾人证号第 19 位（类别代码）与残疾类别不符：肢体残疾应为 4',
    );
    expect(disabilityCertificateProblem(`${holder}43`, 'limb', 1)).toBe('残疾人证号第 20 位（等级代码）与残疾等级不符：应为 1');
  });

  it('masks all but the area code and the last six characters', () => {
    expect(maskSensitive(`${holder}41`)).toBe(`350203********${holder.slice(-4)}41`);
  });
});

describe('group rules', () => {
  it('declares a Chinese label for every group, stored and derived', () => {
    for (const group of groupNames) expect(groupLabel(group)).toMatch(/[\u4e00-\u9fa5]/);
    expect(groupLabel('elderly')).toBe('60 岁及以上老人');
    expect(groupLabel('disabled')).toBe('残疾人');
  });

  it('tells a real change from a re-import, sensitive values by fingerprint, key order ignored', () => {
    const before = {
      attributes: { category: 'limb', grade: 2, needs: ['employment'] },
      fingerprints: { certificateNumber: 'a' },
    };
    const same = { attributes: { needs: ['employment'], grade: 2, category: 'limb' }, fingerprints: { certificateNumber: 'a' } };
    expect(changedAttributes('disabled', before, same)).toEqual([]);
    expect(changedAttributes('disabled', before, { ...same, fingerprints: { certificateNumber: 'b' } })).toEqual([
      'certificateNumber',
    ]);
    expect(changedAttributes('disabled', before, { ...same, attributes: { ...same.attributes, grade: 1 } })).toEqual(['grade']);
    expect(canonical({ b: 1, a: { d: 2, c: 3 } })).toBe(canonical({ a: { c: 3, d: 2 }, b: 1 }));
  });

  it('merges a change over the stored attributes; null clears', () => {
    expect(mergeAttributes({ category: 'limb', needs: ['employment'], note: 'x' }, { needs: [], note: null })).toEqual({
      category: 'limb',
      needs: [],
    });
  });

  it('keeps certificate numbers out of events', () => {
    expect(eventFacts('disabled', { category: 'limb', grade: 1, needs: [], certificateNumber: 'secret' })).toEqual({
      category: 'limb',
      grade: 1,
      needs: [],
    });
  });

  it('checks age and sex when joining', () => {
    const today = shanghaiNoon('2026-03-15');
    expect(eligibilityProblem('empty-nest', { birthDate: '1966-03-16', sex: 'male' }, today)).toBe('空巢老人须年满 60 周岁');
    expect(eligibilityProblem('empty-nest', { birthDate: '1966-03-15', sex: 'male' }, today)).toBeUndefined();
    expect(eligibilityProblem('left-behind-child', { birthDate: '2010-03-15', sex: 'female' }, today)).toBe(
      '留守儿童须未满 16 周岁',
    );
    expect(eligibilityProblem('left-behind-woman', { birthDate: '1990-01-01', sex: 'male' }, today)).toBe(
      '留守妇女须为年满 18 周岁的女性',
    );
    expect(eligibilityProblem('dibao', { birthDate: '2020-01-01', sex: 'male' }, today)).toBeUndefined();
  });

  it('leaves benefit groups to community workers; grid workers record only what they may', () => {
    expect(roleRefusal('grid-worker', 'dibao', 'join')).toMatch(/社区工作者及以上/);
    expect(roleRefusal('grid-worker', 'dibao', 'leave')).toMatch(/社区工作者及以上/);
    expect(roleRefusal('community-worker', 'dibao', 'join')).toBeUndefined();
    expect(roleRefusal('grid-worker', 'left-behind-child', 'join')).toBeUndefined();
    expect(roleRefusal('grid-worker', 'disabled', 'change', ['needs', 'servicePlan'])).toBeUndefined();
    expect(roleRefusal('grid-worker', 'disabled', 'change', ['grade'])).toBe(
      '网格员只能记录残疾人的 needs、servicePlan，不能修改 grade',
    );
  });

  it('knows the facets each group is listed by', () => {
    expect(facetProblem('disabled', 'category', 'limb')).toBeUndefined();
    expect(facetProblem('disabled', 'category', 'wing')).toMatch(/^残疾人的类别须为 visual、hearing/);
    expect(facetProblem('disabled', 'grade', 5)).toBe('残疾人的等级须为 1、2、3、4');
    expect(facetProblem('dibao', 'category', 'x')).toBe('低保不按类别分类');
  });

  it('tallies every declared category and grade, zeros included', () => {
    const counts = tallyMembers('disabled', [
      { category: 'limb', grade: 1 },
      { category: 'limb', grade: 2 },
      { category: 'mental', grade: 2 },
    ]);
    expect(counts.total).toBe(3);
    expect(counts.byCategory).toEqual({ visual: 0, hearing: 0, speech: 0, limb: 2, intellectual: 0, mental: 1, multiple: 0 });
    expect(counts.byGrade).toEqual({ 1: 1, 2: 2, 3: 0, 4: 0 });
    expect(tallyMembers('dibao', [{}, {}])).toEqual({ total: 2, byCategory: {}, byGrade: {} });
  });
});
