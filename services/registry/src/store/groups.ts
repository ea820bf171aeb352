import { GetCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { communityOf, createEvent, type EventEnvelope, GroupMembershipChanged } from '@shequ/contracts';
import {
  ConcurrentModificationError,
  createPut,
  failedConditionIndex,
  isLostRace,
  key,
  newId,
  queryAll,
  type TransactItem,
  versionedPut,
  writeWithEvents,
} from '@shequ/ddb';
import { assertInScope, type Caller, Conflict, Forbidden, fieldErrorsFrom, NotFound, ValidationFailed } from '@shequ/kit';
import { gridOf } from '../domain/areas.ts';
import {
  birthDateRange,
  changedAttributes,
  type DerivedGroupName,
  derivedGroupDefinitions,
  eligibilityProblem,
  eventFacts,
  facetsOf,
  type GroupCounts,
  type GroupName,
  groupDefinition,
  holderIdProblem,
  maskSensitive,
  mergeAttributes,
  roleRefusal,
  tallyByAgeBand,
  tallyMembers,
} from '../domain/groups.ts';
import { isListed } from '../domain/persons.ts';
import { auditPut } from './audit.ts';
import type { RegistryDeps } from './deps.ts';
import { gsi1PageKey, queryFilledPage, readAllPages } from './filled-page.ts';
import { householdIdOf } from './households.ts';
import { getPerson, type PersonRecord } from './persons.ts';

export type { GroupName } from '../domain/groups.ts';
export { groupNames } from '../domain/groups.ts';

/** A person's membership of a stored group, as kept. Sensitive attributes are masked here, sealed alongside. */
export interface GroupMembership {
  personId: string;
  group: GroupName;
  name: string;
  area: string;
  birthDate: string;
  sex: 'male' | 'female';
  attributes: Record<string, unknown>;
  /** Ciphertexts of sensitive attributes (certificate numbers), by attribute. */
  sealed: Record<string, string>;
  /** Keyed hashes of sensitive attributes, compared to tell a real change from a re-import. */
  fingerprints: Record<string, string>;
  category?: string;
  grade?: number;
  joinedAt: string;
  joinedBy: string;
  updatedAt: string;
  updatedBy: string;
  version: number;
}

export type GroupChange = 'joined' | 'changed' | 'left';

export interface GroupHistoryEntry {
  group: GroupName;
  change: GroupChange;
  actor: string;
  at: string;
  /** Attributes before and after (sensitive ones masked). */
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  reason?: string;
}

/** What a change is about to do, for the caller's authorisation (scope, role) before anything is written. */
export interface PlannedChange {
  area: string;
  group: GroupName;
  action: 'join' | 'change' | 'leave';
  /** Attributes that change (empty on a join, a leave or a no-op). */
  changed: readonly string[];
}

export interface GroupWriteOptions {
  actor: string;
  /**
   * Throws to refuse (out of scope, role not allowed). Called before validation with the action, and
   * again with the changed attributes once they are known; always before any write.
   */
  guard?: (plan: PlannedChange) => void;
  /** Where the fields of validation problems are reported: `body.attributes` for the API, `attributes` for imports. */
  attributesField?: string;
  personField?: string;
}

/** A request's guard: the person must be in the caller's scope, and the caller's role may make this change. */
export function groupGuard(caller: Caller): (plan: PlannedChange) => void {
  return (plan) => {
    assertInScope(caller, plan.area);
    const refusal = roleRefusal(caller.role, plan.group, plan.action, plan.changed);
    if (refusal) throw new Forbidden(refusal);
  };
}

const gsi2PageKey = ['gsi2pk', 'gsi2sk', 'pk', 'sk'] as const;

const membershipKey = (personId: string, group: GroupName) => ({ pk: key('PERSON', personId), sk: key('GROUP', group) });
/** Memberships (`GROUP#…`) and their history (`GROUPHIST#…`) share the person's partition and the `GROUP` prefix. */
const GROUP_PREFIX = 'GROUP';
const HISTORY_PREFIX = 'GROUPHIST';

/**
 * Joins a person to a group, or updates the attributes when they differ (history, audit and event
 * written with it), or changes nothing when they are equal, so re-importing a spreadsheet is a no-op.
 * On an existing membership the given attributes are merged over the stored ones (a row that does not
 * carry `needs` keeps the recorded needs; `null` clears one). The result is validated against the
 * group's schema: `ValidationFailed` with Chinese messages on fields `attributes.<name>` (`personId`
 * when the person cannot be in the group, e.g. too young); `NotFound` for an unknown person.
 */
export async function joinOrUpdateGroup(
  deps: RegistryDeps,
  input: { personId: string; group: GroupName; attributes: Record<string, unknown> },
  actor: string,
): Promise<{ changed: boolean; membership: GroupMembership }> {
  return setGroupMembership(deps, { ...input, mode: 'upsert' }, { actor });
}

/**
 * Writes a membership. `join` takes the attributes as given and refuses an existing different
 * membership (409: change it with its version); `change` needs the version last read and merges the
 * given attributes over the stored ones; `upsert` (imports) joins, or merges over whatever is stored.
 * Equal attributes write nothing and answer `changed: false`.
 */
export async function setGroupMembership(
  deps: RegistryDeps,
  input: {
    personId: string;
    group: GroupName;
    attributes: Record<string, unknown>;
    mode: 'join' | 'change' | 'upsert';
    version?: number | undefined;
  },
  options: GroupWriteOptions,
): Promise<{ changed: boolean; membership: GroupMembership }> {
  const { group } = input;
  const person = await activePerson(deps, input.personId);
  const existing = await getMembership(deps, input.personId, group);
  // Scope and role first, so a caller who may not act learns nothing from validation.
  options.guard?.({ area: existing?.area ?? person.area, group, action: existing ? 'change' : 'join', changed: [] });
  if (input.mode === 'change') {
    if (!existing) throw new NotFound(`该人员不在「${groupDefinition(group).label}」中，请先纳入`);
    if (existing.version !== input.version) throw new ConcurrentModificationError();
  }
  // A change names only what changes: the rest, sensitive values included, is taken as stored.
  const current = existing && input.mode !== 'join' ? await unsealed(deps, existing) : {};

  const now = deps.now();
  const attributes = await checkedAttributes(deps, person, group, mergeAttributes(current, input.attributes), {
    attributesField: options.attributesField ?? 'attributes',
    personField: options.personField ?? 'personId',
    joining: !existing,
    now,
  });

  if (existing) {
    const sealed = await seal(deps, group, attributes);
    const changed = changedAttributes(group, existing, sealed);
    if (changed.length > 0) options.guard?.({ area: existing.area, group, action: 'change', changed });
    if (changed.length === 0) return { changed: false, membership: existing };
    if (input.mode === 'join') {
      throw new Conflict('already-member', '该人员已在该群体中；修改属性请带上查看时返回的 version');
    }
    const membership: GroupMembership = {
      ...existing,
      ...sealed,
      ...facetsOf(group, attributes),
      name: person.name,
      area: person.area,
      updatedAt: now.toISOString(),
      updatedBy: options.actor,
      version: existing.version + 1,
    };
    await writeChange(
      deps,
      changeWrite(deps, membership, 'changed', {
        item: versionedPut(deps.tableName, membershipItem(membership), existing.version),
        history: { before: existing.attributes, after: membership.attributes },
        audit: changed.map((name) => `groups.${group}.${name}`),
        actor: options.actor,
      }),
    );
    return { changed: true, membership };
  }

  const planned = await planJoin(deps, person, group, attributes, options.actor, now);
  await writeChange(deps, planned);
  return { changed: true, membership: planned.membership };
}

/**
 * The writes that join a person to a group with attributes already validated: the membership, its history
 * entry, the audit entry and GroupMembershipChanged.
 */
async function planJoin(
  deps: RegistryDeps,
  person: PersonRecord,
  group: GroupName,
  attributes: Record<string, unknown>,
  actor: string,
  now: Date,
): Promise<PlannedWrite> {
  const membership: GroupMembership = {
    personId: person.id,
    group,
    name: person.name,
    area: person.area,
    birthDate: person.birthDate,
    sex: person.sex,
    ...(await seal(deps, group, attributes)),
    ...facetsOf(group, attributes),
    joinedAt: now.toISOString(),
    joinedBy: actor,
    updatedAt: now.toISOString(),
    updatedBy: actor,
    version: 1,
  };
  return changeWrite(deps, membership, 'joined', {
    item: createPut(deps.tableName, membershipItem(membership)),
    history: { after: membership.attributes },
    audit: [`groups.${group}`],
    actor,
  });
}

/**
 * The memberships a person registered in the same step joins (an import row's groups), each validated
 * against its group's rules as a join through the API would be, ready to write with the registration.
 * Throws ValidationFailed on fields `<attributesField>.<name>`.
 */
export async function planJoinsOfNewPerson(
  deps: RegistryDeps,
  person: PersonRecord,
  groups: readonly { group: GroupName; attributes: Record<string, unknown> }[],
  options: Pick<GroupWriteOptions, 'actor' | 'attributesField' | 'personField'>,
): Promise<PlannedWrite[]> {
  const now = deps.now();
  const plans: PlannedWrite[] = [];
  for (const { group, attributes: given } of groups) {
    const attributes = await checkedAttributes(deps, person, group, mergeAttributes({}, given), {
      attributesField: options.attributesField ?? 'attributes',
      personField: options.personField ?? 'personId',
      joining: true,
      now,
    });
    plans.push(await planJoin(deps, person, group, attributes, options.actor, now));
  }
  return plans;
}

/**
 * A membership's attributes as the group's rules accept them: its schema, the person's eligibility when
 * joining (too young, wrong sex), the holder's own citizen ID on a certificate, the household link.
 */
async function checkedAttributes(
  deps: RegistryDeps,
  person: PersonRecord,
  group: GroupName,
  merged: Record<string, unknown>,
  check: { attributesField: string; personField: string; joining: boolean; now: Date },
): Promise<Record<string, unknown>> {
  const parsed = groupDefinition(group).attributes.safeParse(merged);
  if (!parsed.success) throw new ValidationFailed(fieldErrorsFrom(parsed.error, check.attributesField));
  if (check.joining) {
    const problem = eligibilityProblem(group, person, check.now);
    if (problem) throw ValidationFailed.field(check.personField, problem);
  }
  await assertHolder(deps, group, parsed.data, person, check.attributesField);
  await assertHouseholdLink(deps, parsed.data, person.id, check.attributesField);
  return parsed.data;
}

/** Ends a membership; its history stays with the person. `version`, when given, must still be current. */
export async function leaveGroup(
  deps: RegistryDeps,
  input: { personId: string; group: GroupName; reason: string; version?: number | undefined },
  options: GroupWriteOptions,
): Promise<GroupMembership> {
  const existing = await getMembership(deps, input.personId, input.group);
  if (!existing) throw new NotFound(`该人员不在「${groupDefinition(input.group).label}」中`);
  options.guard?.({ area: existing.area, group: input.group, action: 'leave', changed: [] });
  if (input.version !== undefined && input.version !== existing.version) throw new ConcurrentModificationError();
  const leave = changeWrite(deps, existing, 'left', {
    item: {
      Delete: {
        TableName: deps.tableName,
        Key: membershipKey(existing.personId, existing.group),
        ConditionExpression: '#version = :version',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':version': existing.version },
      },
    },
    history: { before: existing.attributes, reason: input.reason },
    audit: [`groups.${input.group}`],
    actor: options.actor,
  });
  await writeChange(deps, leave);
  return existing;
}

