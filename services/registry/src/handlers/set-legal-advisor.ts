import { assertInScope, httpHandler } from '@shequ/kit';
import { setLegalAdvisor as route } from '../schemas/units.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { putCommunitySetting } from '../store/places.ts';
import { type LegalAdvisorRecord, legalAdvisorView } from '../store/units.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    assertInScope(caller, params.community);
    const { version, ...advisor } = body;
    const saved = await putCommunitySetting<LegalAdvisorRecord>(
      deps(),
      params.community,
      'LEGALADVISOR',
      advisor,
      version,
      caller.subject,
    );
    return { body: legalAdvisorView(saved) };
  });
}

export const handler = createHandler();
