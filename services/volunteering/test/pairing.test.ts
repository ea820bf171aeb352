import { createEvent, PersonMovedOut, PersonRegistered } from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { sqsBatch } from '../../../test/support/events.ts';
import { call, claimsFor } from '../../../test/support/http.ts';
import { outboxEvents } from '../../../test/support/outbox.ts';
import { createServiceTables } from '../../../test/support/tables.ts';
import { isBehindUnreported, nextDueAfterVisit } from '../src/domain/pairing.ts';
import { createHandler as createAt } from '../src/handlers/create-pairing.ts';
import { createHandler as endAt } from '../src/handlers/end-pairing.ts';
import { createHandler as getAt } from '../src/handlers/get-pairing.ts';
import { handler as keepPersons } from '../src/handlers/keep-persons.ts';
import { createHandler as listAt } from '../src/handlers/list-pairings.ts';
import { createHandler as visitAt } from '../src/handlers/log-pairing-visit.ts';
import { createHandler as registerAt } from '../src/handlers/register-volunteer.ts';
import { createHandler as jobAt } from '../src/jobs/raise-pairing-visits-due.ts';
import { defaultVolunteeringDeps } from '../src/store/deps.ts';

const community = '350203006029';
const area = `${community}-04`;
const clock = { now: new Date('2026-03-02T02:00:00Z') };
const deps = () => ({ ...defaultVolunteeringDeps(), now: () => clock.now });
const worker = claimsFor('community-worker', [community]);
const day = (d: string) => {
  clock.now = new Date(`${d}T02:00:00Z`);
};

const create = createAt(deps);
const visit = visitAt(deps);
const get = getAt(deps);
const list = listAt(deps);
const end = endAt(deps);
const register = registerAt(deps);
const job = jobAt(deps);

async function person(name: string) {
  const personId = newId();
  const data = {
    personId,
    name,
    citizenIdMasked: '350203********1234',
    area,
    birthDate: '1960-01-01',
    sex: 'female' as const,
    residence: 'registered' as const,
  };
  await keepPersons(
    sqsBatch([
      createEvent(PersonRegistered, {
        id: newId(),
        district: '350203',
        area,
        occurredAt: new Date('2026-01-01T00:00:00Z'),
        data,
      }),
    ]),
  );
  return { personId, name, claims: claimsFor('volunteer', [area], { sub: `user-${personId}`, person: personId }) };
}

async function helperVolunteer(name: string) {
  const p = await person(name);
  const res = await call(register, 'POST', '/volunteering/volunteers', {
    claims: worker,
    body: { personId: p.personId, availability: { weekdays: ['sat'], slots: ['morning'] } },
  });
  return { ...p, volunteerId: res.json.volunteerId as string };
}

const pair = (body: Record<string, unknown>) => call(create, 'POST', '/volunteering/pairings', { claims: worker, body });
const runJob = async (d: string) => {
  day(d);
  return job({ time: clock.now.toISOString() });
};

beforeAll(async () => {
  await createServiceTables();
});

describe('pairing rules', () => {
  it('moves the due date one period from the visit, never back', () => {
    expect(nextDueAfterVisit({ nextDue: '2026-03-05', every: 'month' }, '2026-03-04')).toBe('2026-04-04');
    expect(nextDueAfterVisit({ nextDue: '2026-05-01', every: 'week' }, '2026-03-04')).toBe('2026-05-01');
    expect(nextDueAfterVisit({ nextDue: '2026-01-31', every: 'month' }, '2026-01-31')).toBe('2026-02-28');
    expect(isBehindUnreported({ status: 'active', nextDue: '2026-03-05' }, '2026-03-06')).toBe(true);
    expect(isBehindUnreported({ status: 'active', nextDue: '2026-03-05', behindReportedFor: '2026-03-05' }, '2026-03-06')).toBe(
      false,
    );
    expect(isBehindUnreported({ status: 'ended', nextDue: '2026-03-05' }, '2026-03-06')).toBe(false);
  });
});

