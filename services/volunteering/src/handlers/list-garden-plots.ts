import { httpHandler, inScope, isStaff } from '@shequ/kit';
import { presentPlot, listGardenPlots as route } from '../schemas/sharing.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { listGardenPlots } from '../store/sharing.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    const page = await listGardenPlots(deps(), query.community, query.status, query);
    const viewer = { staff: isStaff(caller) && inScope(caller, query.community), personId: caller.personId };
    return {
      body: { items: page.items.map((plot) => presentPlot(plot, viewer)), ...(page.cursor ? { cursor: page.cursor } : {}) },
    };
  });
}

export const handler = createHandler();
