import type { Platform } from '@shequ/local/platform';
import { withCheckCharacter } from '@shequ/registry/domain/citizen-id';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type ApiClient, apiClient, eventually, startTestPlatform } from '../support/platform.ts';

/**
 * The volunteering acceptance scenario for 350203006029 through the local gateway, with residents known
 * to volunteering from the registry's events: a free clinic's waitlist, a child's early-education quota,
 * hours from check-in and check-out, the sharing station's first week, a micro-wish and a garden plot.
 */
const community = '350203006029';
const grid = `${community}-03`;

let platform: Platform;
let api: ApiClient;
let worker = '';

async function travelTo(day: string, time = '09:00') {
  vi.setSystemTime(new Date(`${day}T${time}:00+08:00`));
  worker = await platform.issuer.sign({ sub: 'worker-029', role: 'community-worker', areas: [community] });
}

let sequence = 0;
async function register(name: string, birth = '19700101'): Promise<string> {
  sequence++;
  const citizenId = withCheckCharacter(`350203${birth}${String(700 + sequence).padStart(3, '0')}`);
  const created = await api.request('POST', '/registry/persons', {
    token: worker,
    body: { name, citizenId, residence: 'registered', area: grid },
  });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  return created.json.id;
}

async function residents(count: number, prefix: string, birth?: string): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < count; index++) ids.push(await register(`${prefix}${index + 1}`, birth));
  return ids;
}

/** Volunteering learns of new residents by event: a first request about one is retried until it has. */
function once<T extends { status: number; json: any }>(send: () => Promise<T>): Promise<T> {
  return eventually(async () => {
    const answer = await send();
    // "未找到…" (not found) is what every service answers about a person it has not heard of yet.
    const unknown =
      answer.status >= 400 && (answer.json?.code === 'unknown-person' || JSON.stringify(answer.json).includes('未找到'));
    return unknown ? undefined : answer;
  });
}

async function activity(body: Record<string, unknown>) {
  const created = await api.request('POST', '/volunteering/activities', {
    token: worker,
    body: { community, place: '社区服务站', ...body },
  });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  return created.json.id as string;
}

const signUp = (activityId: string, personId: string) =>
  api.request('POST', `/volunteering/activities/${activityId}/sign-ups`, { token: worker, body: { personId } });

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  platform = await startTestPlatform({ services: ['registry', 'volunteering'] });
  api = apiClient(platform.url);
  await travelTo('2027-05-03');
}, 60_000);

afterAll(async () => {
  await platform?.stop();
  vi.useRealTimers();
});

