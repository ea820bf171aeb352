import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Platform } from '@shequ/local/platform';
import { withCheckCharacter } from '@shequ/registry/domain/citizen-id';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buttonName, launchBrowser, newPage, openFromMenu, saveScreenshot } from '../support/browser.ts';
import { row, spreadsheet } from '../support/community-register.ts';
import { apiClient, startTestPlatform } from '../support/platform.ts';

/**
 * The console in a real browser against the local platform, as a community worker of 小学社区 and a grid
 * worker of its third grid would use it. A failing step leaves a screenshot in .test-results/.
 */
const community = '350203006029';
const grid3 = `${community}-03`;
const grid5 = `${community}-05`;
const accounts = [
  {
    sub: 'worker',
    label: '小学社区 · 社区工作者',
    name: '陈丽华',
    role: 'community-worker' as const,
    areas: [community],
    description: '社区日常工作',
  },
  {
    sub: 'grid-03',
    label: '小学社区 第三网格 · 网格员',
    name: '林志强',
    role: 'grid-worker' as const,
    areas: [grid3],
    description: '网格走访',
  },
];

let platform: Platform;
let browser: Browser;
let current: { page: Page; errors: string[]; close: () => Promise<void> } | undefined;
let staffToken: string;

beforeAll(async () => {
  [platform, browser] = await Promise.all([
    startTestPlatform({ services: ['registry', 'statistics', 'notifications'], signInAccounts: accounts }),
    launchBrowser(),
  ]);
  staffToken = await platform.issuer.sign({ sub: 'setup', role: 'community-worker', areas: [community] });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

afterEach(async (context) => {
  if (current && context.task.result?.state === 'fail') await saveScreenshot(current.page, `console-${context.task.name}`);
  await current?.close();
  current = undefined;
});

async function signedIn(account: string): Promise<Page> {
  current = await newPage(browser);
  const { page } = current;
  await page.goto(`${platform.url}/`);
  // Not signed in: the console sends the browser to its sign-in page.
  await page.waitForURL(/\/sign-in/);
  await page.getByTestId(`account-${account}`).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await page.getByText('工作台', { exact: true }).first().waitFor();
  return page;
}

/** Waits for the screen whose heading (the page title) reads `title`. */
async function titled(page: Page, title: string): Promise<void> {
  await page.locator('.ant-page-header-heading-title', { hasText: title }).waitFor();
}

/** A valid citizen ID nobody in this file has used yet. */
let sequence = 0;
function newCitizenId(): string {
  sequence++;
  return withCheckCharacter(
    `35020319${60 + (sequence % 30)}0${1 + (sequence % 9)}1${sequence % 9}${String(500 + sequence).padStart(3, '0')}`,
  );
}

describe('web console, as a community worker of 小学社区', () => {
  it('signs in, registers a person after a bad citizen ID, and lands on the person page', async () => {
    const page = await signedIn('worker');
    await openFromMenu(page, '人口台账', '人员台账');
    await page.getByRole('button', { name: '登记人员' }).click();
    await page.locator('#name').fill('林秀英');
    const good = newCitizenId();
    const wrongCheck = `${good.slice(0, 17)}${good[17] === '0' ? '1' : '0'}`;
    await page.locator('#citizenId').fill(wrongCheck);
    await page.getByRole('button', { name: buttonName('登记') }).click();
    await expect.poll(() => page.getByText('公民身份号码校验位错误，请核对后重新输入').count()).toBeGreaterThan(0);
    expect(page.url()).toContain('/persons/new');

    await page.locator('#citizenId').fill(good);
    // The number checks out: the form shows what it states.
    await expect
      .poll(() => page.getByTestId('citizen-id-facts').textContent())
      .toMatch(/出生日期 \d{4}-\d{2}-\d{2} · 性别 [男女]/);
    await page.getByRole('button', { name: buttonName('登记') }).click();
    await page.waitForURL(/\/persons\/[0-9a-z]{19,40}$/);
    await titled(page, '林秀英');
    expect(current?.errors).toEqual([]);

    // The same number again: the API's refusal shows at the citizen ID field, and nothing is registered twice.
    await page.goto(`${platform.url}/persons/new`);
    await page.locator('#name').fill('林秀英');
    await page.locator('#citizenId').fill(good);
    await page.getByRole('button', { name: buttonName('登记') }).click();
    await expect
      .poll(() => page.getByText('该公民身份号码已在本区登记，请勿重复登记；如人员迁移请办理迁移').count())
      .toBeGreaterThan(0);
    const found = await apiClient(platform.url).request('POST', '/registry/persons/search', {
      token: staffToken,
      body: { citizenId: good },
    });
    expect(found.json.items).toHaveLength(1);
  });

  it('imports a spreadsheet with one bad row and shows that row’s error', async () => {
    const page = await signedIn('worker');
    const rows = [row({ 网格号: '3' }), row({ 公民身份号码: '350203199001011234' }), row({ 网格号: '5' })];
    const file = join(mkdtempSync(join(tmpdir(), 'shequ-console-')), '小学社区台账.xlsx');
    writeFileSync(file, await spreadsheet(rows));
    await openFromMenu(page, '人口台账', '批量导入');
    await page.locator('input[type=file]').setInputFiles(file);
    const job = page.getByTestId('import-job');
    await expect.poll(() => job.textContent(), { timeout: 60_000 }).toContain('已完成');
    expect(await job.textContent()).toContain('已处理 3 / 3 行');
    const errors = page.getByTestId('import-errors');
    await expect.poll(() => errors.textContent()).toContain('350203199001011234');
    expect(await errors.textContent()).toContain('校验位');
  });

  it('finds a person by citizen ID, opens their page and logs a visit', async () => {
    const citizenId = newCitizenId();
    const registered = await apiClient(platform.url).request('POST', '/registry/persons', {
      token: staffToken,
      body: { name: '黄建国', citizenId, residence: 'registered', area: grid3 },
    });
    expect(registered.status).toBe(201);
    const page = await signedIn('worker');
    await openFromMenu(page, '人口台账', '人员台账');
    await page.getByLabel('证件号或电话').fill(citizenId);
    await page.getByRole('button', { name: buttonName('查找') }).click();
    await page.getByText('找到 1 人').waitFor();
    await page.getByRole('link', { name: '黄建国' }).click();
    await titled(page, '黄建国');
    expect(page.url()).toContain(`/persons/${registered.json.id}`);

    await page.getByRole('tab', { name: '走访' }).click();
    await page.getByRole('button', { name: buttonName('记录走访') }).click();
    await page.locator('#findings').fill('老人独居，身体尚可，希望社区定期上门量血压');
    await page.getByTestId('visit-submit').click();
    // Saved: the drawer closes and the visit shows in the tab's list (the form's own text does not count).
    await page.getByTestId('visit-submit').waitFor({ state: 'detached', timeout: 20_000 });
    await page.locator('.ant-tabs-tabpane-active').getByText('老人独居，身体尚可，希望社区定期上门量血压').waitFor();
    const visits = await apiClient(platform.url).request('GET', `/registry/persons/${registered.json.id}/visits`, {
      token: staffToken,
    });
    expect(visits.json.items.map((visit: { findings: string }) => visit.findings)).toEqual([
      '老人独居，身体尚可，希望社区定期上门量血压',
    ]);
    expect(current?.errors).toEqual([]);
  });
});

describe('web console, as a grid worker of the third grid', () => {
  it('lists only the persons of their own grid', async () => {
    const client = apiClient(platform.url);
    for (const [name, area] of [
      ['三网格居民', grid3],
      ['五网格居民', grid5],
    ] as const) {
      const response = await client.request('POST', '/registry/persons', {
        token: staffToken,
        body: { name, citizenId: newCitizenId(), residence: 'registered', area },
      });
      expect(response.status).toBe(201);
    }
    const page = await signedIn('grid-03');
    await openFromMenu(page, '人口台账', '人员台账');
    await page.getByText('三网格居民').waitFor();
    expect(await page.getByText('五网格居民').count()).toBe(0);
    // A grid worker works in their grid only: no picking another grid in the list.
    expect(await page.getByLabel('网格', { exact: true }).count()).toBe(0);
  });
});
