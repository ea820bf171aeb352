import type { ApplicationStateName } from '@shequ/contracts';

/**
 * Benefits as statistics sees them: one projection per application, moved by the subsidies' status events.
 * Stock counters (BENEFITS) hold what is in force now; flow counters (FLOW#<month>) what happened in a month.
 * Counter names: `<programme>:households|persons|monthlyFen` and the same under `all:` for every programme.
 */
export const ALL_PROGRAMMES = 'all';

/** The programme code of 城乡居民最低生活保障 in the subsidies catalogue. */
export const DIBAO = 'dibao';

export type Deltas = Record<string, number>;

/** What one application contributes to the stock while in force, as of its latest event. */
export interface BenefitProjection {
  applicationId: string;
  programme: string;
  area: string;
  householdId?: string;
  persons: number;
  monthlyFen: number;
  state: ApplicationStateName;
  inForce: boolean;
  /** The event's time and id (`<ISO instant>#<event id>`): a projection only moves forward. */
  asOf: string;
}

/** What the status event says about the application (the contract's data, the part read here). */
export interface BenefitStatus {
  applicationId: string;
  programme: string;
  area: string;
  from?: ApplicationStateName | undefined;
  to: ApplicationStateName;
  amountFen?: number | undefined;
  programmePeriod?: 'monthly' | 'yearly' | 'one-off' | undefined;
  householdId?: string | undefined;
  personsCovered?: number | undefined;
}

/** A benefit is in force while active; a suspended one is not paid and not counted. */
export const isInForce = (state: ApplicationStateName) => state === 'active';

/** The order key of an event: its instant normalised to UTC, then its id to break ties. */
export function eventOrder(occurredAt: string, eventId: string): string {
  return `${new Date(occurredAt).toISOString()}#${eventId}`;
}

export function projectionOf(status: BenefitStatus, asOf: string): BenefitProjection {
  // Yearly and one-off amounts are not a monthly outlay; they show in the month they are paid.
  const monthly = status.programmePeriod === undefined || status.programmePeriod === 'monthly';
  return {
    applicationId: status.applicationId,
    programme: status.programme,
    area: status.area,
    ...(status.householdId ? { householdId: status.householdId } : {}),
    persons: status.personsCovered ?? 1,
    monthlyFen: monthly ? (status.amountFen ?? 0) : 0,
    state: status.to,
    inForce: isInForce(status.to),
    asOf,
  };
}

/** True when `next` comes after what is kept (a late or repeated event changes nothing). */
export const isNewer = (kept: BenefitProjection | undefined, next: BenefitProjection) =>
  kept === undefined || kept.asOf < next.asOf;

function contribution(projection: BenefitProjection | undefined, sign: 1 | -1): Deltas {
  if (!projection?.inForce) return {};
  const out: Deltas = {};
  for (const programme of [projection.programme, ALL_PROGRAMMES]) {
    out[`${programme}:households`] = sign;
    out[`${programme}:persons`] = sign * projection.persons;
    out[`${programme}:monthlyFen`] = sign * projection.monthlyFen;
  }
  return out;
}

function merge(into: Map<string, Deltas>, area: string, deltas: Deltas): void {
  const kept = into.get(area) ?? {};
  for (const [name, value] of Object.entries(deltas)) kept[name] = (kept[name] ?? 0) + value;
  into.set(area, kept);
}

/** The stock changes, by area, of replacing `kept` with `next`: the old contribution out, the new one in. */
export function stockChanges(kept: BenefitProjection | undefined, next: BenefitProjection): Map<string, Deltas> {
  const changes = new Map<string, Deltas>();
  if (kept) merge(changes, kept.area, contribution(kept, -1));
  merge(changes, next.area, contribution(next, 1));
  for (const [area, deltas] of changes) {
    const nonZero = Object.fromEntries(Object.entries(deltas).filter(([, value]) => value !== 0));
    if (Object.keys(nonZero).length === 0) changes.delete(area);
    else changes.set(area, nonZero);
  }
  return changes;
}

/**
 * What the event itself is in the month's flow, whatever order it arrives in: a benefit granted (approval
 * makes it active) or ended (from active or suspended).
 */
export function flowOf(status: BenefitStatus): Deltas {
  if (status.to === 'active' && status.from === 'subdistrict-approval') {
    return { [`benefits:${status.programme}:new`]: 1, [`benefits:${ALL_PROGRAMMES}:new`]: 1 };
  }
  if (status.to === 'ended' && (status.from === 'active' || status.from === 'suspended')) {
    return { [`benefits:${status.programme}:ended`]: 1, [`benefits:${ALL_PROGRAMMES}:ended`]: 1 };
  }
  return {};
}

/** One payment in the month it was paid. */
export function paymentFlow(programme: string, amountFen: number): Deltas {
  return {
    [`payments:${programme}:count`]: 1,
    [`payments:${programme}:fen`]: amountFen,
    [`payments:${ALL_PROGRAMMES}:count`]: 1,
    [`payments:${ALL_PROGRAMMES}:fen`]: amountFen,
  };
}
