import { describe, expect, it } from 'vitest';
import {
  ageInMonths,
  commitmentReport,
  creditedHours,
  culturalMinimum,
  dayOf,
  eligibilityRefusal,
  nextInLine,
  quarterOf,
  waitlistOrder,
} from '../src/domain/activities.ts';

const child = (birthDate: string) => ({ birthDate, name: '小明' });

describe('activity rules', () => {
  it('counts completed months of age on the activity day', () => {
    expect(ageInMonths('2025-03-15', '2026-03-14')).toBe(11);
    expect(ageInMonths('2025-03-15', '2026-03-15')).toBe(12);
    expect(ageInMonths('2023-03-05', '2026-03-04')).toBe(35);
    expect(ageInMonths('2023-03-05', '2026-03-05')).toBe(36);
  });

  it('admits early education for children under 36 months with free sessions left', () => {
    expect(eligibilityRefusal('early-education', child('2024-07-01'), '2026-03-05', 0)).toBeUndefined();
    expect(eligibilityRefusal('early-education', child('2024-07-01'), '2026-03-05', 2)).toBeUndefined();
  });

  it('refuses a fourth free session and children of 36 months or more, in Chinese', () => {
    expect(eligibilityRefusal('early-education', child('2024-07-01'), '2026-03-05', 3)).toBe(
      '每名 0–36 月龄儿童可免费参加 3 次早教活动，该儿童已参加 3 次',
    );
    expect(eligibilityRefusal('early-education', child('2023-03-05'), '2026-03-05', 0)).toContain('已满 36 个月');
    expect(eligibilityRefusal('early-education', child('2026-04-01'), '2026-03-05', 0)).toContain('尚未出生');
  });

  it('puts no age or quota rule on other kinds', () => {
    expect(eligibilityRefusal('free-clinic', child('1950-01-01'), '2026-03-05', 9)).toBeUndefined();
  });

  it('credits hours between check-in and check-out to the nearest half hour', () => {
    expect(creditedHours('2026-03-05T01:00:00Z', '2026-03-05T03:20:00Z')).toBe(2.5);
    expect(creditedHours('2026-03-05T01:00:00Z', '2026-03-05T03:14:00Z')).toBe(2);
    expect(creditedHours('2026-03-05T01:00:00Z', '2026-03-05T03:15:00Z')).toBe(2.5);
    expect(creditedHours('2026-03-05T01:00:00Z', '2026-03-05T01:05:00Z')).toBe(0);
  });

  it('reads days and quarters in Beijing time', () => {
    expect(dayOf('2026-03-04T16:30:00Z')).toBe('2026-03-05');
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(quarterOf('2026-04-01')).toBe('2026-Q2');
    expect(quarterOf('2026-12-31')).toBe('2026-Q4');
  });

  it('offers a freed place to the earliest on the waitlist', () => {
    const signUps = [
      { personId: 'a', status: 'confirmed' as const },
      { personId: 'b', status: 'waitlisted' as const, queuedAt: '2026-03-02T02:00:02.000Z#x' },
      { personId: 'c', status: 'waitlisted' as const, queuedAt: '2026-03-02T02:00:01.000Z#y' },
      { personId: 'd', status: 'cancelled' as const, queuedAt: '2026-03-02T02:00:00.000Z#z' },
    ];
    expect(waitlistOrder(signUps).map((signUp) => signUp.personId)).toEqual(['c', 'b']);
    expect(nextInLine(signUps)?.personId).toBe('c');
    expect(nextInLine(signUps.slice(0, 1))).toBeUndefined();
  });

  it('reports a unit commitment per quarter: met, missed, in progress, upcoming', () => {
    const report = commitmentReport('2026', 1, ['2026-02-10', '2026-07-20', '2026-08-01'], '2026-08-15');
    expect(report).toEqual([
      { quarter: '2026-Q1', committed: 1, delivered: 1, status: 'met' },
      { quarter: '2026-Q2', committed: 1, delivered: 0, status: 'missed' },
      { quarter: '2026-Q3', committed: 1, delivered: 2, status: 'met' },
      { quarter: '2026-Q4', committed: 1, delivered: 0, status: 'upcoming' },
    ]);
    expect(commitmentReport('2026', 2, ['2026-07-20'], '2026-08-15')[2]?.status).toBe('in-progress');
  });

  it('meets the cultural minimum with four recorded events', () => {
    const events = (recorded: number, total: number) => Array.from({ length: total }, (_, i) => ({ recorded: i < recorded }));
    expect(culturalMinimum(events(3, 5))).toEqual({ required: 4, held: 3, met: false });
    expect(culturalMinimum(events(4, 4))).toEqual({ required: 4, held: 4, met: true });
  });
});
