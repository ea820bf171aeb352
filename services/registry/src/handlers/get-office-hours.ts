import { NotFound, publicHttpHandler } from '@shequ/kit';
import { getOfficeHours as route } from '../schemas/places.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { getCommunitySetting, type OfficeHoursRecord, officeHoursView } from '../store/places.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return publicHttpHandler(route, async ({ params }) => {
    const hours = await getCommunitySetting<OfficeHoursRecord>(deps(), params.community, 'OFFICEHOURS');
    if (!hours) throw new NotFound(`社区 ${params.community} 尚未公布办公时间`);
    return { body: officeHoursView(hours) };
  });
}

export const handler = createHandler();
