import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { sharedDocumentClient } from '@shequ/ddb';
import { tableOf } from '@shequ/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { outboxEvents } from '../../../test/support/outbox.ts';
import { createHandler as listDueVisitsAt } from '../src/handlers/list-due-visits.ts';
import { createHandler as listMyDueVisitsAt } from '../src/handlers/list-my-due-visits.ts';
import { handler as listVisits } from '../src/handlers/list-visits.ts';
import { handler as recordDeath } from '../src/handlers/record-death.ts';
import { createHandler as recordVisitAt } from '../src/handlers/record-visit.ts';
import { handler as registerPerson } from '../src/handlers/register-person.ts';
import { handler as setVisitPlan } from '../src/handlers/set-visit-plan.ts';
import { handler as raiseOverdueVisits } from '../src/jobs/raise-overdue-visits.ts';
import { defaultRegistryDeps } from '../src/store/deps.ts';
import { auditOf, call, claimsFor, createServiceTables, personBody } from './support.ts';

const community = '350203006029';
const grid3 = `${community}-03`;
const grid5 = `${community}-05`;
const worker = claimsFor('community-worker', [community]);
const gridWorker3 = claimsFor('grid-worker', [grid3]);
const gridWorker5 = claimsFor('grid-worker', [grid5]);
const today = '2026-03-10';

/** Handlers whose clock reads a fixed instant, so dates in assertions never depend on the day the suite runs. */
const at = (iso: string) => () => ({ ...defaultRegistryDeps(), now: () => new Date(iso) });
const recordVisit = recordVisitAt(at(`${today}T02:00:00Z`));
const listDueVisits = listDueVisitsAt(at(`${today}T02:00:00Z`));
const listMyDueVisits = listMyDueVisitsAt(at(`${today}T02:00:00Z`));

const table = () => tableOf('registry');

const registeredNames = new Map<string, string>();

async function register(area = grid3): Promise<string> {
  const response = await call(registerPerson, 'POST', '/registry/persons', { body: personBody({ area }), claims: worker });
  expect(response.status).toBe(201);
  registeredNames.set(response.json.id, response.json.name);
  return response.json.id;
}

const visit = (personId: string, body: Record<string, unknown>, claims = gridWorker3, headers: Record<string, string> = {}) =>
  call(recordVisit, 'POST', '/registry/persons/{id}/visits', { params: { id: personId }, body, claims, headers });

const plan = (personId: string, body: Record<string, unknown>, claims = worker) =>
  call(setVisitPlan, 'PUT', '/registry/persons/{id}/visit-plan', { params: { id: personId }, body, claims });

const visitBody = (overrides: Record<string, unknown> = {}) => ({
  visitedOn: '2026-03-04',
  kind: 'routine',
  findings: '老人独居，身体尚可，冬季取暖有困难',
  needs: ['取暖补助'],
  followUp: '联系民政办理临时救助',
  ...overrides,
});

const eventsFor = (type: string, personId: string) => outboxEvents('registry', type, { personId });

async function storedPlan(personId: string, kind: string) {
  const out = await sharedDocumentClient().send(
    new GetCommand({ TableName: table(), Key: { pk: `PERSON#${personId}`, sk: `VISITPLAN#${kind}` } }),
  );
  return out.Item;
}

beforeAll(createServiceTables);

