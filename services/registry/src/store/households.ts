import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { communityOf, createEvent, type EventEnvelope, HouseholdChanged, type HousingHardship } from '@shequ/contracts';
import {
  ConcurrentModificationError,
  createPut,
  decodeCursor,
  encodeCursor,
  failedConditionIndex,
  isLostRace,
  key,
  newId,
  type TransactItem,
  versionedPut,
  writeWithEvents,
} from '@shequ/ddb';
import { assertInScope, type Caller, Conflict, NotFound, ValidationFailed } from '@shequ/kit';
import { gridOf } from '../domain/areas.ts';
import {
  assertMayAdd,
  type HouseholdMember,
  HouseholdRuleError,
  MAX_HOUSEHOLD_SIZE,
  membersWithNewHead,
  type Relationship,
  removalOutcome,
  roundToFen,
} from '../domain/households.ts';
import { isListed } from '../domain/persons.ts';
import { auditPut } from './audit.ts';
import type { RegistryDeps } from './deps.ts';
import { getPerson, type PersonRecord } from './persons.ts';

export type HouseholdChange = 'created' | 'member-added' | 'member-removed' | 'head-changed' | 'updated' | 'dissolved';

/** The household item: the optimistic lock of the whole household, members included. */
export interface HouseholdRecord {
  id: string;
  area: string;
  address?: string;
  headPersonId?: string;
  headName?: string;
  size: number;
  perCapitaIncome?: number;
  housingHardship: HousingHardship;
  status: 'active' | 'dissolved';
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  version: number;
}

export interface HouseholdMemberRecord extends HouseholdMember {
  householdId: string;
  joinedAt: string;
}

export interface HouseholdState {
  household: HouseholdRecord;
  members: HouseholdMemberRecord[];
}

/**
 * Checks the caller may act on an area (a household's, or a person's about to join). Handlers pass the
 * scope test; the store calls it for every area a change touches, before writing anything.
 */
export type AreaGuard = (area: string) => void;

export interface HouseholdActor {
  subject: string;
  mayTouch?: AreaGuard;
}

/** The actor of a request: its subject, with the caller's scope as the guard. */
export function requestActor(caller: Caller): HouseholdActor {
  return { subject: caller.subject, mayTouch: (area) => assertInScope(caller, area) };
}

const householdKey = (id: string) => ({ pk: key('HOUSEHOLD', id), sk: 'HOUSEHOLD' });
const memberKey = (id: string, personId: string) => ({ pk: key('HOUSEHOLD', id), sk: key('MEMBER', personId) });
/** At most one household per person: this claim item, created on joining, is the uniqueness condition. */
const claimKey = (personId: string) => ({ pk: key('PERSON', personId), sk: 'HOUSEHOLD' });

/** Index keys: a community's households by head's name (dissolved ones drop out of the list). */
function householdItem(household: HouseholdRecord): Record<string, unknown> {
  return {
    ...householdKey(household.id),
    entity: 'household',
    ...household,
    ...(household.status === 'active' && household.headName
      ? { gsi1pk: key('AREA', communityOf(household.area), 'HOUSEHOLD'), gsi1sk: key(household.headName, household.id) }
      : {}),
  };
}

function memberItem(member: HouseholdMemberRecord): Record<string, unknown> {
  return { ...memberKey(member.householdId, member.personId), entity: 'household-member', ...member };
}

/** The household and its members in one consistent read of its item collection. */
export async function getHousehold(deps: RegistryDeps, id: string): Promise<HouseholdState | undefined> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await deps.client.send(
      new QueryCommand({
        TableName: deps.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': key('HOUSEHOLD', id) },
        ConsistentRead: true,
        ExclusiveStartKey: start,
      }),
    );
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  const household = items.find((item) => item.entity === 'household');
  if (!household) return undefined;
  const members = items
    .filter((item) => item.entity === 'household-member')
    .map((item) => ({
      householdId: id,
      personId: item.personId as string,
      relationship: item.relationship as Relationship,
      joinedAt: item.joinedAt as string,
    }))
    // The head first, then in the order people joined.
    .sort(
      (a, b) => Number(b.relationship === 'head') - Number(a.relationship === 'head') || a.joinedAt.localeCompare(b.joinedAt),
    );
  return { household: stripKeys(household) as unknown as HouseholdRecord, members };
}

