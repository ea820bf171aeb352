import { createEvent, type PersonFacts, PersonRegistered } from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { sqsBatch } from '../../../test/support/events.ts';
import { call, claimsFor } from '../../../test/support/http.ts';
import { outboxEvents } from '../../../test/support/outbox.ts';
import { createServiceTables } from '../../../test/support/tables.ts';
import { ageOn, claimRefusal, effectiveWishStatus, type MicroWish } from '../src/domain/wishes.ts';
import { createHandler as cancelAt } from '../src/handlers/cancel-micro-wish.ts';
import { createHandler as claimAt } from '../src/handlers/claim-micro-wish.ts';
import { createHandler as uploadAt } from '../src/handlers/create-micro-wish-photo-upload.ts';
import { createHandler as fulfilAt } from '../src/handlers/fulfil-micro-wish.ts';
import { createHandler as getAt } from '../src/handlers/get-micro-wish.ts';
import { handler as keepPersons } from '../src/handlers/keep-persons.ts';
import { createHandler as listAt } from '../src/handlers/list-micro-wishes.ts';
import { createHandler as postAt } from '../src/handlers/post-micro-wish.ts';
import { createHandler as jobAt } from '../src/jobs/release-expired.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../src/store/deps.ts';

const community = '350203006029';
const grid = `${community}-03`;
const clock = { now: new Date('2026-05-04T02:00:00Z') };
const setDay = (day: string) => {
  clock.now = new Date(`${day}T02:00:00Z`);
};
const deps = (): VolunteeringDeps => ({
  ...defaultVolunteeringDeps(),
  now: () => clock.now,
  objects: () => ({
    put: async () => undefined,
    get: async () => undefined,
    presignPut: async (key: string) => `https://objects.example/${key}?signature=test`,
  }),
});

const post = postAt(deps);
const list = listAt(deps);
const get = getAt(deps);
const claim = claimAt(deps);
const upload = uploadAt(deps);
const fulfil = fulfilAt(deps);
const cancel = cancelAt(deps);
const job = jobAt(deps);

const worker = claimsFor('community-worker', [community]);
const otherWorker = claimsFor('community-worker', ['350203007001']);
const volunteer = (name: string) => claimsFor('volunteer', [community], { sub: `volunteer-${name}` });

async function person(name: string, birthDate: string) {
  const personId = newId();
  const facts: PersonFacts = {
    personId,
    name,
    citizenIdMasked: '350203********0001',
    area: grid,
    birthDate,
    sex: 'female',
    residence: 'registered',
  };
  const result = await keepPersons(
    sqsBatch([createEvent(PersonRegistered, { id: newId(), district: '350203', area: grid, data: facts })]),
  );
  expect(result.batchItemFailures).toEqual([]);
  return personId;
}

const postFor = (childId: string, claims = worker) =>
  call(post, 'POST', '/volunteering/wishes', {
    claims,
    body: { childId, title: '一套绘本', description: '小朋友喜欢看恐龙绘本', deadline: '2026-06-30' },
  });
const claimAs = (wishId: string, claims: Record<string, unknown>, body: Record<string, unknown> = {}) =>
  call(claim, 'POST', '/volunteering/wishes/{wishId}/claim', { params: { wishId }, claims, body });
const read = async (wishId: string, claims: Record<string, unknown> = worker) =>
  (await call(get, 'GET', '/volunteering/wishes/{wishId}', { params: { wishId }, claims })).json;
async function photoFor(wishId: string, claims: Record<string, unknown>) {
  return call(upload, 'POST', '/volunteering/wishes/{wishId}/photo-uploads', {
    params: { wishId },
    claims,
    body: { contentType: 'image/jpeg', contentLength: 200_000 },
  });
}

beforeAll(async () => {
  await createServiceTables();
});

