import type { Platform } from '@shequ/local/platform';
import { withCheckCharacter } from '@shequ/registry/domain/citizen-id';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, apiClient, eventually, startTestPlatform } from '../support/platform.ts';

/**
 * A district trains its workers on the local platform's training clock: started at 2026-11-30 23:50, a case
 * accepted that night is due on 3 December; moving the clock to 5 December 09:00 runs each day's escalation
 * job at its own 08:30, and the one on the 4th sends the case up to the sub-district. Records, the job and the
 * escalation all carry training time, while tokens keep the system time's expiry.
 */
const community = '350203006029';
const grid = `${community}-03`;
const start = '2026-11-30T23:50+08:00';

let platform: Platform;
let api: ApiClient;
const tokens = { worker: '', admin: '' };
const minutesApart = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 60_000;

beforeAll(async () => {
  platform = await startTestPlatform({ services: ['registry', 'cases'], clock: start, scheduler: true });
  api = apiClient(platform.url);
  tokens.worker = await platform.issuer.sign({ sub: 'worker-029', role: 'community-worker', areas: [community] });
  tokens.admin = await platform.issuer.sign({ sub: 'admin', role: 'district-admin', areas: ['350203'] });
}, 60_000);

afterAll(async () => {
  await platform?.stop();
});

describe('the training clock', () => {
  let personId = '';
  let caseId = '';

  it('shows the training time, and handlers stamp records with it', async () => {
    const shown = await api.request('GET', '/_local/clock', { token: tokens.admin });
    expect(shown.status).toBe(200);
    expect(shown.json).toMatchObject({ training: true, startedFrom: '2026-11-30T23:50:00+08:00' });
    expect(minutesApart(shown.json.now, start)).toBeLessThan(5);

    const created = await api.request('POST', '/registry/persons', {
      token: tokens.worker,
      body: { name: '林秀英', citizenId: withCheckCharacter('35020319490101002'), residence: 'registered', area: grid },
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    personId = created.json.id;
    const person = await api.request('GET', `/registry/persons/${personId}`, { token: tokens.worker });
    expect(minutesApart(person.json.createdAt, start)).toBeLessThan(5);
  });

  it('runs each skipped day’s escalation at its own time when moved forward, and escalates on the day after the deadline', async () => {
    const filed = await eventually(async () => {
      const answer = await api.request('POST', '/cases', {
        token: tokens.worker,
        body: { channel: 'reception-day', category: 'security', topic: '单元门禁损坏', description: '门禁坏了一个月', personId },
      });
      // Cases learns of the resident by event.
      return answer.status === 404 ? undefined : answer;
    });
    expect(filed.status, JSON.stringify(filed.json)).toBe(201);
    caseId = filed.json.id;
    expect(filed.json.filedOn).toBe('2026-11-30');
    const { version } = (await api.request('GET', `/cases/items/${caseId}`, { token: tokens.worker })).json;
    const accepted = await api.request('POST', `/cases/items/${caseId}/commands`, {
      token: tokens.worker,
      body: { version, type: 'accept', assignee: { kind: 'department', name: '物业服务中心' } },
    });
    expect(accepted.status, JSON.stringify(accepted.json)).toBe(200);
    expect(accepted.json).toMatchObject({ acceptedOn: '2026-11-30', dueOn: '2026-12-03' });

    const moved = await api.request('POST', '/_local/clock', { token: tokens.admin, body: { to: '2026-12-05T09:00+08:00' } });
    expect(moved.status, JSON.stringify(moved.json)).toBe(200);
    expect(moved.json).toMatchObject({ to: '2026-12-05T09:00:00+08:00', now: '2026-12-05T09:00:00+08:00' });
    const escalations = (moved.json.runs as { job: string; at: string; ok: boolean; result: { escalated: string[] } }[]).filter(
      (run) => run.job === 'cases.escalate-overdue',
    );
    expect(escalations.map((run) => run.at)).toEqual(
      ['01', '02', '03', '04', '05'].map((day) => `2026-12-${day}T08:30:00+08:00`),
    );
    expect(escalations.every((run) => run.ok)).toBe(true);
    expect(escalations.map((run) => run.result.escalated.includes(caseId))).toEqual([false, false, false, true, false]);
    // Daily jobs of both services ran once per day skipped, in time order.
    const times = (moved.json.runs as { at: string }[]).map((run) => Date.parse(run.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect((moved.json.runs as { job: string }[]).filter((run) => run.job === 'registry.count-population')).toHaveLength(5);

    // The token signed before the move still works: the dev issuer's expiry runs on the system time.
    const escalated = await api.request('GET', `/cases/items/${caseId}`, { token: tokens.worker });
    expect(escalated.json).toMatchObject({ level: 'subdistrict', levelLabel: '街道', overdue: false });
    expect(escalated.json.escalations).toEqual([
      expect.objectContaining({ level: 'subdistrict', on: '2026-12-04', overdueSince: '2026-12-04' }),
    ]);
    const escalatedAt = (escalated.json.history as { action: string; at: string }[]).find(
      (entry) => entry.action === 'escalate',
    )?.at;
    expect(escalatedAt && new Date(escalatedAt).toISOString()).toBe('2026-12-04T00:30:00.000Z');
  }, 120_000);

  it('stamps what happens after the move with the new time, and never moves back', async () => {
    const created = await api.request('POST', '/registry/persons', {
      token: tokens.worker,
      body: { name: '陈志强', citizenId: withCheckCharacter('35020319560505003'), residence: 'registered', area: grid },
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const person = await api.request('GET', `/registry/persons/${created.json.id}`, { token: tokens.worker });
    expect(minutesApart(person.json.createdAt, '2026-12-05T09:00+08:00')).toBeLessThan(5);

    const back = await api.request('POST', '/_local/clock', { token: tokens.admin, body: { to: '2026-12-01T09:00+08:00' } });
    expect(back.status).toBe(409);
    expect(back.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(back.json).toMatchObject({ code: 'clock-backwards', title: '时钟只能向前拨' });
    expect(back.json.detail).toContain('只能向前拨');

    const tooFar = await api.request('POST', '/_local/clock', { token: tokens.admin, body: { advance: 'P2M' } });
    expect(tooFar.status).toBe(400);
    expect(tooFar.json.code).toBe('advance-too-far');

    const byWorker = await api.request('POST', '/_local/clock', { token: tokens.worker, body: { advance: 'P1D' } });
    expect(byWorker.status).toBe(403);

    // A job run by hand runs at the platform's clock: the case escalated on the 4th is not overdue again.
    const ran = await api.request('POST', '/_local/jobs/cases.escalate-overdue', { token: tokens.admin });
    expect(ran.json.result.escalated).toEqual([]);
    const shown = await api.request('GET', '/_local/clock', { token: tokens.admin });
    expect(minutesApart(shown.json.now, '2026-12-05T09:00+08:00')).toBeLessThan(5);
  });
});
