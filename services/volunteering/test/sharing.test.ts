import { createEvent, type PersonFacts, PersonRegistered } from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { sqsBatch } from '../../../test/support/events.ts';
import { call, claimsFor } from '../../../test/support/http.ts';
import { outboxEvents } from '../../../test/support/outbox.ts';
import { createServiceTables } from '../../../test/support/tables.ts';
import { createHandler as borrowAt } from '../src/handlers/borrow-shared-item.ts';
import { createHandler as cancelHoldAt } from '../src/handlers/cancel-shared-item-hold.ts';
import { createHandler as claimPlotAt } from '../src/handlers/claim-garden-plot.ts';
import { createHandler as uploadAt } from '../src/handlers/create-shared-item-photo-upload.ts';
import { createHandler as definePlotAt } from '../src/handlers/define-garden-plot.ts';
import { createHandler as getItemAt } from '../src/handlers/get-shared-item.ts';
import { createHandler as holdAt } from '../src/handlers/hold-shared-item.ts';
import { handler as keepPersons } from '../src/handlers/keep-persons.ts';
import { createHandler as listPlotsAt } from '../src/handlers/list-garden-plots.ts';
import { createHandler as listItemsAt } from '../src/handlers/list-shared-items.ts';
import { createHandler as listLoansAt } from '../src/handlers/list-shared-loans.ts';
import { createHandler as recordAt } from '../src/handlers/record-shared-item.ts';
import { createHandler as releasePlotAt } from '../src/handlers/release-garden-plot.ts';
import { createHandler as renewAt } from '../src/handlers/renew-shared-loan.ts';
import { createHandler as returnAt } from '../src/handlers/return-shared-loan.ts';
import { createHandler as withdrawAt } from '../src/handlers/withdraw-shared-item.ts';
import { createHandler as jobAt } from '../src/jobs/release-expired.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../src/store/deps.ts';

const community = '350203006029';
const grid = `${community}-03`;
const clock = { now: new Date('2026-03-02T02:00:00Z') };
/** 10:00 in Shanghai on `day`. */
const setDay = (day: string) => {
  clock.now = new Date(`${day}T02:00:00Z`);
};
const presigned: string[] = [];
const deps = (): VolunteeringDeps => ({
  ...defaultVolunteeringDeps(),
  now: () => clock.now,
  objects: () => ({
    put: async () => undefined,
    get: async () => undefined,
    presignPut: async (key: string) => {
      presigned.push(key);
      return `https://objects.example/${key}?signature=test`;
    },
  }),
});

const record = recordAt(deps);
const listItems = listItemsAt(deps);
const getItem = getItemAt(deps);
const withdraw = withdrawAt(deps);
const upload = uploadAt(deps);
const hold = holdAt(deps);
const cancelHold = cancelHoldAt(deps);
const borrow = borrowAt(deps);
const renew = renewAt(deps);
const giveBack = returnAt(deps);
const listLoans = listLoansAt(deps);
const definePlot = definePlotAt(deps);
const listPlots = listPlotsAt(deps);
const claimPlot = claimPlotAt(deps);
const releasePlot = releasePlotAt(deps);
const job = jobAt(deps);

const worker = claimsFor('community-worker', [community]);
const otherWorker = claimsFor('community-worker', ['350203007001']);

let sequence = 0;
async function resident(name: string, area = grid) {
  sequence++;
  const personId = newId();
  const facts: PersonFacts = {
    personId,
    name,
    citizenIdMasked: `350203********${String(2000 + sequence)}`,
    area,
    birthDate: '1980-04-01',
    sex: 'female',
    residence: 'registered',
  };
  const result = await keepPersons(
    sqsBatch([createEvent(PersonRegistered, { id: newId(), district: '350203', area, data: facts })]),
  );
  expect(result.batchItemFailures).toEqual([]);
  return { personId, name, claims: claimsFor('resident', [area], { sub: `resident-${personId}`, person: personId }) };
}

