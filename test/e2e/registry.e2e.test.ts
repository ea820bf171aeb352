import type { Platform } from '@shequ/local/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  communityRegister,
  disabled,
  disabledRow,
  importRegister,
  type Row,
  row,
  spreadsheet,
} from '../support/community-register.ts';
import { type ApiClient, apiClient, eventually, startTestPlatform } from '../support/platform.ts';

/**
 * The registry's acceptance scenario for 350203006029 小学社区, through the local gateway: the seed
 * figures (63 disabled residents: 29 limb, 11 intellectual, 4 visual, 8 hearing, 11 mental) arrive in a
 * spreadsheet, are counted through the API, survive a re-import unchanged, bad rows are reported one by
 * one, and people move, die and stay out of reach of grid workers of other grids.
 */
const community = '350203006029';
const others = 37;
let platform: Platform;
let api: ApiClient;
let worker: string;
let subdistrictStaff: string;

async function importFile(file: Buffer, fileName: string) {
  return importRegister(platform.url, worker, community, file, fileName, eventually);
}

async function disabledCounts() {
  const counts = await api.request('GET', `/registry/groups/disabled/counts?area=${community}`, { token: worker });
  expect(counts.status).toBe(200);
  return counts.json;
}

async function listAll(path: string, token = worker): Promise<any[]> {
  const items: any[] = [];
  let cursor: string | undefined;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const page = await api.request('GET', `${path}${separator}limit=100${cursor ? `&cursor=${cursor}` : ''}`, { token });
    expect(page.status).toBe(200);
    items.push(...page.json.items);
    cursor = page.json.cursor;
  } while (cursor);
  return items;
}

const goodRows: Row[] = [];
let migrantRow: Row;
/** Built once: "the same file" means the same bytes (a workbook written twice differs in its timestamps). */
let communityFile: Buffer;

beforeAll(async () => {
  platform = await startTestPlatform({ services: ['registry'] });
  api = apiClient(platform.url);
  worker = await platform.issuer.sign({ sub: 'worker-xiaoxue', role: 'community-worker', areas: [community] });
  subdistrictStaff = await platform.issuer.sign({ sub: 'staff-lujiang', role: 'subdistrict-staff', areas: ['350203006'] });
  goodRows.push(...communityRegister(others));
  migrantRow = goodRows.find((candidate) => candidate.户籍类型 === '流动') as Row;
  communityFile = await spreadsheet(goodRows);
});
afterAll(() => platform?.stop());

