import { BatchGetCommand, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  communityOf,
  createEvent,
  type EventEnvelope,
  PersonCitizenIdCorrected,
  PersonDeceased,
  type PersonFacts,
  PersonMoved,
  PersonMovedOut,
  PersonRegistered,
  PersonUpdated,
} from '@shequ/contracts';
import {
  ConcurrentModificationError,
  createPut,
  decodeCursor,
  encodeCursor,
  failedConditionIndex,
  getItems,
  isLostRace,
  key,
  newId,
  type TransactItem,
  versionedPut,
  writeWithEvents,
} from '@shequ/ddb';
import { gridOf } from '../domain/areas.ts';
import { ageOn, citizenIdFacts } from '../domain/citizen-id.ts';
import { isListed, type PersonDetails, type PersonStatus } from '../domain/persons.ts';
import type { MovePersonBody, MovePersonOutBody, RecordDeathBody, RegisterPersonBody } from '../schemas/persons.ts';
import { type AuditEntry, auditPut } from './audit.ts';
import type { RegistryDeps } from './deps.ts';
import { gsi1PageKey, queryFilledPage, readAllPages } from './filled-page.ts';
import { membershipReindexItems } from './groups.ts';
import { visitPlanReindexItems } from './visits.ts';

/** A person as stored: personal numbers only as ciphertext plus blind indexes. */
export interface PersonRecord {
  id: string;
  name: string;
  citizenIdCipher: string;
  citizenIdLast4: string;
  citizenIdArea: string;
  phoneCipher?: string;
  phoneLast4?: string;
  phonePrefix?: string;
  birthDate: string;
  sex: 'male' | 'female';
  residence: 'registered' | 'migrant';
  migrant?: { origin: string; arrivalDate: string };
  area: string;
  building?: string;
  room?: string;
  status: PersonStatus;
  movedOut?: { date: string; destination: string; reason: string };
  death?: {
    dateOfDeath: string;
    placeOfDeath?: string;
    burial?: { method: 'cremation' | 'burial' | 'other'; place?: string; date?: string };
  };
  createdAt: string;
  createdBy: string;
  updatedAt?: string;
  updatedBy?: string;
  version: number;
}

/** An entry of the death and burial ledger (殡葬台帐): its own item, so the ledger is a Query by area and date. */
export interface DeathRecord {
  personId: string;
  name: string;
  citizenIdArea: string;
  citizenIdLast4: string;
  sex: 'male' | 'female';
  birthDate: string;
  ageAtDeath: number;
  residence: 'registered' | 'migrant';
  area: string;
  dateOfDeath: string;
  placeOfDeath?: string;
  cause?: string;
  burial?: { method: 'cremation' | 'burial' | 'other'; place?: string; date?: string };
  recordedAt: string;
  recordedBy: string;
}

/** The audit entry of a life event also keeps the reason given for it. */
export interface PersonAuditEntry extends AuditEntry {
  reason?: string;
}

export class DuplicateCitizenIdError extends Error {
  override name = 'DuplicateCitizenIdError';
  constructor(readonly existingPersonId: string | undefined) {
    super('citizen id already registered');
  }
}

/**
 * A registration ready to write: the person, the citizen-ID uniqueness claim (blind index, always the first
 * item, so a failed condition at index 0 means the number is taken), the phone index, the audit entry and
 * the PersonRegistered event. `registerPerson` writes one; an import packs many into one transaction.
 */
export interface PersonRegistration {
  person: PersonRecord;
  idIndex: string;
  items: TransactItem[];
  event: EventEnvelope;
}

