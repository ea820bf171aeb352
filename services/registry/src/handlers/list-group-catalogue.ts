import { httpHandler } from '@shequ/kit';
import { groupCatalogue } from '../group-catalogue.ts';
import { listGroupCatalogue as route } from '../schemas/group-catalogue.ts';

/** The declared groups, no table read: the same answer for every caller. */
export function createHandler() {
  return httpHandler(route, async () => ({ body: { items: [...groupCatalogue] } }));
}

export const handler = createHandler();