describe('POST /registry/persons/{id}/visits', () => {
  let personId: string;
  beforeAll(async () => {
    personId = await register();
  });

  it('logs a visit by the grid worker of the person, with audit entry and VisitRecorded', async () => {
    const response = await visit(personId, visitBody({ visitorName: '王网格' }));

    expect(response.status).toBe(201);
    expect(response.json).toMatchObject({
      personId,
      area: grid3,
      visitedOn: '2026-03-04',
      kind: 'routine',
      findings: '老人独居，身体尚可，冬季取暖有困难',
      needs: ['取暖补助'],
      visitor: gridWorker3.sub,
      visitorName: '王网格',
    });
    expect((await auditOf(personId)).map((entry) => entry.action)).toContain('visit');
    const [event] = await eventsFor('VisitRecorded', personId);
    expect(event?.area).toBe(grid3);
    expect(event?.data).toEqual({
      visitId: response.json.id,
      personId,
      area: grid3,
      kind: 'routine',
      visitedOn: '2026-03-04',
      visitor: gridWorker3.sub,
      needs: ['取暖补助'],
      followUp: '联系民政办理临时救助',
    });
  });

  it('refuses workers outside the person’s grid, residents, and bad input — in Chinese, storing nothing', async () => {
    expect((await visit(personId, visitBody(), gridWorker5)).status).toBe(403);
    expect((await visit(personId, visitBody(), claimsFor('resident', [community], { person: personId }))).status).toBe(403);

    const future = await visit(personId, visitBody({ visitedOn: '2026-03-11' }));
    expect(future.status).toBe(422);
    expect(future.json.errors[0].field).toBe('body.visitedOn');
    expect(future.json.errors[0].message).toContain('晚于今天');

    const empty = await visit(personId, visitBody({ findings: ' ', kind: 'gossip' }));
    expect(empty.status).toBe(422);
    expect(empty.json.errors.map((error: { field: string }) => error.field).sort()).toEqual(['body.findings', 'body.kind']);
    expect(empty.json.errors.find((error: { field: string }) => error.field === 'body.findings').message).toBe('请填写走访情况');

    const unknown = await visit('0000000000000000000', visitBody());
    expect(unknown.status).toBe(404);
    expect((await eventsFor('VisitRecorded', personId)).length).toBe(1);
  });

  it('answers a retried POST with the first visit, logging it once', async () => {
    const headers = { 'idempotency-key': `visit-${personId}` };
    const first = await visit(personId, visitBody({ visitedOn: '2026-03-05' }), gridWorker3, headers);
    const retry = await visit(personId, visitBody({ visitedOn: '2026-03-05' }), gridWorker3, headers);
    expect(retry.json.id).toBe(first.json.id);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect((await eventsFor('VisitRecorded', personId)).length).toBe(2);
  });

  it('lists a person’s visits newest first, page by page', async () => {
    await visit(personId, visitBody({ visitedOn: '2026-02-20', findings: '二月走访' }));
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await call(listVisits, 'GET', '/registry/persons/{id}/visits', {
        params: { id: personId },
        query: { limit: '2', ...(cursor ? { cursor } : {}) },
        claims: gridWorker3,
      });
      expect(page.status).toBe(200);
      seen.push(...page.json.items.map((item: { visitedOn: string }) => item.visitedOn));
      cursor = page.json.cursor;
    } while (cursor);
    expect(seen).toEqual(['2026-03-05', '2026-03-04', '2026-02-20']);
    const refused = await call(listVisits, 'GET', '/registry/persons/{id}/visits', {
      params: { id: personId },
      claims: gridWorker5,
    });
    expect(refused.status).toBe(403);
  });
});