export async function planRegistration(
  deps: RegistryDeps,
  input: RegisterPersonBody,
  actor: string,
  /** The citizen ID's blind index when the caller has already worked it out (an import, to look up claims). */
  known: { idIndex?: string } = {},
): Promise<PersonRegistration> {
  const now = deps.now();
  const id = newId(now);
  const facts = citizenIdFacts(input.citizenId);
  const [idIndex, phoneIndex, citizenIdCipher, phone] = await Promise.all([
    known.idIndex ?? deps.pii.blindIndex('citizen-id', input.citizenId),
    input.phone ? deps.pii.blindIndex('phone', input.phone) : undefined,
    deps.pii.encrypt(input.citizenId),
    input.phone ? phoneFields(deps, input.phone) : undefined,
  ]);
  const person: PersonRecord = {
    id,
    name: input.name,
    citizenIdCipher,
    citizenIdLast4: input.citizenId.slice(-4),
    citizenIdArea: input.citizenId.slice(0, 6),
    ...(phone ?? {}),
    birthDate: facts.birthDate,
    sex: facts.sex,
    residence: input.residence,
    ...(input.migrant ? { migrant: input.migrant } : {}),
    area: input.area,
    ...(input.building ? { building: input.building } : {}),
    ...(input.room ? { room: input.room } : {}),
    status: 'active',
    createdAt: now.toISOString(),
    createdBy: actor,
    version: 1,
  };
  const event = createEvent(PersonRegistered, {
    id: newId(now),
    district: deps.district,
    area: input.area,
    occurredAt: now,
    data: factsOf(person),
  });
  return {
    person,
    idIndex,
    event,
    items: [
      citizenIdClaimPut(deps.tableName, idIndex, id),
      createPut(deps.tableName, personItem(person)),
      ...(phoneIndex ? [phoneIndexPut(deps.tableName, phoneIndex, id)] : []),
      auditPut(deps.tableName, id, { action: 'create', actor, at: now.toISOString() }),
    ],
  };
}

/**
 * Registers a person: the person, the citizen-ID uniqueness claim (blind index), the audit entry and the
 * PersonRegistered event are written in one transaction, so either all of them exist or none.
 */
export async function registerPerson(
  deps: RegistryDeps,
  input: RegisterPersonBody,
  actor: string,
): Promise<{ person: PersonRecord; event: EventEnvelope }> {
  const registration = await planRegistration(deps, input, actor);
  try {
    await writeWithEvents(deps.client, deps.tableName, registration.items, [registration.event]);
  } catch (error) {
    if (failedConditionIndex(error) === 0) throw new DuplicateCitizenIdError(await claimantOf(deps, registration.idIndex));
    throw error;
  }
  return { person: registration.person, event: registration.event };
}

/**
 * Who holds each of these citizen-ID blind indexes (absent when nobody): one BatchGet per hundred, so an
 * import learns which of a chunk's rows are new without a read per row.
 */
export async function claimantsOf(deps: RegistryDeps, idIndexes: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const unique = [...new Set(idIndexes)];
  for (let start = 0; start < unique.length; start += 100) {
    let keys: Record<string, unknown>[] = unique
      .slice(start, start + 100)
      .map((idIndex) => ({ pk: key('CITIZENID', idIndex), sk: 'CITIZENID' }));
    for (let attempt = 0; keys.length > 0; attempt++) {
      if (attempt > 8) throw new Error('citizen-ID claims could not be read: DynamoDB kept returning unprocessed keys');
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 50 * 2 ** attempt)));
      const out = await deps.client.send(
        new BatchGetCommand({ RequestItems: { [deps.tableName]: { Keys: keys, ConsistentRead: true } } }),
      );
      for (const item of out.Responses?.[deps.tableName] ?? []) {
        found.set(String(item.pk).slice('CITIZENID#'.length), String(item.personId));
      }
      keys = (out.UnprocessedKeys?.[deps.tableName]?.Keys ?? []) as Record<string, unknown>[];
    }
  }
  return found;
}

/**
 * The names of these persons, for lists that hold only their ids (due visits): one BatchGet per hundred,
 * eventually consistent, since a label may lag a rename by a moment but a list must not cost a read per row.
 */
