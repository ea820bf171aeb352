import { httpHandler } from '@shequ/kit';
import { checkStandards, employmentParameters } from '../domain/employment.ts';
import { checkEmploymentStandards as route, standardsCheckView } from '../schemas/employment.ts';

export function createHandler() {
  return httpHandler(route, async ({ body }) => ({
    body: standardsCheckView.parse(checkStandards(body.type, body.figures, employmentParameters)),
  }));
}

export const handler = createHandler();
