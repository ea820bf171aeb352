import { PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { sharedDocumentClient } from '@shequ/ddb';
import { tableOf } from '@shequ/kit';
import type { Platform } from '@shequ/local/platform';
import { withCheckCharacter } from '@shequ/registry/domain/citizen-id';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type ApiClient, apiClient, applicationStep, eventually, startTestPlatform } from '../support/platform.ts';

/**
 * The notifications acceptance scenario for 350203006029, through the local gateway with every service's
 * events flowing: an applicant is told at each step of their 低保 application exactly once (one step's
 * event is even put on the bus twice); a message created at 23:00 waits for 08:00; a broadcast to the 63
 * disabled residents reaches 63 inboxes and reports 63 SMS sent; the public board shows the round-1
 * notice with the ID masked to a caller without a token.
 */
const community = '350203006029';
const grid = `${community}-03`;

let platform: Platform;
let api: ApiClient;
const tokens = { worker: '', subdistrict: '', admin: '', applicant: '' };
let applicantId = '';

async function travelTo(day: string, time = '10:00') {
  vi.setSystemTime(new Date(`${day}T${time}:00+08:00`));
  tokens.worker = await platform.issuer.sign({ sub: 'worker-029', role: 'community-worker', areas: [community] });
  tokens.subdistrict = await platform.issuer.sign({ sub: 'staff-006', role: 'subdistrict-staff', areas: ['350203006'] });
  tokens.admin = await platform.issuer.sign({ sub: 'admin', role: 'district-admin', areas: ['350203'] });
  if (applicantId)
    tokens.applicant = await platform.issuer.sign({ sub: 'resident-1', role: 'resident', areas: [], person: applicantId });
}

let sequence = 0;
async function register(name: string, phone: string): Promise<{ id: string; citizenId: string }> {
  sequence++;
  const citizenId = withCheckCharacter(
    `350203196${sequence % 10}0${1 + (sequence % 9)}1${sequence % 9}${String(300 + sequence).padStart(3, '0')}`,
  );
  const created = await api.request('POST', '/registry/persons', {
    token: tokens.worker,
    body: { name, citizenId, phone, residence: 'registered', area: grid },
  });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  return { id: created.json.id, citizenId };
}

const act = (id: string, body: Record<string, unknown>, token = tokens.worker) =>
  applicationStep(api, id, body, { by: token, reader: tokens.worker });

async function inbox(): Promise<{ messageId: string; title: string; body: string }[]> {
  return (await api.request('GET', '/notifications/inbox?limit=100', { token: tokens.applicant })).json.items;
}

/** Waits until the applicant's inbox holds `count` messages and the events have had time to be redelivered. */
async function inboxOf(count: number) {
  return eventually(async () => {
    const items = await inbox();
    return items.length >= count ? items : undefined;
  });
}

async function sentTo(phoneTail: string) {
  const sink = await api.request('GET', '/notifications/sink?channel=sms', { token: tokens.admin });
  return (sink.json.items as { to: string; title: string }[]).filter((item) => item.to.endsWith(phoneTail));
}

let applicationId = '';

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  platform = await startTestPlatform({ services: ['registry', 'subsidies', 'notifications'] });
  api = apiClient(platform.url);
  await travelTo('2027-03-01');
}, 60_000);

afterAll(async () => {
  await platform?.stop();
  vi.useRealTimers();
});

