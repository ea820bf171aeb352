import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { createEvent, type EventEnvelope, type PopulationCount, PopulationCounted } from '@shequ/contracts';
import { newId, type TransactItem } from '@shequ/ddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { sqsBatch } from '../../../test/support/events.ts';
import { call, claimsFor } from '../../../test/support/http.ts';
import { createServiceTables } from '../../../test/support/tables.ts';
import { POPULATION_BUCKET } from '../src/domain/population.ts';
import { populationDrift } from '../src/domain/reconciliation.ts';
import { createHandler as listAt } from '../src/handlers/list-reconciliations.ts';
import { createHandler as reconcileAt } from '../src/handlers/reconcile-population.ts';
import { addAtEveryLevel, addToCounter, counterKey, readCounter } from '../src/store/counters.ts';
import { defaultStatisticsDeps, type StatisticsDeps } from '../src/store/deps.ts';

const district = '350203';
const subdistrict = '350203006';
const community = '350203006029';
const grid = `${community}-03`;
const deps = (): StatisticsDeps => ({ ...defaultStatisticsDeps(), now: () => new Date('2026-05-02T19:05:00Z') });
const reconcile = reconcileAt(deps);
const list = listAt(deps);
const staff = claimsFor('district-admin', [district]);

const people = { total: 3, registered: 2, migrant: 1, male: 1, female: 2 };
const count = (area: string, numbers: Omit<PopulationCount, 'area'> = people): PopulationCount => ({ area, ...numbers });

async function write(items: (TransactItem | undefined)[]) {
  const given = items.filter((item): item is TransactItem => item !== undefined);
  await deps().client.send(new TransactWriteCommand({ TransactItems: given }));
}

function populationCounted(countedAt: string, areas: PopulationCount[]): EventEnvelope {
  return createEvent(PopulationCounted, {
    id: newId(new Date(countedAt)),
    district,
    area: district,
    occurredAt: new Date(countedAt),
    data: { countedAt, part: 1, parts: 1, areas },
  });
}

async function deliver(event: EventEnvelope, handler = reconcile) {
  const out = await handler(sqsBatch([event]));
  expect(out.batchItemFailures).toEqual([]);
}

const reports = async (area: string) =>
  (await call(list, 'GET', '/statistics/reconciliations', { claims: staff, query: { area } })).json.items as Record<
    string,
    any
  >[];

describe('populationDrift (pure)', () => {
  it('names each field that differs, a missing number counting as zero', () => {
    expect(populationDrift(count(grid), { total: 10, registered: 2, migrant: 1, male: 1, female: 2 })).toEqual([
      { field: 'total', expected: 3, found: 10 },
    ]);
    expect(populationDrift(count(grid, { total: 1, registered: 1, migrant: 0, male: 0, female: 1 }), {})).toEqual([
      { field: 'total', expected: 1, found: 0 },
      { field: 'registered', expected: 1, found: 0 },
      { field: 'female', expected: 1, found: 0 },
    ]);
    expect(populationDrift(count(grid), { ...people, other: 5 })).toEqual([]);
  });
});