export async function namesOf(deps: RegistryDeps, ids: readonly string[]): Promise<Map<string, string>> {
  const persons = await personsByIds(deps, ids);
  return new Map([...persons].map(([id, person]) => [id, person.name]));
}

/** A person by id, whatever their status (moved-out and deceased records stay readable). */
export async function getPerson(deps: RegistryDeps, id: string): Promise<PersonRecord | undefined> {
  const out = await deps.client.send(new GetCommand({ TableName: deps.tableName, Key: { pk: key('PERSON', id), sk: 'PERSON' } }));
  return out.Item ? toRecord(out.Item) : undefined;
}

/**
 * Index keys of a person item: gsi1 lists a community's persons by name; gsi2 by birth date, so the
 * age-derived groups (60+, women 15–49) are a range query that stays right as people age.
 */
export function personIndexKeys(person: { id: string; name: string; area: string; birthDate: string }) {
  const community = communityOf(person.area);
  return {
    gsi1pk: key('AREA', community, 'PERSON'),
    gsi1sk: key(person.name, person.id),
    gsi2pk: key('AREA', community, 'BIRTH'),
    gsi2sk: key(person.birthDate, person.id),
  };
}

/** Phone numbers are not unique (a household shares one): one index item per person under the number's blind index. */
export function phoneIndexPut(tableName: string, phoneIndex: string, personId: string) {
  return createPut(tableName, { pk: key('PHONE', phoneIndex), sk: key('PERSON', personId), entity: 'phone-index', personId });
}

/**
 * One page of a community's persons in name order (gsi1), optionally by name prefix. A grid is a filter
 * inside its community's partition, so its pages are filled by reading on (see `queryFilledPage`).
 * Only active persons are listed: moving out or dying takes a person's index keys away.
 */
export async function listPersons(
  deps: RegistryDeps,
  query: { area: string; name?: string | undefined; limit: number; cursor?: string | undefined },
): Promise<{ items: PersonRecord[]; cursor?: string }> {
  const grid = gridOf(query.area);
  const page = await queryFilledPage(
    deps,
    {
      IndexName: 'gsi1',
      KeyConditionExpression: query.name ? 'gsi1pk = :pk AND begins_with(gsi1sk, :name)' : 'gsi1pk = :pk',
      ...(grid ? { FilterExpression: 'area = :grid' } : {}),
      ExpressionAttributeValues: {
        ':pk': key('AREA', communityOf(query.area), 'PERSON'),
        ...(query.name ? { ':name': query.name } : {}),
        ...(grid ? { ':grid': grid } : {}),
      },
    },
    query,
    gsi1PageKey,
  );
  return { ...page, items: page.items.map(toRecord) };
}

/** Every listed person of an area (by name prefix), up to `max`; `overflow` instead when there are more. */
export function listAllPersons(
  deps: RegistryDeps,
  query: { area: string; name?: string | undefined },
  max: number,
): Promise<{ items: PersonRecord[]; overflow: boolean }> {
  return readAllPages((page) => listPersons(deps, { ...query, ...page }), max);
}

/**
 * These persons by id (absent ones left out): one BatchGet per hundred, eventually consistent, for lists
 * that hold only part of a person (a group's members) and need the rest of the record without a read per row.
 */
export async function personsByIds(deps: RegistryDeps, ids: readonly string[]): Promise<Map<string, PersonRecord>> {
  const items = await getItems(
    deps,
    ids.map((id) => ({ pk: key('PERSON', id), sk: 'PERSON' })),
    false,
  );
  return new Map([...items.values()].map((item) => [String(item.pk).slice('PERSON#'.length), toRecord(item)]));
}

