import { assertInScope, httpHandler, ValidationFailed } from '@shequ/kit';
import { officeHoursProblems } from '../domain/places.ts';
import { setOfficeHours as route } from '../schemas/places.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { type OfficeHoursRecord, officeHoursView, putCommunitySetting } from '../store/places.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    assertInScope(caller, params.community);
    const { version, ...hours } = body;
    const problems = officeHoursProblems(hours);
    if (problems.length > 0) throw new ValidationFailed(problems);
    const saved = await putCommunitySetting<OfficeHoursRecord>(
      deps(),
      params.community,
      'OFFICEHOURS',
      hours,
      version,
      caller.subject,
    );
    return { body: officeHoursView(saved) };
  });
}

export const handler = createHandler();
