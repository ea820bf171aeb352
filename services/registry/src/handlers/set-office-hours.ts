import { createEvent, OfficeHoursSet } from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { assertInScope, httpHandler, ValidationFailed } from '@shequ/kit';
import { describeOfficeHours, officeHoursProblems } from '../domain/places.ts';
import { setOfficeHours as route } from '../schemas/places.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { type OfficeHoursRecord, officeHoursView, putCommunitySetting } from '../store/places.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    assertInScope(caller, params.community);
    const { version, ...hours } = body;
    const problems = officeHoursProblems(hours);
    if (problems.length > 0) throw new ValidationFailed(problems);
    const d = deps();
    const now = d.now();
    // Notifications reminds residents of the certificate office days from this, without reading the registry.
    const event = createEvent(OfficeHoursSet, {
      id: newId(now),
      district: d.district,
      area: params.community,
      occurredAt: now,
      data: {
        community: params.community,
        openDays: hours.openDays,
        certificateOfficeDays: hours.certificateOfficeDays,
        summary: describeOfficeHours(hours),
        version: (version ?? 0) + 1,
      },
    });
    const saved = await putCommunitySetting<OfficeHoursRecord>(
      d,
      params.community,
      'OFFICEHOURS',
      hours,
      version,
      caller.subject,
      [event],
    );
    return { body: officeHoursView(saved) };
  });
}

export const handler = createHandler();