type Donated = { id: string; name: string; version: number };

const categories = ['图书', '玩具', '工具', '家电', '运动'];
async function donate(name: string, n: number, extra: Record<string, unknown> = {}) {
  const res = await call(record, 'POST', '/volunteering/sharing/items', {
    claims: worker,
    body: {
      community,
      name,
      category: categories[n % categories.length],
      condition: n % 3 === 0 ? 'new' : 'good',
      donorKind: n % 2 === 0 ? 'resident' : 'unit',
      donorName: n % 2 === 0 ? '张阿姨' : '厦门某物业公司',
      ...extra,
    },
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json as Donated;
}

const borrowAs = (itemId: string, claims: Record<string, unknown>, body: Record<string, unknown> = {}) =>
  call(borrow, 'POST', '/volunteering/sharing/items/{itemId}/loans', { params: { itemId }, claims, body });
const holdAs = (itemId: string, claims: Record<string, unknown>, body: Record<string, unknown> = {}) =>
  call(hold, 'POST', '/volunteering/sharing/items/{itemId}/hold', { params: { itemId }, claims, body });
const itemStatus = async (itemId: string) =>
  (await call(getItem, 'GET', '/volunteering/sharing/items/{itemId}', { params: { itemId }, claims: worker })).json.status;
const runJob = (day: string) => job({ time: `${day}T01:00:00+08:00` });

beforeAll(async () => {
  await createServiceTables();
});

describe('the sharing station (共享驿站): the first week', () => {
  it('catalogues 20 donated items, lends, renews, and blocks a late borrower until the item comes back', async () => {
    setDay('2026-03-02');
    const wang = await resident('王芳');
    const li = await resident('李强');
    const chen = await resident('陈明');

    // Prepare: a photo uploaded for the first item, then 20 donations over the week's first days.
    const photo = await call(upload, 'POST', '/volunteering/sharing/photo-uploads', {
      claims: worker,
      body: { community, contentType: 'image/jpeg', contentLength: 120_000 },
    });
    expect(photo.status).toBe(201);
    expect(photo.json.uploadUrl).toContain(photo.json.key);
    const items = [await donate('儿童自行车', 0, { photos: [photo.json.key], description: '八成新，带辅助轮' })];
    for (let n = 1; n < 20; n++) {
      if (n === 10) setDay('2026-03-03');
      items.push(await donate(`闲置物品${n}`, n));
    }
    const [bike, drill, tent, books] = items as [Donated, Donated, Donated, Donated];

    const catalogue = await call(listItems, 'GET', '/volunteering/sharing/items', {
      claims: wang.claims,
      query: { community, limit: '100' },
    });
    expect(catalogue.status).toBe(200);
    expect(catalogue.json.items).toHaveLength(20);
    const listedBike = catalogue.json.items.find((item: { id: string }) => item.id === items[0]?.id);
    expect(listedBike).toMatchObject({ name: '儿童自行车', status: 'available', photos: [photo.json.key] });
    expect(listedBike.donorPersonId).toBeUndefined();
    const toys = await call(listItems, 'GET', '/volunteering/sharing/items', {
      claims: wang.claims,
      query: { community, category: '玩具', limit: '100' },
    });
    expect(toys.json.items).toHaveLength(4);
    expect(await outboxEvents('volunteering', 'SharedItemDonated')).toHaveLength(20);

    // Act: Wang borrows the bike herself; staff lend Li the drill for 3 days; Chen holds the tent.
    setDay('2026-03-03');
    const wangLoan = await borrowAs(bike.id, wang.claims);
    expect(wangLoan.status, JSON.stringify(wangLoan.json)).toBe(201);
    expect(wangLoan.json).toMatchObject({ dueOn: '2026-03-17', status: 'open', overdue: false, borrowerName: '王芳' });
    const liLoan = await borrowAs(drill.id, worker, { personId: li.personId, days: 3 });
    expect(liLoan.json.dueOn).toBe('2026-03-06');
    const chenHold = await holdAs(tent.id, chen.claims);
    expect(chenHold.status).toBe(201);
    expect(chenHold.json.item).toMatchObject({ status: 'held', heldByMe: true });

    // Nobody else may take a held or lent item.
    const taken = await borrowAs(bike.id, li.claims);
    expect(taken.status).toBe(409);
    expect(taken.json.detail).toContain('已借出');
    const heldByChen = await borrowAs(tent.id, wang.claims);
    expect(heldByChen.status).toBe(409);
    expect(heldByChen.json.detail).toContain('已被其他居民预约');

    // Wang renews once; a second renewal is refused.
    setDay('2026-03-05');
    const renewed = await call(renew, 'POST', '/volunteering/sharing/loans/{loanId}/renew', {
      params: { loanId: wangLoan.json.id },
      claims: wang.claims,
    });
    expect(renewed.json).toMatchObject({ dueOn: '2026-03-31', renewals: 1 });
    const again = await call(renew, 'POST', '/volunteering/sharing/loans/{loanId}/renew', {
      params: { loanId: wangLoan.json.id },
      claims: wang.claims,
    });
    expect(again.status).toBe(422);
    expect(again.json.detail).toContain('只能续借 1 次');
    const notHers = await call(renew, 'POST', '/volunteering/sharing/loans/{loanId}/renew', {
      params: { loanId: liLoan.json.id },
      claims: wang.claims,
    });
    expect(notHers.status).toBe(403);

    // Chen's hold runs out (3 days) and the daily job frees the tent; Li's drill is overdue.
    setDay('2026-03-07');
    const firstRun = await runJob('2026-03-07');
    expect(firstRun).toEqual({ holdsReleased: 1, overdueReported: 1, claimsLapsed: 0 });
    expect(await itemStatus(tent.id)).toBe('available');
    const secondRun = await runJob('2026-03-07');
    expect(secondRun.overdueReported).toBe(0);
    const overdue = await outboxEvents('volunteering', 'LoanOverdue');
    expect(overdue).toHaveLength(1);
    expect(overdue[0]?.data).toMatchObject({
      loanId: liLoan.json.id,
      personId: li.personId,
      dueOn: '2026-03-06',
      daysOverdue: 1,
    });
    expect(await outboxEvents('volunteering', 'SharedItemHoldReleased', { holdId: chenHold.json.holdId })).toHaveLength(1);

    // Li may neither borrow nor hold while the drill is overdue, nor renew it.
    const blocked = await borrowAs(books.id, li.claims);
    expect(blocked.status).toBe(422);
    expect(blocked.json.code).toBe('overdue-loan');
    expect(blocked.json.detail).toContain(drill.name);
    expect(blocked.json.detail).toContain('2026-03-06');
    expect((await holdAs(books.id, worker, { personId: li.personId })).status).toBe(422);
    const lateRenewal = await call(renew, 'POST', '/volunteering/sharing/loans/{loanId}/renew', {
      params: { loanId: liLoan.json.id },
      claims: li.claims,
    });
    expect(lateRenewal.status).toBe(422);
    expect(lateRenewal.json.detail).toContain('逾期');

    // Assess: the late return is recorded and lifts the block.
    setDay('2026-03-08');
    const returned = await call(giveBack, 'POST', '/volunteering/sharing/loans/{loanId}/return', {
      params: { loanId: liLoan.json.id },
      claims: worker,
      body: { condition: 'fair' },
    });
    expect(returned.status).toBe(200);
    expect(returned.json).toMatchObject({ status: 'returned', returnedOn: '2026-03-08', daysLate: 2, overdue: false });
    const returnEvent = await outboxEvents('volunteering', 'SharedItemReturned', { loanId: liLoan.json.id });
    expect(returnEvent[0]?.data).toMatchObject({ late: true, daysLate: 2, condition: 'fair' });
    expect(await itemStatus(drill.id)).toBe('available');
    const twice = await call(giveBack, 'POST', '/volunteering/sharing/loans/{loanId}/return', {
      params: { loanId: liLoan.json.id },
      claims: worker,
      body: {},
    });
    expect(twice.status).toBe(409);
    const nextLoan = await borrowAs(books.id, li.claims);
    expect(nextLoan.status).toBe(201);

    // Li's loans: the open one first, then the returned one.
    const liLoans = await call(listLoans, 'GET', '/volunteering/sharing/loans', { claims: li.claims, query: {} });
    expect(liLoans.json.items.map((loan: { status: string }) => loan.status)).toEqual(['open', 'returned']);
    const available = await call(listItems, 'GET', '/volunteering/sharing/items', {
      claims: worker,
      query: { community, status: 'available', limit: '100' },
    });
    expect(available.json.items).toHaveLength(18);
    expect(available.json.items.map((item: { id: string }) => item.id)).not.toContain(bike.id);
  });
});

describe('holds and loans', () => {
  it('treats an expired hold as free before the job runs, and closes it when someone else borrows', async () => {
    setDay('2026-04-01');
    const holder = await resident('周敏');
    const borrower = await resident('吴刚');
    const item = await donate('帐篷', 1);
    const held = await holdAs(item.id, holder.claims);
    expect(held.status).toBe(201);
    expect((await holdAs(item.id, holder.claims)).status).toBe(409);

    setDay('2026-04-04');
    expect(await itemStatus(item.id)).toBe('available');
    const loan = await borrowAs(item.id, borrower.claims);
    expect(loan.status).toBe(201);
    expect(loan.json.fromHold).toBeUndefined();
    expect(await outboxEvents('volunteering', 'SharedItemHoldReleased', { holdId: held.json.holdId })).toHaveLength(1);
    expect((await runJob('2026-04-05')).holdsReleased).toBe(0);
  });

  it('lends a held item to its holder, and lets the holder cancel a hold', async () => {
    setDay('2026-04-10');
    const holder = await resident('郑丽');
    const [first, second] = [await donate('电钻', 2), await donate('羽毛球拍', 4)];
    expect((await holdAs(first.id, holder.claims)).status).toBe(201);
    const loan = await borrowAs(first.id, holder.claims);
    expect(loan.status).toBe(201);
    const borrowedEvents = await outboxEvents('volunteering', 'SharedItemBorrowed', { loanId: loan.json.id });
    expect(borrowedEvents[0]?.data.fromHold).toBe(true);

    expect((await holdAs(second.id, holder.claims)).status).toBe(201);
    const other = await resident('冯伟');
    const notTheirs = await call(cancelHold, 'DELETE', '/volunteering/sharing/items/{itemId}/hold', {
      params: { itemId: second.id },
      claims: other.claims,
    });
    expect(notTheirs.status).toBe(403);
    const cancelled = await call(cancelHold, 'DELETE', '/volunteering/sharing/items/{itemId}/hold', {
      params: { itemId: second.id },
      claims: holder.claims,
    });
    expect(cancelled.json.status).toBe('available');
    expect(await outboxEvents('volunteering', 'SharedItemHoldReleased', { itemId: second.id, reason: 'cancelled' })).toHaveLength(
      1,
    );
  });

  it('lets exactly one of two residents borrowing the same item at once win', async () => {
    setDay('2026-04-12');
    const [a, b] = [await resident('甲'), await resident('乙')];
    const item = await donate('梯子', 2);
    const results = await Promise.all([borrowAs(item.id, a.claims), borrowAs(item.id, b.claims)]);
    expect(results.map((result) => result.status).sort()).toEqual([201, 409]);
    expect(await outboxEvents('volunteering', 'SharedItemBorrowed', { itemId: item.id })).toHaveLength(1);
  });

  it('refuses strangers, unknown residents, residents of other communities and staff out of scope, in Chinese', async () => {
    setDay('2026-04-13');
    const item = await donate('折叠桌', 3);
    const noPerson = await borrowAs(item.id, claimsFor('resident', [grid]));
    expect(noPerson.status).toBe(403);
    expect(noPerson.json.detail).toContain('居民档案');
    const unknown = await borrowAs(item.id, worker, { personId: newId() });
    expect(unknown.status).toBe(404);
    const outsider = await resident('外社区居民', '350203007001');
    const elsewhere = await borrowAs(item.id, outsider.claims);
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.json.errors[0].message).toContain('不是本社区居民');
    expect((await borrowAs(item.id, otherWorker, { personId: outsider.personId })).status).toBe(403);
    const staffWithoutPerson = await borrowAs(item.id, worker);
    expect(staffWithoutPerson.status).toBe(422);
  });

  it('withdraws an item from the catalogue', async () => {
    setDay('2026-04-14');
    const item = await donate('旧收音机', 5);
    const res = await call(withdraw, 'POST', '/volunteering/sharing/items/{itemId}/withdraw', {
      params: { itemId: item.id },
      claims: worker,
      body: { reason: '损坏无法修复' },
    });
    expect(res.json).toMatchObject({ status: 'withdrawn', withdrawnReason: '损坏无法修复' });
    const reader = await resident('读者');
    expect((await borrowAs(item.id, reader.claims)).json.detail).toContain('已下架');
  });
});

describe('shared garden plots (共享菜园)', () => {
  it('gives each resident one plot at a time', async () => {
    setDay('2026-03-10');
    const defined = [];
    for (const code of ['A-01', 'A-02', 'A-03']) {
      const res = await call(definePlot, 'POST', '/volunteering/sharing/plots', {
        claims: worker,
        body: { community, code, sizeSqm: 6 },
      });
      expect(res.status).toBe(201);
      defined.push(res.json as { id: string });
    }
    const duplicate = await call(definePlot, 'POST', '/volunteering/sharing/plots', {
      claims: worker,
      body: { community, code: 'A-01' },
    });
    expect(duplicate.status).toBe(409);
    const [a1, a2, a3] = defined as [{ id: string }, { id: string }, { id: string }];
    const gardener = await resident('黄大爷');
    const claim = (plotId: string, claims: Record<string, unknown>, body: Record<string, unknown> = { season: '2026' }) =>
      call(claimPlot, 'POST', '/volunteering/sharing/plots/{plotId}/claim', { params: { plotId }, claims, body });

    const first = await claim(a1.id, gardener.claims);
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ status: 'claimed', holderName: '黄大爷', season: '2026' });
    const second = await claim(a2.id, gardener.claims);
    expect(second.status).toBe(422);
    expect(second.json.code).toBe('one-plot-per-resident');
    expect(second.json.detail).toContain('已认领了一块');
    const neighbour = await resident('林阿姨');
    expect((await claim(a1.id, neighbour.claims)).status).toBe(409);

    // Two claims at once by one resident: the claim item lets only one through.
    const racer = await resident('何先生');
    const both = await Promise.all([claim(a2.id, racer.claims), claim(a3.id, racer.claims)]);
    expect(both.map((res) => res.status).sort()).toEqual([200, 422]);

    const listed = await call(listPlots, 'GET', '/volunteering/sharing/plots', {
      claims: neighbour.claims,
      query: { community },
    });
    expect(listed.json.items.map((plot: { code: string }) => plot.code)).toEqual(['A-01', 'A-02', 'A-03']);
    expect(listed.json.items[0].holderName).toBeUndefined();

    const released = await call(releasePlot, 'POST', '/volunteering/sharing/plots/{plotId}/release', {
      params: { plotId: a1.id },
      claims: gardener.claims,
    });
    expect(released.json.status).toBe('free');
    expect((await claim(a1.id, neighbour.claims, { season: '2026-spring' })).status).toBe(200);
    expect(await outboxEvents('volunteering', 'GardenPlotClaimed')).toHaveLength(3);
    expect(await outboxEvents('volunteering', 'GardenPlotReleased', { personId: gardener.personId })).toHaveLength(1);
  });
});