/** The household a person belongs to now, if any. */
export async function householdIdOf(deps: RegistryDeps, personId: string): Promise<string | undefined> {
  const out = await deps.client.send(
    new GetCommand({ TableName: deps.tableName, Key: claimKey(personId), ConsistentRead: true }),
  );
  return out.Item?.householdId as string | undefined;
}

/**
 * One page of a community's households by the head's name (gsi1). A grid is a filter inside its
 * community's partition, so a page may hold fewer than `limit` items but never skips any.
 */
export async function listHouseholds(
  deps: RegistryDeps,
  query: { area: string; limit: number; cursor?: string | undefined },
): Promise<{ items: HouseholdRecord[]; cursor?: string }> {
  const grid = gridOf(query.area);
  const out = await deps.client.send(
    new QueryCommand({
      TableName: deps.tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ...(grid ? { FilterExpression: 'area = :grid' } : {}),
      ExpressionAttributeValues: {
        ':pk': key('AREA', communityOf(query.area), 'HOUSEHOLD'),
        ...(grid ? { ':grid': grid } : {}),
      },
      Limit: query.limit,
      ExclusiveStartKey: decodeCursor(query.cursor),
    }),
  );
  const cursor = encodeCursor(out.LastEvaluatedKey);
  return { items: (out.Items ?? []).map((item) => stripKeys(item) as unknown as HouseholdRecord), ...(cursor ? { cursor } : {}) };
}

export interface CreateHouseholdInput {
  area: string;
  address?: string | undefined;
  headPersonId: string;
  perCapitaIncome?: number | undefined;
  housingHardship?: HousingHardship | undefined;
}

/**
 * Creates a household with its head as the first member. The household, the head's member item, the
 * head's one-household claim, the audit entry and HouseholdChanged are one transaction.
 */
export async function createHousehold(
  deps: RegistryDeps,
  input: CreateHouseholdInput,
  by: HouseholdActor,
): Promise<HouseholdState> {
  by.mayTouch?.(input.area);
  const head = await memberCandidate(deps, input.headPersonId, input.area, 'headPersonId', by);
  const planned = planHousehold(deps, { ...input, members: [{ person: head, relationship: 'head' }] }, by.subject);
  try {
    await writeWithEvents(deps.client, deps.tableName, planned.items, [planned.event]);
  } catch (error) {
    if (failedConditionIndex(error) === 2) throw alreadyInHousehold('headPersonId');
    if (isLostRace(error)) throw new ConcurrentModificationError();
    throw error;
  }
  return planned.state;
}

/** A household and its members ready to write: the head first, everyone's relationship to the head. */
export interface NewHouseholdInput extends Omit<CreateHouseholdInput, 'headPersonId'> {
  members: readonly { person: Pick<PersonRecord, 'id' | 'name'>; relationship: Relationship }[];
}

/**
 * The writes that create a household with all its members at once, for bulk loading where the members are
 * registered in the same transaction (nothing is read): the household item, then for each member the member
 * item, the one-household claim (index 2 for the head) and the audit entry, with HouseholdChanged. The
 * caller has checked the members live in the household's community; the first member must be the head.
 */
