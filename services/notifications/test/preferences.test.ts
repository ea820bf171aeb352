import { ensureTable, sharedDocumentClient } from '@shequ/ddb';
import { tableOf } from '@shequ/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, claimsFor } from '../../../test/support/http.ts';
import { channelsFor, messageKinds } from '../src/domain/preferences.ts';
import { createHandler as getAt } from '../src/handlers/get-preferences.ts';
import { createHandler as setAt } from '../src/handlers/set-preferences.ts';
import { manifest } from '../src/manifest.ts';
import { recipientOf } from '../src/recipients.ts';
import { defaultNotificationsDeps } from '../src/store/deps.ts';
import { preferencesOf } from '../src/store/preferences.ts';

const get = getAt(defaultNotificationsDeps);
const set = setAt(defaultNotificationsDeps);
const PATH = '/notifications/preferences';

let sequence = 0;
/** A resident the registry knows, with a fresh person id so tests never share preferences. */
function residentClaims(): Record<string, unknown> {
  sequence++;
  return claimsFor('resident', ['350203006029'], {
    sub: `resident-${sequence}`,
    person: `p${String(sequence).padStart(18, '0')}`,
  });
}

const body = (changes: Record<string, unknown> = {}) => ({
  channels: { payment: ['email'], notice: [] },
  quietHours: { from: '12:00', to: '14:00' },
  dailyLimit: 5,
  version: 0,
  ...changes,
});

beforeAll(async () => {
  // The notifications manifest may not be in @shequ/manifests yet, so its table is made here.
  await ensureTable(sharedDocumentClient(), tableOf('notifications'), manifest.table);
});

describe('recipients', () => {
  it('is the registry person when the token names one, else the signed-in user', () => {
    expect(recipientOf({ subject: 'u1', role: 'resident', areas: [], personId: 'p1' })).toBe('person:p1');
    expect(recipientOf({ subject: 'u1', role: 'community-worker', areas: ['350203006029'] })).toBe('user:u1');
  });
});

