import { assertInScope, httpHandler } from '@shequ/kit';
import { culturalMinimum, dayOf } from '../domain/activities.ts';
import { getCulturalEventReport as route } from '../schemas/activities.ts';
import { activitiesOfYear } from '../store/activities.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(caller, query.community);
    const d = deps();
    const today = dayOf(d.now());
    const events = (await activitiesOfYear(d, query.community, query.year, 'cultural-event')).map((activity) => ({
      id: activity.id,
      title: activity.title,
      day: activity.day,
      // Held means it took place and its record has both text and photos (SPEC §4).
      recorded: activity.day <= today && Boolean(activity.note?.text) && (activity.note?.photoKeys.length ?? 0) > 0,
      photos: activity.note?.photoKeys.length ?? 0,
    }));
    return {
      body: { community: query.community, year: query.year, ...culturalMinimum(events), scheduled: events.length, events },
    };
  });
}

export const handler = createHandler();
