import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { createEvent, type EventEnvelope, PersonRegistered } from '@shequ/contracts';
import { createPut, decodeCursor, encodeCursor, failedConditionIndex, key, newId, writeWithEvents } from '@shequ/ddb';
import { communityOf, gridOf } from '../domain/areas.ts';
import { citizenIdFacts } from '../domain/citizen-id.ts';
import type { RegisterPersonBody } from '../schemas/persons.ts';
import { auditPut } from './audit.ts';
import type { RegistryDeps } from './deps.ts';

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
  createdAt: string;
  createdBy: string;
  version: number;
}

export class DuplicateCitizenIdError extends Error {
  override name = 'DuplicateCitizenIdError';
  constructor(readonly existingPersonId: string | undefined) {
    super('citizen id already registered');
  }
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
  const now = deps.now();
  const id = newId(now);
  const facts = citizenIdFacts(input.citizenId);
  const idIndex = await deps.pii.blindIndex('citizen-id', input.citizenId);
  const phoneIndex = input.phone ? await deps.pii.blindIndex('phone', input.phone) : undefined;
  const person: PersonRecord = {
    id,
    name: input.name,
    citizenIdCipher: await deps.pii.encrypt(input.citizenId),
    citizenIdLast4: input.citizenId.slice(-4),
    citizenIdArea: input.citizenId.slice(0, 6),
    ...(input.phone
      ? {
          phoneCipher: await deps.pii.encrypt(input.phone),
          phoneLast4: input.phone.slice(-4),
          phonePrefix: input.phone.slice(0, 3),
        }
      : {}),
    birthDate: facts.birthDate,
    sex: facts.sex,
    residence: input.residence,
    ...(input.migrant ? { migrant: input.migrant } : {}),
    area: input.area,
    ...(input.building ? { building: input.building } : {}),
    ...(input.room ? { room: input.room } : {}),
    createdAt: now.toISOString(),
    createdBy: actor,
    version: 1,
  };
  const event = createEvent(PersonRegistered, {
    id: newId(now),
    district: deps.district,
    area: input.area,
    occurredAt: now,
    data: { personId: id, area: input.area, birthDate: facts.birthDate, sex: facts.sex, residence: input.residence },
  });
  try {
    await writeWithEvents(
      deps.client,
      deps.tableName,
      [
        createPut(deps.tableName, { pk: key('CITIZENID', idIndex), sk: 'CITIZENID', entity: 'citizen-id-claim', personId: id }),
        createPut(deps.tableName, {
          pk: key('PERSON', id),
          sk: 'PERSON',
          entity: 'person',
          ...person,
          ...personIndexKeys({ id, name: input.name, area: input.area, birthDate: facts.birthDate }),
        }),
        ...(phoneIndex ? [phoneIndexPut(deps.tableName, phoneIndex, id)] : []),
        auditPut(deps.tableName, id, { action: 'create', actor, at: now.toISOString() }),
      ],
      [event],
    );
  } catch (error) {
    if (failedConditionIndex(error) === 0) {
      const claim = await deps.client.send(
        new GetCommand({ TableName: deps.tableName, Key: { pk: key('CITIZENID', idIndex), sk: 'CITIZENID' } }),
      );
      throw new DuplicateCitizenIdError(claim.Item?.personId as string | undefined);
    }
    throw error;
  }
  return { person, event };
}

export async function getPerson(deps: RegistryDeps, id: string): Promise<PersonRecord | undefined> {
  const out = await deps.client.send(new GetCommand({ TableName: deps.tableName, Key: { pk: key('PERSON', id), sk: 'PERSON' } }));
  return out.Item as PersonRecord | undefined;
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
 * inside its community's partition, so a page may hold fewer than `limit` items but never skips any.
 */
export async function listPersons(
  deps: RegistryDeps,
  query: { area: string; name?: string | undefined; limit: number; cursor?: string | undefined },
): Promise<{ items: PersonRecord[]; cursor?: string }> {
  const grid = gridOf(query.area);
  const out = await deps.client.send(
    new QueryCommand({
      TableName: deps.tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: query.name ? 'gsi1pk = :pk AND begins_with(gsi1sk, :name)' : 'gsi1pk = :pk',
      ...(grid ? { FilterExpression: 'area = :grid' } : {}),
      ExpressionAttributeValues: {
        ':pk': key('AREA', communityOf(query.area), 'PERSON'),
        ...(query.name ? { ':name': query.name } : {}),
        ...(grid ? { ':grid': grid } : {}),
      },
      Limit: query.limit,
      ExclusiveStartKey: decodeCursor(query.cursor),
    }),
  );
  const cursor = encodeCursor(out.LastEvaluatedKey);
  return { items: (out.Items ?? []) as PersonRecord[], ...(cursor ? { cursor } : {}) };
}