describe('an applicant is told of every step, once', () => {
  it('posts round 1 on the public board with the ID masked, readable without a token', async () => {
    const applicant = await register('林秀英', '13912340001');
    applicantId = applicant.id;
    await travelTo('2027-03-01');
    const household = await api.request('POST', '/registry/households', {
      token: tokens.worker,
      body: { area: grid, headPersonId: applicantId, perCapitaIncome: 600 },
    });
    expect(household.status).toBe(201);
    const submitted = await eventually(async () => {
      const attempt = await api.request('POST', '/subsidies/applications', {
        token: tokens.worker,
        body: {
          programme: 'dibao',
          personId: applicantId,
          statement: '家庭人均收入低于低保标准',
          account: { bank: '厦门银行', holder: '林秀英', number: '6222020402001234567' },
        },
      });
      // Subsidies learns of the household by event: until then it cannot judge eligibility.
      return attempt.status === 201 ? attempt.json : undefined;
    });
    applicationId = submitted.id;
    await act(applicationId, { type: 'start-review' });
    await act(applicationId, { type: 'record-home-visit', visit: { visitedOn: '2027-03-01', findings: '属实', passed: true } });
    await act(applicationId, { type: 'post-notice' });

    const board = await eventually(async () => {
      const answer = await api.request('GET', `/notifications/board?area=${community}`);
      return answer.status === 200 && JSON.stringify(answer.json).includes('林秀英') ? answer.json : undefined;
    });
    const text = JSON.stringify(board);
    expect(text).toContain('第一榜');
    expect(text).toContain(`350203********${applicant.citizenId.slice(-4)}`);
    expect(text).not.toContain(applicant.citizenId);
    expect(text).not.toContain('13912340001');
  }, 60_000);

  it('sends each step once, even when a step’s event reaches the bus twice', async () => {
    const items = await inboxOf(2);
    expect(items.map((m) => m.title).sort()).toEqual(['申请已受理', '申请进入公示']);

    // Put the round-1 event on the bus a second time: a second outbox item carrying the same event.
    const client = sharedDocumentClient();
    const outbox = await client.send(
      new ScanCommand({
        TableName: tableOf('subsidies'),
        FilterExpression: 'entity = :o',
        ExpressionAttributeValues: { ':o': 'outbox' },
      }),
    );
    const posted = (outbox.Items ?? []).find((item) =>
      item.events.some(
        (event: { data: Record<string, unknown> }) =>
          event.data.command === 'post-notice' && event.data.applicationId === applicationId,
      ),
    );
    expect(posted).toBeDefined();
    await client.send(new PutCommand({ TableName: tableOf('subsidies'), Item: { ...posted, pk: `${posted?.pk}-again` } }));
    // Give the duplicate time to be delivered to every consumer.
    await new Promise((resolve) => setTimeout(resolve, 1500));

    expect(await inbox()).toHaveLength(2);
    await eventually(async () => ((await sentTo('0001')).length === 2 ? true : undefined));
    expect((await sentTo('0001')).map((s) => s.title).sort()).toEqual(['申请已受理', '申请进入公示']);
  }, 60_000);

  it('holds the message of a round closed at 23:00 until 08:00 the next morning', async () => {
    await travelTo('2027-03-08', '23:00');
    await act(applicationId, { type: 'close-notice' });
    const items = await inboxOf(3);
    const roundTwo = items.find((m) => m.body.includes('第二榜'));
    expect(roundTwo).toBeDefined();
    const held = await api.request('GET', `/notifications/messages/${roundTwo?.messageId}`, { token: tokens.applicant });
    expect(held.json.deliveries[0]).toMatchObject({ channel: 'sms', status: 'held', holdUntil: '2027-03-09T00:00:00.000Z' });

    await travelTo('2027-03-09', '08:00');
    const released = await api.request('POST', '/_local/jobs/notifications.release-held', { token: tokens.admin });
    expect(released.json.result.released).toBeGreaterThanOrEqual(1);
    await eventually(async () => {
      const state = await api.request('GET', `/notifications/messages/${roundTwo?.messageId}`, { token: tokens.applicant });
      return state.json.deliveries[0].status === 'sent' ? true : undefined;
    });
    expect((await sentTo('0001')).filter((s) => s.title === '申请进入公示')).toHaveLength(2);
  }, 60_000);

  it('tells of round 3 and the approval, one message each', async () => {
    await travelTo('2027-03-15');
    await act(applicationId, { type: 'close-notice' });
    await travelTo('2027-03-22');
    await act(applicationId, { type: 'close-notice' });
    await act(applicationId, { type: 'approve' }, tokens.subdistrict);
    const items = await inboxOf(5);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const titles = (await inbox()).map((m) => m.title);
    expect(titles.sort()).toEqual(['申请已受理', '申请已批准', '申请进入公示', '申请进入公示', '申请进入公示']);
    expect(items.find((m) => m.title === '申请已批准')?.body).toContain('300.00 元');
  }, 60_000);
});

describe('a broadcast to the disabled residents of 小学社区', () => {
  it('reaches 63 inboxes and reports 63 sent', async () => {
    await travelTo('2027-04-01');
    const residents: string[] = [];
    for (let index = 0; index < 63; index++) {
      const { id, citizenId } = await register(`残疾居民${index + 1}`, `1370000${String(1000 + index).padStart(4, '0')}`);
      const joined = await api.request('PUT', `/registry/persons/${id}/groups/disabled`, {
        token: tokens.worker,
        body: { attributes: { category: 'limb', grade: 1 + (index % 4), certificateNumber: `${citizenId}4${1 + (index % 4)}` } },
      });
      expect(joined.status, JSON.stringify(joined.json)).toBe(201);
      residents.push(id);
    }
    // The worker sees whom the broadcast will reach once the registry's events have arrived.
    await eventually(async () => {
      const size = await api.request('GET', `/notifications/segments?community=${community}&group=disabled`, {
        token: tokens.worker,
      });
      return size.json.members === 63 ? true : undefined;
    }, 30_000);
    const created = await api.request('POST', '/notifications/broadcasts', {
      token: tokens.worker,
      body: { community, group: 'disabled', title: '助残日活动', body: '5 月 16 日上午社区服务站开展助残义诊，欢迎参加。' },
    });
    expect(created.status, JSON.stringify(created.json)).toBe(202);
    const report = await eventually(async () => {
      const answer = await api.request('GET', `/notifications/broadcasts/${created.json.id}`, { token: tokens.worker });
      return answer.json.status === 'done' && answer.json.report.sms.sent === 63 ? answer.json.report : undefined;
    }, 30_000);
    expect(report).toEqual({ recipients: 63, sms: { queued: 0, held: 0, sending: 0, sent: 63, failed: 0, suppressed: 0 } });
    const one = await platform.issuer.sign({ sub: 'resident-x', role: 'resident', areas: [], person: residents[7] as string });
    const box = await api.request('GET', '/notifications/inbox', { token: one });
    expect(box.json.items.map((m: { title: string }) => m.title)).toEqual(['助残日活动']);
  }, 120_000);
});
