/**
 * Households as statistics sees them: one projection per household, moved by the registry's HouseholdChanged
 * (which carries a version that grows with every change, so the highest seen wins). A household counts where
 * it is registered while not dissolved: in the HOUSEHOLDS bucket `households` and `persons`, and, when its
 * housing is a hardship (住房困难, 廉租房, 公租房, 危房), `housing:<kind>`, `housing:<kind>:persons` and the
 * `housing:hardship-any` total of households in any hardship.
 */
export const HOUSEHOLDS_BUCKET = 'HOUSEHOLDS';
export const ANY_HARDSHIP = 'hardship-any';

/** The housing situations counted as hardship (the registry's kinds but `none`), with their labels. */
export const housingHardshipLabels: Record<string, string> = {
  hardship: '住房困难',
  'low-rent-housing': '廉租房',
  'public-rental-housing': '公租房',
  dilapidated: '危房',
};

export interface HouseholdProjection {
  householdId: string;
  area: string;
  version: number;
  size: number;
  housing: string;
  dissolved: boolean;
}

export type Deltas = Record<string, number>;

/** What one household adds to its area's HOUSEHOLDS counter. */
export function householdContribution(household: HouseholdProjection | undefined): Deltas {
  if (!household || household.dissolved) return {};
  const out: Deltas = { households: 1, persons: household.size };
  if (household.housing in housingHardshipLabels) {
    out[`housing:${household.housing}`] = 1;
    out[`housing:${household.housing}:persons`] = household.size;
    out[`housing:${ANY_HARDSHIP}`] = 1;
    out[`housing:${ANY_HARDSHIP}:persons`] = household.size;
  }
  return out;
}

/** The counter changes, by area, of replacing `kept` with `next`; areas whose changes all cancel are left out. */
export function householdChanges(kept: HouseholdProjection | undefined, next: HouseholdProjection): Map<string, Deltas> {
  const changes = new Map<string, Deltas>();
  const add = (area: string, deltas: Deltas, sign: 1 | -1) => {
    const into = changes.get(area) ?? {};
    for (const [name, value] of Object.entries(deltas)) into[name] = (into[name] ?? 0) + sign * value;
    changes.set(area, into);
  };
  if (kept) add(kept.area, householdContribution(kept), -1);
  add(next.area, householdContribution(next), 1);
  for (const [area, deltas] of changes) {
    const nonZero = Object.fromEntries(Object.entries(deltas).filter(([, value]) => value !== 0));
    if (Object.keys(nonZero).length === 0) changes.delete(area);
    else changes.set(area, nonZero);
  }
  return changes;
}
