import { createEvent, HouseholdChanged } from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHandler as checkAt } from '../src/handlers/check-eligibility.ts';
import { handler as keepRegistryFacts } from '../src/handlers/keep-registry-facts.ts';
import { createHandler as listDueAt } from '../src/handlers/list-due-reviews.ts';
import { createHandler as listProgrammesAt } from '../src/handlers/list-programmes.ts';
import { createHandler as setSettingsAt } from '../src/handlers/set-programme-settings.ts';
import { call, claimsFor, clockAt, createServiceTables, knownResident, setDay, sqsBatch, workflow } from './support.ts';

const community = '350203006029';
const grid = `${community}-03`;
const worker = claimsFor('community-worker', [community]);
const admin = claimsFor('district-admin', ['350203']);

const clock = clockAt('2027-03-01T02:00:00Z');
const { deps, command, approvedDibao } = workflow(clock);
const day = (d: string) => setDay(clock, d);
const listDue = listDueAt(deps);
const listProgrammes = listProgrammesAt(deps);
const setSettings = setSettingsAt(deps);
const check = checkAt(deps);

beforeAll(async () => {
  await createServiceTables();
});

describe("the district's own figures", () => {
  it('lists the catalogue publicly with each amount rule in words', async () => {
    const listed = await call(listProgrammes, 'GET', '/subsidies/programmes');
    expect(listed.status).toBe(200);
    const dibao = listed.json.items.find((p: { code: string }) => p.code === 'dibao');
    expect(dibao).toMatchObject({
      amount: '按保障标准 900 元/人·月补足差额，按户每月发放',
      noticeDays: 7,
      reviewMonths: 6,
      settingsVersion: 0,
    });
    expect(listed.json.items.map((p: { code: string }) => p.code)).toEqual(
      expect.arrayContaining(['price-subsidy', 'aid-wheelchair', 'cataract-surgery', 'happiness-project']),
    );
  });

  it('lets the district office set the 低保 line and the notice days; only figures the programme has', async () => {
    const byWorker = await call(setSettings, 'PUT', '/subsidies/programmes/{code}', {
      claims: worker,
      params: { code: 'dibao' },
      body: { params: { line: 950 }, version: 0 },
    });
    expect(byWorker.status).toBe(403);
    const typo = await call(setSettings, 'PUT', '/subsidies/programmes/{code}', {
      claims: admin,
      params: { code: 'dibao' },
      body: { params: { lin: 950 }, version: 0 },
    });
    expect(typo.status).toBe(422);
    expect(typo.json.errors[0].message).toContain('没有参数 lin');

    const set = await call(setSettings, 'PUT', '/subsidies/programmes/{code}', {
      claims: admin,
      params: { code: 'dibao' },
      body: { params: { line: 950 }, noticeDays: 5, version: 0 },
    });
    expect(set.status, JSON.stringify(set.json)).toBe(200);
    expect(set.json).toMatchObject({ params: { line: 950 }, noticeDays: 5, settingsVersion: 1 });
    const stale = await call(setSettings, 'PUT', '/subsidies/programmes/{code}', {
      claims: admin,
      params: { code: 'dibao' },
      body: { params: { line: 960 }, version: 0 },
    });
    expect(stale.status).toBe(409);

    // A household at 920 a head is under the new line: eligible now, topped up by 30.
    const { personId } = await knownResident({ area: grid, name: '方阿姨', household: { size: 1, perCapitaIncome: 920 } });
    const eligibility = await call(check, 'GET', '/subsidies/persons/{id}/eligibility', {
      params: { id: personId },
      claims: worker,
      query: { programme: 'dibao' },
    });
    expect(eligibility.json.items[0]).toMatchObject({ eligible: true, amountYuan: 30 });
  });
});

describe('periodic reviews', () => {
  it('sets the first review at approval, lists it when due, and re-checks the amount on adjust', async () => {
    const { id, approved } = await approvedDibao('钱大伯', 650, '2027-03-01', '2027-04-01', { noticeDays: 5 });
    expect(approved).toMatchObject({ amountYuan: 300, nextReviewOn: '2027-10-01', noticeDays: 5 });

    day('2027-09-20');
    const notYet = await call(listDue, 'GET', '/subsidies/reviews', { claims: worker, query: { area: community } });
    expect(notYet.json.items.map((a: { id: string }) => a.id)).not.toContain(id);
    day('2027-10-02');
    const due = await call(listDue, 'GET', '/subsidies/reviews', { claims: worker, query: { area: community } });
    expect(due.json.items.map((a: { id: string }) => a.id)).toContain(id);

    const kept = await command(id, {
      type: 'record-review',
      review: { reviewedOn: '2027-10-02', findings: '家庭情况无变化', outcome: 'continue' },
    });
    expect(kept.status, JSON.stringify(kept.json)).toBe(200);
    expect(kept.json).toMatchObject({ amountYuan: 300, nextReviewOn: '2028-04-02' });
    expect(kept.json.reviews).toEqual([expect.objectContaining({ outcome: 'continue', by: worker.sub })]);
  });

  it('refuses to adjust a benefit whose household is no longer eligible: that is an end, with reasons', async () => {
    const { id, householdId, personId } = await approvedDibao('孔阿姨', 700, '2027-03-01', '2027-04-01', { noticeDays: 5 });
    expect(householdId).toBeDefined();
    // The household's income is re-assessed in the registry at 1,000 a head; subsidies hears of it by event.
    await keepRegistryFacts(
      sqsBatch([
        createEvent(HouseholdChanged, {
          id: newId(),
          district: '350203',
          area: grid,
          data: {
            householdId: householdId as string,
            area: grid,
            change: 'updated',
            version: 2,
            size: 1,
            perCapitaIncome: 1000,
            housingHardship: { kind: 'none' },
            memberIds: [personId],
            headPersonId: personId,
          },
        }),
      ]),
    );
    day('2027-10-05');
    const adjust = await command(id, {
      type: 'record-review',
      review: { reviewedOn: '2027-10-05', findings: '子女就业', outcome: 'adjust' },
    });
    expect(adjust.status).toBe(422);
    expect(adjust.json.code).toBe('not-eligible');
    expect(adjust.json.detail).toContain('1000');
    const ended = await command(id, { type: 'end', reason: '家庭人均收入超过低保标准' });
    expect(ended.json.state).toBe('ended');
  });
});
