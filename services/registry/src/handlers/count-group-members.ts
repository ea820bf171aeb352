import { assertInScope, httpHandler } from '@shequ/kit';
import { groupLabel, isDerivedGroup } from '../domain/groups.ts';
import { countGroupMembers as route } from '../schemas/groups.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { countDerivedGroupMembers, countGroupMembers, type GroupName } from '../store/groups.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, query, caller }) => {
    assertInScope(caller, query.area);
    const d = deps();
    const { group } = params;
    const counts = isDerivedGroup(group)
      ? await countDerivedGroupMembers(d, { group, area: query.area })
      : await countGroupMembers(d, { group: group as GroupName, area: query.area });
    return { body: { group, label: groupLabel(group as GroupName), area: query.area, ...counts } };
  });
}

export const handler = createHandler();