describe('activities', () => {
  it('promotes the waitlist of a 10-place clinic with 12 sign-ups when two cancel', async () => {
    const people = await residents(12, '义诊居民');
    const clinic = await activity({
      kind: 'free-clinic',
      title: '周四上午义诊',
      startsAt: '2027-05-06T09:00:00+08:00',
      endsAt: '2027-05-06T11:30:00+08:00',
      capacity: 10,
    });
    const answers = [];
    for (const person of people) {
      answers.push((await once(() => signUp(clinic, person))).json);
      // The waitlist is ordered by when people joined it.
      vi.advanceTimersByTime(1000);
    }
    expect(answers.filter((a) => a.status === 'confirmed')).toHaveLength(10);
    const waiting = answers.filter((a) => a.status === 'waitlisted').map((a) => a.personId);
    expect(waiting).toEqual(people.slice(10));

    for (const person of people.slice(0, 2)) {
      const cancelled = await api.request('POST', `/volunteering/activities/${clinic}/sign-ups/${person}/cancel`, {
        token: worker,
      });
      expect(cancelled.status, JSON.stringify(cancelled.json)).toBe(200);
    }
    const list = await api.request('GET', `/volunteering/activities/${clinic}/sign-ups`, { token: worker });
    const confirmed = list.json.signUps
      .filter((s: { status: string }) => s.status === 'confirmed')
      .map((s: { personId: string }) => s.personId);
    expect(confirmed).toHaveLength(10);
    expect(confirmed).toEqual(expect.arrayContaining(people.slice(2)));
  }, 90_000);

  it('refuses a child’s fourth free early-education session with a Chinese reason', async () => {
    const [child] = await residents(1, '宝宝', '20260115');
    const sessions = [];
    for (const day of ['10', '17', '24', '31']) {
      sessions.push(
        await activity({
          kind: 'early-education',
          title: `亲子早教 5 月 ${day} 日`,
          startsAt: `2027-05-${day}T09:30:00+08:00`,
          endsAt: `2027-05-${day}T10:30:00+08:00`,
          capacity: 12,
        }),
      );
    }
    for (const session of sessions.slice(0, 3))
      expect((await once(() => signUp(session, child as string))).json.status).toBe('confirmed');
    const fourth = await signUp(sessions[3] as string, child as string);
    expect(fourth.status).toBe(422);
    expect(fourth.json.detail).toContain('3 次');
  }, 60_000);

  it('credits the volunteer who served the hours between check-in and check-out', async () => {
    const [helper] = await residents(1, '志愿者');
    const volunteer = await once(() =>
      api.request('POST', '/volunteering/volunteers', {
        token: worker,
        body: { personId: helper, skills: [], availability: { weekdays: ['thu'], slots: ['morning'] } },
      }),
    );
    expect(volunteer.status, JSON.stringify(volunteer.json)).toBe(201);
    const volunteerId = volunteer.json.volunteerId ?? volunteer.json.id;
    const lecture = await activity({
      kind: 'lecture',
      title: '防诈骗讲座',
      startsAt: '2027-05-07T14:00:00+08:00',
      endsAt: '2027-05-07T16:00:00+08:00',
      capacity: 50,
    });
    await travelTo('2027-05-07', '13:50');
    expect(
      (await api.request('POST', `/volunteering/activities/${lecture}/check-ins`, { token: worker, body: { volunteerId } }))
        .status,
    ).toBe(200);
    await travelTo('2027-05-07', '16:20');
    const out = await api.request('POST', `/volunteering/activities/${lecture}/check-outs`, {
      token: worker,
      body: { volunteerId },
    });
    expect(out.status, JSON.stringify(out.json)).toBe(200);
    // 13:50 to 16:20 is two and a half hours.
    expect(out.json.volunteer).toMatchObject({ volunteerId, hours: 2.5 });
  }, 60_000);
});

