import * as divisions from '@shequ/divisions';
import { scheduledJob } from '@shequ/kit';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { type DivisionSource, seedDistrictAreas } from '../store/places.ts';

/**
 * `registry.seed-areas`: copies this district's sub-districts and communities from the division data
 * into the registry table, once at set-up and whenever the data is updated. Re-running writes nothing.
 */
export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps, source: DivisionSource = divisions) {
  return scheduledJob('registry.seed-areas', async () => {
    const d = deps();
    return seedDistrictAreas(d, d.district, source);
  });
}

export const handler = createHandler();
