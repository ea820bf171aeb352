import { describe, expect, it } from 'vitest';
import { amountDueIn, type Benefit, exitReduction, graduatedExit, paymentId, periodsOwed } from '../src/domain/payments.ts';

const benefit = (over: Partial<Benefit> = {}): Benefit => ({
  id: 'ben-1',
  frequency: 'monthly',
  amount: 285,
  startsOn: '2026-09-15',
  suspensions: [],
  paidPeriods: [],
  ...over,
});

describe('periodsOwed', () => {
  it('owes every unpaid month since a mid-month start in the November run, and nothing on a rerun', () => {
    const b = benefit();
    const owed = periodsOwed(b, '2026-11');
    expect(owed).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(periodsOwed({ ...b, paidPeriods: owed }, '2026-11')).toEqual([]);
    expect(periodsOwed({ ...b, paidPeriods: owed }, '2026-12')).toEqual(['2026-12']);
  });

  it('owes nothing before the start month and never pays ahead', () => {
    expect(periodsOwed(benefit({ startsOn: '2026-12-01' }), '2026-11')).toEqual([]);
  });

  it('skips wholly suspended months and pays the partly covered ones', () => {
    // Suspended 2026-10-10, resumed 2026-12-05: October and December have days in force, November none.
    const b = benefit({ suspensions: [{ from: '2026-10-10', to: '2026-12-05' }] });
    expect(periodsOwed(b, '2027-01')).toEqual(['2026-09', '2026-10', '2026-12', '2027-01']);
    const open = benefit({ suspensions: [{ from: '2026-10-01' }] });
    expect(periodsOwed(open, '2026-12')).toEqual(['2026-09']);
  });

  it('stops after the end date', () => {
    expect(periodsOwed(benefit({ endsOn: '2026-10-31' }), '2026-12')).toEqual(['2026-09', '2026-10']);
  });

  it('owes a yearly benefit once per year and a one-off once', () => {
    const yearly = benefit({ frequency: 'yearly', amount: 600, startsOn: '2025-03-01' });
    expect(periodsOwed(yearly, '2026-11')).toEqual(['2025', '2026']);
    expect(periodsOwed({ ...yearly, paidPeriods: ['2025', '2026'] }, '2026-12')).toEqual([]);
    const once = benefit({ frequency: 'once', amount: 3190 });
    expect(periodsOwed(once, '2026-08')).toEqual([]);
    expect(periodsOwed(once, '2026-11')).toEqual(['once']);
    expect(periodsOwed({ ...once, paidPeriods: ['once'] }, '2026-12')).toEqual([]);
  });
});

describe('paymentId', () => {
  it('is the same for the same benefit and period, so a second run collides with the first', () => {
    expect(paymentId('ben-1', '2026-11')).toBe(paymentId('ben-1', '2026-11'));
    expect(paymentId('ben-1', '2026-11')).not.toBe(paymentId('ben-1', '2026-12'));
    expect(paymentId('ben-1', '2026-11')).toBe('ben-1#2026-11');
  });
});

describe('graduated exit (低保渐退)', () => {
  it('keeps paying for 3 full months after the month work was reported, then ends', () => {
    const exit = graduatedExit(benefit(), '2026-11-20');
    expect(exit).toEqual({ trialFrom: '2026-12', trialTo: '2027-02', endsOn: '2027-02-28', exitMonth: '2027-03' });
    const b = benefit({ endsOn: exit.endsOn, paidPeriods: ['2026-09', '2026-10', '2026-11'] });
    expect(periodsOwed(b, '2027-06')).toEqual(['2026-12', '2027-01', '2027-02']);
  });

  it('does not extend a benefit already ending before the trial would', () => {
    expect(graduatedExit(benefit({ endsOn: '2026-12-31' }), '2026-11-20')).toMatchObject({
      endsOn: '2026-12-31',
      exitMonth: '2027-01',
    });
  });

  it('shows 2,585 a month less in the ledger after the trial of 9 re-employed recipients', () => {
    const amounts = [320, 300, 290, 285, 280, 275, 270, 285, 280];
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(2585);
    const exits = amounts.map((amount, i) => ({
      benefit: benefit({ id: `ben-${i + 1}`, amount, startsOn: '2026-01-01' }),
      reportedWorkOn: '2026-11-20',
    }));
    expect(exitReduction(exits, '2027-02')).toBe(0);
    expect(exitReduction(exits, '2027-03')).toBe(2585);

    const ended = exits.map(({ benefit: b, reportedWorkOn }) => ({ ...b, endsOn: graduatedExit(b, reportedWorkOn).endsOn }));
    const stayer = benefit({ id: 'ben-stay', amount: 1489, startsOn: '2026-01-01' });
    expect(amountDueIn([...ended, stayer], '2027-02')).toBe(4074);
    expect(amountDueIn([...ended, stayer], '2027-03')).toBe(4074 - 2585);
  });
});
