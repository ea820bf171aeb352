import { publicHttpHandler } from '@shequ/kit';
import { civicDaysOf } from '../domain/civic-days.ts';
import { listCivicDays as route } from '../schemas/civic-days.ts';

export function createHandler() {
  return publicHttpHandler(route, async ({ query }) => ({ body: { items: civicDaysOf(query.month) } }));
}

export const handler = createHandler();
