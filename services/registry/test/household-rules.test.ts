import { describe, expect, it } from 'vitest';
import {
  assertMayAdd,
  type HouseholdMember,
  MAX_HOUSEHOLD_SIZE,
  membersWithNewHead,
  removalOutcome,
  roundToFen,
} from '../src/domain/households.ts';

const family: HouseholdMember[] = [
  { personId: 'father', relationship: 'head' },
  { personId: 'mother', relationship: 'spouse' },
  { personId: 'son', relationship: 'child' },
];

describe('household rules', () => {
  it('refuses a member twice and a household beyond its size', () => {
    expect(() => assertMayAdd(family, 'son')).toThrow('该人员已是本户成员');
    expect(() => assertMayAdd(family, 'daughter')).not.toThrow();
    const full = Array.from({ length: MAX_HOUSEHOLD_SIZE }, (_, index) => ({
      personId: `p${index}`,
      relationship: 'other' as const,
    }));
    expect(() => assertMayAdd(full, 'one-more')).toThrow(`一户最多登记 ${MAX_HOUSEHOLD_SIZE} 名成员`);
  });

  it('removes the head only as the last member, which dissolves the household', () => {
    expect(removalOutcome(family, 'son')).toBe('remove');
    expect(() => removalOutcome(family, 'father')).toThrow(/请先变更户主/);
    expect(removalOutcome([{ personId: 'father', relationship: 'head' }], 'father')).toBe('dissolve');
    expect(() => removalOutcome(family, 'stranger')).toThrow('该人员不是本户成员');
  });

  it('restates every relationship relative to a new head', () => {
    expect(membersWithNewHead(family, 'son', { father: 'parent', mother: 'parent' })).toEqual([
      { personId: 'son', relationship: 'head' },
      { personId: 'father', relationship: 'parent' },
      { personId: 'mother', relationship: 'parent' },
    ]);
    expect(() => membersWithNewHead(family, 'son', { father: 'parent' })).toThrow(/其他每名成员与新户主的关系/);
    expect(() => membersWithNewHead(family, 'son', { father: 'parent', mother: 'parent', son: 'child' })).toThrow(
      /不是本户成员（或就是新户主本人）/,
    );
    expect(() => membersWithNewHead(family, 'father', { mother: 'spouse', son: 'child' })).toThrow('该人员已是户主');
    expect(() => membersWithNewHead(family, 'stranger', {})).toThrow('新户主须是本户成员');
  });

  it('keeps income to the fen', () => {
    expect(roundToFen(1234.565)).toBe(1234.57);
    expect(roundToFen(0.1 + 0.2)).toBe(0.3);
  });
});
