import { addDays, addMonths, lastDayOf } from '@shequ/contracts';
import { z } from 'zod';
import { DaySchema } from './calendar.ts';

/**
 * What the monthly payment run owes, the deterministic payment id that makes a rerun pay once, and
 * 低保渐退 (graduated exit). Pure: months and days are passed in as Asia/Shanghai calendar strings.
 */

export const BenefitSchema = z.object({
  id: z.string(),
  frequency: z.enum(['monthly', 'yearly', 'once']),
  /** Amount per period (per month for monthly benefits). */
  amount: z.number().nonnegative(),
  startsOn: DaySchema,
  /** Last day in force, inclusive. */
  endsOn: DaySchema.optional(),
  /** Suspended from `from` (inclusive) until resumed on `to` (exclusive); open while `to` is absent. */
  suspensions: z.array(z.object({ from: DaySchema, to: DaySchema.optional() })),
  /** Period keys already paid. */
  paidPeriods: z.array(z.string()),
  /**
   * The last period paid, when every period owed up to it is known paid (the run pays a benefit's owed
   * periods oldest first, never one before those ahead of it): those count as paid without being listed.
   */
  paidThrough: z.string().optional(),
});
/** An approved benefit as the payment run sees it. */
export type Benefit = z.infer<typeof BenefitSchema>;

function firstDay(month: string): string {
  return `${month}-01`;
}

function inForceOn(benefit: Benefit, day: string): boolean {
  if (day < benefit.startsOn) return false;
  if (benefit.endsOn !== undefined && day > benefit.endsOn) return false;
  return !benefit.suspensions.some((s) => day >= s.from && (s.to === undefined || day < s.to));
}

/** Whether the benefit is in force on any day of `[from, to]`; a partly covered period is paid in full. */
function inForceDuring(benefit: Benefit, from: string, to: string): boolean {
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (inForceOn(benefit, day)) return true;
  }
  return false;
}

/**
 * The period keys the run for `month` owes and has not paid: `YYYY-MM` per month for monthly benefits,
 * `YYYY` once per year for yearly ones, `once` for one-off ones. Only periods up to the end of `month`
 * count, so a run never pays ahead; a month (or year) is skipped when the benefit is not in force on any
 * of its days, which is how wholly suspended months drop out.
 */
export function periodsOwed(benefit: Benefit, month: string): string[] {
  const listed = new Set(benefit.paidPeriods);
  const through = benefit.paidThrough;
  // Period keys of one frequency sort as their periods do: YYYY-MM, YYYY, or the single `once`.
  const paid = { has: (period: string) => listed.has(period) || (through !== undefined && period <= through) };
  const runEnd = lastDayOf(month);
  const owed: string[] = [];
  if (benefit.startsOn > runEnd) return owed;
  if (benefit.frequency === 'once') {
    if (!paid.has('once') && inForceDuring(benefit, benefit.startsOn, runEnd)) owed.push('once');
    return owed;
  }
  if (benefit.frequency === 'yearly') {
    for (let year = Number(benefit.startsOn.slice(0, 4)); year <= Number(month.slice(0, 4)); year++) {
      const key = String(year);
      const to = `${key}-12-31` < runEnd ? `${key}-12-31` : runEnd;
      if (!paid.has(key) && inForceDuring(benefit, `${key}-01-01`, to)) owed.push(key);
    }
    return owed;
  }
  for (let m = benefit.startsOn.slice(0, 7); m <= month; m = addMonths(m, 1)) {
    if (!paid.has(m) && inForceDuring(benefit, firstDay(m), lastDayOf(m))) owed.push(m);
  }
  return owed;
}

/** The id of the one payment for (benefit, period); the store puts it conditionally, so a rerun pays once. */
export function paymentId(benefitId: string, period: string): string {
  return `${benefitId}#${period}`;
}

/** The 低保渐退 schedule for one recipient who reported new work. */
export interface GraduatedExit {
  /** First month of the trial, the month after work was reported. */
  trialFrom: string;
  /** Last month of the trial and last month paid. */
  trialTo: string;
  /** The benefit's new last day in force: the end of the trial (or earlier, if it already ended sooner). */
  endsOn: string;
  /** The first month the benefit is no longer paid. */
  exitMonth: string;
}

/** Length of the 渐退 trial in full months, during which the new income is not counted. */
export const GRADUATED_EXIT_TRIAL_MONTHS = 3;

/**
 * 低保渐退: the benefit continues for 3 full months after the month work was reported (new income not
 * counted), then ends. Reported 2026-11-20 → trial 2026-12 … 2027-02, ends 2027-02-28, exits 2027-03.
 */
export function graduatedExit(benefit: { endsOn?: string | undefined }, reportedWorkOn: string): GraduatedExit {
  const trialFrom = addMonths(reportedWorkOn.slice(0, 7), 1);
  const trialTo = addMonths(trialFrom, GRADUATED_EXIT_TRIAL_MONTHS - 1);
  const trialEnd = lastDayOf(trialTo);
  const endsOn = benefit.endsOn !== undefined && benefit.endsOn < trialEnd ? benefit.endsOn : trialEnd;
  return { trialFrom, trialTo, endsOn, exitMonth: addMonths(endsOn.slice(0, 7), 1) };
}

/**
 * The ledger's monthly reduction in `month` from recipients exiting under 渐退: the sum of the monthly
 * amounts of every exiting monthly benefit whose exit month has come. Seed: 9 re-employed recipients,
 * 2,585 a month less once their trials are over.
 */
export function exitReduction(exits: { benefit: Benefit; reportedWorkOn: string }[], month: string): number {
  return exits
    .filter(({ benefit }) => benefit.frequency === 'monthly')
    .filter(({ benefit, reportedWorkOn }) => graduatedExit(benefit, reportedWorkOn).exitMonth <= month)
    .reduce((sum, { benefit }) => sum + benefit.amount, 0);
}

/** Total owed for `month` itself across benefits (the ledger's monthly figure), ignoring arrears. */
export function amountDueIn(benefits: Benefit[], month: string): number {
  return benefits
    .filter((b) => b.frequency === 'monthly')
    .filter((b) => periodsOwed({ ...b, paidPeriods: [] }, month).includes(month))
    .reduce((sum, b) => sum + b.amount, 0);
}

/**
 * What a benefit is expected to pay out in `year`, in fen: what its approval reserves from that year's
 * budget. Monthly benefits count every month from the start to the end (or December); suspensions are
 * not foreseen, so a reservation errs on the side of money being there.
 */
export function yearOutlayFen(
  benefit: { frequency: Benefit['frequency']; amountFen: number; startsOn: string; endsOn?: string | undefined },
  year: string,
): number {
  const from = benefit.startsOn > `${year}-01-01` ? benefit.startsOn : `${year}-01-01`;
  const to = benefit.endsOn !== undefined && benefit.endsOn < `${year}-12-31` ? benefit.endsOn : `${year}-12-31`;
  if (from > to) return 0;
  if (benefit.frequency !== 'monthly')
    return benefit.startsOn.slice(0, 4) === year || benefit.frequency === 'yearly' ? benefit.amountFen : 0;
  const months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;
  return months * benefit.amountFen;
}

/** The payment run's frequency for a programme period. */
export function frequencyOf(period: 'monthly' | 'yearly' | 'one-off'): Benefit['frequency'] {
  return period === 'one-off' ? 'once' : period;
}
