import { NotFound, publicHttpHandler } from '@shequ/kit';
import { getArea as route } from '../schemas/places.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { getArea } from '../store/places.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return publicHttpHandler(route, async ({ params }) => {
    const area = await getArea(deps(), params.code);
    if (!area) throw new NotFound(`本区没有地区 ${params.code}`);
    const { code, name, level, parent, children } = area;
    return { body: { code, name, level, ...(parent ? { parent } : {}), children } };
  });
}

export const handler = createHandler();
