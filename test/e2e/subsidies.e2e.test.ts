import type { Platform } from '@shequ/local/platform';
import { withCheckCharacter } from '@shequ/registry/domain/citizen-id';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type ApiClient, apiClient, eventually, startTestPlatform } from '../support/platform.ts';

/**
 * The subsidies acceptance scenario for 350203006029, through the local gateway with the registry's
 * events feeding subsidies' facts: 16 households (19 persons) go through review and all three notice
 * rounds to 低保 paying 4,074 a month; an objection in round 2 holds the round until resolved; no round
 * closes early; the payment run twice in one month pays once; 9 recipients re-employed under 渐退 leave
 * after their trial and 2,585 a month less is paid; a donation drive totals its sources.
 *
 * The calendar is moved by faking `Date` only (timers stay real, so event delivery runs as ever); tokens
 * are signed afresh after each move because they expire like real ones.
 */
const community = '350203006029';
const grid = `${community}-03`;

// 低保 line 900 yuan/person·month. The 9 who find work: single-person households, 2,585 a month together.
const leavers = [580, 600, 610, 615, 620, 625, 630, 615, 620].map((income) => ({ size: 1, income }));
// The 7 who stay (4 single, 3 couples: 10 persons): 200 + 150 + 139 + 100 + 3 × 300 = 1,489 a month.
const stayers = [
  { size: 1, income: 700 },
  { size: 1, income: 750 },
  { size: 1, income: 761 },
  { size: 1, income: 800 },
  { size: 2, income: 750 },
  { size: 2, income: 750 },
  { size: 2, income: 750 },
];

let platform: Platform;
let api: ApiClient;
const tokens = { worker: '', subdistrict: '', admin: '' };

async function travelTo(day: string) {
  vi.setSystemTime(new Date(`${day}T10:00:00+08:00`));
  tokens.worker = await platform.issuer.sign({ sub: 'worker-029', role: 'community-worker', areas: [community] });
  tokens.subdistrict = await platform.issuer.sign({ sub: 'staff-006', role: 'subdistrict-staff', areas: ['350203006'] });
  tokens.admin = await platform.issuer.sign({ sub: 'admin', role: 'district-admin', areas: ['350203'] });
}

let sequence = 0;
async function register(name: string): Promise<string> {
  sequence++;
  const citizenId = withCheckCharacter(
    `350203195${sequence % 10}0${1 + (sequence % 9)}1${sequence % 9}${String(500 + sequence).padStart(3, '0')}`,
  );
  const created = await api.request('POST', '/registry/persons', {
    token: tokens.worker,
    body: { name, citizenId, residence: 'registered', area: grid },
  });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  return created.json.id;
}

interface Household {
  headId: string;
  headName: string;
  size: number;
  applicationId?: string;
  amountYuan?: number;
}

async function household(index: number, size: number, income: number): Promise<Household> {
  const headName = `低保户${index}`;
  const headId = await register(headName);
  const created = await api.request('POST', '/registry/households', {
    token: tokens.worker,
    body: { area: grid, headPersonId: headId, perCapitaIncome: income },
  });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  let version = created.json.version;
  for (let member = 1; member < size; member++) {
    const personId = await register(`${headName}配偶`);
    const added = await api.request('POST', `/registry/households/${created.json.id}/members`, {
      token: tokens.worker,
      body: { personId, relationship: 'spouse', version },
    });
    expect(added.status, JSON.stringify(added.json)).toBe(201);
    version = added.json.version;
  }
  return { headId, headName, size };
}

async function current(id: string) {
  return (await api.request('GET', `/subsidies/applications/${id}`, { token: tokens.worker })).json;
}

async function act(id: string, body: Record<string, unknown>, token = tokens.worker) {
  const { version } = await current(id);
  return api.request('POST', `/subsidies/applications/${id}/commands`, { token, body: { version, ...body } });
}

async function runPayments() {
  const ran = await api.request('POST', '/_local/jobs/subsidies.run-payments', { token: tokens.admin });
  expect(ran.status).toBe(200);
  return ran.json.result as { month: string; payments: number; paidYuan: number };
}

async function ledger(month: string) {
  const answer = await api.request('GET', `/subsidies/ledger?month=${month}&area=${community}&programme=dibao`, {
    token: tokens.worker,
  });
  expect(answer.status).toBe(200);
  return answer.json.totals[0] as { paidYuan: number; payments: number; exitYuan: number; exits: number };
}

