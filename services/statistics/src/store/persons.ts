import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { PersonFactsChange } from '@shequ/contracts';
import { isLostRace, key, queryAll, type TransactItem } from '@shequ/ddb';
import {
  type CounterChange,
  contributionOf,
  counterChanges,
  deathChange,
  isNewer,
  type MembershipState,
  type PersonState,
  type Stamp,
} from '../domain/population.ts';
import { addToCounter } from './counters.ts';
import type { StatisticsDeps } from './deps.ts';

/**
 * The projection of persons that the population and group counters are derived from: one partition per
 * person holding their facts (`PROJECTION`) and their group memberships (`MEMBERSHIP#<group>`). The
 * projection item carries a revision that every change of the partition bumps under a condition, so two
 * events for the same person never both apply from the same reading: the loser reads again.
 */
const personPk = (personId: string) => key('PERSON', personId);
const PROJECTION = 'PROJECTION';
const MEMBERSHIP_PREFIX = 'MEMBERSHIP#';

export interface PersonPartition {
  personId: string;
  person: PersonState | undefined;
  /** 0 when nothing is kept for the person yet. */
  rev: number;
  memberships: MembershipState[];
}

export async function readPersonPartition(deps: StatisticsDeps, personId: string): Promise<PersonPartition> {
  const items = await queryAll(deps, {
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': personPk(personId) },
    ConsistentRead: true,
  });
  const projection = items.find((item) => item.sk === PROJECTION);
  const memberships = items
    .filter((item) => String(item.sk).startsWith(MEMBERSHIP_PREFIX))
    .map((item) => item.membership as MembershipState);
  return {
    personId,
    person: projection?.person as PersonState | undefined,
    rev: typeof projection?.rev === 'number' ? projection.rev : 0,
    memberships,
  };
}

/** How many times a change is tried against a fresh reading before the event is left to redelivery. */
const ATTEMPTS = 10;

/**
 * Applies one change to a person's partition: `decide` gets the current reading and returns the new state
 * (or undefined when the event is not newer, which changes nothing). The projection, the membership and
 * the counter differences commit in one transaction conditioned on the revision read; a lost race reads
 * again, and after a few tries throws so the event is redelivered. Returns false when nothing changed.
 */
export async function changePerson(
  deps: StatisticsDeps,
  personId: string,
  decide: (
    read: PersonPartition,
  ) => { person: PersonState | undefined; membership?: MembershipState; extra?: CounterChange[] } | undefined,
): Promise<boolean> {
  for (let attempt = 1; ; attempt += 1) {
    const read = await readPersonPartition(deps, personId);
    const next = decide(read);
    if (!next) return false;
    const memberships = next.membership
      ? [...read.memberships.filter((m) => m.group !== next.membership?.group), next.membership]
      : read.memberships;
    const changes = [
      ...counterChanges(contributionOf(read.person, read.memberships), contributionOf(next.person, memberships)),
      ...(next.extra ?? []),
    ];
    const items: TransactItem[] = [
      {
        Put: {
          TableName: deps.tableName,
          Item: {
            pk: personPk(personId),
            sk: PROJECTION,
            entity: 'person-projection',
            personId,
            ...(next.person ? { person: next.person } : {}),
            rev: read.rev + 1,
          },
          ...(read.rev === 0
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : { ConditionExpression: 'rev = :rev', ExpressionAttributeValues: { ':rev': read.rev } }),
        },
      },
      ...(next.membership
        ? [
            {
              Put: {
                TableName: deps.tableName,
                Item: {
                  pk: personPk(personId),
                  sk: MEMBERSHIP_PREFIX + next.membership.group,
                  entity: 'membership-projection',
                  membership: next.membership,
                },
              },
            },
          ]
        : []),
      ...changes
        .map((change) => addToCounter(deps, change.area, change.bucket, change.deltas))
        .filter((item) => item !== undefined),
    ];
    try {
      await deps.client.send(new TransactWriteCommand({ TransactItems: items }));
      return true;
    } catch (error) {
      if (!isLostRace(error) || attempt >= ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 30));
    }
  }
}

/**
 * Keeps a person's facts from a registry person event and moves the counters: an event not newer than the
 * facts kept changes nothing; a death counts in the month of death, once. False when nothing changed.
 */
export async function countPersonChange(deps: StatisticsDeps, eventId: string, change: PersonFactsChange): Promise<boolean> {
  const stamp: Stamp = { asOf: change.asOf, eventId };
  const { area, residence, sex, birthDate } = change.facts;
  return changePerson(deps, change.facts.personId, (read) => {
    if (!isNewer(read.person?.stamp, stamp)) return undefined;
    const person: PersonState = { facts: { area, residence, sex, birthDate }, status: change.status, stamp };
    return { person, extra: deathChange(read.person, person, change.status === 'deceased' ? change.leftOn : undefined) };
  });
}