describe('PUT /registry/persons/{id}/visit-plan', () => {
  let personId: string;
  beforeAll(async () => {
    personId = await register();
  });

  it('creates a monthly medication-card plan due on its start, and a visit of that kind advances it', async () => {
    const created = await plan(personId, {
      kind: 'medication-card',
      every: 'month',
      assignedTo: gridWorker3.sub,
      startOn: '2026-03-05',
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ kind: 'medication-card', every: 'month', nextDue: '2026-03-05', version: 1 });
    expect((await eventsFor('VisitPlanSet', personId))[0]?.data).toMatchObject({ nextDue: '2026-03-05', every: 'month' });

    // Another kind leaves the plan alone.
    await visit(personId, visitBody({ kind: 'routine', visitedOn: '2026-03-06' }));
    expect((await storedPlan(personId, 'medication-card'))?.nextDue).toBe('2026-03-05');

    // Visited a day early: due again a month after the visit.
    expect((await visit(personId, visitBody({ kind: 'medication-card', visitedOn: '2026-03-04' }))).status).toBe(201);
    const advanced = await storedPlan(personId, 'medication-card');
    expect(advanced).toMatchObject({ nextDue: '2026-04-04', version: 2, gsi1sk: `2026-04-04#${personId}#medication-card` });

    // A backdated diary entry never pulls the plan back (and leaves it untouched).
    await visit(personId, visitBody({ kind: 'medication-card', visitedOn: '2026-01-31' }));
    expect(await storedPlan(personId, 'medication-card')).toMatchObject({ nextDue: '2026-04-04', version: 2 });
  });

  it('replaces a plan only at the version read, resetting its due date', async () => {
    const body = { kind: 'medication-card', every: 'quarter', assignedTo: gridWorker3.sub, startOn: '2026-03-20' };
    const withoutVersion = await plan(personId, body);
    expect(withoutVersion.status).toBe(409);
    expect((await plan(personId, { ...body, version: 1 })).status).toBe(409);

    const replaced = await plan(personId, { ...body, version: 2 });
    expect(replaced.status).toBe(200);
    expect(replaced.json).toMatchObject({ every: 'quarter', nextDue: '2026-03-20', version: 3 });
  });

  it('advances a plan right when two visits of its kind are logged at once', async () => {
    const racer = await register();
    await plan(racer, { kind: 'hardship', every: 'month', assignedTo: gridWorker3.sub, startOn: '2026-03-01' });
    const results = await Promise.all(
      ['2026-03-06', '2026-03-02', '2026-03-04'].map((visitedOn) => visit(racer, visitBody({ kind: 'hardship', visitedOn }))),
    );
    expect(results.map((result) => result.status)).toEqual([201, 201, 201]);
    expect((await storedPlan(racer, 'hardship'))?.nextDue).toBe('2026-04-06');
    expect(await eventsFor('VisitRecorded', racer)).toHaveLength(3);
  });

  it('refuses grid workers of other grids and malformed plans', async () => {
    const body = { kind: 'routine', every: 'month', assignedTo: gridWorker5.sub, startOn: '2026-03-01' };
    expect((await plan(personId, body, gridWorker5)).status).toBe(403);
    const bad = await plan(personId, { ...body, every: 'daily', startOn: '2026-3-1' });
    expect(bad.status).toBe(422);
    expect(bad.json.errors.map((error: { field: string }) => error.field).sort()).toEqual(['body.every', 'body.startOn']);
  });
});