export function planHousehold(
  deps: RegistryDeps,
  input: NewHouseholdInput,
  actor: string,
): { state: HouseholdState; items: TransactItem[]; event: EventEnvelope } {
  const [head, ...others] = input.members;
  if (head?.relationship !== 'head' || others.some((member) => member.relationship === 'head')) {
    throw new Error('a new household lists its head first and only once');
  }
  if (input.members.length > MAX_HOUSEHOLD_SIZE) throw new Error(`a household has at most ${MAX_HOUSEHOLD_SIZE} members`);
  const now = deps.now().toISOString();
  const household: HouseholdRecord = {
    id: newId(deps.now()),
    area: input.area,
    ...(input.address ? { address: input.address } : {}),
    headPersonId: head.person.id,
    headName: head.person.name,
    size: input.members.length,
    ...(input.perCapitaIncome !== undefined ? { perCapitaIncome: roundToFen(input.perCapitaIncome) } : {}),
    housingHardship: input.housingHardship ?? { kind: 'none' },
    status: 'active',
    createdAt: now,
    createdBy: actor,
    updatedAt: now,
    updatedBy: actor,
    version: 1,
  };
  const members: HouseholdMemberRecord[] = input.members.map(({ person, relationship }) => ({
    householdId: household.id,
    personId: person.id,
    relationship,
    joinedAt: now,
  }));
  const state = { household, members };
  const items: TransactItem[] = [
    createPut(deps.tableName, householdItem(household)),
    ...members.flatMap((member) => [
      createPut(deps.tableName, memberItem(member)),
      claimPut(deps.tableName, household.id, member.personId),
      auditPut(deps.tableName, member.personId, {
        action: 'household',
        actor,
        at: now,
        fields: [member.relationship === 'head' ? 'household.created' : 'household.joined'],
      }),
    ]),
  ];
  return { state, items, event: changedEvent(deps, state, 'created') };
}

export interface HouseholdPatch {
  address?: string | null | undefined;
  perCapitaIncome?: number | null | undefined;
  housingHardship?: HousingHardship | undefined;
}

/** Updates address, per-capita income or housing; every member's trail records it (it is their eligibility). */
export async function updateHousehold(
  deps: RegistryDeps,
  id: string,
  patch: HouseholdPatch,
  expectedVersion: number,
  by: HouseholdActor,
): Promise<HouseholdState> {
  const current = await lockedHousehold(deps, id, expectedVersion, by);
  const now = deps.now().toISOString();
  const household: HouseholdRecord = { ...current.household, updatedAt: now, updatedBy: by.subject };
  if (patch.address !== undefined) assignOptional(household, 'address', patch.address ?? undefined);
  if (patch.perCapitaIncome !== undefined) {
    assignOptional(household, 'perCapitaIncome', patch.perCapitaIncome === null ? undefined : roundToFen(patch.perCapitaIncome));
  }
  if (patch.housingHardship) household.housingHardship = patch.housingHardship;
  const fields = (['address', 'perCapitaIncome', 'housingHardship'] as const).filter((field) => patch[field] !== undefined);
  return commit(deps, current, { ...current, household }, 'updated', [], (personId) =>
    auditPut(deps.tableName, personId, {
      action: 'household',
      actor: by.subject,
      at: now,
      fields: fields.map((f) => `household.${f}`),
    }),
  );
}

/** Adds a member (not the head: see `changeHouseholdHead`), who must live in the household's community. */
export async function addHouseholdMember(
  deps: RegistryDeps,
  id: string,
  input: { personId: string; relationship: Exclude<Relationship, 'head'> },
  expectedVersion: number,
  by: HouseholdActor,
): Promise<HouseholdState> {
  const current = await lockedHousehold(deps, id, expectedVersion, by);
  ruled(() => assertMayAdd(current.members, input.personId));
  const person = await memberCandidate(deps, input.personId, current.household.area, 'personId', by);
  const now = deps.now().toISOString();
  const member: HouseholdMemberRecord = { householdId: id, personId: person.id, relationship: input.relationship, joinedAt: now };
  const next: HouseholdState = {
    household: { ...current.household, size: current.members.length + 1, updatedAt: now, updatedBy: by.subject },
    members: [...current.members, member],
  };
  const writes = [createPut(deps.tableName, memberItem(member)), claimPut(deps.tableName, id, person.id)];
  try {
    return await commit(deps, current, next, 'member-added', writes, (personId) =>
      personId === person.id
        ? auditPut(deps.tableName, personId, { action: 'household', actor: by.subject, at: now, fields: ['household.joined'] })
        : undefined,
    );
  } catch (error) {
    // The claim is the third item (after the household and the member): the person joined another household meanwhile.
    if (failedConditionIndex(error) === 2) throw alreadyInHousehold('personId');
    throw error;
  }
}

