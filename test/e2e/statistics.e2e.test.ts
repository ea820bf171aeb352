import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { sharedDocumentClient } from '@shequ/ddb';
import { tableOf } from '@shequ/kit';
import type { Platform } from '@shequ/local/platform';
import { withCheckCharacter } from '@shequ/registry/domain/citizen-id';
import { readWorkbook } from '@shequ/sheets';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { communityRegister, disabled, importRegister, spreadsheet } from '../support/community-register.ts';
import { type ApiClient, apiClient, applicationStep, eventually, runJob, startTestPlatform } from '../support/platform.ts';

/**
 * The statistics acceptance scenario for 350203006029 through the local gateway with every service's events
 * flowing: the community's register (the seed's 63 disabled residents) and three 低保 households paid in
 * February 2027; the monthly job compiles the reports, whose figures are exactly what was put in; a counter
 * corrupted on purpose is corrected by the registry's count and the drift reported; the XLSX export reads
 * back with its 合计 row right.
 */
const community = '350203006029';
const grid = `${community}-03`;

let platform: Platform;
let api: ApiClient;
const tokens = { worker: '', subdistrict: '', admin: '' };

async function travelTo(day: string, time = '10:00') {
  vi.setSystemTime(new Date(`${day}T${time}:00+08:00`));
  tokens.worker = await platform.issuer.sign({ sub: 'worker-029', role: 'community-worker', areas: [community] });
  tokens.subdistrict = await platform.issuer.sign({ sub: 'staff-006', role: 'subdistrict-staff', areas: ['350203006'] });
  tokens.admin = await platform.issuer.sign({ sub: 'admin', role: 'district-admin', areas: ['350203'] });
}

let sequence = 0;
async function register(name: string): Promise<string> {
  sequence++;
  const citizenId = withCheckCharacter(`350203196${sequence}0${sequence}1${sequence}${String(800 + sequence).padStart(3, '0')}`);
  const created = await api.request('POST', '/registry/persons', {
    token: tokens.worker,
    body: { name, citizenId, residence: 'registered', area: grid },
  });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  return created.json.id;
}

const act = (id: string, body: Record<string, unknown>, token = tokens.worker) =>
  applicationStep(api, id, body, { by: token, reader: tokens.worker });

const job = (name: string) => runJob(api, name, tokens.admin);

const report = async (kind: string, period: string) => {
  const read = await api.request('GET', `/statistics/reports/${kind}/${period}?area=${community}`, { token: tokens.worker });
  expect(read.status, JSON.stringify(read.json)).toBe(200);
  return read.json;
};

const population = async () =>
  (await api.request('GET', `/statistics/population?area=${community}`, { token: tokens.worker })).json;

let paidYuan = 0;

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  platform = await startTestPlatform({ services: ['registry', 'subsidies', 'statistics'] });
  api = apiClient(platform.url);
  await travelTo('2027-01-04');
}, 60_000);

afterAll(async () => {
  await platform?.stop();
  vi.useRealTimers();
});

