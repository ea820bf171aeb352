import { z } from 'zod';

/** The shapes of calendar days and months in subsidies' records; the arithmetic is `@shequ/contracts`' calendar. */

/** A calendar day, `YYYY-MM-DD`. */
export const DaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A calendar month, `YYYY-MM`. */
export const MonthSchema = z.string().regex(/^\d{4}-\d{2}$/);
