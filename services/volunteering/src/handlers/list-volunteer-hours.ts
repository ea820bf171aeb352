import { httpHandler } from '@shequ/kit';
import { approvedOnly, byMonth, sumHours } from '../domain/hours.ts';
import { listVolunteerHours as route, toEntryView } from '../schemas/hours.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { volunteerHours } from '../store/hours.ts';
import { volunteerForCaller } from '../store/volunteers.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, query, caller }) => {
    const d = deps();
    const volunteer = await volunteerForCaller(d, caller, params.id);
    const entries = await volunteerHours(d, volunteer.volunteerId, query.year);
    return {
      body: {
        volunteerId: volunteer.volunteerId,
        year: query.year,
        totalHours: sumHours(approvedOnly(entries)),
        byMonth: byMonth(entries),
        entries: entries.map(toEntryView),
      },
    };
  });
}

export const handler = createHandler();
