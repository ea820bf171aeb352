import { applyBySubject, getItems, key, queryPartitions, type TransactUnit } from '@shequ/ddb';
import type { MembershipState, PersonState } from '../domain/population.ts';
import { foldSteps, type PersonStep, type ProjectedPerson } from '../domain/registry-changes.ts';
import { counterUpdate } from './counters.ts';
import type { StatisticsDeps } from './deps.ts';

/**
 * The projection of persons that the population and group counters are derived from: one item per person
 * (`PROJECTION`) holding their facts and their group memberships, with a revision that every change bumps
 * under a condition, so two deliveries for the same person never both apply from the same reading: the
 * loser reads again. Items written before memberships moved into the projection kept each membership in
 * the same partition as `MEMBERSHIP#<group>`; they are read until the person next changes.
 */
const personPk = (personId: string) => key('PERSON', personId);
const PROJECTION = 'PROJECTION';
const LEGACY_MEMBERSHIP_PREFIX = 'MEMBERSHIP#';

export interface PersonReading extends ProjectedPerson {
  /** 0 when nothing is kept for the person yet. */
  rev: number;
}

/** The persons as projected, by id (absent when nothing is kept for them): one BatchGet per hundred. */
export async function readPersons(deps: StatisticsDeps, personIds: readonly string[]): Promise<Map<string, PersonReading>> {
  const items = await getItems(
    deps,
    personIds.map((personId) => ({ pk: personPk(personId), sk: PROJECTION })),
  );
  const readings = new Map<string, PersonReading>();
  const legacy: string[] = [];
  for (const item of items.values()) {
    const personId = String(item.personId);
    const memberships = item.memberships as MembershipState[] | undefined;
    if (!memberships) legacy.push(personId);
    readings.set(personId, {
      person: item.person as PersonState | undefined,
      memberships: memberships ?? [],
      rev: typeof item.rev === 'number' ? item.rev : 0,
    });
  }
  if (legacy.length > 0) {
    const partitions = await queryPartitions(deps, legacy.map(personPk));
    for (const personId of legacy) {
      const reading = readings.get(personId);
      const partition = partitions.get(personPk(personId)) ?? [];
      const projection = partition.find((item) => item.sk === PROJECTION);
      // The Query read the projection after its memberships: its revision is the one they belong to, or older.
      if (!reading || !projection) continue;
      reading.rev = typeof projection.rev === 'number' ? projection.rev : 0;
      reading.person = projection.person as PersonState | undefined;
      reading.memberships = partition
        .filter((item) => String(item.sk).startsWith(LEGACY_MEMBERSHIP_PREFIX))
        .map((item) => item.membership as MembershipState);
    }
  }
  return readings;
}

/**
 * The one transaction unit of a person's folded change: the projection at the next revision, conditioned
 * on the revision read, and the counter differences (summed with other persons' by the caller's packing).
 */
function personUnit(
  deps: StatisticsDeps,
  personId: string,
  read: PersonReading,
  steps: readonly PersonStep[],
): TransactUnit | undefined {
  const folded = foldSteps(read, steps);
  if (!folded) return undefined;
  return {
    items: [
      {
        Put: {
          TableName: deps.tableName,
          Item: {
            pk: personPk(personId),
            sk: PROJECTION,
            entity: 'person-projection',
            personId,
            ...(folded.person ? { person: folded.person } : {}),
            memberships: folded.memberships,
            rev: read.rev + 1,
          },
          ...(read.rev === 0
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : { ConditionExpression: 'rev = :rev', ExpressionAttributeValues: { ':rev': read.rev } }),
        },
      },
    ],
    counters: folded.changes
      .map((change) => counterUpdate(deps, change.area, change.bucket, change.deltas))
      .filter((update) => update !== undefined),
  };
}

export interface PersonsChanged {
  /** Persons some step changed, and persons none did (every event not newer). */
  changed: number;
  unchanged: number;
  /** Persons whose change kept losing to concurrent ones: their events are to be delivered again. */
  failed: { personId: string; error: unknown }[];
  transactions: number;
}

/**
 * Applies the steps of many persons at once: each person's steps fold in order onto a fresh reading, and
 * every person's projection with all the counter differences commits in as few transactions as fit. A
 * person whose revision moved meanwhile is read and folded again; the others stay written.
 */
export async function changePersons(
  deps: StatisticsDeps,
  steps: readonly { personId: string; step: PersonStep }[],
): Promise<PersonsChanged> {
  const byPerson = new Map<string, PersonStep[]>();
  for (const { personId, step } of steps) byPerson.set(personId, [...(byPerson.get(personId) ?? []), step]);
  const applied = await applyBySubject(deps, [...byPerson.keys()], {
    read: (personIds) => readPersons(deps, personIds),
    plan: (personId, read) =>
      personUnit(deps, personId, read ?? { person: undefined, memberships: [], rev: 0 }, byPerson.get(personId) ?? []),
  });
  return {
    changed: applied.written.length,
    unchanged: applied.unchanged.length,
    failed: applied.failed.map(({ subject, error }) => ({ personId: subject, error })),
    transactions: applied.transactions,
  };
}
