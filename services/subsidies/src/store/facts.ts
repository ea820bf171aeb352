import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { HousingHardship, PersonFacts as RegistryPersonFacts } from '@shequ/contracts';
import { key, putAllIfNewer, putIfNewer, queryAll, recordOf, type TransactItem } from '@shequ/ddb';
import type { PersonFacts } from '../domain/eligibility.ts';
import type { SubsidiesDeps } from './deps.ts';

/**
 * This service's own copy of the registry facts eligibility is decided on: a person item, one item per
 * special group, and the household with its size and income. Events may arrive late, twice or out of
 * order, so every write is guarded by the event's time (persons, groups) or the household's version.
 */

export type PersonStatus = 'active' | 'moved-out' | 'deceased';

export interface PersonFactsRecord extends RegistryPersonFacts {
  status: PersonStatus;
  /** Day of death or of moving out: benefits end then. */
  leftOn?: string;
  /** When the registry recorded the fact this item reflects; an older event never overwrites it. */
  asOf: string;
}

export interface GroupFactRecord {
  personId: string;
  group: string;
  member: boolean;
  attributes: Record<string, unknown>;
  asOf: string;
}

export interface HouseholdFactsRecord {
  householdId: string;
  area: string;
  size: number;
  perCapitaIncome?: number;
  housingHardship: HousingHardship;
  memberIds: string[];
  headPersonId?: string;
  householdVersion: number;
}

/** Everything known about one person: the registry facts and the household they belong to, if any. */
export interface KnownPerson {
  person: PersonFactsRecord;
  groups: GroupFactRecord[];
  household?: HouseholdFactsRecord;
}

const personKey = (personId: string) => ({ pk: key('PERSON', personId), sk: 'FACTS' });
const groupKey = (personId: string, group: string) => ({ pk: key('PERSON', personId), sk: key('GROUP', group) });
const membershipKey = (personId: string) => ({ pk: key('PERSON', personId), sk: 'HOUSEHOLD' });
const householdKey = (householdId: string) => ({ pk: key('HOUSEHOLD', householdId), sk: 'FACTS' });

/** A person's facts as of `asOf`, as stored; `status` follows the event (moved out and death are final). */
export function personFactsItem(facts: RegistryPersonFacts, asOf: string, status: PersonStatus = 'active', leftOn?: string) {
  const record: PersonFactsRecord = { ...facts, status, ...(leftOn ? { leftOn } : {}), asOf };
  return { ...personKey(facts.personId), entity: 'person-facts', ...record };
}

/** One group membership (joined, changed or left) as of `asOf`, as stored. */
export function groupFactItem(fact: GroupFactRecord) {
  return { ...groupKey(fact.personId, fact.group), entity: 'group-fact', ...fact };
}

export type FactItem = ReturnType<typeof personFactsItem> | ReturnType<typeof groupFactItem>;

/** Keeps a person's facts as of `asOf`; false when the kept ones are as new. */
export function keepPersonFacts(
  deps: SubsidiesDeps,
  facts: RegistryPersonFacts,
  asOf: string,
  status: PersonStatus = 'active',
  leftOn?: string,
): Promise<boolean> {
  return putIfNewer(deps, personFactsItem(facts, asOf, status, leftOn));
}

/** Keeps one group membership as of `asOf`; false when the kept one is as new. */
export function keepGroupFact(deps: SubsidiesDeps, fact: GroupFactRecord): Promise<boolean> {
  return putIfNewer(deps, groupFactItem(fact));
}

/** Keeps many person and group facts at once, as if one by one in the order given, in a few transactions. */
export async function keepFacts(deps: SubsidiesDeps, items: readonly FactItem[]) {
  const { kept, skipped, transactions } = await putAllIfNewer(deps, items);
  return { kept: kept.length, skipped: skipped.length, transactions };
}

/**
 * Keeps a household at `householdVersion` and points each member at it; members it no longer lists stop
 * pointing at it (unless they already point elsewhere). A version at or below the stored one is ignored.
 */
