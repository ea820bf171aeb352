import { addDays } from '@shequ/contracts';

/** How far ahead a borrower is first reminded that a loan falls due. */
export const LOAN_REMINDER_DAYS = 30;

export type LoanStage = 'due-soon' | 'due-today' | 'overdue';

/** Where an unpaid loan stands on `today`: nothing yet, coming due within 30 days, due today, or overdue. */
export function loanStage(dueOn: string, today: string): LoanStage | undefined {
  if (today > dueOn) return 'overdue';
  if (today === dueOn) return 'due-today';
  if (today >= addDays(dueOn, -LOAN_REMINDER_DAYS)) return 'due-soon';
  return undefined;
}