const households: Household[] = [];

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  platform = await startTestPlatform({ services: ['registry', 'subsidies'] });
  api = apiClient(platform.url);
  await travelTo('2027-01-04');
}, 60_000);

afterAll(async () => {
  await platform?.stop();
  vi.useRealTimers();
});

describe('低保 for 16 households of 小学社区', () => {
  it('registers the households; subsidies learns their facts from the registry’s events', async () => {
    for (const [index, { size, income }] of [...leavers, ...stayers].entries())
      households.push(await household(index + 1, size, income));
    expect(households.reduce((sum, h) => sum + h.size, 0)).toBe(19);
    for (const h of households) {
      await eventually(async () => {
        const check = await api.request('GET', `/subsidies/persons/${h.headId}/eligibility?programme=dibao`, {
          token: tokens.worker,
        });
        return check.status === 200 && check.json.items[0].eligible ? true : undefined;
      });
    }
  }, 120_000);

  it('takes applications, once each even when a request is retried', async () => {
    for (const h of households) {
      const body = {
        programme: 'dibao',
        personId: h.headId,
        statement: '家庭人均收入低于本区低保标准',
        account: {
          bank: '厦门农商银行思明支行',
          holder: h.headName,
          number: `62300000000${String(households.indexOf(h)).padStart(8, '0')}`,
        },
      };
      const key = `apply-${h.headId}`;
      const first = await api.request('POST', '/subsidies/applications', {
        token: tokens.worker,
        body,
        headers: { 'idempotency-key': key },
      });
      expect(first.status, JSON.stringify(first.json)).toBe(201);
      const retried = await api.request('POST', '/subsidies/applications', {
        token: tokens.worker,
        body,
        headers: { 'idempotency-key': key },
      });
      expect(retried.json.id).toBe(first.json.id);
      h.applicationId = first.json.id;
    }
    const listed = await api.request('GET', `/subsidies/applications?area=${community}&state=submitted&limit=100`, {
      token: tokens.worker,
    });
    expect(listed.json.items).toHaveLength(16);
  }, 60_000);

  it('posts the first list only after the home visits, and closes no round before its 7 days', async () => {
    for (const h of households) {
      const id = h.applicationId as string;
      expect((await act(id, { type: 'start-review' })).status).toBe(200);
      expect(
        (await act(id, { type: 'record-home-visit', visit: { visitedOn: '2027-01-04', findings: '入户核实属实', passed: true } }))
          .status,
      ).toBe(200);
      expect((await act(id, { type: 'post-notice' })).json.state).toBe('notice-1');
    }
    const board = await api.request('GET', `/subsidies/notices?area=${community}`);
    expect(board.status).toBe(200);
    expect(board.json.rounds[0].entries).toHaveLength(16);
    expect(
      board.json.rounds[0].entries.every((e: { applicantIdMasked: string }) =>
        /^\d{6}\*{8}\d{3}[\dX]$/.test(e.applicantIdMasked),
      ),
    ).toBe(true);

    await travelTo('2027-01-10');
    const early = await act(households[0]?.applicationId as string, { type: 'close-notice' });
    expect(early.status).toBe(409);
    expect(early.json.code).toBe('notice-period-not-over');

    await travelTo('2027-01-11');
    for (const h of households)
      expect((await act(h.applicationId as string, { type: 'close-notice' })).json.state).toBe('notice-2');
  }, 60_000);

  it('holds round 2 while an objection is open, then closes rounds 2 and 3', async () => {
    const disputed = households[3]?.applicationId as string;
    await travelTo('2027-01-13');
    const raised = await act(disputed, { type: 'raise-objection', content: '有居民反映该户有出租房屋收入' });
    expect(raised.status).toBe(200);

    await travelTo('2027-01-18');
    const held = await act(disputed, { type: 'close-notice' });
    expect(held.status).toBe(409);
    expect(held.json.code).toBe('objection-unresolved');
    const objectionId = raised.json.objections[0].id;
    const resolved = await act(disputed, {
      type: 'resolve-objection',
      objectionId,
      outcome: 'dismissed',
      note: '经核查房屋为自住，无租金收入',
    });
    expect(resolved.status).toBe(200);
    for (const h of households)
      expect((await act(h.applicationId as string, { type: 'close-notice' })).json.state).toBe('notice-3');

    const print = await api.request('GET', `/subsidies/notices/print?area=${community}&round=3`);
    expect(print.status).toBe(200);
    expect(print.headers.get('content-type')).toContain('text/html');
    expect(print.json).toContain('第三榜公示');

    await travelTo('2027-01-25');
    for (const h of households) {
      expect((await act(h.applicationId as string, { type: 'close-notice' })).json.state).toBe('subdistrict-approval');
    }
  }, 60_000);

  it('is approved by the sub-district: 4,074 a month in all', async () => {
    await travelTo('2027-01-26');
    for (const h of households) {
      const approved = await act(h.applicationId as string, { type: 'approve', startsOn: '2027-02-01' }, tokens.subdistrict);
      expect(approved.status, JSON.stringify(approved.json)).toBe(200);
      h.amountYuan = approved.json.amountYuan;
    }
    expect(households.reduce((sum, h) => sum + (h.amountYuan ?? 0), 0)).toBe(4074);
    expect(households.slice(0, 9).reduce((sum, h) => sum + (h.amountYuan ?? 0), 0)).toBe(2585);
    const history = (await current(households[0]?.applicationId as string)).history.map(
      (step: { command: string }) => step.command,
    );
    expect(history).toEqual([
      'submit',
      'start-review',
      'record-home-visit',
      'post-notice',
      'close-notice',
      'close-notice',
      'close-notice',
      'approve',
    ]);
  }, 60_000);

  it('pays once when the payment run is executed twice in a month', async () => {
    await travelTo('2027-02-05');
    expect(await runPayments()).toMatchObject({ month: '2027-02', payments: 16, paidYuan: 4074 });
    expect(await runPayments()).toMatchObject({ month: '2027-02', payments: 0, paidYuan: 0 });
    expect(await ledger('2027-02')).toMatchObject({ paidYuan: 4074, payments: 16 });
  }, 60_000);

  it('9 re-employed under 渐退 are paid through the trial, then 2,585 a month less is paid', async () => {
    await travelTo('2027-02-10');
    for (const h of households.slice(0, 9)) {
      const reported = await act(h.applicationId as string, { type: 'report-work', reportedOn: '2027-02-08' });
      expect(reported.json.graduatedExit).toMatchObject({ trialFrom: '2027-03', trialTo: '2027-05', exitMonth: '2027-06' });
    }
    for (const month of ['2027-03', '2027-04', '2027-05']) {
      await travelTo(`${month}-05`);
      expect(await runPayments()).toMatchObject({ month, payments: 16, paidYuan: 4074 });
    }
    await travelTo('2027-06-05');
    expect(await runPayments()).toMatchObject({ month: '2027-06', payments: 7, paidYuan: 1489 });
    expect(await ledger('2027-06')).toMatchObject({ paidYuan: 1489, payments: 7, exitYuan: 2585, exits: 9 });
    expect((await current(households[0]?.applicationId as string)).state).toBe('ended');
  }, 60_000);
});