describe('micro-wishes (微心愿)', () => {
  it('goes from posted to claimed to fulfilled with a photo', async () => {
    setDay('2026-05-04');
    const childId = await person('林小雨', '2017-09-01');

    const posted = await postFor(childId);
    expect(posted.status, JSON.stringify(posted.json)).toBe(201);
    expect(posted.json).toMatchObject({ status: 'open', child: '林小雨', childAge: 8, childId });
    const wishId = posted.json.id as string;

    // Volunteers see the child by surname only.
    const pool = await call(list, 'GET', '/volunteering/wishes', {
      claims: volunteer('a'),
      query: { community, status: 'open' },
    });
    const seen = pool.json.items.find((wish: { id: string }) => wish.id === wishId);
    expect(seen).toMatchObject({ child: '林小朋友', status: 'open' });
    expect(seen.childId).toBeUndefined();

    const claimed = await claimAs(wishId, volunteer('a'), { name: '爱心志愿者小张', contact: '微信 zhang-ai' });
    expect(claimed.status).toBe(200);
    expect(claimed.json).toMatchObject({ status: 'claimed', claim: { claimedUntil: '2026-05-18', mine: true } });
    const second = await claimAs(wishId, volunteer('b'));
    expect(second.status).toBe(409);
    expect(second.json.detail).toContain('已被认领');
    expect((await read(wishId, volunteer('b'))).claim.contact).toBeUndefined();

    // Only the claimant (or staff) may upload the proof and record it.
    expect((await photoFor(wishId, volunteer('b'))).status).toBe(403);
    const photo = await photoFor(wishId, volunteer('a'));
    expect(photo.status).toBe(201);
    const stranger = await call(fulfil, 'POST', '/volunteering/wishes/{wishId}/fulfil', {
      params: { wishId },
      claims: volunteer('b'),
      body: { photoKey: photo.json.key },
    });
    expect(stranger.status).toBe(403);

    setDay('2026-05-10');
    const fulfilled = await call(fulfil, 'POST', '/volunteering/wishes/{wishId}/fulfil', {
      params: { wishId },
      claims: volunteer('a'),
      body: { photoKey: photo.json.key, note: '绘本已送到小朋友手中' },
    });
    expect(fulfilled.status).toBe(200);
    expect(fulfilled.json).toMatchObject({
      status: 'fulfilled',
      fulfilment: { photoKey: photo.json.key, fulfilledOn: '2026-05-10' },
    });
    // The test clock stamps the post and the claim alike, so the order within a day is not asserted.
    const types = (await outboxEvents('volunteering', undefined, { wishId })).map((event) => event.type).sort();
    expect(types).toEqual(['MicroWishClaimed', 'MicroWishFulfilled', 'MicroWishPosted']);
    const cancelLate = await call(cancel, 'POST', '/volunteering/wishes/{wishId}/cancel', {
      params: { wishId },
      claims: worker,
      body: { reason: '重复发布' },
    });
    expect(cancelLate.status).toBe(409);
  });

  it('posts wishes only for children in scope, in Chinese', async () => {
    setDay('2026-05-04');
    const adult = await person('林大海', '1985-02-01');
    const refused = await postFor(adult);
    expect(refused.status).toBe(422);
    expect(refused.json.errors[0].message).toContain('已满 18 周岁');
    const child = await person('陈小宝', '2019-01-01');
    expect((await postFor(child, otherWorker)).status).toBe(403);
    expect((await postFor(newId())).status).toBe(404);
    expect((await claimAs(newId(), volunteer('a'))).status).toBe(404);
  });

  it('puts a claim not fulfilled in time back in the pool: on read at once, and by the daily job', async () => {
    setDay('2026-05-04');
    const childId = await person('王小明', '2015-03-01');
    const first = (await postFor(childId)).json.id as string;
    const second = (await postFor(childId)).json.id as string;
    expect((await claimAs(first, volunteer('late'))).status).toBe(200);
    expect((await claimAs(second, claimsFor('resident', [grid], { sub: 'resident-late', person: newId() }))).status).toBe(200);

    // Past claimedUntil (2026-05-18): both read as open before the job has run.
    setDay('2026-05-19');
    expect(await read(first)).toMatchObject({ status: 'open', lapsedClaims: 1 });
    const photo = `volunteering/wishes/${first}/${newId()}`;
    const tooLate = await call(fulfil, 'POST', '/volunteering/wishes/{wishId}/fulfil', {
      params: { wishId: first },
      claims: volunteer('late'),
      body: { photoKey: photo },
    });
    expect(tooLate.status).toBe(409);
    expect(tooLate.json.detail).toContain('心愿池');

    // Someone else claims the first at once; the lapse is recorded in the same write.
    const reclaimed = await claimAs(first, volunteer('next'));
    expect(reclaimed.json).toMatchObject({ status: 'claimed', claim: { claimedUntil: '2026-06-02' } });
    expect(await outboxEvents('volunteering', 'MicroWishClaimLapsed', { wishId: first })).toHaveLength(1);

    // The job returns the second to the pool, once.
    expect((await job({ time: '2026-05-20T01:00:00+08:00' })).claimsLapsed).toBe(1);
    expect((await job({ time: '2026-05-20T01:00:00+08:00' })).claimsLapsed).toBe(0);
    expect(await outboxEvents('volunteering', 'MicroWishClaimLapsed', { wishId: second })).toHaveLength(1);
    expect(await read(second)).toMatchObject({ status: 'open', lapsedClaims: 1 });
    expect((await read(second)).claim).toBeUndefined();

    const cancelled = await call(cancel, 'POST', '/volunteering/wishes/{wishId}/cancel', {
      params: { wishId: second },
      claims: worker,
      body: { reason: '儿童已随家人迁出' },
    });
    expect(cancelled.json).toMatchObject({ status: 'cancelled', cancelReason: '儿童已随家人迁出' });
    expect((await claimAs(second, volunteer('next'))).json.detail).toContain('已撤回');
  });
});

describe('micro-wish rules', () => {
  const wish = (over: Partial<MicroWish> = {}): MicroWish => ({
    id: 'w',
    area: grid,
    childId: 'c',
    childName: '林小雨',
    childBirthDate: '2017-09-01',
    title: '绘本',
    description: '恐龙绘本',
    deadline: '2026-06-30',
    status: 'open',
    lapsedClaims: [],
    postedBy: 'worker',
    postedAt: '2026-05-04T02:00:00Z',
    version: 1,
    ...over,
  });

  it('counts age in full years and lapses claims only after their last day', () => {
    expect(ageOn('2008-05-05', '2026-05-04')).toBe(17);
    expect(ageOn('2008-05-04', '2026-05-04')).toBe(18);
    const claimed = wish({ status: 'claimed', claim: { by: 'v', claimedOn: '2026-05-04', claimedUntil: '2026-05-18' } });
    expect(effectiveWishStatus(claimed, '2026-05-18')).toBe('claimed');
    expect(effectiveWishStatus(claimed, '2026-05-19')).toBe('open');
    expect(claimRefusal(wish(), '2026-07-01')).toContain('已过截止日期');
  });
});