describe('the sharing station, a micro-wish and the garden', () => {
  it('runs its first week: 20 donations, loans, and a late return that blocks the next loan', async () => {
    await travelTo('2027-06-01');
    const [borrower, other] = await residents(2, '借用人');
    const items: string[] = [];
    for (let index = 0; index < 20; index++) {
      const donated = await api.request('POST', '/volunteering/sharing/items', {
        token: worker,
        body: {
          community,
          name: `闲置物品${index + 1}`,
          category: index % 2 ? '图书' : '工具',
          condition: 'good',
          donorKind: 'resident',
        },
      });
      expect(donated.status, JSON.stringify(donated.json)).toBe(201);
      items.push(donated.json.id);
    }
    const catalogue = await api.request('GET', `/volunteering/sharing/items?community=${community}&limit=100`, { token: worker });
    expect(catalogue.json.items).toHaveLength(20);

    const loan = await api.request('POST', `/volunteering/sharing/items/${items[0]}/loans`, {
      token: worker,
      body: { personId: borrower, days: 3 },
    });
    expect(loan.status, JSON.stringify(loan.json)).toBe(201);
    const taken = await api.request('POST', `/volunteering/sharing/items/${items[0]}/loans`, {
      token: worker,
      body: { personId: other },
    });
    expect(taken.status).toBe(409);

    await travelTo('2027-06-07');
    const blocked = await api.request('POST', `/volunteering/sharing/items/${items[1]}/loans`, {
      token: worker,
      body: { personId: borrower },
    });
    expect(blocked.status).toBe(422);
    expect(JSON.stringify(blocked.json)).toContain('逾期');
    const returned = await api.request('POST', `/volunteering/sharing/loans/${loan.json.id}/return`, { token: worker, body: {} });
    expect(returned.json).toMatchObject({ status: 'returned', daysLate: 3 });
    const next = await api.request('POST', `/volunteering/sharing/items/${items[1]}/loans`, {
      token: worker,
      body: { personId: borrower },
    });
    expect(next.status, JSON.stringify(next.json)).toBe(201);
  }, 90_000);

  it('takes a micro-wish from posted to fulfilled', async () => {
    const [child] = await residents(1, '小朋友', '20180601');
    const wish = await once(() =>
      api.request('POST', '/volunteering/wishes', {
        token: worker,
        body: { childId: child, title: '一套绘本', description: '喜欢恐龙的故事书', deadline: '2027-07-31' },
      }),
    );
    expect(wish.status, JSON.stringify(wish.json)).toBe(201);
    const volunteer = await platform.issuer.sign({ sub: 'volunteer-1', role: 'volunteer', areas: [community] });
    const claimed = await api.request('POST', `/volunteering/wishes/${wish.json.id}/claim`, {
      token: volunteer,
      body: { name: '王阿姨' },
    });
    expect(claimed.status, JSON.stringify(claimed.json)).toBe(200);
    // The photo goes where the presigned URL says, as it would to S3; locally the platform stores it.
    const photo = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 0xff, 0xd9]);
    const upload = await api.request('POST', `/volunteering/wishes/${wish.json.id}/photo-uploads`, {
      token: volunteer,
      body: { contentType: 'image/jpeg', contentLength: photo.length },
    });
    expect(upload.status, JSON.stringify(upload.json)).toBe(201);
    const put = await fetch(upload.json.uploadUrl, { method: 'PUT', headers: { 'content-type': 'image/jpeg' }, body: photo });
    expect(put.status).toBe(200);
    const tampered = await fetch(upload.json.uploadUrl.replace('image%2Fjpeg', 'image%2Fpng'), {
      method: 'PUT',
      headers: { 'content-type': 'image/png' },
      body: photo,
    });
    expect(tampered.status).toBe(403);
    const photoKey = upload.json.key;
    const fulfilled = await api.request('POST', `/volunteering/wishes/${wish.json.id}/fulfil`, {
      token: worker,
      body: { photoKey, note: '已送到孩子手中' },
    });
    expect(fulfilled.status, JSON.stringify(fulfilled.json)).toBe(200);
    expect(fulfilled.json.status).toBe('fulfilled');
  }, 60_000);

  it('lets a resident hold one garden plot only', async () => {
    const [gardener] = await residents(1, '种菜居民');
    const plots: string[] = [];
    for (const code of ['A-01', 'A-02']) {
      const plot = await api.request('POST', '/volunteering/sharing/plots', { token: worker, body: { community, code } });
      expect(plot.status, JSON.stringify(plot.json)).toBe(201);
      plots.push(plot.json.id);
    }
    const first = await once(() =>
      api.request('POST', `/volunteering/sharing/plots/${plots[0]}/claim`, {
        token: worker,
        body: { personId: gardener, season: '2027' },
      }),
    );
    expect(first.status, JSON.stringify(first.json)).toBe(200);
    const second = await api.request('POST', `/volunteering/sharing/plots/${plots[1]}/claim`, {
      token: worker,
      body: { personId: gardener, season: '2027' },
    });
    expect(second.status).toBe(422);
    expect(second.json.code).toBe('one-plot-per-resident');
    expect(second.json.detail).toMatch(/[\u4e00-\u9fa5]/);
  }, 60_000);
});
