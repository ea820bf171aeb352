import { communityOf } from '@shequ/contracts';
import { assertInScope, httpHandler } from '@shequ/kit';
import { type DerivedGroupName, type GroupName, groupLabel, isDerivedGroup } from '../domain/groups.ts';
import { assertMemberFilters } from '../group-filters.ts';
import { derivedLedgerMember, groupLedger, type LedgerMember, storedLedgerMember } from '../group-sheet.ts';
import { exportGroupMembers as route } from '../schemas/groups.ts';
import { exportRowLimit } from '../schemas/persons.ts';
import { exportTooLarge, workbookFile } from '../sheet-export.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { listAllDerivedGroupMembers, listAllGroupMembers } from '../store/groups.ts';
import { personsByIds } from '../store/persons.ts';
import { communityNames } from '../store/places.ts';

type Filters = { category?: string | undefined; grade?: number | undefined };

/** The members of the area, up to `max`, ready for the sheet; `undefined` when there are more. */
async function ledgerMembers(
  deps: RegistryDeps,
  group: GroupName | DerivedGroupName,
  query: Filters & { area: string },
  max: number,
): Promise<LedgerMember[] | undefined> {
  if (isDerivedGroup(group)) {
    const listed = await listAllDerivedGroupMembers(deps, { group, area: query.area }, max);
    return listed.overflow ? undefined : listed.items.map(derivedLedgerMember);
  }
  const listed = await listAllGroupMembers(deps, { ...query, group }, max);
  if (listed.overflow) return undefined;
  // A membership holds the name, sex and birth date; the masked ID and the address are the person's.
  const persons = await personsByIds(
    deps,
    listed.items.map((membership) => membership.personId),
  );
  return listed.items.map((membership) => storedLedgerMember(membership, persons.get(membership.personId)));
}

/** `maxRows` is the export limit (tests lower it rather than register thousands of people). */
export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps, maxRows = exportRowLimit) {
  return httpHandler(route, async ({ params, query, caller }) => {
    assertInScope(caller, query.area);
    const d = deps();
    const { group } = params;
    assertMemberFilters(group, query);
    const filters: Filters = { category: query.category, grade: query.grade };
    const [members, community] = await Promise.all([
      ledgerMembers(d, group, { ...filters, area: query.area }, maxRows),
      communityNames(d, communityOf(query.area)),
    ]);
    if (!members) {
      throw exportTooLarge(`${query.area} 的${groupLabel(group)}`, maxRows, isDerivedGroup(group) ? '网格' : '网格或类别、等级');
    }
    const { spec, fileName } = groupLedger({ group, area: query.area, community, filters, members, today: d.now() });
    return workbookFile(spec, fileName);
  });
}

export const handler = createHandler();
