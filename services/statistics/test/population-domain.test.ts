import { describe, expect, it } from 'vitest';
import {
  contributionOf,
  counterChanges,
  deathChange,
  isNewer,
  type MembershipState,
  type PersonState,
} from '../src/domain/population.ts';

const stamp = (asOf: string, eventId = 'a') => ({ asOf, eventId });
const person = (area: string, overrides: Partial<PersonState> = {}): PersonState => ({
  facts: { area, residence: 'migrant', sex: 'female', birthDate: '1990-03-08' },
  status: 'active',
  stamp: stamp('2026-01-01T00:00:00.000Z'),
  ...overrides,
});
const disabled = (area: string, grade = 2): MembershipState => ({
  group: 'disabled',
  area,
  member: true,
  category: 'limb',
  grade,
  stamp: stamp('2026-01-01T00:00:00.000Z'),
});

const asMap = (changes: ReturnType<typeof counterChanges>) =>
  Object.fromEntries(changes.map((change) => [`${change.area} ${change.bucket}`, change.deltas]));

describe('a person’s contribution to the counters', () => {
  it('orders events by time, then by event id', () => {
    expect(isNewer(undefined, stamp('2026-01-01T00:00:00.000Z'))).toBe(true);
    expect(isNewer(stamp('2026-01-02T00:00:00.000Z'), stamp('2026-01-01T00:00:00.000Z'))).toBe(false);
    expect(isNewer(stamp('2026-01-01T00:00:00.000Z', 'a'), stamp('2026-01-01T00:00:00.000Z', 'b'))).toBe(true);
    expect(isNewer(stamp('2026-01-01T00:00:00.000Z', 'a'), stamp('2026-01-01T00:00:00.000Z', 'a'))).toBe(false);
  });

  it('counts a new person at every level', () => {
    const changes = asMap(counterChanges(new Map(), contributionOf(person('350203006029-02'), [])));
    expect(changes['350203 POPULATION']).toEqual({ total: 1, migrant: 1, female: 1 });
    expect(changes['350203006029-02 BIRTHS#female#1990']).toEqual({ '03-08': 1 });
    expect(Object.keys(changes)).toHaveLength(8);
  });

  it('moves only the levels that differ, with the memberships', () => {
    const before = contributionOf(person('350203006029-02'), [disabled('350203006029-02')]);
    const after = contributionOf(person('350203006029-03'), [disabled('350203006029-02')]);
    const changes = asMap(counterChanges(before, after));
    expect(Object.keys(changes).sort()).toEqual([
      '350203006029-02 BIRTHS#female#1990',
      '350203006029-02 GROUPS',
      '350203006029-02 POPULATION',
      '350203006029-03 BIRTHS#female#1990',
      '350203006029-03 GROUPS',
      '350203006029-03 POPULATION',
    ]);
    expect(changes['350203006029-03 GROUPS']).toEqual({
      disabled: 1,
      'disabled:limb': 1,
      'disabled:grade:2': 1,
      'disabled:limb:2': 1,
    });
  });

  it('counts nobody who moved out or died, and a death once', () => {
    const alive = person('350203006029-02');
    const dead = person('350203006029-02', { status: 'deceased' });
    expect(contributionOf(dead, [disabled('350203006029-02')]).size).toBe(0);
    expect(deathChange(alive, dead, '2026-02-11')).toHaveLength(4);
    expect(deathChange(dead, dead, '2026-02-11')).toEqual([]);
  });

  it('counts memberships at the group event’s area while the person is unknown, and left-behind persons once per village', () => {
    const memberships: MembershipState[] = [
      { group: 'left-behind-woman', area: '350203006029-01', member: true, stamp: stamp('2026-01-01T00:00:00.000Z') },
      { group: 'left-behind-elderly', area: '350203006029-01', member: true, stamp: stamp('2026-01-01T00:00:00.000Z') },
    ];
    const changes = asMap(counterChanges(new Map(), contributionOf(undefined, memberships)));
    expect(changes['350203006029 GROUPS']).toEqual({ 'left-behind-woman': 1, 'left-behind-elderly': 1, 'left-behind': 1 });
    expect(changes['350203006029 POPULATION']).toBeUndefined();
  });
});