export async function keepHousehold(deps: SubsidiesDeps, household: HouseholdFactsRecord): Promise<boolean> {
  const stored = await deps.client.send(
    new GetCommand({ TableName: deps.tableName, Key: householdKey(household.householdId), ConsistentRead: true }),
  );
  const previous = stored.Item ? recordOf<HouseholdFactsRecord>(stored.Item) : undefined;
  if (previous && previous.householdVersion >= household.householdVersion) return false;

  // Members the household no longer lists stop pointing at it, unless they already point at another one.
  const leaving = (previous?.memberIds ?? []).filter((personId) => !household.memberIds.includes(personId));
  const stillHere = await Promise.all(
    leaving.map(async (personId) => {
      const got = await deps.client.send(
        new GetCommand({ TableName: deps.tableName, Key: membershipKey(personId), ConsistentRead: true }),
      );
      return got.Item?.householdId === household.householdId ? personId : undefined;
    }),
  );
  const items: TransactItem[] = [
    {
      Put: {
        TableName: deps.tableName,
        Item: { ...householdKey(household.householdId), entity: 'household-facts', ...household },
        ...(previous
          ? { ConditionExpression: 'householdVersion = :seen', ExpressionAttributeValues: { ':seen': previous.householdVersion } }
          : { ConditionExpression: 'attribute_not_exists(pk)' }),
      },
    },
    ...household.memberIds.map(
      (personId): TransactItem => ({
        Put: {
          TableName: deps.tableName,
          Item: { ...membershipKey(personId), entity: 'household-membership', householdId: household.householdId },
        },
      }),
    ),
    ...stillHere
      .filter((personId) => personId !== undefined)
      .map(
        (personId): TransactItem => ({
          Delete: {
            TableName: deps.tableName,
            Key: membershipKey(personId),
            ConditionExpression: 'householdId = :household',
            ExpressionAttributeValues: { ':household': household.householdId },
          },
        }),
      ),
  ];
  // A lost race (another delivery of this household, a member moving meanwhile) throws: the queue retries
  // the event, which then re-reads and either applies or finds itself outdated.
  await deps.client.send(new TransactWriteCommand({ TransactItems: items }));
  return true;
}

/** The person's facts, groups and household, or undefined while the registry has told this service nothing. */
export async function knownPerson(deps: SubsidiesDeps, personId: string): Promise<KnownPerson | undefined> {
  const items = await queryAll(deps, {
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': key('PERSON', personId) },
    ConsistentRead: true,
  });
  const personItem = items.find((item) => item.entity === 'person-facts');
  if (!personItem) return undefined;
  const groups = items.filter((item) => item.entity === 'group-fact').map((item) => recordOf<GroupFactRecord>(item));
  const membership = items.find((item) => item.entity === 'household-membership');
  let household: HouseholdFactsRecord | undefined;
  if (membership) {
    const got = await deps.client.send(
      new GetCommand({ TableName: deps.tableName, Key: householdKey(String(membership.householdId)) }),
    );
    household = got.Item ? recordOf<HouseholdFactsRecord>(got.Item) : undefined;
  }
  return { person: recordOf<PersonFactsRecord>(personItem), groups, ...(household ? { household } : {}) };
}

/** The facts the eligibility rules read, from what is known about the person. */
export function eligibilityFacts(known: KnownPerson): PersonFacts {
  const { person, groups, household } = known;
  const memberOf = groups.filter((g) => g.member);
  const disabled = memberOf.find((g) => g.group === 'disabled');
  const category = disabled?.attributes.category;
  const grade = disabled?.attributes.grade;
  return {
    birthDate: person.birthDate,
    sex: person.sex,
    residence: person.residence,
    area: person.area,
    groups: memberOf.map((g) => g.group),
    ...(typeof category === 'string' && typeof grade === 'number' ? { disability: { category, grade } } : {}),
    ...(household?.perCapitaIncome !== undefined
      ? { household: { size: household.size, perCapitaIncome: household.perCapitaIncome } }
      : {}),
  };
}