/** The persons a full citizen ID or phone number belongs to, found through the blind index (any status, any area). */
export async function findPersons(deps: RegistryDeps, by: { citizenId?: string; phone?: string }): Promise<PersonRecord[]> {
  if (by.citizenId) {
    const personId = await claimantOf(deps, await deps.pii.blindIndex('citizen-id', by.citizenId));
    const person = personId ? await getPerson(deps, personId) : undefined;
    return person ? [person] : [];
  }
  if (!by.phone) return [];
  const index = await deps.pii.blindIndex('phone', by.phone);
  // A number shared by a household or a care home: a hundred is far beyond any real one.
  const out = await deps.client.send(
    new QueryCommand({
      TableName: deps.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': key('PHONE', index) },
      Limit: 100,
    }),
  );
  const ids = (out.Items ?? []).map((item) => item.personId as string);
  if (ids.length === 0) return [];
  const got = await deps.client.send(
    new BatchGetCommand({
      RequestItems: { [deps.tableName]: { Keys: ids.map((id) => ({ pk: key('PERSON', id), sk: 'PERSON' })) } },
    }),
  );
  return (got.Responses?.[deps.tableName] ?? []).map(toRecord).sort((a, b) => a.name.localeCompare(b.name, 'zh'));
}

/** The details a patch works on, with the phone number decrypted. */
export async function detailsOf(deps: RegistryDeps, person: PersonRecord): Promise<PersonDetails> {
  return {
    name: person.name,
    phone: person.phoneCipher ? await deps.pii.decrypt(person.phoneCipher) : undefined,
    residence: person.residence,
    migrant: person.migrant,
    building: person.building,
    room: person.room,
  };
}

/**
 * Replaces a person's details (already patched and diffed by the domain), re-encrypting the phone and moving
 * its index item when the number changed; person, phone index, audit and PersonUpdated in one transaction.
 */
export async function updatePerson(
  deps: RegistryDeps,
  person: PersonRecord,
  change: { details: PersonDetails; changed: readonly string[] },
  actor: string,
): Promise<PersonRecord> {
  const now = deps.now();
  const { details } = change;
  const phoneChanged = change.changed.includes('phone');
  const { phoneCipher, phoneLast4, phonePrefix, migrant, building, room, ...rest } = person;
  const keptPhone = phoneCipher ? { phoneCipher, phoneLast4, phonePrefix } : {};
  const next: PersonRecord = {
    ...rest,
    name: details.name,
    residence: details.residence,
    ...(phoneChanged ? (details.phone ? await phoneFields(deps, details.phone) : {}) : keptPhone),
    ...(details.migrant ? { migrant: details.migrant } : {}),
    ...(details.building ? { building: details.building } : {}),
    ...(details.room ? { room: details.room } : {}),
  };
  const phoneItems: TransactItem[] = [];
  if (phoneChanged) {
    if (phoneCipher) {
      const oldIndex = await deps.pii.blindIndex('phone', await deps.pii.decrypt(phoneCipher));
      phoneItems.push({
        Delete: { TableName: deps.tableName, Key: { pk: key('PHONE', oldIndex), sk: key('PERSON', person.id) } },
      });
    }
    if (details.phone) {
      phoneItems.push(phoneIndexPut(deps.tableName, await deps.pii.blindIndex('phone', details.phone), person.id));
    }
  }
  const event = createEvent(PersonUpdated, {
    id: newId(now),
    district: deps.district,
    area: next.area,
    occurredAt: now,
    data: { ...factsOf(next), changed: [...change.changed] },
  });
  return commit(
    deps,
    { before: person, next, extra: phoneItems, audit: { action: 'update', fields: [...change.changed] }, event },
    actor,
    now,
  );
}

/** A move within the district: same person, new area and address, so new list keys; PersonMoved carries from and to. */
export async function movePerson(
  deps: RegistryDeps,
  person: PersonRecord,
  input: MovePersonBody,
  actor: string,
): Promise<PersonRecord> {
  const now = deps.now();
  const { building, room, ...rest } = person;
  const next: PersonRecord = {
    ...rest,
    area: input.area,
    ...(input.building ? { building: input.building } : {}),
    ...(input.room ? { room: input.room } : {}),
  };
  const event = createEvent(PersonMoved, {
    id: newId(now),
    district: deps.district,
    area: input.area,
    occurredAt: now,
    data: { ...factsOf(next), from: person.area, to: input.area, date: input.date },
  });
  const fields = ['area', ...(['building', 'room'] as const).filter((field) => person[field] !== next[field])];
  return commit(deps, { before: person, next, audit: { action: 'move', fields, reason: input.reason }, event }, actor, now);
}

