import { communityOf } from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { assertInScope, httpHandler } from '@shequ/kit';
import { dayOf } from '../domain/activities.ts';
import { createActivity as route, toActivityView } from '../schemas/activities.ts';
import { type ActivityRecord, createActivity } from '../store/activities.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ body, caller }) => {
    assertInScope(caller, body.community);
    const d = deps();
    const now = d.now();
    const record: ActivityRecord = {
      id: newId(now),
      kind: body.kind,
      ...(body.trade ? { trade: body.trade } : {}),
      title: body.title,
      ...(body.description ? { description: body.description } : {}),
      community: communityOf(body.community),
      area: body.community,
      place: body.place,
      // Stored in UTC so times sort as strings; the day is Beijing time, as residents read it.
      startsAt: new Date(body.startsAt).toISOString(),
      endsAt: new Date(body.endsAt).toISOString(),
      day: dayOf(body.startsAt),
      capacity: body.capacity,
      taken: 0,
      waitlisted: 0,
      ...(body.offeredBy ? { offeredBy: body.offeredBy } : {}),
      createdAt: now.toISOString(),
      createdBy: caller.subject,
      version: 1,
    };
    return { status: 201, body: toActivityView(await createActivity(d, record)) };
  });
}

export const handler = createHandler();
