import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { type PopulationCount, PopulationCounted, parseEvent } from '@shequ/contracts';
import { sharedDocumentClient } from '@shequ/ddb';
import { tableOf } from '@shequ/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { outboxEvents } from '../../../test/support/outbox.ts';
import { handler as movePersonOut } from '../src/handlers/move-person-out.ts';
import { handler as recordDeath } from '../src/handlers/record-death.ts';
import { handler as registerPerson } from '../src/handlers/register-person.ts';
import { createHandler as countAt } from '../src/jobs/count-population.ts';
import { defaultRegistryDeps } from '../src/store/deps.ts';
import { call, claimsFor, createServiceTables, nextCitizenId, personBody } from './support.ts';

const community = '350203006029';
const otherCommunity = '350203006031';
const staff = claimsFor('district-admin', ['350203']);
const countPopulation = countAt(defaultRegistryDeps);

async function register(area: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await call(registerPerson, 'POST', '/registry/persons', {
    body: personBody({ area, ...overrides }),
    claims: staff,
  });
  expect(response.status).toBe(201);
  return response.json.id;
}

/** The areas of every PopulationCounted event the job raised at `time`, by area. */
async function counted(time: string): Promise<{ parts: number[]; areas: Map<string, PopulationCount> }> {
  const events = (await outboxEvents('registry', 'PopulationCounted'))
    .map((envelope) => parseEvent(PopulationCounted, envelope))
    .filter((event) => event.data.countedAt === time);
  return {
    parts: events.map((event) => event.data.part).sort((a, b) => a - b),
    areas: new Map(events.flatMap((event) => event.data.areas).map((count) => [count.area, count])),
  };
}

beforeAll(createServiceTables);

describe('job count-population', () => {
  it('counts active persons at every level by sex and residence, leaving out the moved-out and the dead', async () => {
    await register(`${community}-03`, { citizenId: nextCitizenId('19560312', 'female') });
    await register(`${community}-03`, {
      citizenId: nextCitizenId('19800101', 'male'),
      residence: 'migrant',
      migrant: { origin: '福建省龙岩市', arrivalDate: '2023-05-01' },
    });
    await register(community, { citizenId: nextCitizenId('19900101', 'female') });
    await register(`${otherCommunity}-01`, { citizenId: nextCitizenId('19700101', 'male') });
    const gone = await register(`${community}-03`);
    const dead = await register(`${otherCommunity}-01`);
    const claims = claimsFor('community-worker', [community, otherCommunity]);
    const out = await call(movePersonOut, 'POST', '/registry/persons/{id}/move-out', {
      params: { id: gone },
      body: { date: '2026-04-01', destination: '湖里区', reason: '投靠子女', version: 1 },
      claims,
    });
    expect(out.status).toBe(200);
    const died = await call(recordDeath, 'POST', '/registry/persons/{id}/deceased', {
      params: { id: dead },
      body: { dateOfDeath: '2026-04-20', reason: '家属申报', version: 1 },
      claims,
    });
    expect(died.status).toBe(200);

    const time = '2026-05-01T19:00:00.000Z';
    const summary = await countPopulation({ time });
    expect(summary).toMatchObject({ persons: 4, events: 1 });

    const { areas } = await counted(time);
    expect(areas.get('350203')).toEqual({ area: '350203', total: 4, registered: 3, migrant: 1, male: 2, female: 2 });
    expect(areas.get('350203006')).toMatchObject({ total: 4 });
    expect(areas.get(community)).toEqual({ area: community, total: 3, registered: 2, migrant: 1, male: 1, female: 2 });
    expect(areas.get(`${community}-03`)).toEqual({
      area: `${community}-03`,
      total: 2,
      registered: 1,
      migrant: 1,
      male: 1,
      female: 1,
    });
    expect(areas.get(otherCommunity)).toMatchObject({ total: 1, male: 1 });
    // The person who died there no longer counts.
    expect(areas.get(`${otherCommunity}-01`)).toMatchObject({ total: 1 });
  });

  it('lists known areas where nobody lives with zeros, and splits a large district into parts of at most 500 areas', async () => {
    const client = sharedDocumentClient();
    const grids = Array.from({ length: 520 }, (_, index) => {
      const code = `350203009${String(100 + Math.floor(index / 90)).padStart(3, '0')}-${String(index % 90).padStart(2, '0')}`;
      return { pk: `AREA#${code}`, sk: 'AREA', entity: 'grid', code, name: `第${index}网格` };
    });
    for (let start = 0; start < grids.length; start += 25) {
      await client.send(
        new BatchWriteCommand({
          RequestItems: { [tableOf('registry')]: grids.slice(start, start + 25).map((Item) => ({ PutRequest: { Item } })) },
        }),
      );
    }

    const time = '2026-05-02T19:00:00.000Z';
    const summary = await countPopulation({ time });
    expect(summary.events).toBe(2);
    const { parts, areas } = await counted(time);
    expect(parts).toEqual([1, 2]);
    expect(areas.get('350203009100-00')).toEqual({
      area: '350203009100-00',
      total: 0,
      registered: 0,
      migrant: 0,
      male: 0,
      female: 0,
    });
    expect(areas.get('350203009')).toMatchObject({ total: 0 });
    expect(areas.get('350203')).toMatchObject({ total: 4 });
    expect(areas.size).toBe(summary.areas);
  });
});
