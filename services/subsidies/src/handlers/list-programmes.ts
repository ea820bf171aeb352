import { publicHttpHandler } from '@shequ/kit';
import { programmeView } from '../programme-view.ts';
import { listProgrammes as route } from '../schemas/programmes.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';
import { currentProgrammes } from '../store/programmes.ts';

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return publicHttpHandler(route, async () => {
    const items = await currentProgrammes(deps());
    return { body: { items: items.map(({ programme, version }) => programmeView(programme, version)) } };
  });
}

export const handler = createHandler();
