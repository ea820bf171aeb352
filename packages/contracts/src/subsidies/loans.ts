import { z } from 'zod';
import { areaCodeSchema, defineEvent } from '../envelope.ts';

/**
 * A loan (幸福工程) not yet repaid is coming due (30 days before), is due today, or is overdue: raised
 * once per loan and stage, so the borrower is reminded once each time.
 */
export const LoanDue = defineEvent(
  'subsidies',
  'LoanDue',
  z.object({
    applicationId: z.string(),
    programme: z.string(),
    programmeName: z.string(),
    personId: z.string(),
    area: areaCodeSchema,
    amountFen: z.number().int().min(0),
    dueOn: z.iso.date(),
    stage: z.enum(['due-soon', 'due-today', 'overdue']),
  }),
);
