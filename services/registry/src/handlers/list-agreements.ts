import { assertInScope, httpHandler } from '@shequ/kit';
import { communityReader } from '../domain/places.ts';
import { chinaDate } from '../domain/units.ts';
import { listAgreements as route } from '../schemas/units.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { agreementView, listAgreements, requireUnit } from '../store/units.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, query, caller }) => {
    const d = deps();
    const unit = await requireUnit(d, params.id);
    assertInScope(communityReader(caller), unit.area);
    const page = await listAgreements(d, unit.id, query);
    const today = chinaDate(d.now());
    return { body: { ...page, items: page.items.map((agreement) => agreementView(agreement, today)) } };
  });
}

export const handler = createHandler();