describe('due visits and the overdue job', () => {
  const due: Record<string, string> = {};
  beforeAll(async () => {
    // Grid 5 only, so the lists below hold exactly these.
    for (const [name, startOn, assignedTo] of [
      ['overdue', '2026-03-01', gridWorker5.sub],
      ['today', today, gridWorker5.sub],
      ['later', '2026-03-25', gridWorker5.sub],
      ['other-worker', '2026-03-02', 'grid-worker-someone-else'],
    ] as const) {
      const personId = await register(grid5);
      due[name] = personId;
      expect((await plan(personId, { kind: 'left-behind', every: 'week', assignedTo, startOn })).status).toBe(201);
    }
  });

  const dueIn = (query: Record<string, string>, claims = gridWorker5) =>
    call(listDueVisits, 'GET', '/registry/visits/due', { query, claims });

  it('lists a grid’s plans due up to today, earliest first, flagging the overdue', async () => {
    const response = await dueIn({ area: grid5 });
    expect(response.status).toBe(200);
    expect(response.json.items.map((item: { personId: string; overdue: boolean }) => [item.personId, item.overdue])).toEqual([
      [due.overdue, true],
      [due['other-worker'], true],
      [due.today, false],
    ]);
    const later = await dueIn({ area: grid5, before: '2026-04-01' });
    expect(later.json.items).toHaveLength(4);
    // A due list a worker can read: each plan names the person to visit.
    for (const item of later.json.items as { personId: string; personName: string }[]) {
      expect(item.personName).toBe(registeredNames.get(item.personId));
    }
  });

  it('keeps grids apart inside the community and refuses a grid worker the whole community', async () => {
    const whole = await dueIn({ area: community, before: '2026-04-01' }, worker);
    const ids = whole.json.items.map((item: { personId: string }) => item.personId);
    expect(ids).toEqual(expect.arrayContaining(Object.values(due)));
    const grid3Only = await dueIn({ area: grid3, before: '2026-04-01' }, gridWorker3);
    expect(grid3Only.json.items.every((item: { area: string }) => item.area === grid3)).toBe(true);
    expect((await dueIn({ area: community })).status).toBe(403);
    expect((await dueIn({ area: grid5, before: 'tomorrow' })).status).toBe(422);
  });

  it('lists the caller’s own due visits', async () => {
    const response = await call(listMyDueVisits, 'GET', '/registry/visits/due/mine', { query: {}, claims: gridWorker5 });
    expect(response.status).toBe(200);
    expect(response.json.items.map((item: { personId: string }) => item.personId)).toEqual([due.overdue, due.today]);
    expect(response.json.items.map((item: { personName: string }) => item.personName)).toEqual([
      registeredNames.get(due.overdue ?? ''),
      registeredNames.get(due.today ?? ''),
    ]);
  });

  it('raises VisitOverdue once per due date, and nothing on a re-run the same day', async () => {
    // 07:00 in Shanghai on the 10th, as the schedule fires.
    const first = await raiseOverdueVisits({ time: `2026-03-09T23:00:00Z` });
    expect(first.checked).toBeGreaterThanOrEqual(4);
    expect(first.raised).toBeGreaterThanOrEqual(2);

    const events = await eventsFor('VisitOverdue', due.overdue as string);
    expect(events.map((event) => event.data)).toEqual([
      { personId: due.overdue, area: grid5, kind: 'left-behind', dueOn: '2026-03-01', assignedTo: gridWorker5.sub },
    ]);
    expect(await eventsFor('VisitOverdue', due['other-worker'] as string)).toHaveLength(1);
    expect(await eventsFor('VisitOverdue', due.today as string)).toHaveLength(0);
    expect((await storedPlan(due.overdue as string, 'left-behind'))?.overdueReportedFor).toBe('2026-03-01');

    const again = await raiseOverdueVisits({ time: `2026-03-10T05:00:00Z` });
    expect(again).toEqual({ checked: first.checked, raised: 0 });
    expect(await eventsFor('VisitOverdue', due.overdue as string)).toHaveLength(1);
  });

  it('raises nothing for, and logs no visit to, a person who has died', async () => {
    const personId = await register(grid5);
    await plan(personId, { kind: 'hardship', every: 'month', assignedTo: gridWorker5.sub, startOn: '2026-03-01' });
    const death = await call(recordDeath, 'POST', '/registry/persons/{id}/deceased', {
      params: { id: personId },
      body: { dateOfDeath: '2026-03-03', reason: '家属申报，凭死亡医学证明', version: 1 },
      claims: worker,
    });
    expect(death.status).toBe(200);

    await raiseOverdueVisits({ time: '2026-03-10T01:00:00Z' });
    expect(await eventsFor('VisitOverdue', personId)).toHaveLength(0);
    const refused = await visit(personId, visitBody({ kind: 'hardship' }), gridWorker5);
    expect(refused.status).toBe(409);
    expect(refused.json).toMatchObject({ code: 'person-deceased', detail: '该人员已登记死亡，不能再记录走访；记录仅供查阅' });
    // Gone from the due lists of the grid and of the worker, in the death's own transaction.
    const listed = await dueIn({ area: grid5, before: '2026-04-01' });
    expect(listed.json.items.map((item: { personId: string }) => item.personId)).not.toContain(personId);
    const mine = await call(listMyDueVisits, 'GET', '/registry/visits/due/mine', {
      query: { before: '2026-04-01' },
      claims: gridWorker5,
    });
    expect(mine.json.items.map((item: { personId: string }) => item.personId)).not.toContain(personId);
  });

  it('raises again only for a new due date missed after a visit', async () => {
    await visit(due.overdue as string, visitBody({ kind: 'left-behind', visitedOn: today }), gridWorker5);
    expect((await storedPlan(due.overdue as string, 'left-behind'))?.nextDue).toBe('2026-03-17');

    await raiseOverdueVisits({ time: '2026-03-17T01:00:00Z' });
    expect(await eventsFor('VisitOverdue', due.overdue as string)).toHaveLength(1);
    await raiseOverdueVisits({ time: '2026-03-18T01:00:00Z' });
    const events = await eventsFor('VisitOverdue', due.overdue as string);
    expect(events.map((event) => event.data.dueOn).sort()).toEqual(['2026-03-01', '2026-03-17']);
  });
});
