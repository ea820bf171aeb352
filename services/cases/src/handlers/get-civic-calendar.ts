import { httpHandler, inScope, staffRoles } from '@shequ/kit';
import { presentMonth, getCivicCalendar as route } from '../schemas/civic-calendar.ts';
import { communityMonthOf } from '../store/civic-calendar.ts';
import { type CasesDeps, defaultCasesDeps } from '../store/deps.ts';

/** Anyone signed in reads a community's rhythm (it is public work); only its own staff see who attended and which cases. */
export function createHandler(deps: () => CasesDeps = defaultCasesDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const month = await communityMonthOf(deps(), params.community, params.month);
    const staff = staffRoles.includes(caller.role) && inScope(caller, params.community);
    return { body: presentMonth(params.community, month, staff) };
  });
}

export const handler = createHandler();
