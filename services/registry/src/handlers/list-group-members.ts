import { assertInScope, httpHandler } from '@shequ/kit';
import { isDerivedGroup } from '../domain/groups.ts';
import { assertMemberFilters } from '../group-filters.ts';
import { toDerivedMemberItem, toMemberItem } from '../group-view.ts';
import { listGroupMembers as route } from '../schemas/groups.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { type GroupName, listDerivedGroupMembers, listGroupMembers } from '../store/groups.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, query, caller }) => {
    assertInScope(caller, query.area);
    const d = deps();
    const today = d.now();
    const { group } = params;
    assertMemberFilters(group, query);
    if (isDerivedGroup(group)) {
      const page = await listDerivedGroupMembers(d, { ...query, group });
      return { body: { items: page.items.map((person) => toDerivedMemberItem(person, today)), ...cursorOf(page) } };
    }
    const page = await listGroupMembers(d, { ...query, group: group as GroupName });
    return { body: { items: page.items.map((membership) => toMemberItem(membership, today)), ...cursorOf(page) } };
  });
}

const cursorOf = (page: { cursor?: string }) => (page.cursor ? { cursor: page.cursor } : {});

export const handler = createHandler();