/** Removes a member; the head only as the last member, which dissolves the household. */
export async function removeHouseholdMember(
  deps: RegistryDeps,
  id: string,
  personId: string,
  expectedVersion: number,
  by: HouseholdActor,
): Promise<HouseholdState> {
  const current = await lockedHousehold(deps, id, expectedVersion, by);
  const outcome = ruled(() => removalOutcome(current.members, personId));
  const now = deps.now().toISOString();
  const members = current.members.filter((member) => member.personId !== personId);
  const { headPersonId: _head, headName: _name, ...rest } = current.household;
  const household: HouseholdRecord =
    outcome === 'dissolve'
      ? { ...rest, size: 0, status: 'dissolved', updatedAt: now, updatedBy: by.subject }
      : { ...current.household, size: members.length, updatedAt: now, updatedBy: by.subject };
  const writes: TransactItem[] = [
    { Delete: { TableName: deps.tableName, Key: memberKey(id, personId), ConditionExpression: 'attribute_exists(pk)' } },
    {
      Delete: {
        TableName: deps.tableName,
        Key: claimKey(personId),
        ConditionExpression: 'householdId = :id',
        ExpressionAttributeValues: { ':id': id },
      },
    },
  ];
  return commit(
    deps,
    current,
    { household, members },
    outcome === 'dissolve' ? 'dissolved' : 'member-removed',
    writes,
    (member) =>
      member === personId
        ? auditPut(deps.tableName, member, { action: 'household', actor: by.subject, at: now, fields: ['household.left'] })
        : undefined,
  );
}

/** Makes another member the head; everyone else's relationship is restated relative to the new head. */
export async function changeHouseholdHead(
  deps: RegistryDeps,
  id: string,
  input: { personId: string; relationships: Record<string, Exclude<Relationship, 'head'>> },
  expectedVersion: number,
  by: HouseholdActor,
): Promise<HouseholdState> {
  const current = await lockedHousehold(deps, id, expectedVersion, by);
  const members = ruled(() => membersWithNewHead(current.members, input.personId, input.relationships));
  const head = await getPerson(deps, input.personId);
  const now = deps.now().toISOString();
  const joined = new Map(current.members.map((member) => [member.personId, member.joinedAt]));
  const records = members.map((member) => ({ ...member, householdId: id, joinedAt: joined.get(member.personId) ?? now }));
  const next: HouseholdState = {
    household: {
      ...current.household,
      headPersonId: input.personId,
      headName: head?.name ?? '',
      updatedAt: now,
      updatedBy: by.subject,
    },
    members: records,
  };
  const writes = records.map((member) => ({
    Put: {
      TableName: deps.tableName,
      Item: memberItem(member),
      ConditionExpression: 'attribute_exists(pk)',
    },
  }));
  return commit(deps, current, next, 'head-changed', writes, (personId) =>
    auditPut(deps.tableName, personId, { action: 'household', actor: by.subject, at: now, fields: ['household.relationship'] }),
  );
}

/**
 * Writes a household change: the household item under its version condition (so members, written in
 * the same transaction, can never be changed on a stale household), the change's own items, one audit
 * entry per affected member, and HouseholdChanged.
 */
async function commit(
  deps: RegistryDeps,
  current: HouseholdState,
  next: HouseholdState,
  change: HouseholdChange,
  writes: readonly TransactItem[],
  audit: (personId: string) => TransactItem | undefined,
): Promise<HouseholdState> {
  const version = current.household.version + 1;
  const state: HouseholdState = { household: { ...next.household, version }, members: next.members };
  const touched = new Set([...current.members, ...next.members].map((member) => member.personId));
  const audits = [...touched].map(audit).filter((item): item is TransactItem => item !== undefined);
  try {
    await writeWithEvents(
      deps.client,
      deps.tableName,
      [versionedPut(deps.tableName, householdItem(next.household), current.household.version), ...writes, ...audits],
      [changedEvent(deps, state, change)],
    );
  } catch (error) {
    // The household's own condition (index 0), or a concurrent transaction on it: changed meanwhile.
    if (isLostRace(error) && failedConditionIndex(error) <= 0) throw new ConcurrentModificationError();
    throw error;
  }
  return state;
}

