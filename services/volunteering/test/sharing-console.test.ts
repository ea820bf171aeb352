import { createEvent, type PersonFacts, PersonRegistered } from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { sqsBatch } from '../../../test/support/events.ts';
import { call, claimsFor } from '../../../test/support/http.ts';
import { createServiceTables } from '../../../test/support/tables.ts';
import { createHandler as borrowAt } from '../src/handlers/borrow-shared-item.ts';
import { createHandler as photoOfWishAt } from '../src/handlers/get-micro-wish-photo.ts';
import { createHandler as photoAt } from '../src/handlers/get-shared-item-photo.ts';
import { handler as keepPersons } from '../src/handlers/keep-persons.ts';
import { createHandler as listLoansAt } from '../src/handlers/list-shared-loans.ts';
import { createHandler as recordAt } from '../src/handlers/record-shared-item.ts';
import { createHandler as returnAt } from '../src/handlers/return-shared-loan.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../src/store/deps.ts';

// A community of its own: the due list is district-wide, and other suites lend in theirs at the same time.
const community = '350203006031';
const grid = `${community}-01`;
const clock = { now: new Date('2026-05-04T02:00:00Z') };
const setDay = (day: string) => {
  clock.now = new Date(`${day}T02:00:00Z`);
};
const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const objects = new Map<string, Buffer>();
const deps = (): VolunteeringDeps => ({
  ...defaultVolunteeringDeps(),
  now: () => clock.now,
  objects: () => ({
    put: async (key: string, bytes: Buffer) => {
      objects.set(key, bytes);
    },
    get: async (key: string) => objects.get(key),
    presignPut: async (key: string) => `https://objects.example/${key}`,
  }),
});

const record = recordAt(deps);
const borrow = borrowAt(deps);
const giveBack = returnAt(deps);
const listLoans = listLoansAt(deps);
const photo = photoAt(deps);
const wishPhoto = photoOfWishAt(deps);
const worker = claimsFor('community-worker', [community]);
const otherWorker = claimsFor('community-worker', ['350203007001']);

async function resident(name: string) {
  const personId = newId();
  const facts: PersonFacts = {
    personId,
    name,
    citizenIdMasked: '350203********3001',
    area: grid,
    birthDate: '1975-02-01',
    sex: 'male',
    residence: 'registered',
  };
  const result = await keepPersons(
    sqsBatch([createEvent(PersonRegistered, { id: newId(), district: '350203', area: grid, data: facts })]),
  );
  expect(result.batchItemFailures).toEqual([]);
  return personId;
}

async function donate(name: string, photos: string[] = []) {
  const res = await call(record, 'POST', '/volunteering/sharing/items', {
    claims: worker,
    body: { community, name, category: '工具', condition: 'good', donorKind: 'anonymous', photos },
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json as { id: string };
}

beforeAll(async () => {
  await createServiceTables();
});

describe('the station desk (console reads)', () => {
  it("lists the community's open loans, overdue first, and drops a returned one", async () => {
    // Prepare: two residents borrow two items for different lengths.
    setDay('2026-05-04');
    const zhao = await resident('赵刚');
    const qian = await resident('钱丽');
    const ladder = await donate('折叠梯');
    const drill = await donate('电钻');
    const long = await call(borrow, 'POST', '/volunteering/sharing/items/{itemId}/loans', {
      params: { itemId: ladder.id },
      claims: worker,
      body: { personId: zhao, days: 20 },
    });
    const short = await call(borrow, 'POST', '/volunteering/sharing/items/{itemId}/loans', {
      params: { itemId: drill.id },
      claims: worker,
      body: { personId: qian, days: 3 },
    });
    expect(long.status, JSON.stringify(long.json)).toBe(201);
    expect(short.status).toBe(201);

    // Act: a week later the worker reads the desk's list.
    setDay('2026-05-11');
    const desk = await call(listLoans, 'GET', '/volunteering/sharing/loans', { claims: worker, query: { community } });

    // Assess: the late drill leads, in red; the ladder follows, on time.
    expect(desk.status, JSON.stringify(desk.json)).toBe(200);
    expect(desk.json.items.map((loan: { itemName: string; overdue: boolean }) => [loan.itemName, loan.overdue])).toEqual([
      ['电钻', true],
      ['折叠梯', false],
    ]);
    const returned = await call(giveBack, 'POST', '/volunteering/sharing/loans/{loanId}/return', {
      params: { loanId: short.json.id },
      claims: worker,
      body: {},
    });
    expect(returned.json).toMatchObject({ status: 'returned', daysLate: 4 });
    const after = await call(listLoans, 'GET', '/volunteering/sharing/loans', { claims: worker, query: { community } });
    expect(after.json.items.map((loan: { itemName: string }) => loan.itemName)).toEqual(['折叠梯']);
  });

  it('refuses the desk list out of scope and without a community or a resident, in Chinese', async () => {
    const stranger = await call(listLoans, 'GET', '/volunteering/sharing/loans', { claims: otherWorker, query: { community } });
    expect(stranger.status).toBe(403);
    const none = await call(listLoans, 'GET', '/volunteering/sharing/loans', { claims: worker });
    expect(none.status).toBe(404);
    expect(none.json.detail).toContain('community');
  });

  it("serves an item's uploaded photo as an image, and says when it is missing", async () => {
    const key = `volunteering/sharing/${community}/${newId()}`;
    objects.set(key, png);
    const stroller = await donate('婴儿推车', [key, `volunteering/sharing/${community}/${newId()}`]);
    const first = await call(photo, 'GET', '/volunteering/sharing/items/{itemId}/photos/{index}', {
      params: { itemId: stroller.id, index: '0' },
      claims: claimsFor('resident', [grid]),
    });
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('image/png');
    const unsent = await call(photo, 'GET', '/volunteering/sharing/items/{itemId}/photos/{index}', {
      params: { itemId: stroller.id, index: '1' },
      claims: worker,
    });
    expect(unsent.status).toBe(404);
    expect(unsent.json.detail).toContain('尚未上传');
    const beyond = await call(photo, 'GET', '/volunteering/sharing/items/{itemId}/photos/{index}', {
      params: { itemId: stroller.id, index: '5' },
      claims: worker,
    });
    expect(beyond.status).toBe(404);
    const unfulfilled = await call(wishPhoto, 'GET', '/volunteering/wishes/{wishId}/photo', {
      params: { wishId: newId() },
      claims: worker,
    });
    expect(unfulfilled.status).toBe(404);
  });
});
