import { z } from 'zod';
import { areaCodeSchema, defineEvent } from '../envelope.ts';

/**
 * One payment of one benefit for one period (`YYYY-MM`, `YYYY` or `once`), raised in the same
 * transaction as the payment itself, which can exist only once: a consumer never sees a payment twice.
 */
export const PaymentMade = defineEvent(
  'subsidies',
  'PaymentMade',
  z.object({
    paymentId: z.string(),
    applicationId: z.string(),
    programme: z.string(),
    programmeName: z.string().optional(),
    personId: z.string(),
    area: areaCodeSchema,
    period: z.string(),
    /** The month the run paid it in (arrears are paid in a later month than their period). */
    month: z.string().regex(/^\d{4}-\d{2}$/),
    amountFen: z.number().int().min(0),
    form: z.enum(['cash', 'loan']),
  }),
);