describe('pairings', () => {
  it('pairs two helpers with a household (二帮一), logs visits, raises visits behind once per due date and ends', async () => {
    day('2026-03-02');
    const head = await person('困难户刘');
    const helper = await helperVolunteer('志愿者吴');
    const householdId = newId();
    const created = await pair({
      householdId,
      headPersonId: head.personId,
      helpers: [
        { kind: 'volunteer', id: helper.volunteerId },
        { kind: 'worker', id: 'worker-01', name: '社工许' },
      ],
      every: 'month',
      startOn: '2026-03-05',
      needs: '独居，行动不便',
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    expect(created.json).toMatchObject({
      mode: '二帮一',
      community,
      headName: '困难户刘',
      nextDue: '2026-03-05',
      visits: 0,
      behind: false,
    });
    expect(created.json.helpers[0]).toMatchObject({ kind: 'volunteer', name: '志愿者吴', personId: helper.personId });
    const pairingId = created.json.pairingId as string;

    const twice = await pair({
      householdId,
      headPersonId: head.personId,
      helpers: [{ kind: 'worker', id: 'w2', name: '社工' }],
      every: 'month',
      startOn: '2026-03-05',
    });
    expect(twice.status).toBe(409);

    expect((await runJob('2026-03-05')).raised).toBe(0);
    const first = await runJob('2026-03-06');
    expect(first.raised).toBe(1);
    expect((await runJob('2026-03-07')).raised).toBe(0);
    const behind = await outboxEvents('volunteering', 'PairingVisitsBehind', { pairingId });
    expect(behind).toHaveLength(1);
    expect(behind[0]?.data).toMatchObject({ dueOn: '2026-03-05', householdId, helperIds: [helper.volunteerId, 'worker-01'] });

    const listed = await call(list, 'GET', '/volunteering/pairings', { claims: worker, query: { community } });
    expect(listed.json.items.find((p: { pairingId: string }) => p.pairingId === pairingId)).toMatchObject({ behind: true });

    const byHelper = await call(visit, 'POST', '/volunteering/pairings/{id}/visits', {
      claims: helper.claims,
      params: { id: pairingId },
      body: { visitedOn: '2026-03-07', notes: '送米送油，帮助打扫' },
    });
    expect(byHelper.status, JSON.stringify(byHelper.json)).toBe(201);
    expect(byHelper.json).toMatchObject({ nextDue: '2026-04-07', lastVisitedOn: '2026-03-07', visits: 1, behind: false });

    const staffNoHelper = await call(visit, 'POST', '/volunteering/pairings/{id}/visits', {
      claims: worker,
      params: { id: pairingId },
      body: { visitedOn: '2026-03-07', notes: '电话回访' },
    });
    expect(staffNoHelper.status).toBe(422);
    const future = await call(visit, 'POST', '/volunteering/pairings/{id}/visits', {
      claims: worker,
      params: { id: pairingId },
      body: { visitedOn: '2026-03-20', helperId: 'worker-01', notes: '未来' },
    });
    expect(future.status).toBe(422);
    const outsider = await person('旁人');
    expect(
      (await call(get, 'GET', '/volunteering/pairings/{id}', { claims: outsider.claims, params: { id: pairingId } })).status,
    ).toBe(403);

    const detail = await call(get, 'GET', '/volunteering/pairings/{id}', { claims: helper.claims, params: { id: pairingId } });
    expect(detail.json.visitLog).toEqual([
      expect.objectContaining({ visitedOn: '2026-03-07', helperName: '志愿者吴', notes: '送米送油，帮助打扫' }),
    ]);

    expect((await runJob('2026-04-08')).raised).toBe(1);
    expect(await outboxEvents('volunteering', 'PairingVisitsBehind', { pairingId, dueOn: '2026-04-07' })).toHaveLength(1);

    const stale = await call(end, 'POST', '/volunteering/pairings/{id}/end', {
      claims: worker,
      params: { id: pairingId },
      body: { reason: '已脱困', version: 1 },
    });
    expect(stale.status).toBe(409);
    const ended = await call(end, 'POST', '/volunteering/pairings/{id}/end', {
      claims: worker,
      params: { id: pairingId },
      body: { reason: '已脱困', version: 2 },
    });
    expect(ended.status, JSON.stringify(ended.json)).toBe(200);
    expect(ended.json).toMatchObject({ status: 'ended', endReason: '已脱困', endedOn: '2026-04-08' });
    const afterEnd = await call(visit, 'POST', '/volunteering/pairings/{id}/visits', {
      claims: helper.claims,
      params: { id: pairingId },
      body: { visitedOn: '2026-04-08', notes: '再访' },
    });
    expect(afterEnd.status).toBe(409);
    expect((await runJob('2026-06-01')).raised).toBe(0);

    const renewed = await pair({
      householdId,
      headPersonId: head.personId,
      helpers: [{ kind: 'party-member', id: outsider.personId }],
      every: 'quarter',
      startOn: '2026-06-01',
    });
    expect(renewed.status, JSON.stringify(renewed.json)).toBe(201);
    expect(renewed.json).toMatchObject({ mode: '一帮一', helpers: [{ kind: 'party-member', name: '旁人' }] });
    expect(await outboxEvents('volunteering', 'PairingCreated', { householdId })).toHaveLength(2);
    expect(await outboxEvents('volunteering', 'PairingVisitLogged', { pairingId })).toHaveLength(1);
    expect(await outboxEvents('volunteering', 'PairingEnded', { pairingId })).toHaveLength(1);
  });

  it('refuses helpers that are not approved, repeated or the head, and skips a head who moved out', async () => {
    day('2026-03-02');
    const head = await person('困难户孙');
    const pendingPerson = await person('待审核志愿者');
    const pending = await call(register, 'POST', '/volunteering/volunteers', {
      claims: pendingPerson.claims,
      body: { availability: { weekdays: ['sun'], slots: ['evening'] } },
    });
    const base = { householdId: newId(), headPersonId: head.personId, every: 'week', startOn: '2026-03-03' };
    expect((await pair({ ...base, helpers: [{ kind: 'volunteer', id: pending.json.volunteerId }] })).status).toBe(422);
    expect((await pair({ ...base, helpers: [{ kind: 'worker', id: 'w' }] })).status).toBe(422);
    expect(
      (
        await pair({
          ...base,
          helpers: [
            { kind: 'worker', id: 'w', name: '甲' },
            { kind: 'worker', id: 'w', name: '甲' },
          ],
        })
      ).status,
    ).toBe(422);
    expect((await pair({ ...base, helpers: [] })).status).toBe(422);
    expect((await pair({ ...base, helpers: [{ kind: 'party-member', id: head.personId }] })).status).toBe(422);
    expect((await pair({ ...base, startOn: '2026-03-01', helpers: [{ kind: 'worker', id: 'w', name: '甲' }] })).status).toBe(422);
    const other = claimsFor('community-worker', ['350203007001']);
    expect(
      (
        await call(create, 'POST', '/volunteering/pairings', {
          claims: other,
          body: { ...base, helpers: [{ kind: 'worker', id: 'w', name: '甲' }] },
        })
      ).status,
    ).toBe(403);

    const created = await pair({ ...base, helpers: [{ kind: 'worker', id: 'w', name: '甲' }] });
    expect(created.status).toBe(201);
    const moved = await keepPersons(
      sqsBatch([
        createEvent(PersonMovedOut, {
          id: newId(),
          district: '350203',
          area,
          occurredAt: new Date('2026-03-04T00:00:00Z'),
          data: {
            personId: head.personId,
            name: head.name,
            citizenIdMasked: '350203********1234',
            area,
            birthDate: '1960-01-01',
            sex: 'female',
            residence: 'registered',
            date: '2026-03-04',
            destination: '外省',
          },
        }),
      ]),
    );
    expect(moved.batchItemFailures).toEqual([]);
    await runJob('2026-03-10');
    expect(await outboxEvents('volunteering', 'PairingVisitsBehind', { pairingId: created.json.pairingId })).toHaveLength(0);
  });
});
