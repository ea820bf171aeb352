import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DeleteCommand, PutCommand, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { createEvent, defineEvent } from '@shequ/contracts';
import { newId, sharedDocumentClient, writeWithEvents } from '@shequ/ddb';
import { type ServiceManifest, tableOf } from '@shequ/kit';
import type { Platform } from '@shequ/local/platform';
import { allManifests } from '@shequ/manifests';
import { withCheckCharacter } from '@shequ/registry/domain/citizen-id';
import { defaultRegistryDeps } from '@shequ/registry/store/deps';
import { seedDistrictAreas } from '@shequ/registry/store/places';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { tallyManifest } from '../support/fixtures/tally/manifest.ts';
import { tallyState } from '../support/fixtures/tally/state.ts';
import { type ApiClient, apiClient, eventually, startTestPlatform } from '../support/platform.ts';

/**
 * Poison records: every item shape the services write goes through the table streams, and delivery goes on.
 * DynamoDB Local streams an empty map as an untyped `{}` at any depth; a reader that decoded every record
 * stopped at the first one for good, and every later event of that table was lost.
 */

const TallyCounted = defineEvent(
  'tally',
  'TallyCounted',
  z.object({ n: z.number().int(), attributes: z.record(z.string(), z.unknown()), tags: z.array(z.string()) }),
);
const grid = '350203006029-03';
const services = ['registry', 'subsidies'];
const manifests: ServiceManifest[] = [...allManifests.filter((manifest) => services.includes(manifest.service)), tallyManifest];
let platform: Platform;
let api: ApiClient;
const tokens: Record<'admin' | 'worker', string> = { admin: '', worker: '' };

beforeAll(async () => {
  platform = await startTestPlatform({ manifests });
  api = apiClient(platform.url);
  tokens.admin = await platform.issuer.sign({ sub: 'admin', role: 'district-admin', areas: ['350203'] });
  tokens.worker = await platform.issuer.sign({ sub: 'worker', role: 'community-worker', areas: ['350203006029'] });
  // Units are registered to a known community: one sub-district's slice of the division data will do.
  await seedDistrictAreas(defaultRegistryDeps(), '350203', {
    findDistrict: () => ({ code: '350203', name: '思明区' }),
    subdistrictsOf: () => [{ code: '350203006', name: '鹭江街道' }],
    communitiesOf: () => [{ code: '350203006029', name: '小学社区居委会' }],
  });
}, 60_000);
afterAll(() => platform?.stop());