/** A membership change ready to write: its items (the membership's own first) and its event. */
export interface PlannedWrite {
  membership: GroupMembership;
  items: TransactItem[];
  event: EventEnvelope;
}

/**
 * The membership item, the history entry, the audit entry and GroupMembershipChanged, to be written in one
 * transaction; the membership's own condition (version or absence) decides a race.
 */
function changeWrite(
  deps: RegistryDeps,
  membership: GroupMembership,
  change: GroupChange,
  write: {
    item: TransactItem;
    history: Pick<GroupHistoryEntry, 'before' | 'after' | 'reason'>;
    audit: string[];
    actor: string;
  },
): PlannedWrite {
  const now = deps.now();
  const at = now.toISOString();
  const history: GroupHistoryEntry = { group: membership.group, change, actor: write.actor, at, ...write.history };
  const event = createEvent(GroupMembershipChanged, {
    id: newId(now),
    district: deps.district,
    area: membership.area,
    occurredAt: now,
    data: {
      personId: membership.personId,
      area: membership.area,
      group: membership.group,
      change,
      attributes: eventFacts(membership.group, membership.attributes),
      birthDate: membership.birthDate,
      sex: membership.sex,
    },
  });
  const items: TransactItem[] = [
    write.item,
    createPut(deps.tableName, {
      pk: key('PERSON', membership.personId),
      sk: key(HISTORY_PREFIX, at, newId()),
      entity: 'group-history',
      personId: membership.personId,
      ...history,
    }),
    auditPut(deps.tableName, membership.personId, { action: 'group', actor: write.actor, at, fields: write.audit }),
  ];
  return { membership, items, event };
}