describe('consumer reconcile-population', () => {
  beforeAll(async () => {
    await createServiceTables();
    await write(addAtEveryLevel(deps(), grid, POPULATION_BUCKET, people));
  });

  it('corrects a corrupted counter to the registry count and reports the drift once, whatever the redeliveries', async () => {
    // Prepare: the community's counter corrupted by +7, as a lost or doubled event would leave it.
    await write([addToCounter(deps(), community, POPULATION_BUCKET, { total: 7 })]);
    const event = populationCounted('2026-05-02T19:00:00.000Z', [
      count(district),
      count(subdistrict),
      count(community),
      count(grid),
    ]);

    // Act
    await deliver(event);

    // Assess
    expect(await readCounter(deps(), community, POPULATION_BUCKET)).toEqual(people);
    expect(await readCounter(deps(), district, POPULATION_BUCKET)).toEqual(people);
    const found = await reports(district);
    expect(found).toEqual([
      {
        day: '2026-05-03',
        countedAt: '2026-05-02T19:00:00.000Z',
        area: community,
        fields: [{ field: 'total', expected: 3, found: 10 }],
        outcome: 'corrected',
        corrected: true,
      },
    ]);
    expect(await reports(subdistrict)).toEqual(found);
    expect(await reports(community)).toEqual(found);
    expect(await reports(grid)).toEqual([]);

    // A person event lands after the correction; then the count is delivered again: it must change nothing.
    await write(addAtEveryLevel(deps(), grid, POPULATION_BUCKET, { total: 1, registered: 1, female: 1 }));
    await deliver(event);
    await deliver(event);
    const moved = { ...people, total: 4, registered: 3, female: 3 };
    expect(await readCounter(deps(), community, POPULATION_BUCKET)).toEqual(moved);
    expect(await readCounter(deps(), grid, POPULATION_BUCKET)).toEqual(moved);
    expect(await reports(district)).toEqual(found);
    // Put back what the registry would count now, for the tests below.
    await write(addAtEveryLevel(deps(), grid, POPULATION_BUCKET, { total: -1, registered: -1, female: -1 }));
  });

  it('creates the counter of an area the registry counts but statistics never saw, and zeroes one nobody lives in', async () => {
    const newGrid = `${community}-05`;
    const emptied = `${community}-07`;
    await write([addToCounter(deps(), emptied, POPULATION_BUCKET, { total: 2, registered: 2, male: 2 })]);
    const event = populationCounted('2026-05-03T19:00:00.000Z', [
      count(newGrid, { total: 1, registered: 0, migrant: 1, male: 1, female: 0 }),
      count(emptied, { total: 0, registered: 0, migrant: 0, male: 0, female: 0 }),
    ]);

    await deliver(event);

    expect(await readCounter(deps(), newGrid, POPULATION_BUCKET)).toEqual({ total: 1, migrant: 1, male: 1 });
    expect(await readCounter(deps(), emptied, POPULATION_BUCKET)).toEqual({ total: 0, registered: 0, male: 0 });
    // The counter item joins the drill-down like one the person events made.
    const item = await deps().client.send(
      new GetCommand({ TableName: deps().tableName, Key: counterKey(newGrid, POPULATION_BUCKET) }),
    );
    expect(item.Item).toMatchObject({ entity: 'counter', gsi1pk: `CHILDREN#${community}#${POPULATION_BUCKET}`, gsi1sk: newGrid });
    const newest = await reports(community);
    expect(newest.slice(0, 2).map((report) => [report.countedAt, report.area, report.outcome])).toEqual([
      ['2026-05-03T19:00:00.000Z', emptied, 'corrected'],
      ['2026-05-03T19:00:00.000Z', newGrid, 'corrected'],
    ]);
    expect(newest.at(-1)?.countedAt).toBe('2026-05-02T19:00:00.000Z');
  });

  it('leaves a counter that moved between read and correction, and reports it busy', async () => {
    const busyGrid = `${community}-09`;
    await write([addToCounter(deps(), busyGrid, POPULATION_BUCKET, { total: 5, registered: 5, female: 5 })]);
    // A person event lands right after the consumer read the counter.
    const racing = (): StatisticsDeps => {
      const base = deps();
      let raced = false;
      const client = new Proxy(base.client, {
        get(target, property, receiver) {
          if (property !== 'send') return Reflect.get(target, property, receiver);
          return async (command: { input: { Key?: Record<string, unknown> } }) => {
            const out = await target.send(command as never);
            if (!raced && command instanceof GetCommand && command.input.Key?.pk === `COUNTER#${busyGrid}`) {
              raced = true;
              await write([addToCounter(base, busyGrid, POPULATION_BUCKET, { total: 1, registered: 1, female: 1 })]);
            }
            return out;
          };
        },
      });
      return { ...base, client };
    };
    const event = populationCounted('2026-05-04T19:00:00.000Z', [
      count(busyGrid, { total: 4, registered: 4, migrant: 0, male: 0, female: 4 }),
    ]);

    await deliver(event, reconcileAt(racing));

    expect(await readCounter(deps(), busyGrid, POPULATION_BUCKET)).toEqual({ total: 6, registered: 6, female: 6 });
    const [report] = await reports(busyGrid);
    expect(report).toMatchObject({ area: busyGrid, outcome: 'busy', corrected: false, day: '2026-05-05' });
    expect(report?.fields).toEqual([
      { field: 'total', expected: 4, found: 5 },
      { field: 'registered', expected: 4, found: 5 },
      { field: 'female', expected: 4, found: 5 },
    ]);
  });

  it('lists reports only within the caller scope', async () => {
    const out = await call(list, 'GET', '/statistics/reconciliations', {
      claims: claimsFor('community-worker', ['350203007001']),
      query: { area: community },
    });
    expect(out.status).toBe(403);
  });
});
