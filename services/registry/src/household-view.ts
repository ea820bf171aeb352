import { housingHardshipLabels, relationshipLabels } from './domain/households.ts';
import { toPersonView } from './person-view.ts';
import type { HouseholdSummary, HouseholdView } from './schemas/households.ts';
import type { RegistryDeps } from './store/deps.ts';
import type { HouseholdRecord, HouseholdState } from './store/households.ts';
import { getPerson } from './store/persons.ts';

/** What callers see of a household's own fields (no members): the list's rows. */
export function toHouseholdSummary(household: HouseholdRecord): HouseholdSummary {
  return {
    id: household.id,
    area: household.area,
    ...(household.address ? { address: household.address } : {}),
    ...(household.headPersonId ? { headPersonId: household.headPersonId } : {}),
    ...(household.headName ? { headName: household.headName } : {}),
    status: household.status,
    size: household.size,
    ...(household.perCapitaIncome !== undefined ? { perCapitaIncome: household.perCapitaIncome } : {}),
    housingHardship: { ...household.housingHardship, label: housingHardshipLabels[household.housingHardship.kind] },
    version: household.version,
    createdAt: household.createdAt,
    updatedAt: household.updatedAt,
  };
}

/** A household with its members, each member's person masked as in every other read. */
export async function toHouseholdView(deps: RegistryDeps, state: HouseholdState): Promise<HouseholdView> {
  const today = deps.now();
  const { headName: _headName, ...summary } = toHouseholdSummary(state.household);
  const members = await Promise.all(
    state.members.map(async (member) => {
      const person = await getPerson(deps, member.personId);
      return {
        personId: member.personId,
        relationship: member.relationship,
        relationshipLabel: relationshipLabels[member.relationship],
        joinedAt: member.joinedAt,
        ...(person ? { person: await toPersonView(person, { reveal: false, pii: deps.pii, today }) } : {}),
      };
    }),
  );
  return { ...summary, members };
}
