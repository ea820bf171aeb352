import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { createEvent, PersonRegistered } from '@shequ/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  applyBySubject,
  ensureTable,
  getItems,
  keepAllPersonFacts,
  keptPerson,
  keyIdOf,
  newId,
  physicalTableName,
  putAllIfNewer,
  queryPartitions,
  sharedDocumentClient,
  type TransactUnit,
} from '../src/index.ts';

const client = () => sharedDocumentClient();
const tableName = () => physicalTableName(process.env.DISTRICT as string, 'applytest', process.env.TABLE_NAME_PREFIX);
const table = () => ({ client: client(), tableName: tableName() });
const get = async (pk: string, sk: string) =>
  (await client().send(new GetCommand({ TableName: tableName(), Key: { pk, sk }, ConsistentRead: true }))).Item;

beforeAll(async () => {
  await ensureTable(client(), tableName(), { name: 'applytest', indexes: [] });
});

describe('bulk reads', () => {
  it('get every item asked for beyond a hundred keys, and whole partitions', async () => {
    const pk = `READ#${newId()}`;
    for (let n = 0; n < 120; n++) {
      await client().send(new PutCommand({ TableName: tableName(), Item: { pk, sk: `S${n}`, n } }));
    }
    const keys = Array.from({ length: 130 }, (_, n) => ({ pk, sk: `S${n}` }));
    const items = await getItems(table(), keys);
    expect(items.size).toBe(120);
    expect(items.get(keyIdOf({ pk, sk: 'S7' }))).toMatchObject({ n: 7 });
    const partitions = await queryPartitions(table(), [pk, `READ#${newId()}`]);
    expect(partitions.get(pk)).toHaveLength(120);
  });
});

describe('putAllIfNewer', () => {
  it('writes per key the newest of those given, the first of equal times, and skips what is not newer than stored', async () => {
    const a = `FACT#${newId()}`;
    const b = `FACT#${newId()}`;
    const c = `FACT#${newId()}`;
    await client().send(new PutCommand({ TableName: tableName(), Item: { pk: c, sk: 'F', asOf: '2026-03-05', v: 'stored' } }));
    const result = await putAllIfNewer(table(), [
      { pk: a, sk: 'F', asOf: '2026-03-02', v: 'a2' },
      { pk: a, sk: 'F', asOf: '2026-03-01', v: 'a1' },
      { pk: b, sk: 'F', asOf: '2026-03-01', v: 'b-first' },
      { pk: b, sk: 'F', asOf: '2026-03-01', v: 'b-second' },
      { pk: c, sk: 'F', asOf: '2026-03-04', v: 'c-older' },
    ]);
    expect(result.kept.map((item) => item.v).sort()).toEqual(['a2', 'b-first']);
    expect(result.skipped.map((item) => item.v).sort()).toEqual(['a1', 'b-second', 'c-older']);
    expect((await get(a, 'F'))?.v).toBe('a2');
    expect((await get(b, 'F'))?.v).toBe('b-first');
    expect((await get(c, 'F'))?.v).toBe('stored');
    const again = await putAllIfNewer(table(), [{ pk: a, sk: 'F', asOf: '2026-03-02', v: 'a2' }]);
    expect(again).toMatchObject({ kept: [], transactions: 0 });
  });
});