function changedEvent(deps: RegistryDeps, state: HouseholdState, change: HouseholdChange) {
  const { household, members } = state;
  return createEvent(HouseholdChanged, {
    id: newId(deps.now()),
    district: deps.district,
    area: household.area,
    occurredAt: deps.now(),
    data: {
      householdId: household.id,
      area: household.area,
      change,
      version: household.version,
      size: members.length,
      ...(household.perCapitaIncome !== undefined ? { perCapitaIncome: household.perCapitaIncome } : {}),
      housingHardship: household.housingHardship,
      memberIds: members.map((member) => member.personId),
      ...(household.headPersonId ? { headPersonId: household.headPersonId } : {}),
    },
  });
}

/** Loads an active household the caller may touch, at the version the caller last read. */
async function lockedHousehold(
  deps: RegistryDeps,
  id: string,
  expectedVersion: number,
  by: HouseholdActor,
): Promise<HouseholdState> {
  const state = await getHousehold(deps, id);
  if (!state) throw new NotFound('未找到该户');
  by.mayTouch?.(state.household.area);
  if (state.household.status === 'dissolved') throw new Conflict('household-dissolved', '该户已注销，不能再修改');
  if (state.household.version !== expectedVersion) throw new ConcurrentModificationError();
  return state;
}

/** A person who may join a household: registered, still living here, in its community and in the caller's scope. */
async function memberCandidate(
  deps: RegistryDeps,
  personId: string,
  area: string,
  field: string,
  by: HouseholdActor,
): Promise<PersonRecord> {
  const person = await getPerson(deps, personId);
  if (!person) throw ValidationFailed.field(`body.${field}`, '未找到该人员，请先登记人员');
  by.mayTouch?.(person.area);
  // Moved-out and deceased persons keep their record but take no new memberships.
  if (!isListed(person.status ?? 'active')) {
    throw ValidationFailed.field(`body.${field}`, '该人员已迁出或已死亡，不能加入户');
  }
  if (communityOf(person.area) !== communityOf(area)) {
    throw ValidationFailed.field(`body.${field}`, '户成员须登记在本户所在社区');
  }
  return person;
}

function claimPut(tableName: string, householdId: string, personId: string): TransactItem {
  return createPut(tableName, { ...claimKey(personId), entity: 'household-claim', householdId, personId });
}

function alreadyInHousehold(field: string): Conflict {
  return new Conflict('person-in-household', `该人员已属于另一户（${field}），一人只能属于一户；请先从原户移出`);
}

/** Runs a domain rule, turning its refusal into a 409 (a state conflict) or 422 (a bad field). */
function ruled<T>(rule: () => T): T {
  try {
    return rule();
  } catch (error) {
    if (!(error instanceof HouseholdRuleError)) throw error;
    if (error.code === 'relationships-missing' || error.code === 'relationships-unknown') {
      throw ValidationFailed.field(`body.${error.field}`, error.message);
    }
    throw new Conflict(error.code, error.message);
  }
}

function assignOptional<K extends 'address' | 'perCapitaIncome'>(
  target: HouseholdRecord,
  field: K,
  value: HouseholdRecord[K],
): void {
  if (value === undefined) delete target[field];
  else target[field] = value;
}

function stripKeys(item: Record<string, unknown>): Record<string, unknown> {
  const { pk: _pk, sk: _sk, entity: _entity, gsi1pk: _g1, gsi1sk: _g1s, gsi2pk: _g2, gsi2sk: _g2s, ...rest } = item;
  return rest;
}