/** Leaving the district: kept by id for the record, gone from every area list (its index keys are dropped). */
export async function movePersonOut(
  deps: RegistryDeps,
  person: PersonRecord,
  input: MovePersonOutBody,
  actor: string,
): Promise<PersonRecord> {
  const now = deps.now();
  const next: PersonRecord = {
    ...person,
    status: 'moved-out',
    movedOut: { date: input.date, destination: input.destination, reason: input.reason },
  };
  const event = createEvent(PersonMovedOut, {
    id: newId(now),
    district: deps.district,
    area: person.area,
    occurredAt: now,
    data: { ...factsOf(next), date: input.date, destination: input.destination },
  });
  const audit = { action: 'move-out', fields: ['status', 'movedOut'], reason: input.reason };
  return commit(deps, { before: person, next, audit, event }, actor, now);
}

/**
 * Records a death: the person leaves the lists like a move-out, and an entry goes into the death and burial
 * ledger, keyed by community (gsi1) and by sub-district (gsi2), each sorted by date of death.
 */
export async function recordDeath(
  deps: RegistryDeps,
  person: PersonRecord,
  input: RecordDeathBody,
  actor: string,
): Promise<PersonRecord> {
  const now = deps.now();
  const death = {
    dateOfDeath: input.dateOfDeath,
    ...(input.placeOfDeath ? { placeOfDeath: input.placeOfDeath } : {}),
    ...(input.burial ? { burial: input.burial } : {}),
  };
  const next: PersonRecord = { ...person, status: 'deceased', death };
  const entry: DeathRecord = {
    personId: person.id,
    name: person.name,
    citizenIdArea: person.citizenIdArea,
    citizenIdLast4: person.citizenIdLast4,
    sex: person.sex,
    birthDate: person.birthDate,
    ageAtDeath: ageOn(person.birthDate, new Date(`${input.dateOfDeath}T12:00:00+08:00`)),
    residence: person.residence,
    area: person.area,
    ...death,
    ...(input.cause ? { cause: input.cause } : {}),
    recordedAt: now.toISOString(),
    recordedBy: actor,
  };
  const sortKey = key(input.dateOfDeath, person.id);
  const ledgerPut = createPut(deps.tableName, {
    pk: key('DEATH', person.id),
    sk: 'DEATH',
    entity: 'death-record',
    ...entry,
    gsi1pk: key('AREA', communityOf(person.area), 'DEATH'),
    gsi1sk: sortKey,
    gsi2pk: key('AREA', person.area.slice(0, 9), 'DEATH'),
    gsi2sk: sortKey,
  });
  const event = createEvent(PersonDeceased, {
    id: newId(now),
    district: deps.district,
    area: person.area,
    occurredAt: now,
    data: {
      ...factsOf(next),
      dateOfDeath: input.dateOfDeath,
      ...(input.burial ? { burialMethod: input.burial.method } : {}),
    },
  });
  const audit = { action: 'deceased', fields: ['status', 'death'], reason: input.reason };
  return commit(deps, { before: person, next, extra: [ledgerPut], audit, event }, actor, now);
}

/**
 * One page of the death and burial ledger of a sub-district (gsi2), community or grid (gsi1, a grid being a
 * filter in its community), in date order, optionally between two dates (inclusive).
 */