describe('a donation drive', () => {
  it('totals money by source and goods in kind', async () => {
    await travelTo('2027-06-10');
    const drive = await api.request('POST', '/subsidies/drives', {
      token: tokens.worker,
      body: {
        area: community,
        name: '2027 年“慈善一日捐”',
        purpose: '困难家庭帮扶',
        startsOn: '2027-06-01',
        endsOn: '2027-06-30',
      },
    });
    expect(drive.status, JSON.stringify(drive.json)).toBe(201);
    const donations = [
      { kind: 'money', source: 'residents', amount: 18_248 },
      { kind: 'money', source: 'units', amount: 3_575 },
      { kind: 'money', source: 'party-dues', amount: 5_940 },
      { kind: 'goods', item: '棉衣', quantity: 363, unit: '件' },
    ];
    for (const body of donations) {
      const recorded = await api.request('POST', `/subsidies/drives/${drive.json.id}/donations`, { token: tokens.worker, body });
      expect(recorded.status, JSON.stringify(recorded.json)).toBe(201);
    }
    const totals = (await api.request('GET', `/subsidies/drives/${drive.json.id}`, { token: tokens.worker })).json;
    // The seed document prints 27,753 as the total, but its own parts add up to 27,763.
    expect(totals.totals.moneyFen).toBe(2_776_300);
    expect(JSON.stringify(totals.totals.goods)).toContain('363');
  });
});