describe('applyBySubject', () => {
  const revisionUnit = (pk: string, seen: number, counterPk: string): TransactUnit => ({
    items: [
      {
        Put: {
          TableName: tableName(),
          Item: { pk, sk: 'REV', rev: seen + 1 },
          ...(seen === 0
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : { ConditionExpression: 'rev = :rev', ExpressionAttributeValues: { ':rev': seen } }),
        },
      },
    ],
    counters: [{ tableName: tableName(), key: { pk: counterPk, sk: 'COUNT' }, add: { changes: 1 } }],
  });
  const readRevisions = async (subjects: readonly string[]) => {
    const items = await getItems(
      table(),
      subjects.map((pk) => ({ pk, sk: 'REV' })),
    );
    return new Map(subjects.map((pk) => [pk, Number(items.get(keyIdOf({ pk, sk: 'REV' }))?.rev ?? 0)]));
  };

  it('reads again and decides again for a subject changed meanwhile, while the others stay written', async () => {
    const subjects = Array.from({ length: 5 }, () => `SUBJECT#${newId()}`);
    const counter = `COUNTER#${newId()}`;
    let raced = false;
    const result = await applyBySubject(table(), subjects, {
      read: async (pending) => {
        const readings = await readRevisions(pending);
        if (!raced) {
          // Another writer changes the third subject between this reading and the write.
          raced = true;
          await client().send(new PutCommand({ TableName: tableName(), Item: { pk: subjects[2], sk: 'REV', rev: 7 } }));
        }
        return readings;
      },
      plan: (subject, seen) => (subject === subjects[4] ? undefined : revisionUnit(subject, seen ?? 0, counter)),
    });
    expect(result.written.sort()).toEqual(subjects.slice(0, 4).sort());
    expect(result.unchanged).toEqual([subjects[4]]);
    expect(result.failed).toEqual([]);
    expect((await get(subjects[2] as string, 'REV'))?.rev).toBe(8);
    expect((await get(subjects[0] as string, 'REV'))?.rev).toBe(1);
    expect((await get(counter, 'COUNT'))?.changes).toBe(4);
  });

  it('reports a subject that keeps losing and one whose plan throws as failed, without holding up the rest', async () => {
    const subjects = Array.from({ length: 3 }, () => `SUBJECT#${newId()}`);
    const counter = `COUNTER#${newId()}`;
    const result = await applyBySubject(table(), subjects, {
      attempts: 3,
      read: readRevisions,
      plan: (subject, seen) => {
        if (subject === subjects[1]) throw new Error('cannot decide');
        // Always conditioned on a revision the first subject never has.
        return revisionUnit(subject, subject === subjects[0] ? 99 : (seen ?? 0), counter);
      },
    });
    expect(result.written).toEqual([subjects[2]]);
    expect(result.failed.map((failure) => failure.subject).sort()).toEqual([subjects[0], subjects[1]].sort());
    expect((await get(counter, 'COUNT'))?.changes).toBe(1);
  });
});

describe('keepAllPersonFacts', () => {
  const facts = (personId: string, name: string) => ({
    personId,
    name,
    citizenIdMasked: '350203********0012',
    phoneCipher: 'sealed',
    area: '350203006029-02',
    birthDate: '2000-01-15',
    sex: 'male' as const,
    residence: 'registered' as const,
  });
  const registered = (personId: string, name: string, occurredAt: string) =>
    createEvent(PersonRegistered, {
      id: newId(),
      district: '350203',
      area: '350203006029',
      occurredAt: new Date(occurredAt),
      data: facts(personId, name),
    });

  it('keeps per person the newest facts of a batch, fails an unreadable event alone, and changes nothing when it comes again', async () => {
    const one = newId();
    const two = newId();
    const broken = { ...registered(one, '坏', '2026-03-09T00:00:00Z'), data: { personId: one } };
    const events = [
      registered(one, '新', '2026-03-02T00:00:00Z'),
      registered(one, '旧', '2026-03-01T00:00:00Z'),
      broken,
      registered(two, '二', '2026-03-01T00:00:00Z'),
    ];
    const first = await keepAllPersonFacts(table(), events);
    expect(first).toMatchObject({ failed: [broken], kept: 2, skipped: 1, transactions: 1 });
    expect(await keptPerson(table(), one)).toMatchObject({ name: '新', status: 'active' });
    expect(await keptPerson(table(), one)).not.toHaveProperty('phoneCipher');
    const again = await keepAllPersonFacts(table(), events);
    expect(again).toMatchObject({ kept: 0, skipped: 3, transactions: 0 });
    expect(await keptPerson(table(), two)).toMatchObject({ name: '二' });
  });
});
