import { assertInScope, httpHandler, ValidationFailed } from '@shequ/kit';
import { facetProblem, groupLabel, isDerivedGroup } from '../domain/groups.ts';
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
    if (isDerivedGroup(group)) {
      if (query.category !== undefined || query.grade !== undefined) {
        throw ValidationFailed.field('query.category', `${groupLabel(group)}按年龄推算，不能按类别或等级筛选`);
      }
      const page = await listDerivedGroupMembers(d, { ...query, group });
      return { body: { items: page.items.map((person) => toDerivedMemberItem(person, today)), ...cursorOf(page) } };
    }
    const stored = group as GroupName;
    for (const facet of ['category', 'grade'] as const) {
      const value = query[facet];
      const problem = value === undefined ? undefined : facetProblem(stored, facet, value);
      if (problem) throw ValidationFailed.field(`query.${facet}`, problem);
    }
    const page = await listGroupMembers(d, { ...query, group: stored });
    return { body: { items: page.items.map((membership) => toMemberItem(membership, today)), ...cursorOf(page) } };
  });
}

const cursorOf = (page: { cursor?: string }) => (page.cursor ? { cursor: page.cursor } : {});

export const handler = createHandler();