describe('my preferences', () => {
  it('shows the defaults at version 0, explaining each kind and that in-app is always on', async () => {
    const claims = residentClaims();
    const out = await call(get, 'GET', PATH, { claims });
    expect(out.status).toBe(200);
    expect(out.json).toMatchObject({
      recipient: `person:${claims.person}`,
      channels: {},
      quietHours: { from: '22:00', to: '08:00' },
      quietHoursText: '每天 22:00 至次日 08:00 免打扰',
      dailyLimit: 10,
      version: 0,
    });
    expect(out.json.inAppNote).toContain('站内信');
    expect(out.json.inAppNote).toContain('始终开启');
    expect(out.json.kinds.map((k: { kind: string }) => k.kind)).toEqual([...messageKinds]);
    expect(out.json.kinds.find((k: { kind: string }) => k.kind === 'payment')).toEqual({
      kind: 'payment',
      label: '补助发放',
      channels: ['in-app', 'sms'],
      chosen: false,
    });
  });

  it('keeps a signed-in user without a registry person under their own user id', async () => {
    const worker = claimsFor('community-worker', ['350203006029'], { sub: 'worker-prefs' });
    const out = await call(get, 'GET', PATH, { claims: worker });
    expect(out.json.recipient).toBe('user:worker-prefs');
  });

  it('saves channels (in-app always kept), quiet hours and the daily limit, and the pipeline reads them', async () => {
    const claims = residentClaims();
    const saved = await call(set, 'PUT', PATH, { claims, body: body() });
    expect(saved.status, JSON.stringify(saved.json)).toBe(200);
    expect(saved.json).toMatchObject({
      version: 1,
      channels: { payment: ['in-app', 'email'], notice: ['in-app'] },
      quietHours: { from: '12:00', to: '14:00' },
      quietHoursText: '每天 12:00 至 14:00 免打扰',
      dailyLimit: 5,
    });
    expect(saved.json.kinds.find((k: { kind: string }) => k.kind === 'notice')).toMatchObject({
      channels: ['in-app'],
      chosen: true,
    });

    const read = await call(get, 'GET', PATH, { claims });
    expect(read.json).toMatchObject({ version: 1, dailyLimit: 5, channels: { payment: ['in-app', 'email'] } });
    const stored = await preferencesOf(defaultNotificationsDeps(), `person:${claims.person}`);
    expect(channelsFor(stored, 'payment', { phone: true, email: true })).toEqual(['in-app', 'email']);
    expect(channelsFor(stored, 'application', { phone: true, email: false })).toEqual(['in-app', 'sms']);

    const again = await call(set, 'PUT', PATH, { claims, body: body({ dailyLimit: 20, version: 1 }) });
    expect(again.json).toMatchObject({ version: 2, dailyLimit: 20 });
  });

  it('is the same for every token of the same person: a resident who also volunteers', async () => {
    const claims = residentClaims();
    await call(set, 'PUT', PATH, { claims, body: body({ dailyLimit: 3 }) });
    const asVolunteer = claimsFor('volunteer', ['350203006029'], { sub: 'another-login', person: claims.person });
    const out = await call(get, 'GET', PATH, { claims: asVolunteer });
    expect(out.json).toMatchObject({ recipient: `person:${claims.person}`, dailyLimit: 3, version: 1 });
  });

  it('refuses a save from a stale version with 409 and keeps what was stored', async () => {
    const claims = residentClaims();
    expect((await call(set, 'PUT', PATH, { claims, body: body() })).status).toBe(200);
    const stale = await call(set, 'PUT', PATH, { claims, body: body({ dailyLimit: 1, version: 0 }) });
    expect(stale.status).toBe(409);
    expect(stale.json.detail).toContain('请重新读取');
    const read = await call(get, 'GET', PATH, { claims });
    expect(read.json).toMatchObject({ version: 1, dailyLimit: 5 });
  });

  it("leaves another person's preferences untouched", async () => {
    const mine = residentClaims();
    const theirs = residentClaims();
    await call(set, 'PUT', PATH, { claims: theirs, body: body({ dailyLimit: 7 }) });
    await call(set, 'PUT', PATH, { claims: mine, body: body({ dailyLimit: 2, channels: { broadcast: ['sms'] } }) });
    const read = await call(get, 'GET', PATH, { claims: theirs });
    expect(read.json).toMatchObject({ version: 1, dailyLimit: 7, channels: { payment: ['in-app', 'email'] } });
    expect(read.json.channels.broadcast).toBeUndefined();
  });

  it('takes equal from and to as no quiet hours, and quiet hours across midnight either way', async () => {
    const claims = residentClaims();
    const none = await call(set, 'PUT', PATH, { claims, body: body({ quietHours: { from: '07:30', to: '07:30' } }) });
    expect(none.status).toBe(200);
    expect(none.json.quietHoursText).toBe('不设免打扰时段');
    const overnight = await call(set, 'PUT', PATH, {
      claims,
      body: body({ quietHours: { from: '23:00', to: '06:30' }, version: 1 }),
    });
    expect(overnight.json.quietHoursText).toBe('每天 23:00 至次日 06:30 免打扰');
  });

  it('refuses malformed times, unknown kinds and channels, and a silly daily limit in Chinese, storing nothing', async () => {
    const claims = residentClaims();
    const badTime = await call(set, 'PUT', PATH, { claims, body: body({ quietHours: { from: '24:00', to: '8:00' } }) });
    expect(badTime.status).toBe(422);
    expect(badTime.json.errors).toEqual([
      { field: 'body.quietHours.from', message: '时间须为 HH:MM，如 22:00' },
      { field: 'body.quietHours.to', message: '时间须为 HH:MM，如 22:00' },
    ]);

    const badChannels = await call(set, 'PUT', PATH, {
      claims,
      body: body({ channels: { payment: ['wechat'], gossip: ['sms'] }, dailyLimit: 0 }),
    });
    expect(badChannels.status).toBe(422);
    const byField = Object.fromEntries(
      badChannels.json.errors.map((e: { field: string; message: string }) => [e.field, e.message]),
    );
    expect(byField['body.channels.payment.0']).toBe('渠道须为 in-app（站内信）、sms（短信）或 email（邮件）');
    expect(byField['body.dailyLimit']).toBe('每日上限至少 1 条');
    expect(byField['body.channels']).toContain('没有消息类型 gossip');

    const noVersion = await call(set, 'PUT', PATH, { claims, body: { ...body(), version: undefined } });
    expect(noVersion.status).toBe(422);
    expect(noVersion.json.errors[0]).toMatchObject({ field: 'body.version' });

    const read = await call(get, 'GET', PATH, { claims });
    expect(read.json.version).toBe(0);
  });

  it('needs a signed-in caller', async () => {
    const out = await call(get, 'GET', PATH);
    expect(out.status).toBe(401);
  });
});