export async function listDeathLedger(
  deps: RegistryDeps,
  query: { area: string; from?: string | undefined; to?: string | undefined; limit: number; cursor?: string | undefined },
): Promise<{ items: DeathRecord[]; cursor?: string }> {
  const index = query.area.length === 9 ? 'gsi2' : 'gsi1';
  const partition = query.area.length === 9 ? query.area : communityOf(query.area);
  const grid = gridOf(query.area);
  const out = await deps.client.send(
    new QueryCommand({
      TableName: deps.tableName,
      IndexName: index,
      KeyConditionExpression: `${index}pk = :pk AND ${index}sk BETWEEN :from AND :to`,
      ...(grid ? { FilterExpression: 'area = :grid' } : {}),
      ExpressionAttributeValues: {
        ':pk': key('AREA', partition, 'DEATH'),
        ':from': query.from ?? '0000-00-00',
        // Ids are [0-9a-z], so `~` sorts after every id of the last day.
        ':to': key(query.to ?? '9999-12-31', '~'),
        ...(grid ? { ':grid': grid } : {}),
      },
      Limit: query.limit,
      ExclusiveStartKey: decodeCursor(query.cursor),
    }),
  );
  const cursor = encodeCursor(out.LastEvaluatedKey);
  return { items: (out.Items ?? []).map((item) => strip(item) as unknown as DeathRecord), ...(cursor ? { cursor } : {}) };
}

/**
 * Replaces a mistyped citizen ID: the uniqueness claim moves from the old number's blind index to the new
 * one (refused if someone holds it), birth date and sex are derived again, all in one transaction.
 */
export async function correctCitizenId(
  deps: RegistryDeps,
  person: PersonRecord,
  input: { citizenId: string; reason: string },
  actor: string,
): Promise<PersonRecord> {
  const now = deps.now();
  const facts = citizenIdFacts(input.citizenId);
  const newIndex = await deps.pii.blindIndex('citizen-id', input.citizenId);
  const oldIndex = await deps.pii.blindIndex('citizen-id', await deps.pii.decrypt(person.citizenIdCipher));
  const next: PersonRecord = {
    ...person,
    citizenIdCipher: await deps.pii.encrypt(input.citizenId),
    citizenIdLast4: input.citizenId.slice(-4),
    citizenIdArea: input.citizenId.slice(0, 6),
    birthDate: facts.birthDate,
    sex: facts.sex,
  };
  const releaseOld: TransactItem = {
    Delete: {
      TableName: deps.tableName,
      Key: { pk: key('CITIZENID', oldIndex), sk: 'CITIZENID' },
      ConditionExpression: 'personId = :id',
      ExpressionAttributeValues: { ':id': person.id },
    },
  };
  const event = createEvent(PersonCitizenIdCorrected, {
    id: newId(now),
    district: deps.district,
    area: next.area,
    occurredAt: now,
    data: factsOf(next),
  });
  const fields = ['citizenId', ...(['birthDate', 'sex'] as const).filter((field) => person[field] !== next[field])];
  try {
    const extra = [citizenIdClaimPut(deps.tableName, newIndex, person.id), releaseOld];
    const audit = { action: 'correct-citizen-id', fields, reason: input.reason };
    return await commit(deps, { before: person, next, extra, audit, event }, actor, now);
  } catch (error) {
    // Index 1 is the new number's claim, right after the person: someone else holds that number.
    if (error instanceof ConcurrentModificationError && failedConditionIndex(error.cause) === 1) {
      throw new DuplicateCitizenIdError(await claimantOf(deps, newIndex));
    }
    throw error;
  }
}

/** One page of a person's audit trail, newest first. */
export async function listAudit(
  deps: RegistryDeps,
  personId: string,
  page: { limit: number; cursor?: string | undefined },
): Promise<{ items: PersonAuditEntry[]; cursor?: string }> {
  const out = await deps.client.send(
    new QueryCommand({
      TableName: deps.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': key('AUDIT', personId) },
      ScanIndexForward: false,
      Limit: page.limit,
      ExclusiveStartKey: decodeCursor(page.cursor),
    }),
  );
  const cursor = encodeCursor(out.LastEvaluatedKey);
  const items = (out.Items ?? []).map(
    (item): PersonAuditEntry => ({
      at: item.at,
      action: item.action,
      actor: item.actor,
      ...(item.fields ? { fields: item.fields } : {}),
      ...(item.reason ? { reason: item.reason } : {}),
    }),
  );
  return { items, ...(cursor ? { cursor } : {}) };
}