/** Every entity a service's code writes, read from its source (`entity: '<name>'`), outbox items aside. */
function entitiesOf(manifest: ServiceManifest): string[] {
  const files = readdirSync(manifest.srcDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
  const names = files.flatMap((file) =>
    [...readFileSync(join(manifest.srcDir, file), 'utf8').matchAll(/entity: '([a-z-]+)'/g)].map((match) => match[1] as string),
  );
  return [...new Set(names)].filter((name) => name !== 'outbox').sort();
}

/** The shapes an item of `entity` may hold: empty maps at every depth, empty lists, every kind of set. */
function fixtures(entity: string): Record<string, unknown>[] {
  const pk = `${entity.toUpperCase()}#fixture`;
  return [
    {
      pk,
      sk: 'MAPS',
      entity,
      version: 1,
      attributes: {},
      nested: { empty: {}, deeper: { empty: {} }, list: [{}, [], { inner: {} }] },
      emptyList: [],
    },
    {
      pk,
      sk: 'SETS',
      entity,
      version: 1,
      strings: new Set(['a', 'b']),
      numbers: new Set([1, 2.5]),
      binary: new Uint8Array([1, 2, 3]),
      binaries: new Set([new Uint8Array([1]), new Uint8Array([2])]),
      nothing: null,
      flag: false,
      blank: '',
      large: Number.MAX_SAFE_INTEGER,
    },
  ];
}

/** Writes an outbox event into a service's table, as its commands do, and answers its id. */
async function probe(service: string, n: number): Promise<string> {
  const event = createEvent(TallyCounted, {
    id: newId(),
    district: '350203',
    area: '350203006029',
    data: { n, attributes: {}, tags: [] },
  });
  await writeWithEvents(sharedDocumentClient(), tableOf(service), [], [event]);
  return event.id;
}

/** The entities of a service's items that hold an empty map anywhere; tests may scan their own tables. */
async function entitiesWithEmptyMaps(service: string): Promise<string[]> {
  const holdsEmptyMap = (value: unknown): boolean =>
    typeof value === 'object' &&
    value !== null &&
    !(value instanceof Set) &&
    !(value instanceof Uint8Array) &&
    (Object.keys(value).length === 0 || Object.values(value).some(holdsEmptyMap));
  const { Items = [] } = await sharedDocumentClient().send(new ScanCommand({ TableName: tableOf(service) }));
  const found = Items.filter((item) => !String(item.pk).endsWith('#fixture') && Object.values(item).some(holdsEmptyMap));
  return [...new Set(found.map((item) => String(item.entity)))].sort();
}

async function expectNothingStuck(probes: string[]): Promise<void> {
  await eventually(async () => (probes.every((id) => tallyState.receives.get(id) === 1) ? true : undefined), 30_000);
  await platform.delivery.idle(300, 30_000);
  const status = platform.delivery.status();
  expect(status.deadLetters).toEqual({ events: 0, records: 0 });
  for (const table of status.tables) expect(table).toMatchObject({ caughtUp: true, pendingRecords: 0, lastError: null });
}

describe('items of every shape through the table streams', () => {
  it('reads past a generated fixture of every entity of every service, inserted, modified and removed', async () => {
    const client = sharedDocumentClient();
    const probes: string[] = [];
    let written = 0;
    for (const manifest of allManifests) {
      const table = tableOf(manifest.service);
      // The services' tables exist only for the ones this platform runs; the others' shapes go to registry's.
      const target = services.includes(manifest.service) ? table : tableOf('registry');
      const entities = entitiesOf(manifest);
      expect(entities.length, manifest.service).toBeGreaterThan(0);
      for (const entity of entities) {
        for (const item of fixtures(entity)) {
          await client.send(new PutCommand({ TableName: target, Item: { ...item, service: manifest.service } }));
          written++;
        }
        const key = { pk: `${entity.toUpperCase()}#fixture`, sk: 'SETS' };
        await client.send(
          new UpdateCommand({
            TableName: target,
            Key: key,
            UpdateExpression: 'SET settings = :empty, version = version + :one',
            ExpressionAttributeValues: { ':empty': {}, ':one': 1 },
          }),
        );
        await client.send(new DeleteCommand({ TableName: target, Key: { ...key, sk: 'MAPS' } }));
      }
    }
    for (const service of services) probes.push(await probe(service, probes.length));

    expect(written).toBeGreaterThan(100);
    await expectNothingStuck(probes);
  }, 120_000);

  it('delivers what follows the writes the issue named, made through the real routes', async () => {
    const created = async (method: string, path: string, body: unknown, token = tokens.worker) => {
      const answer = await api.request(method, path, { token, body });
      expect(answer.status, `${method} ${path}: ${JSON.stringify(answer.json)}`).toBeLessThan(300);
      return answer.json;
    };
    // 低保 with only its notice days: its standards are stored as an empty map.
    await created('PUT', '/subsidies/programmes/dibao', { noticeDays: 5, version: 0 }, tokens.admin);
    const person = await created('POST', '/registry/persons', {
      name: '林秀英',
      citizenId: withCheckCharacter('35020319500505017'),
      residence: 'registered',
      area: grid,
    });
    const household = await created('POST', '/registry/households', {
      area: grid,
      headPersonId: person.id,
      perCapitaIncome: 300,
    });
    await created('PUT', `/registry/persons/${person.id}/groups/dibao`, { attributes: { householdId: household.id } });
    await created('PUT', `/registry/persons/${person.id}/groups/tekun`, {
      attributes: { householdId: household.id, support: 'home' },
    });
    await created('PUT', `/registry/persons/${person.id}/groups/active-military`, { attributes: { enlistedOn: '2020-09-01' } });
    // A donation drive with no goods yet, and an agreement without commitments.
    await created('POST', '/subsidies/drives', {
      area: '350203006029',
      name: '2026 年冬季送温暖募捐',
      purpose: '为困难家庭募集过冬物资',
      startsOn: '2026-12-01',
      endsOn: '2026-12-31',
    });
    const unit = await created('POST', '/registry/units', { name: '鹭江机械厂', kind: 'enterprise', area: '350203006029' });
    await created('POST', `/registry/units/${unit.id}/agreements`, { signedOn: '2026-01-01', validUntil: '2027-12-31' });
    const probes = [await probe('registry', 100), await probe('subsidies', 101)];
    // The poison is really there: these writes stored empty maps, some in the very outbox items that carry events.
    expect(await entitiesWithEmptyMaps('subsidies')).toEqual(expect.arrayContaining(['donation-drive', 'programme-settings']));
    expect(await entitiesWithEmptyMaps('registry')).toEqual(expect.arrayContaining(['agreement', 'group-membership', 'outbox']));

    await expectNothingStuck(probes);
    // Subsidies kept the person's facts from registry's events, the group ones included: nothing stopped them.
    const consumers = platform.delivery.status().consumers;
    const keepFacts = consumers.filter((consumer) => consumer.queue.startsWith('subsidies.'));
    expect(keepFacts.reduce((sum, consumer) => sum + consumer.delivered, 0)).toBeGreaterThanOrEqual(4);
    expect(keepFacts.every((consumer) => consumer.deadLetters === 0 && consumer.waiting === 0)).toBe(true);

    const shown = await api.request('GET', '/_local/delivery', { token: tokens.admin });
    expect(shown.status).toBe(200);
    expect(shown.json.tables.map((table: { table: string }) => table.table)).toEqual(manifests.map((m) => tableOf(m.service)));
    expect(shown.json.deadLetters).toEqual({ events: 0, records: 0 });
    expect((await api.request('GET', '/_local/delivery', { token: tokens.worker })).status).toBe(403);
  }, 120_000);

  it('dead-letters an outbox record it cannot read, says so when asked to redrive it, and goes on', async () => {
    await sharedDocumentClient().send(
      new PutCommand({
        TableName: tableOf('registry'),
        Item: { pk: 'OUTBOX#hand-written', sk: 'OUTBOX', entity: 'outbox', events: [{}] },
      }),
    );
    const probes = [await probe('registry', 200)];
    await eventually(async () => (probes.every((id) => tallyState.receives.get(id) === 1) ? true : undefined), 30_000);

    const listed = await api.request('GET', '/_local/dead-letters', { token: tokens.admin });
    const [letter] = listed.json.items;
    expect(letter).toMatchObject({
      kind: 'record',
      queue: `stream:${tableOf('registry')}`,
      keys: { pk: { S: 'OUTBOX#hand-written' } },
      lastError: expect.stringContaining('not event envelopes'),
    });
    const redriven = await api.request('POST', `/_local/dead-letters/${letter.id}/redrive`, { token: tokens.admin });
    expect(redriven.status).toBe(409);
    expect(redriven.json).toMatchObject({
      code: 'not-redrivable',
      detail: expect.stringContaining('has no event to send again'),
    });
    expect((await api.request('POST', '/_local/dead-letters/nope/redrive', { token: tokens.admin })).status).toBe(404);
    expect((await api.request('GET', '/_local/delivery', { token: tokens.admin })).json.deadLetters).toEqual({
      events: 0,
      records: 1,
    });
  }, 60_000);
});