describe('statistics of 小学社区', () => {
  it('counts the imported register and three 低保 households paid in February', async () => {
    const { job: imported } = await importRegister(
      platform.url,
      tokens.worker,
      community,
      await spreadsheet(communityRegister(37)),
      '小学社区人员台帐.xlsx',
      eventually,
    );
    expect(imported).toMatchObject({ status: 'done', created: 100 });
    const heads = [await register('低保户甲'), await register('低保户乙'), await register('低保户丙')];
    await eventually(async () => ((await population()).total === 103 ? true : undefined), 60_000);

    const applications: string[] = [];
    for (const [index, headId] of heads.entries()) {
      const household = await api.request('POST', '/registry/households', {
        token: tokens.worker,
        body: { area: grid, headPersonId: headId, perCapitaIncome: 200 + index * 100 },
      });
      expect(household.status, JSON.stringify(household.json)).toBe(201);
      const applied = await eventually(async () => {
        const answer = await api.request('POST', '/subsidies/applications', {
          token: tokens.worker,
          body: {
            programme: 'dibao',
            personId: headId,
            statement: '家庭人均收入低于本区低保标准',
            account: { bank: '厦门农商银行思明支行', holder: `低保户${'甲乙丙'[index]}`, number: `6230000000000${index}1234` },
          },
        });
        return answer.status === 201 ? answer : undefined;
      }, 30_000);
      applications.push(applied.json.id);
    }
    for (const id of applications) {
      await act(id, { type: 'start-review' });
      await act(id, { type: 'record-home-visit', visit: { visitedOn: '2027-01-04', findings: '入户核实属实', passed: true } });
      await act(id, { type: 'post-notice' });
    }
    for (const day of ['2027-01-11', '2027-01-18', '2027-01-25']) {
      await travelTo(day);
      for (const id of applications) await act(id, { type: 'close-notice' });
    }
    for (const id of applications) expect((await act(id, { type: 'approve' }, tokens.subdistrict)).state).toBe('active');

    await travelTo('2027-02-05', '09:00');
    const run = (await job('subsidies.run-payments')) as { month: string; payments: number; paidYuan: number };
    expect(run.payments).toBeGreaterThanOrEqual(3);
    paidYuan = run.paidYuan;
  }, 180_000);

  it('compiles the February reports on 1 March with exactly the figures put in', async () => {
    await travelTo('2027-03-01', '01:00');
    // Give the payment events time to be counted before the job reads the counters.
    await eventually(async () => {
      const compiled = await api.request('POST', `/statistics/reports/civil-affairs-monthly/2027-02/compile?area=${community}`, {
        token: tokens.subdistrict,
      });
      return compiled.status === 200 && compiled.json.totals.dibaoPaidYuan === paidYuan ? true : undefined;
    }, 30_000);
    await job('statistics.compile-monthly-reports');

    const people = await report('population', '2027-02');
    expect(people.totals).toMatchObject({ total: 103, registered: 95, migrant: 8 });
    expect(people.rows.reduce((sum: number, row: { values: { total: number } }) => sum + row.values.total, 0)).toBe(103);

    const disabledReport = await report('disabled', '2027-02');
    expect(disabledReport.totals).toMatchObject({ total: 63, ...disabled });

    const monthly = await report('civil-affairs-monthly', '2027-02');
    expect(monthly).toMatchObject({ title: '民政月报表', period: '2027-02' });
    expect(monthly.totals).toMatchObject({ dibaoHouseholds: 3, dibaoPaidYuan: paidYuan, dibaoNew: 0 });
    const january = await api.request('POST', `/statistics/reports/civil-affairs-monthly/2027-01/compile?area=${community}`, {
      token: tokens.subdistrict,
    });
    expect(january.json.totals).toMatchObject({ dibaoNew: 3 });
  }, 60_000);

  it('exports the monthly report as an XLSX whose 合计 row is the sum of its rows', async () => {
    const response = await fetch(
      `${platform.url}/statistics/reports/civil-affairs-monthly/2027-02/export?area=${community}&format=xlsx`,
      { headers: { authorization: `Bearer ${tokens.worker}` } },
    );
    expect(response.status).toBe(200);
    const lines = await readWorkbook(Buffer.from(await response.arrayBuffer()));
    expect(String(lines[0]?.[0])).toContain('民政月报表');
    const paidHeader = (cell: unknown) => String(cell).startsWith('当月发放低保金');
    const header = lines.findIndex((line) => line.some(paidHeader));
    const column = lines[header]?.findIndex(paidHeader) as number;
    const totalsAt = lines.findIndex((line) => line[0] === '合计');
    const rows = lines.slice(header + 1, totalsAt);
    expect(rows.length).toBeGreaterThan(0);
    const sum = rows.reduce((total, line) => total + Number(line[column] ?? 0), 0);
    expect(Number(lines[totalsAt]?.[column])).toBeCloseTo(paidYuan, 2);
    expect(sum).toBeCloseTo(paidYuan, 2);
  });

  it('corrects a counter corrupted on purpose when the registry counts its people, and reports the drift', async () => {
    await sharedDocumentClient().send(
      new UpdateCommand({
        TableName: tableOf('statistics'),
        Key: { pk: `COUNTER#${community}`, sk: 'POPULATION' },
        UpdateExpression: 'ADD #total :seven',
        ExpressionAttributeNames: { '#total': 'total' },
        ExpressionAttributeValues: { ':seven': 7 },
      }),
    );
    expect((await population()).total).toBe(110);
    await travelTo('2027-03-02', '03:00');
    await job('registry.count-population');
    const drift = await eventually(async () => {
      const read = await api.request('GET', `/statistics/reconciliations?area=${community}`, { token: tokens.worker });
      return read.json.items?.find((item: { area: string }) => item.area === community);
    }, 30_000);
    expect(drift).toMatchObject({ outcome: 'corrected', fields: [{ field: 'total', expected: 103, found: 110 }] });
    expect((await population()).total).toBe(103);
  }, 60_000);
});
