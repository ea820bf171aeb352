import { z } from 'zod';
import { areaCodeSchema, defineEvent } from '../envelope.ts';

const month = z.string().regex(/^\d{4}-\d{2}$/);
const day = z.iso.date();

/** A needs questionnaire (需求问卷) for a community's service week is open: residents of the community may answer it. */
export const QuestionnaireOpened = defineEvent(
  'cases',
  'QuestionnaireOpened',
  z.object({
    questionnaireId: z.string(),
    community: areaCodeSchema,
    month,
    title: z.string(),
    questions: z.number().int(),
    by: z.string(),
    openedOn: day,
  }),
);

/**
 * A needs questionnaire is closed: no more answers. Carries the tally of its choice questions, so the service
 * week can be planned (and counted in statistics) without asking the cases service.
 */
export const QuestionnaireClosed = defineEvent(
  'cases',
  'QuestionnaireClosed',
  z.object({
    questionnaireId: z.string(),
    community: areaCodeSchema,
    month,
    title: z.string(),
    responses: z.number().int(),
    choices: z.array(
      z.object({
        questionId: z.string(),
        text: z.string(),
        options: z.array(z.object({ optionId: z.string(), label: z.string(), count: z.number().int() })),
      }),
    ),
    by: z.string(),
    closedOn: day,
  }),
);