describe('registry acceptance: 350203006029 小学社区', () => {
  it('imports the community spreadsheet and counts the 63 disabled residents by category', async () => {
    const { job } = await importFile(communityFile, '小学社区人员台帐.xlsx');
    expect(job).toMatchObject({ status: 'done', rowsTotal: 100, created: 100, failedRows: 0 });

    const counts = await disabledCounts();
    expect(counts.total).toBe(63);
    expect(counts.byCategory).toEqual({ ...disabled, speech: 0, multiple: 0 });

    const limb = await listAll(`/registry/groups/disabled/members?area=${community}&category=limb`);
    expect(limb).toHaveLength(29);
    const everyone = await listAll(`/registry/persons?area=${community}`);
    expect(everyone).toHaveLength(100);
  }, 90_000); // a 100-row import through the gateway, its events and their counting: seconds alone, more in a loaded suite

  it('re-imports the same file and changes nothing', async () => {
    const someone = (await listAll(`/registry/persons?area=${community}`))[0];
    const { status, job } = await importFile(communityFile, '小学社区人员台帐.xlsx');
    expect(status).toBe(200);
    expect(job).toMatchObject({ status: 'done', created: 100 });
    expect((await disabledCounts()).byCategory).toEqual({ ...disabled, speech: 0, multiple: 0 });
    const again = await api.request('GET', `/registry/persons/${someone.id}`, { token: worker });
    expect(again.json.version).toBe(someone.version);
  });

  it('reports one precise Chinese error per bad row while the good rows land', async () => {
    const good = [row(), row(), row()];
    const wrongDigit = row();
    wrongDigit.公民身份号码 = `${wrongDigit.公民身份号码?.slice(0, 17)}${wrongDigit.公民身份号码?.endsWith('1') ? '2' : '1'}`;
    const bad = [
      wrongDigit,
      row({ 姓名: '' }),
      { ...disabledRow('limb', 2), 残疾等级: '5' },
      { ...disabledRow('limb', 2), 残疾类别: '其他' },
      row({ 户籍类型: '流动' }),
    ];
    const { job } = await importFile(
      await spreadsheet([good[0] as Row, ...bad, good[1] as Row, good[2] as Row]),
      '补充台帐.xlsx',
    );
    expect(job).toMatchObject({ status: 'done', rowsTotal: 8, created: 3, failedRows: 5 });

    const errors = await listAll(`/registry/imports/${job.id}/errors`);
    expect(errors.map((error) => error.row)).toEqual([3, 4, 5, 6, 7]);
    for (const error of errors) expect(error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(errors[0].message).toContain('校验位');
    expect((await disabledCounts()).total).toBe(63);
  });

  it('moves a migrant to another community of the sub-district', async () => {
    const [migrant] = (
      await api.request('POST', '/registry/persons/search', { token: worker, body: { citizenId: migrantRow.公民身份号码 } })
    ).json.items;
    expect(migrant.residence).toBe('migrant');
    const moved = await api.request('POST', `/registry/persons/${migrant.id}/move`, {
      token: subdistrictStaff,
      body: { area: '350203006002-01', date: '2026-11-01', reason: '租住地变更', version: migrant.version },
    });
    expect(moved.json, JSON.stringify(moved.json)).toMatchObject({ status: 'active' });
    expect(moved.json.area).toBe('350203006002-01');
    const there = await listAll('/registry/persons?area=350203006002', subdistrictStaff);
    expect(there.map((person) => person.id)).toContain(migrant.id);
    const here = await listAll(`/registry/persons?area=${community}`);
    expect(here.map((person) => person.id)).not.toContain(migrant.id);
    // The old community's worker no longer reaches them.
    expect((await api.request('GET', `/registry/persons/${migrant.id}`, { token: worker })).status).toBe(403);
  });

  it('records a death in the death and burial ledger', async () => {
    const [member] = await listAll(`/registry/groups/disabled/members?area=${community}&category=limb`);
    const person = (await api.request('GET', `/registry/persons/${member.personId}`, { token: worker })).json;
    const died = await api.request('POST', `/registry/persons/${person.id}/deceased`, {
      token: worker,
      body: { dateOfDeath: '2026-11-20', burial: { method: 'cremation' }, reason: '家属报告', version: person.version },
    });
    expect(died.json, JSON.stringify(died.json)).toMatchObject({ status: 'deceased' });
    const ledger = await listAll(`/registry/death-ledger?area=${community}`);
    expect(ledger.map((entry) => entry.personId)).toContain(person.id);
    const listed = await listAll(`/registry/persons?area=${community}`);
    expect(listed.map((candidate) => candidate.id)).not.toContain(person.id);
    // Gone from the group lists too, in the same transaction: 62 disabled residents, 28 of them limb.
    const counts = await disabledCounts();
    expect(counts.total).toBe(62);
    expect(counts.byCategory.limb).toBe(28);
  });

  it('keeps a grid worker inside the grid', async () => {
    const gridWorker = await platform.issuer.sign({ sub: 'grid-3', role: 'grid-worker', areas: [`${community}-03`] });
    const everyone = await listAll(`/registry/persons?area=${community}`);
    const inside = everyone.find((person) => person.area === `${community}-03`);
    const outside = everyone.find((person) => person.area === `${community}-05`);
    expect((await api.request('GET', `/registry/persons/${inside.id}`, { token: gridWorker })).status).toBe(200);
    expect((await api.request('GET', `/registry/persons/${outside.id}`, { token: gridWorker })).status).toBe(403);
    expect((await api.request('GET', `/registry/persons?area=${community}`, { token: gridWorker })).status).toBe(403);
    const grid = await listAll(`/registry/persons?area=${community}-03`, gridWorker);
    expect(grid.length).toBeGreaterThan(0);
    expect(grid.every((person) => person.area === `${community}-03`)).toBe(true);
  });

  it('documents every registry route in Chinese in /openapi.json', async () => {
    const openapi = (await api.request('GET', '/openapi.json')).json;
    const operations = Object.entries(openapi.paths as Record<string, Record<string, { summary: string; description?: string }>>)
      .filter(([path]) => path.startsWith('/registry/'))
      .flatMap(([, item]) => Object.values(item));
    expect(operations.length).toBeGreaterThan(50);
    for (const operation of operations) expect(`${operation.summary}${operation.description ?? ''}`).toMatch(/[\u4e00-\u9fa5]/);
  });
});
