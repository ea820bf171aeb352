import { NotFound, publicHttpHandler } from '@shequ/kit';
import { getLegalAdvisor as route } from '../schemas/units.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { getCommunitySetting } from '../store/places.ts';
import { type LegalAdvisorRecord, legalAdvisorView } from '../store/units.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return publicHttpHandler(route, async ({ params }) => {
    const advisor = await getCommunitySetting<LegalAdvisorRecord>(deps(), params.community, 'LEGALADVISOR');
    if (!advisor) throw new NotFound(`社区 ${params.community} 尚未公布法律顾问`);
    return { body: legalAdvisorView(advisor) };
  });
}

export const handler = createHandler();
