import type { PopulationCount } from '@shequ/contracts';

/** The numbers of the POPULATION counter that the registry's own count can confirm. */
export const populationFields = ['total', 'registered', 'migrant', 'male', 'female'] as const;
export type PopulationField = (typeof populationFields)[number];

/** One number that differed: what the registry counted and what the counter held. */
export interface FieldDrift {
  field: PopulationField;
  expected: number;
  found: number;
}

/** What a reconciliation did about an area's drift: corrected it, or left it because the counter moved meanwhile. */
export type DriftOutcome = 'corrected' | 'busy';

/** Where the counter (missing numbers are zero) differs from the registry's count, field by field. */
export function populationDrift(counted: PopulationCount, counter: Readonly<Record<string, number>>): FieldDrift[] {
  return populationFields
    .map((field) => ({ field, expected: counted[field], found: counter[field] ?? 0 }))
    .filter((drift) => drift.expected !== drift.found);
}

/** The amounts to ADD so the counter holds the registry's count. */
export function correctionOf(drifts: readonly FieldDrift[]): Record<string, number> {
  return Object.fromEntries(drifts.map((drift) => [drift.field, drift.expected - drift.found]));
}