async function writeChange(deps: RegistryDeps, planned: PlannedWrite): Promise<void> {
  try {
    await writeWithEvents(deps.client, deps.tableName, planned.items, [planned.event]);
  } catch (error) {
    if (isLostRace(error) && failedConditionIndex(error) <= 0) throw new ConcurrentModificationError();
    throw error;
  }
}

export async function getMembership(
  deps: RegistryDeps,
  personId: string,
  group: GroupName,
): Promise<GroupMembership | undefined> {
  const out = await deps.client.send(
    new GetCommand({ TableName: deps.tableName, Key: membershipKey(personId, group), ConsistentRead: true }),
  );
  return out.Item ? fromItem(out.Item) : undefined;
}

/** A person's current memberships and the full history of changes, oldest first. */
export async function personGroups(
  deps: RegistryDeps,
  personId: string,
): Promise<{ memberships: GroupMembership[]; history: GroupHistoryEntry[] }> {
  const items = await queryAll(deps, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': key('PERSON', personId), ':prefix': GROUP_PREFIX },
  });
  return {
    memberships: items.filter((item) => item.entity === 'group-membership').map(fromItem),
    history: items
      .filter((item) => item.entity === 'group-history')
      .map(({ group, change, actor, at, before, after, reason }) => ({
        group,
        change,
        actor,
        at,
        ...(before ? { before } : {}),
        ...(after ? { after } : {}),
        ...(reason ? { reason } : {}),
      })) as GroupHistoryEntry[],
  };
}

