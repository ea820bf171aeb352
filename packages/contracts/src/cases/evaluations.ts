import { z } from 'zod';
import { areaCodeSchema, defineEvent } from '../envelope.ts';

const month = z.string().regex(/^\d{4}-\d{2}$/);
const day = z.iso.date();

/**
 * Evaluation cards (评议卡) went out to a community's resident representatives for a quarter's evaluation day.
 * Names the representatives who got a card now (by person id) so they can be told; never the card codes, which
 * are the representatives' only credential.
 */
export const EvaluationCardsIssued = defineEvent(
  'cases',
  'EvaluationCardsIssued',
  z.object({
    evaluationId: z.string(),
    community: areaCodeSchema,
    month,
    date: day,
    issuedNow: z.number().int(),
    issuedTotal: z.number().int(),
    persons: z.array(z.string()),
    by: z.string(),
  }),
);

/** One evaluated worker's result as the evaluation closed it. */
export const evaluatedWorkerResult = z.object({
  workerId: z.string(),
  name: z.string(),
  title: z.string(),
  subject: z.string().optional(),
  personId: z.string().optional(),
  /** Mean score of all items on all answered cards, 0–100 (满意 100, 基本满意 60, 不满意 0). */
  average: z.number(),
  /** Share of 满意 and 基本满意 among all scores, 0–1. */
  satisfactionRate: z.number(),
  rank: z.number().int(),
  commended: z.boolean(),
});

/**
 * A community's evaluation day is closed and its results frozen: the summary commendation (表彰) and the
 * statistics read without asking the cases service.
 */
export const EvaluationClosed = defineEvent(
  'cases',
  'EvaluationClosed',
  z.object({
    evaluationId: z.string(),
    community: areaCodeSchema,
    month,
    date: day,
    cardsIssued: z.number().int(),
    cardsAnswered: z.number().int(),
    /** At least two thirds of the cards were answered: only then are commendations proposed. */
    valid: z.boolean(),
    workers: z.array(evaluatedWorkerResult),
    commended: z.array(z.string()).describe('被推荐表彰的工作人员编号（workerId）'),
    by: z.string(),
    closedOn: day,
  }),
);
