import {
  type CountedFacts,
  type CounterChange,
  contributionOf,
  counterChanges,
  deathChange,
  isNewer,
  type MembershipState,
  type PersonState,
  type Stamp,
} from './population.ts';

/**
 * How the registry's events change the projection of one person (facts and memberships), and the counters
 * with it. Each event is a step from the person as projected to the next state, or nothing when it is not
 * newer; a batch folds a person's steps in order and moves the counters once, by the difference between
 * the person as read and as folded, so it counts exactly as the events one by one would have.
 */

/** The person as projected: facts (absent while only group events have come) and every membership. */
export interface ProjectedPerson {
  person: PersonState | undefined;
  memberships: readonly MembershipState[];
}

/** What one event makes of the person, or undefined when it is not newer than what is projected. */
export type PersonStep = (current: ProjectedPerson) => { next: ProjectedPerson; extra?: CounterChange[] } | undefined;

/** A registry person event's facts: the newest facts win; a death counts once, in the month of death. */
export function personFactsStep(
  eventId: string,
  change: {
    facts: CountedFacts;
    asOf: string;
    status: 'active' | 'moved-out' | 'deceased';
    leftOn?: string | undefined;
    burialMethod?: string | undefined;
  },
): PersonStep {
  const stamp: Stamp = { asOf: change.asOf, eventId };
  const { area, residence, sex, birthDate } = change.facts;
  return (current) => {
    if (!isNewer(current.person?.stamp, stamp)) return undefined;
    const person: PersonState = { facts: { area, residence, sex, birthDate }, status: change.status, stamp };
    const dateOfDeath = change.status === 'deceased' ? change.leftOn : undefined;
    const extra = deathChange(current.person, person, dateOfDeath, change.burialMethod);
    return { next: { person, memberships: current.memberships }, extra };
  };
}

/** The disability grade as a number 1–4 whichever way the attributes carry it. */
function gradeOf(value: unknown): number | undefined {
  const grade = typeof value === 'string' ? Number(value) : value;
  return typeof grade === 'number' && Number.isInteger(grade) ? grade : undefined;
}

/**
 * A GroupMembershipChanged: joined and changed count the person (with the disabled category and grade as
 * they are now), left stops counting them. The person's own area decides where they count, so a move,
 * which the registry makes without a group event, moves their memberships with them.
 */
export function membershipStep(
  eventId: string,
  occurredAt: string,
  data: { group: string; change: 'joined' | 'changed' | 'left'; area: string; attributes: Record<string, unknown> },
): PersonStep {
  const stamp: Stamp = { asOf: occurredAt, eventId };
  const category = typeof data.attributes.category === 'string' ? data.attributes.category : undefined;
  const grade = gradeOf(data.attributes.grade);
  return (current) => {
    const kept = current.memberships.find((membership) => membership.group === data.group);
    if (!isNewer(kept?.stamp, stamp)) return undefined;
    const membership: MembershipState = {
      group: data.group,
      area: data.area,
      member: data.change !== 'left',
      ...(category ? { category } : {}),
      ...(grade !== undefined ? { grade } : {}),
      stamp,
    };
    const memberships = [...current.memberships.filter((m) => m.group !== data.group), membership];
    return { next: { person: current.person, memberships } };
  };
}

export interface FoldedPerson extends ProjectedPerson {
  /** The counter changes the steps make together, at every level. */
  changes: CounterChange[];
  /** How many of the steps changed something. */
  applied: number;
}

/** A person's steps applied in order to the person as read; undefined when none of them is newer. */
export function foldSteps(read: ProjectedPerson, steps: readonly PersonStep[]): FoldedPerson | undefined {
  let current = read;
  const extra: CounterChange[] = [];
  let applied = 0;
  for (const step of steps) {
    const result = step(current);
    if (!result) continue;
    current = result.next;
    extra.push(...(result.extra ?? []));
    applied += 1;
  }
  if (applied === 0) return undefined;
  const changes = [
    ...counterChanges(contributionOf(read.person, read.memberships), contributionOf(current.person, current.memberships)),
    ...extra,
  ];
  return { ...current, changes, applied };
}
