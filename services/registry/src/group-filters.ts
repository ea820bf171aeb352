import { ValidationFailed } from '@shequ/kit';
import { type DerivedGroupName, facetProblem, type GroupName, groupLabel, isDerivedGroup } from './domain/groups.ts';

/**
 * Refuses a member list's filters the group has not (a list and its export alike): a derived group takes
 * none, a stored one only the category and grade values it declares.
 */
export function assertMemberFilters(
  group: GroupName | DerivedGroupName,
  query: { category?: string | undefined; grade?: number | undefined },
): void {
  if (isDerivedGroup(group)) {
    if (query.category !== undefined || query.grade !== undefined) {
      throw ValidationFailed.field('query.category', `${groupLabel(group)}按年龄推算，不能按类别或等级筛选`);
    }
    return;
  }
  for (const facet of ['category', 'grade'] as const) {
    const value = query[facet];
    const problem = value === undefined ? undefined : facetProblem(group, facet, value);
    if (problem) throw ValidationFailed.field(`query.${facet}`, problem);
  }
}