/**
 * One page of a group's members in a community (or a grid of it). Category, and category with grade,
 * are key conditions on gsi1 (`<category>#<grade>#<name>#<id>`); grade alone is one on gsi2
 * (`<grade>#<category>#…`). A grid is a filter inside its community's partition.
 */
export async function listGroupMembers(
  deps: RegistryDeps,
  query: {
    group: GroupName;
    area: string;
    category?: string | undefined;
    grade?: number | undefined;
    limit: number;
    cursor?: string | undefined;
  },
): Promise<{ items: GroupMembership[]; cursor?: string }> {
  const community = communityOf(query.area);
  const byGrade = query.grade !== undefined && query.category === undefined;
  const prefix = byGrade
    ? `${query.grade}#`
    : query.category !== undefined
      ? query.grade !== undefined
        ? `${query.category}#${query.grade}#`
        : `${query.category}#`
      : undefined;
  const index = byGrade ? 'gsi2' : 'gsi1';
  // A grid's members are filtered out of the community's partition: the page reads on until it is full.
  const page = await queryFilledPage(
    deps,
    {
      IndexName: index,
      KeyConditionExpression: `${index}pk = :pk${prefix ? ` AND begins_with(${index}sk, :prefix)` : ''}`,
      ...gridFilter(query.area),
      ExpressionAttributeValues: {
        ':pk': byGrade ? gradePartition(community, query.group) : groupPartition(community, query.group),
        ...(prefix ? { ':prefix': prefix } : {}),
        ...gridValue(query.area),
      },
    },
    query,
    byGrade ? gsi2PageKey : gsi1PageKey,
  );
  return { ...page, items: page.items.map(fromItem) };
}

/** Every member of a group in an area (by category and grade), page after page, up to `max`; `overflow` instead when there are more. */
export function listAllGroupMembers(
  deps: RegistryDeps,
  query: { group: GroupName; area: string; category?: string | undefined; grade?: number | undefined },
  max: number,
): Promise<{ items: GroupMembership[]; overflow: boolean }> {
  return readAllPages((page) => listGroupMembers(deps, { ...query, ...page }), max);
}

/**
 * Totals of a group in a community or grid by category and grade: a Query over the group's partition
 * for the community, reading only the facets. District-wide figures are the statistics service's job.
 */
export async function countGroupMembers(deps: RegistryDeps, query: { group: GroupName; area: string }): Promise<GroupCounts> {
  const items = await queryAll(deps, {
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ...gridFilter(query.area),
    ProjectionExpression: 'category, grade',
    ExpressionAttributeValues: { ':pk': groupPartition(communityOf(query.area), query.group), ...gridValue(query.area) },
  });
  return tallyMembers(query.group, items as { category?: string; grade?: number }[]);
}