interface PersonChange {
  before: PersonRecord;
  /** The record as it is to be, before the version and update stamp are set. */
  next: PersonRecord;
  extra?: readonly TransactItem[];
  audit: Omit<PersonAuditEntry, 'actor' | 'at'>;
  event: EventEnvelope;
}

/**
 * Writes a changed person at the next version with its audit entry, extra items and event in one
 * transaction. The person put comes first (index 0); losing the race answers 409.
 */
async function commit(deps: RegistryDeps, change: PersonChange, actor: string, now: Date): Promise<PersonRecord> {
  const at = now.toISOString();
  const next: PersonRecord = { ...change.next, updatedAt: at, updatedBy: actor, version: change.before.version + 1 };
  const entry: PersonAuditEntry = { ...change.audit, actor, at };
  try {
    await writeWithEvents(
      deps.client,
      deps.tableName,
      [
        versionedPut(deps.tableName, personItem(next), change.before.version),
        ...(change.extra ?? []),
        // Group lists and visit due lists are keyed by community too: they follow the person in the same
        // transaction, and leave with a person who moved out or died.
        ...(await membershipReindexItems(deps, next)),
        ...(await visitPlanReindexItems(deps, next)),
        auditPut(deps.tableName, change.before.id, entry),
      ],
      [change.event],
    );
  } catch (error) {
    if (isLostRace(error)) throw new ConcurrentModificationError('person changed meanwhile', { cause: error });
    throw error;
  }
  return next;
}

/** The stored item of a person: list keys only while active, so closed records drop out of every area list. */
function personItem(person: PersonRecord) {
  return {
    pk: key('PERSON', person.id),
    sk: 'PERSON',
    entity: 'person',
    ...person,
    ...(isListed(person.status) ? personIndexKeys(person) : {}),
  };
}

function citizenIdClaimPut(tableName: string, idIndex: string, personId: string): TransactItem {
  return createPut(tableName, { pk: key('CITIZENID', idIndex), sk: 'CITIZENID', entity: 'citizen-id-claim', personId });
}

async function claimantOf(deps: RegistryDeps, idIndex: string): Promise<string | undefined> {
  const claim = await deps.client.send(
    new GetCommand({ TableName: deps.tableName, Key: { pk: key('CITIZENID', idIndex), sk: 'CITIZENID' } }),
  );
  return claim.Item?.personId as string | undefined;
}

async function phoneFields(deps: RegistryDeps, phone: string) {
  return { phoneCipher: await deps.pii.encrypt(phone), phoneLast4: phone.slice(-4), phonePrefix: phone.slice(0, 3) };
}

function factsOf(person: PersonRecord): PersonFacts {
  return {
    personId: person.id,
    name: person.name,
    citizenIdMasked: `${person.citizenIdArea}********${person.citizenIdLast4}`,
    ...(person.phoneCipher ? { phoneCipher: person.phoneCipher } : {}),
    area: person.area,
    birthDate: person.birthDate,
    sex: person.sex,
    residence: person.residence,
  };
}

/** Table keys and entity tag are storage, not part of the record. */
function strip(item: Record<string, unknown>): Record<string, unknown> {
  const { pk, sk, entity, gsi1pk, gsi1sk, gsi2pk, gsi2sk, ...rest } = item;
  return rest;
}

/** Records written before statuses existed are active. */
function toRecord(item: Record<string, unknown>): PersonRecord {
  const record = strip(item) as unknown as PersonRecord;
  return { ...record, status: record.status ?? 'active' };
}
