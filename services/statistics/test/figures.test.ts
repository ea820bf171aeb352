import {
  createEvent,
  type EventEnvelope,
  GroupMembershipChanged,
  HouseholdChanged,
  type HousingHardshipKind,
} from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { sqsBatch } from '../../../test/support/events.ts';
import { call, claimsFor } from '../../../test/support/http.ts';
import { createServiceTables } from '../../../test/support/tables.ts';
import { handler as countHouseholds } from '../src/handlers/count-households.ts';
import { handler as countRegistry } from '../src/handlers/count-registry.ts';
import { handler as getFigures } from '../src/handlers/get-special-figures.ts';
import { readCounter } from '../src/store/counters.ts';
import { defaultStatisticsDeps } from '../src/store/deps.ts';

const subdistrict = '350203006';
const village = '350203006029';
const other = '350203006030';
const worker = claimsFor('community-worker', [village]);
const staff = claimsFor('subdistrict-staff', [subdistrict]);
const at = (minute: number) => new Date(Date.UTC(2026, 4, 10, 2, minute));

function household(
  householdId: string,
  area: string,
  version: number,
  kind: HousingHardshipKind,
  size: number,
  change: 'created' | 'updated' | 'dissolved' = version === 1 ? 'created' : 'updated',
): EventEnvelope {
  return createEvent(HouseholdChanged, {
    id: newId(at(version)),
    district: '350203',
    area,
    occurredAt: at(version),
    data: {
      householdId,
      area,
      change,
      version,
      size,
      housingHardship: { kind },
      memberIds: Array.from({ length: size }, () => newId()),
    },
  });
}

function member(area: string, group: string, personId = newId()): EventEnvelope {
  return createEvent(GroupMembershipChanged, {
    id: newId(at(30)),
    district: '350203',
    area,
    occurredAt: at(30),
    data: { personId, area, group, change: 'joined', attributes: {}, birthDate: '2015-03-01', sex: 'female' },
  });
}

async function deliver(handler: typeof countHouseholds, ...events: EventEnvelope[]) {
  expect((await handler(sqsBatch(events))).batchItemFailures).toEqual([]);
}

beforeAll(async () => {
  await createServiceTables();
});

describe('housing hardship, military families and left-behind people per village', () => {
  it('counts households by housing as they change, once per version, and none once dissolved', async () => {
    const grid = `${village}-01`;
    const created = household('h-1', grid, 1, 'none', 3);
    const hardship = household('h-1', grid, 2, 'hardship', 3);
    const lowRent = household('h-1', grid, 3, 'low-rent-housing', 4);
    await deliver(countHouseholds, created, hardship, hardship);
    expect(await readCounter(defaultStatisticsDeps(), village, 'HOUSEHOLDS')).toMatchObject({
      households: 1,
      persons: 3,
      'housing:hardship': 1,
      'housing:hardship-any': 1,
    });
    // A late older version changes nothing.
    await deliver(countHouseholds, lowRent, created);
    expect(await readCounter(defaultStatisticsDeps(), grid, 'HOUSEHOLDS')).toEqual({
      households: 1,
      persons: 4,
      'housing:hardship': 0,
      'housing:hardship:persons': 0,
      'housing:low-rent-housing': 1,
      'housing:low-rent-housing:persons': 4,
      'housing:hardship-any': 1,
      'housing:hardship-any:persons': 4,
    });
    await deliver(countHouseholds, household('h-1', grid, 4, 'low-rent-housing', 0, 'dissolved'));
    expect(await readCounter(defaultStatisticsDeps(), subdistrict, 'HOUSEHOLDS')).toMatchObject({
      households: 0,
      'housing:hardship-any': 0,
    });
  });

  it('answers the area and each village below it, in scope only', async () => {
    await deliver(
      countHouseholds,
      household('h-2', `${village}-02`, 1, 'hardship', 2),
      household('h-3', `${village}-02`, 1, 'dilapidated', 5),
      household('h-4', other, 1, 'none', 1),
    );
    const child = newId();
    await deliver(
      countRegistry,
      member(`${village}-02`, 'military-family'),
      member(`${village}-02`, 'martyr-family'),
      member(other, 'active-military'),
      member(`${village}-02`, 'left-behind-child', child),
      member(`${village}-02`, 'left-behind-woman'),
      member(other, 'left-behind-elderly'),
    );
    const answer = await call(getFigures, 'GET', '/statistics/figures', { claims: staff, query: { area: subdistrict } });
    expect(answer.status, JSON.stringify(answer.json)).toBe(200);
    expect(answer.json).toMatchObject({
      area: subdistrict,
      name: '鹭江街道',
      housingHardship: 2,
      housingHardshipPersons: 7,
      militaryFamily: 1,
      martyrFamily: 1,
      activeMilitary: 1,
      military: 3,
      leftBehind: 3,
      leftBehindChildren: 1,
      leftBehindWomen: 1,
      leftBehindElderly: 1,
    });
    expect(answer.json.housingKinds).toContainEqual({ kind: 'dilapidated', label: '危房', households: 1, persons: 5 });
    const villages = Object.fromEntries(
      answer.json.children.map((row: { area: string; name: string; leftBehind: number; housingHardship: number }) => [
        row.area,
        row,
      ]),
    );
    expect(villages[village]).toMatchObject({ name: '小学社区居委会', leftBehind: 2, housingHardship: 2, military: 2 });
    expect(villages[other]).toMatchObject({ leftBehind: 1, housingHardship: 0, households: 1, activeMilitary: 1 });

    const grids = await call(getFigures, 'GET', '/statistics/figures', { claims: worker, query: { area: village } });
    expect(grids.status).toBe(200);
    expect(grids.json.children.map((row: { area: string }) => row.area)).toEqual([`${village}-01`, `${village}-02`]);
    const elsewhere = await call(getFigures, 'GET', '/statistics/figures', { claims: worker, query: { area: other } });
    expect(elsewhere.status).toBe(403);
  });
});