/**
 * A page of a derived group (60+, women 15–49) on today's date: a range over the persons' birth-date
 * index (gsi2 `AREA#<community>#BIRTH` / `<birthDate>#<id>`), so it is right however long ago they registered.
 */
export async function listDerivedGroupMembers(
  deps: RegistryDeps,
  query: { group: DerivedGroupName; area: string; limit: number; cursor?: string | undefined },
): Promise<{ items: PersonRecord[]; cursor?: string }> {
  // Sex and grid are filters over the community's birth dates: the page reads on until it is full.
  const page = await queryFilledPage(deps, derivedQuery(deps, query.group, query.area), query, gsi2PageKey);
  return { ...page, items: page.items as unknown as PersonRecord[] };
}

/** Every member of a derived group in an area today, up to `max`; `overflow` instead when there are more. */
export function listAllDerivedGroupMembers(
  deps: RegistryDeps,
  query: { group: DerivedGroupName; area: string },
  max: number,
): Promise<{ items: PersonRecord[]; overflow: boolean }> {
  return readAllPages((page) => listDerivedGroupMembers(deps, { ...query, ...page }), max);
}

/** Totals of a derived group in a community or grid, by age band. */
export async function countDerivedGroupMembers(
  deps: RegistryDeps,
  query: { group: DerivedGroupName; area: string },
): Promise<{ total: number; byAgeBand: Record<string, number> }> {
  const items = await queryAll(deps, { ...derivedQuery(deps, query.group, query.area), ProjectionExpression: 'birthDate' });
  const birthDates = items.map((item) => item.birthDate as string);
  return { total: birthDates.length, byAgeBand: tallyByAgeBand(query.group, birthDates, deps.now()) };
}

/**
 * Index items of a person's memberships re-keyed to a new area or name, for the persons capability to
 * write in the same transaction as a move or a name correction (each under its version condition).
 */
export async function membershipReindexItems(
  deps: RegistryDeps,
  person: { id: string; name: string; area: string; status?: string | undefined },
): Promise<TransactItem[]> {
  const listed = (person.status ?? 'active') === 'active';
  const { memberships } = await personGroups(deps, person.id);
  return memberships
    .filter((membership) => membership.name !== person.name || membership.area !== person.area || !listed)
    .map((membership) => {
      const item = membershipItem({ ...membership, name: person.name, area: person.area, version: membership.version + 1 });
      // A person who moved out or died keeps the membership on record but leaves every group list.
      const { gsi1pk: _a, gsi1sk: _b, gsi2pk: _c, gsi2sk: _d, ...unlisted } = item;
      return versionedPut(deps.tableName, listed ? item : unlisted, membership.version);
    });
}

function derivedQuery(deps: RegistryDeps, group: DerivedGroupName, area: string): QueryCommandInput {
  const range = birthDateRange(group, deps.now());
  const { sex } = derivedGroupDefinitions[group];
  const grid = gridOf(area);
  // `#~` sorts after every `<date>#<id>` key of that date: `upTo` is inclusive, `after` exclusive.
  const upTo = `${range.upTo}#~`;
  const after = range.after ? `${range.after}#~` : undefined;
  // Sex is a filter, not a key: the birth-date range already bounds the read to the ages asked for in
  // one community, of whom about half are women, so the filter at most doubles a small read; a
  // per-sex index key would duplicate every person's birth-date entry for this one list. Moved-out and
  // deceased persons need no filter: their items leave the birth-date index (persons store).
  const filters = [...(sex ? ['sex = :sex'] : []), ...(grid ? ['area = :grid'] : [])];
  return {
    TableName: deps.tableName,
    IndexName: 'gsi2',
    KeyConditionExpression: after ? 'gsi2pk = :pk AND gsi2sk BETWEEN :after AND :upTo' : 'gsi2pk = :pk AND gsi2sk <= :upTo',
    ...(filters.length > 0 ? { FilterExpression: filters.join(' AND ') } : {}),
    ExpressionAttributeValues: {
      ':pk': key('AREA', communityOf(area), 'BIRTH'),
      ':upTo': upTo,
      ...(after ? { ':after': after } : {}),
      ...(sex ? { ':sex': sex } : {}),
      ...(grid ? { ':grid': grid } : {}),
    },
  };
}

