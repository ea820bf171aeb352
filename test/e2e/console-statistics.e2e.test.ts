import { readFileSync } from 'node:fs';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { sharedDocumentClient } from '@shequ/ddb';
import { tableOf } from '@shequ/kit';
import { withCheckCharacter } from '@shequ/registry/domain/citizen-id';
import { readWorkbook } from '@shequ/sheets';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buttonName, openFromMenu } from '../support/browser.ts';
import { communityRegister, importRegister, spreadsheet } from '../support/community-register.ts';
import { consoleStory } from '../support/console-story.ts';
import { applicationStep, eventually, runJob } from '../support/platform.ts';

/**
 * 统计 in a real browser, as 思明区's civil-affairs office would use it. February 2026 is rehearsed on the
 * training clock: 小学社区's register imported (the seed's 63 disabled residents among 100), three residents
 * of 大同社区 registered, a 低保 household approved through its three notice rounds and paid; on 1 March the
 * monthly job compiles the reports. Then 数据总览 is drilled from 思明区 to a grid, the February 民政月报表
 * is exported as XLSX and read back, January is compiled now and compared with February, and a counter
 * corrupted on purpose shows up in 核对记录.
 */
const district = '350203';
const subdistrict = '350203006';
const community = '350203006029';
const neighbour = '350203006004';
const grid = `${community}-03`;
const accounts = [
  {
    sub: 'district',
    label: '思明区民政局',
    name: '王建国',
    role: 'district-admin' as const,
    areas: [district],
    description: '区民政',
  },
  {
    sub: 'street',
    label: '鹭江街道 · 民政',
    name: '黄美玲',
    role: 'subdistrict-staff' as const,
    areas: [subdistrict],
    description: '街道民政',
  },
];

const tokens = { worker: '', street: '', admin: '' };
let paidYuan = 0;

const story = consoleStory('statistics', {
  services: ['registry', 'subsidies', 'statistics'],
  signInAccounts: accounts,
  clock: '2026-02-02T09:00+08:00',
});

beforeAll(async () => {
  tokens.worker = await story.platform.issuer.sign({ sub: 'worker-029', role: 'community-worker', areas: [community] });
  tokens.street = await story.platform.issuer.sign({ sub: 'street-setup', role: 'subdistrict-staff', areas: [subdistrict] });
  tokens.admin = await story.platform.issuer.sign({ sub: 'admin-setup', role: 'district-admin', areas: [district] });
}, 120_000);

let sequence = 0;
async function register(name: string, area: string, overrides: Record<string, unknown> = {}): Promise<string> {
  sequence++;
  const citizenId = withCheckCharacter(
    `35020319${70 + sequence}0${sequence}1${sequence}${String(700 + sequence).padStart(3, '0')}`,
  );
  const created = await story.api.request('POST', '/registry/persons', {
    token: tokens.admin,
    body: { name, citizenId, residence: 'registered', area, ...overrides },
  });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  return created.json.id;
}

const act = (id: string, body: Record<string, unknown>, token = tokens.worker) =>
  applicationStep(story.api, id, body, { by: token, reader: tokens.worker });

const job = (name: string) => runJob(story.api, name, tokens.admin);

const districtTotal = async () =>
  (await story.api.request('GET', `/statistics/population?area=${district}`, { token: tokens.admin })).json.total as number;

/** What the screen shows, given time: the machine is shared, and a chart's code loads on first use. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 20_000 });

/** A row of the table on screen whose first cell reads `name`. */
const tableRow = (page: Page, testId: string, name: string) =>
  page.getByTestId(testId).locator('tr.ant-table-row', { has: page.locator('td', { hasText: name }).first() });

/** A worker's first screen after signing in. */
async function signedIn(account: string): Promise<Page> {
  const page = await story.signIn(account);
  await page.getByText('工作台', { exact: true }).first().waitFor();
  return page;
}

