import {
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
import { newId } from '@shequ/ddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { sqsBatch } from '../../../test/support/events.ts';
import { createServiceTables } from '../../../test/support/tables.ts';
import { handler as countPersons } from '../src/handlers/count-registry.ts';
import { readCounter } from '../src/store/counters.ts';
import { defaultStatisticsDeps } from '../src/store/deps.ts';

const deps = () => defaultStatisticsDeps();
const population = (area: string) => readCounter(deps(), area, 'POPULATION');
const births = (area: string, sex: string, year: number) => readCounter(deps(), area, `BIRTHS#${sex}#${year}`);

const facts = (area: string, overrides: Partial<PersonFacts> = {}): PersonFacts => ({
  personId: newId(),
  name: '黄丽华',
  citizenIdMasked: '350203********0023',
  area,
  birthDate: '1972-08-15',
  sex: 'female',
  residence: 'registered',
  ...overrides,
});

const at = (time: string) => new Date(`2026-${time}Z`);
const event = (contract: Parameters<typeof createEvent>[0], time: string, data: Record<string, unknown>): EventEnvelope =>
  createEvent(contract as never, {
    id: newId(at(time)),
    district: '350203',
    area: String(data.area),
    occurredAt: at(time),
    data: data as never,
  });

async function deliver(...events: EventEnvelope[]) {
  expect((await countPersons(sqsBatch(events))).batchItemFailures).toEqual([]);
}

beforeAll(async () => {
  await createServiceTables();
});

describe('population counters kept from person events', () => {
  it('counts each person once at every level, however often the event comes', async () => {
    const grid = '350203006001-01';
    const woman = facts(grid);
    const man = facts(grid, { sex: 'male', residence: 'migrant', birthDate: '1990-01-02' });
    const registered = event(PersonRegistered, '01-01T01:00:00', woman);
    await deliver(registered, event(PersonRegistered, '01-01T01:00:01', man), registered);
    await deliver(registered);
    for (const area of [grid, '350203006001', '350203006']) {
      expect(await population(area)).toEqual({ total: 2, registered: 1, migrant: 1, male: 1, female: 1 });
    }
    expect(await births(grid, 'female', 1972)).toEqual({ '08-15': 1 });
    expect(await births('350203006001', 'male', 1990)).toEqual({ '01-02': 1 });
  });

  it('applies events delivered out of order as if they came in order', async () => {
    const from = '350203006002-01';
    const to = '350203006002-02';
    const person = facts(from, { residence: 'migrant' });
    const registered = event(PersonRegistered, '01-02T01:00:00', person);
    const moved = event(PersonMoved, '01-03T01:00:00', { ...person, area: to, from, to, date: '2026-01-03' });
    const updated = event(PersonUpdated, '01-02T12:00:00', { ...person, residence: 'registered', changed: ['residence'] });
    // The move first, then two older events: neither may move the person back or change their residence.
    await deliver(moved, registered, updated);
    expect(await population(from)).toEqual({});
    expect(await population(to)).toEqual({ total: 1, migrant: 1, female: 1 });
    expect(await population('350203006002')).toEqual({ total: 1, migrant: 1, female: 1 });
  });

  it('moves a person between grids and between communities', async () => {
    const first = '350203006003-01';
    const second = '350203006003-02';
    const elsewhere = '350203006004-01';
    const person = facts(first);
    await deliver(event(PersonRegistered, '01-04T01:00:00', person));
    await deliver(event(PersonMoved, '01-05T01:00:00', { ...person, area: second, from: first, to: second, date: '2026-01-05' }));
    expect(await population(first)).toMatchObject({ total: 0, female: 0 });
    expect(await population(second)).toEqual({ total: 1, registered: 1, female: 1 });
    expect(await population('350203006003')).toEqual({ total: 1, registered: 1, female: 1 });
    await deliver(
      event(PersonMoved, '01-06T01:00:00', { ...person, area: elsewhere, from: second, to: elsewhere, date: '2026-01-06' }),
    );
    expect(await population('350203006003')).toMatchObject({ total: 0, registered: 0, female: 0 });
    expect(await population(elsewhere)).toEqual({ total: 1, registered: 1, female: 1 });
    expect(await population('350203006004')).toEqual({ total: 1, registered: 1, female: 1 });
    expect(await births('350203006003', 'female', 1972)).toEqual({ '08-15': 0 });
    expect(await births('350203006004', 'female', 1972)).toEqual({ '08-15': 1 });
  });

  it('stops counting the dead and those who moved out, and counts a death (and its cremation) once in its month', async () => {
    const grid = '350203006005-01';
    const dying = facts(grid, { birthDate: '1936-05-01' });
    const leaving = facts(grid, { sex: 'male' });
    const deceased = event(PersonDeceased, '02-12T01:00:00', { ...dying, dateOfDeath: '2026-01-31', burialMethod: 'cremation' });
    await deliver(event(PersonRegistered, '01-07T01:00:00', dying), event(PersonRegistered, '01-07T01:00:01', leaving));
    await deliver(
      deceased,
      deceased,
      event(PersonMovedOut, '02-13T01:00:00', { ...leaving, date: '2026-02-13', destination: '福建省泉州市' }),
    );
    await deliver(deceased);
    expect(await population(grid)).toMatchObject({ total: 0, registered: 0, female: 0, male: 0 });
    expect(await births(grid, 'female', 1936)).toEqual({ '05-01': 0 });
    for (const area of [grid, '350203006005', '350203']) {
      expect((await readCounter(deps(), area, 'FLOW#2026-01')).deaths).toBeGreaterThanOrEqual(1);
    }
    expect(await readCounter(deps(), grid, 'FLOW#2026-01')).toEqual({ deaths: 1, 'deaths:cremation': 1 });
    expect(await readCounter(deps(), grid, 'FLOW#2026-02')).toEqual({});
  });

  it('moves birthday and sex counts when a citizen ID correction changes them', async () => {
    const grid = '350203006006-01';
    const person = facts(grid, { birthDate: '1980-02-03', sex: 'male' });
    await deliver(event(PersonRegistered, '01-08T01:00:00', person));
    await deliver(event(PersonCitizenIdCorrected, '01-09T01:00:00', { ...person, birthDate: '1981-03-02', sex: 'female' }));
    expect(await population(grid)).toEqual({ total: 1, registered: 1, male: 0, female: 1 });
    expect(await births(grid, 'male', 1980)).toEqual({ '02-03': 0 });
    expect(await births(grid, 'female', 1981)).toEqual({ '03-02': 1 });
  });

  it('keeps counts right when events for one person are handled at the same time', async () => {
    const grid = '350203006007-01';
    const person = facts(grid);
    await deliver(event(PersonRegistered, '01-10T01:00:00', person));
    const moves = ['02', '03', '04', '05'].map((n, index) =>
      event(PersonMoved, `01-11T01:00:0${index}`, {
        ...person,
        area: `350203006007-${n}`,
        from: grid,
        to: `350203006007-${n}`,
        date: '2026-01-11',
      }),
    );
    await Promise.all(moves.map((move) => deliver(move)));
    expect(await population('350203006007')).toEqual({ total: 1, registered: 1, female: 1 });
    const grids = await Promise.all(['01', '02', '03', '04', '05'].map((n) => population(`350203006007-${n}`)));
    expect(grids.map((numbers) => numbers.total ?? 0)).toEqual([0, 0, 0, 0, 1]);
  });
});