const groupPartition = (community: string, group: GroupName) => key('AREA', community, 'GROUP', group);
const gradePartition = (community: string, group: GroupName) => key('AREA', community, 'GROUPGRADE', group);

function gridFilter(area: string): { FilterExpression?: string } {
  return gridOf(area) ? { FilterExpression: 'area = :grid' } : {};
}

function gridValue(area: string): Record<string, string> {
  const grid = gridOf(area);
  return grid ? { ':grid': grid } : {};
}

/** The stored item: membership plus the index keys members are listed by (gsi2 only for graded groups). */
function membershipItem(membership: GroupMembership): Record<string, unknown> {
  const community = communityOf(membership.area);
  const category = membership.category ?? '-';
  const graded = groupDefinition(membership.group).facets?.grade !== undefined;
  return {
    ...membershipKey(membership.personId, membership.group),
    entity: 'group-membership',
    ...membership,
    gsi1pk: groupPartition(community, membership.group),
    gsi1sk: key(category, membership.grade ?? '-', membership.name, membership.personId),
    ...(graded
      ? {
          gsi2pk: gradePartition(community, membership.group),
          gsi2sk: key(membership.grade ?? '-', category, membership.name, membership.personId),
        }
      : {}),
  };
}

function fromItem(item: Record<string, unknown>): GroupMembership {
  const { pk: _pk, sk: _sk, entity: _entity, gsi1pk: _a, gsi1sk: _b, gsi2pk: _c, gsi2sk: _d, ...membership } = item;
  return membership as unknown as GroupMembership;
}

async function activePerson(deps: RegistryDeps, personId: string): Promise<PersonRecord> {
  const person = await getPerson(deps, personId);
  if (!person) throw new NotFound('未找到该人员');
  // Moved-out and deceased persons keep their record but take no new memberships.
  if (!isListed(person.status ?? 'active')) {
    throw new Conflict('person-not-active', '该人员已迁出或已死亡，不能纳入或调整群体');
  }
  return person;
}

/** Sensitive attributes encrypted, fingerprinted and masked; the rest as validated. */
async function seal(
  deps: RegistryDeps,
  group: GroupName,
  attributes: Record<string, unknown>,
): Promise<Pick<GroupMembership, 'attributes' | 'sealed' | 'fingerprints'>> {
  const masked = { ...attributes };
  const sealed: Record<string, string> = {};
  const fingerprints: Record<string, string> = {};
  for (const name of groupDefinition(group).sensitive ?? []) {
    const value = attributes[name];
    if (typeof value !== 'string') continue;
    sealed[name] = await deps.pii.encrypt(value);
    fingerprints[name] = await deps.pii.blindIndex(`group-${group}-${name}`, value);
    masked[name] = maskSensitive(value);
  }
  return { attributes: masked, sealed, fingerprints };
}

/** Sensitive attributes in clear, for callers allowed to reveal them (the reveal is audited by the caller). */
export async function unsealed(deps: RegistryDeps, membership: GroupMembership): Promise<Record<string, unknown>> {
  const attributes = { ...membership.attributes };
  for (const [name, cipher] of Object.entries(membership.sealed ?? {})) attributes[name] = await deps.pii.decrypt(cipher);
  return attributes;
}

async function assertHolder(
  deps: RegistryDeps,
  group: GroupName,
  attributes: Record<string, unknown>,
  person: PersonRecord,
  field: string,
): Promise<void> {
  const attribute = groupDefinition(group).holderIdAttribute;
  if (!attribute || attributes[attribute] === undefined) return;
  const problem = holderIdProblem(group, attributes, await deps.pii.decrypt(person.citizenIdCipher));
  if (problem) throw ValidationFailed.field(`${field}.${attribute}`, problem);
}

/** 低保 and 特困 name the household they are granted to: it must be the person's own. */
async function assertHouseholdLink(
  deps: RegistryDeps,
  attributes: Record<string, unknown>,
  personId: string,
  field: string,
): Promise<void> {
  if (typeof attributes.householdId !== 'string') return;
  if ((await householdIdOf(deps, personId)) !== attributes.householdId) {
    throw ValidationFailed.field(`${field}.householdId`, '所属户须为本人当前所在的户（请先在户籍中把本人加入该户）');
  }
}