describe('统计 in the console, as 思明区民政局', () => {
  it('rehearses February: the register, a 低保 household paid, and the monthly job on 1 March', async () => {
    // The district's areas from the division data, and the grids the two communities have set up.
    await job('registry.seed-areas');
    const focuses = ['hardship-help', 'units', 'high-rise', 'estate-governance', 'other', 'other'];
    for (const [area, count] of [
      [community, 6],
      [neighbour, 2],
    ] as const) {
      for (let number = 1; number <= count; number++) {
        const defined = await story.api.request('POST', `/registry/communities/${area}/grids`, {
          token: tokens.admin,
          headers: { 'idempotency-key': `grid-${area}-${number}` },
          body: {
            number,
            focus: focuses[number - 1],
            ...(area === community && number === 3 ? { name: '第三网格（高层楼宇）' } : {}),
          },
        });
        expect(defined.status, JSON.stringify(defined.json)).toBe(201);
      }
    }
    const { job: imported } = await importRegister(
      story.platform.url,
      tokens.worker,
      community,
      await spreadsheet(communityRegister(37)),
      '小学社区人员台帐.xlsx',
      eventually,
    );
    expect(imported).toMatchObject({ status: 'done', created: 100 });
    await register('陈阿婆', `${neighbour}-01`);
    await register('郑海生', `${neighbour}-01`);
    await register('许小燕', `${neighbour}-02`, {
      residence: 'migrant',
      migrant: { origin: '福建省泉州市', arrivalDate: '2025-09-01' },
    });
    const head = await register('低保户林', grid);
    await eventually(async () => ((await districtTotal()) === 104 ? true : undefined), 60_000);

    const household = await story.api.request('POST', '/registry/households', {
      token: tokens.worker,
      body: { area: grid, headPersonId: head, perCapitaIncome: 300 },
    });
    expect(household.status, JSON.stringify(household.json)).toBe(201);
    const applied = await eventually(async () => {
      const answer = await story.api.request('POST', '/subsidies/applications', {
        token: tokens.worker,
        body: {
          programme: 'dibao',
          personId: head,
          statement: '家庭人均收入低于本区低保标准',
          account: { bank: '厦门农商银行思明支行', holder: '低保户林', number: '62300000000001234' },
        },
      });
      return answer.status === 201 ? answer : undefined;
    }, 30_000);
    const id = applied.json.id as string;
    await act(id, { type: 'start-review' });
    await act(id, { type: 'record-home-visit', visit: { visitedOn: '2026-02-02', findings: '入户核实属实', passed: true } });
    await act(id, { type: 'post-notice' });
    for (let round = 0; round < 3; round++) {
      const moved = await story.api.request('POST', '/_local/clock', { token: tokens.admin, body: { advance: 'P7D' } });
      expect(moved.status, JSON.stringify(moved.json)).toBe(200);
      await act(id, { type: 'close-notice' });
    }
    expect((await act(id, { type: 'approve' }, tokens.street)).state).toBe('active');
    const run = (await job('subsidies.run-payments')) as { month: string; paidYuan: number };
    expect(run.month).toBe('2026-02');
    paidYuan = run.paidYuan;
    expect(paidYuan).toBeGreaterThan(0);
    // The benefit and its payment are counted by event before the month closes.
    await eventually(async () => {
      const read = await story.api.request('GET', `/statistics/benefits?area=${community}`, { token: tokens.admin });
      return read.json.households === 1 ? true : undefined;
    }, 30_000);

    const moved = await story.api.request('POST', '/_local/clock', {
      token: tokens.admin,
      body: { to: '2026-03-01T01:30+08:00' },
    });
    expect(moved.status, JSON.stringify(moved.json)).toBe(200);
    await job('statistics.compile-monthly-reports');
    const february = await story.api.request('GET', `/statistics/reports/civil-affairs-monthly/2026-02?area=${community}`, {
      token: tokens.admin,
    });
    expect(february.json.totals).toMatchObject({ dibaoHouseholds: 1, dibaoPaidYuan: paidYuan });
  }, 240_000);

  it('drills 数据总览 down from 思明区 to a grid, by names, with the level in the URL', async () => {
    const page = await signedIn('district');
    await openFromMenu(page, '统计', '数据总览');
    const breadcrumb = page.getByTestId('area-breadcrumb');
    await poll(() => breadcrumb.textContent()).toBe('思明区');
    await tableRow(page, 'child-areas', '鹭江街道').waitFor();
    await poll(() => tableRow(page, 'child-areas', '鹭江街道').locator('td').nth(1).textContent()).toBe('104');

    await tableRow(page, 'child-areas', '鹭江街道').getByText('鹭江街道').click();
    await page.waitForURL(/area=350203006(&|$)/);
    await poll(() => breadcrumb.textContent()).toBe('思明区/鹭江街道');
    await tableRow(page, 'child-areas', '小学社区').waitFor();
    await poll(() => tableRow(page, 'child-areas', '大同社区').locator('td').nth(1).textContent()).toBe('3');

    await tableRow(page, 'child-areas', '小学社区').getByText('小学社区').first().click();
    await page.waitForURL(/area=350203006029(&|$)/);
    await poll(() => breadcrumb.textContent()).toMatch(/^思明区\/鹭江街道\/小学社区/);
    // The seed's 63 disabled residents, by category.
    await poll(() => page.getByTestId('disabled-total').textContent()).toBe('合计 63 人');
    const totals = Object.fromEntries(
      await Promise.all(
        (await page.getByTestId('disabled-table').locator('tr.ant-table-row').all()).map(async (line) => [
          await line.locator('td').first().textContent(),
          await line.locator('td').last().textContent(),
        ]),
      ),
    );
    expect(totals).toMatchObject({ 肢体残疾: '29', 智力残疾: '11', 视力残疾: '4', 听力残疾: '8', 精神残疾: '11' });
    await poll(() => page.getByTestId('benefits-total').textContent()).toMatch(/^合计 1 户/);
    await page.getByTestId('age-chart').locator('canvas').waitFor();
    await story.readmeShot(page, 'statistics-overview');

    await tableRow(page, 'child-areas', '第三网格').getByText('第三网格（高层楼宇）').click();
    await page.waitForURL(/area=350203006029-03/);
    await poll(() => breadcrumb.textContent()).toMatch(/小学社区[^/]*\/第三网格（高层楼宇）$/);
    await page.getByText('网格是最下一级').waitFor();
    expect(
      Number(await page.getByTestId('headline-total').locator('.ant-statistic-content-value').textContent()),
    ).toBeGreaterThan(0);
    // Back up one level from the breadcrumb.
    await breadcrumb.getByRole('link', { name: '鹭江街道' }).click();
    await page.waitForURL(/area=350203006(&|$)/);
    expect(story.scriptErrors(page)).toEqual([]);
  }, 90_000);

  it('shows the February 民政月报表, exports it as XLSX holding its figures, and compares it with January', async () => {
    const page = await signedIn('street');
    await openFromMenu(page, '统计', '报表');
    await page.getByLabel('统计期').click();
    await page.getByLabel('统计期').fill('2026年2月');
    await page.keyboard.press('Enter');
    await page.waitForURL(/period=2026-02/);
    await page.locator('.ant-card-head-title', { hasText: '民政月报表（2026年2月）' }).waitFor();
    const row = tableRow(page, 'report-table', '小学社区');
    await row.waitFor();
    const headers = await page.getByTestId('report-table').locator('thead th').allTextContents();
    const households = headers.findIndex((text) => text.startsWith('低保户数'));
    expect(await row.locator('td').nth(households).textContent()).toBe('1');
    await story.readmeShot(page, 'statistics-report');

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: buttonName('导出 Excel') }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    const lines = await readWorkbook(readFileSync((await file.path()) as string));
    expect(String(lines[0]?.[0])).toContain('民政月报表');
    const header = lines.findIndex((line) => line.some((cell) => String(cell).startsWith('当月发放低保金')));
    const paidColumn = lines[header]?.findIndex((cell) => String(cell).startsWith('当月发放低保金')) as number;
    const householdColumn = lines[header]?.findIndex((cell) => String(cell).startsWith('低保户数')) as number;
    const xiaoxue = lines.find((line) => String(line[0]).includes('小学社区'));
    const totals = lines.find((line) => line[0] === '合计');
    expect(Number(xiaoxue?.[householdColumn])).toBe(1);
    expect(Number(totals?.[paidColumn])).toBeCloseTo(paidYuan, 2);

    // January was never compiled: it is compiled now, from the screen.
    await page.getByLabel('统计期').click();
    await page.getByLabel('统计期').fill('2026年1月');
    await page.keyboard.press('Enter');
    await page.getByText('2026年1月的民政月报表尚未编制').waitFor();
    await page.getByRole('button', { name: buttonName('立即编制') }).click();
    await page.getByText('编制完成').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: buttonName('知道了') }).click();
    await tableRow(page, 'report-table', '小学社区').waitFor();

    await page.getByLabel('统计期').click();
    await page.getByLabel('统计期').fill('2026年2月');
    await page.keyboard.press('Enter');
    await page.waitForURL(/period=2026-02/);
    await page.getByRole('tab', { name: /两期对比/ }).click();
    await page.locator('.ant-card-head-title', { hasText: '2026年1月与2026年2月对比' }).waitFor();
    const changed = page.getByTestId('compare-table').locator('[data-changed="yes"]');
    await poll(() => changed.count()).toBeGreaterThan(0);
    await story.readmeShot(page, 'statistics-compare');
    const compared = await story.api.request(
      'GET',
      `/statistics/reports/civil-affairs-monthly/compare?area=${subdistrict}&from=2026-01&to=2026-02`,
      { token: tokens.street },
    );
    expect(compared.json.totals.dibaoPaidYuan).toMatchObject({ to: paidYuan });
    expect(story.scriptErrors(page)).toEqual([]);
  }, 90_000);

  it('lists the drift the daily count found in 核对记录', async () => {
    await sharedDocumentClient().send(
      new UpdateCommand({
        TableName: tableOf('statistics'),
        Key: { pk: `COUNTER#${community}`, sk: 'POPULATION' },
        UpdateExpression: 'ADD #total :seven',
        ExpressionAttributeNames: { '#total': 'total' },
        ExpressionAttributeValues: { ':seven': 7 },
      }),
    );
    await job('registry.count-population');
    await eventually(async () => {
      const read = await story.api.request('GET', `/statistics/reconciliations?area=${community}`, { token: tokens.admin });
      return read.json.items?.length > 0 ? true : undefined;
    }, 30_000);
    const page = await signedIn('district');
    await openFromMenu(page, '统计', '核对记录');
    await page.getByText('总人口：统计 108 人，登记清点 101 人').waitFor();
    await page.getByText('已按清点数更正').first().waitFor();
    expect(story.scriptErrors(page)).toEqual([]);
  }, 60_000);
});
