import {
  type ApplicationStateName,
  ApplicationStatusChanged,
  createEvent,
  type EventEnvelope,
  type PersonFacts,
  PersonRegistered,
} from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { sqsBatch } from '../../../test/support/events.ts';
import { call, claimsFor } from '../../../test/support/http.ts';
import { createServiceTables } from '../../../test/support/tables.ts';
import { ageBands } from '../src/domain/age-bands.ts';
import { createHandler as countBenefitsAt } from '../src/handlers/count-benefits.ts';
import { handler as countPersons } from '../src/handlers/count-registry.ts';
import { createHandler as getAgesAt } from '../src/handlers/get-age-structure.ts';
import { createHandler as getBenefitsAt } from '../src/handlers/get-benefits.ts';
import { defaultStatisticsDeps } from '../src/store/deps.ts';

const community = '350203006029';
const other = '350203006004';
const admin = claimsFor('district-admin', ['350203']);
/** 00:30 on 15 June 2026 in Shanghai. */
const deps = () => ({ ...defaultStatisticsDeps(), now: () => new Date('2026-06-14T16:30:00Z') });

const person = (area: string, sex: 'male' | 'female', birthDate: string): PersonFacts => ({
  personId: newId(),
  name: `居民${birthDate}`,
  citizenIdMasked: '350203********0042',
  area,
  birthDate,
  sex,
  residence: 'registered',
});

function status(
  applicationId: string,
  area: string,
  programme: string,
  from: ApplicationStateName | undefined,
  to: ApplicationStateName,
  minute: number,
) {
  return createEvent(ApplicationStatusChanged, {
    id: newId(),
    district: '350203',
    area,
    occurredAt: new Date(Date.UTC(2026, 4, 10, 2, minute)),
    data: {
      applicationId,
      programme,
      programmeName: programme,
      personId: `p-${applicationId}`,
      area,
      ...(from ? { from } : {}),
      to,
      command: to,
      by: 'worker',
      amountFen: programme === 'dibao' ? 120_000 : 28_500,
      programmePeriod: 'monthly',
      personsCovered: programme === 'dibao' ? 3 : 1,
    },
  });
}

/** An application straight to active, then (when `ended`) terminated. */
function granted(area: string, programme: string, ended = false): EventEnvelope[] {
  const id = newId();
  const events = [status(id, area, programme, undefined, 'submitted', 0), status(id, area, programme, 'submitted', 'active', 1)];
  if (ended) events.push(status(id, area, programme, 'active', 'ended', 2));
  return events;
}

beforeAll(async () => {
  await createServiceTables();
  const benefits = countBenefitsAt(deps);
  const events = [
    ...granted(`${community}-01`, 'dibao'),
    ...granted(`${community}-02`, 'dibao'),
    ...granted(`${community}-02`, 'price-subsidy'),
    ...granted(other, 'dibao', true),
  ];
  // One application's steps in order: a batch per application keeps them so.
  for (let index = 0; index < events.length; index++) {
    expect((await benefits(sqsBatch([events[index] as EventEnvelope]))).batchItemFailures).toEqual([]);
  }
  const people = [
    person(`${community}-01`, 'female', '2020-06-15'),
    person(`${community}-01`, 'male', '2016-06-16'),
    person(`${community}-02`, 'female', '1946-06-15'),
    person(`${community}-02`, 'male', '1990-01-01'),
  ];
  const registered = people.map((facts) =>
    createEvent(PersonRegistered, { id: newId(), district: '350203', area: facts.area, data: facts }),
  );
  expect((await countPersons(sqsBatch(registered))).batchItemFailures).toEqual([]);
});

describe('benefits in force', () => {
  it('sums each programme in force and every child area, leaving out what has ended', async () => {
    const answer = await call(getBenefitsAt(deps), 'GET', '/statistics/benefits', {
      claims: admin,
      query: { area: '350203006' },
    });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ households: 3, persons: 7, monthlyYuan: 2685 });
    expect(answer.json.programmes).toEqual([
      { programme: 'dibao', households: 2, persons: 6, monthlyYuan: 2400 },
      { programme: 'price-subsidy', households: 1, persons: 1, monthlyYuan: 285 },
    ]);
    const byArea = Object.fromEntries(answer.json.children.map((child: { area: string }) => [child.area, child]));
    expect(byArea[community]).toMatchObject({ name: '小学社区居委会', households: 3, persons: 7 });
    expect(byArea[other]).toMatchObject({ households: 0, persons: 0, monthlyYuan: 0 });
  });

  it('drills down to the grids of a community', async () => {
    const answer = await call(getBenefitsAt(deps), 'GET', '/statistics/benefits', { claims: admin, query: { area: community } });
    expect(answer.json.children.map((child: { area: string; households: number }) => [child.area, child.households])).toEqual([
      [`${community}-01`, 1],
      [`${community}-02`, 2],
    ]);
  });

  it('refuses an area outside the caller’s scope', async () => {
    const worker = claimsFor('community-worker', [other]);
    const answer = await call(getBenefitsAt(deps), 'GET', '/statistics/benefits', { claims: worker, query: { area: community } });
    expect(answer.status).toBe(403);
  });
});

describe('age structure', () => {
  it('counts the living by ten-year band and sex on the day asked', async () => {
    const answer = await call(getAgesAt(deps), 'GET', '/statistics/population/ages', {
      claims: admin,
      query: { area: community },
    });
    expect(answer.status).toBe(200);
    const bands = Object.fromEntries(answer.json.bands.map((band: { band: string }) => [band.band, band]));
    expect(answer.json.bands).toHaveLength(9);
    // Six on 15 June 2026 (born 2020-06-15), nine the day before a birthday (born 2016-06-16).
    expect(bands['0-9']).toMatchObject({ label: '0–9 岁', male: 1, female: 1 });
    expect(bands['30-39']).toMatchObject({ male: 1, female: 0 });
    expect(bands['80+']).toMatchObject({ label: '80 岁及以上', male: 0, female: 1 });
  });

  it('puts someone on their tenth birthday in the next band', () => {
    const births = [{ sex: 'female' as const, year: 2016, days: { '06-15': 2 } }];
    expect(ageBands(births, '2026-06-15')[1]).toMatchObject({ band: '10-19', female: 2 });
    expect(ageBands(births, '2026-06-14')[0]).toMatchObject({ band: '0-9', female: 2 });
  });
});
