import { withCheckCharacter } from '@shequ/registry/domain/citizen-id';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buttonName, newPage, openFromMenu } from '../support/browser.ts';
import { consoleStory, phone } from '../support/console-story.ts';
import { eventually, runJob } from '../support/platform.ts';

/**
 * 低保 from application to payment in a real browser, on the training clock: a worker of 小学社区 files on a
 * couple's behalf (per-capita income 750 under the 900 line: 300 a month), reviews it with the home visit
 * and posts it; the three 公示 rounds pass a week at a time, an objection in the second is recorded and
 * resolved; the notice is on the public board without signing in and prints with the committee's name;
 * the sub-district approves, previews the month's payments, watches the run and takes the bank file; the
 * ledger has the month, and the applicant follows it all on her phone.
 */
const subdistrict = '350203006';
const community = `${subdistrict}029`;
const grid = `${community}-03`;
const accounts = [
  {
    sub: 'worker',
    label: '小学社区 · 社区工作者',
    name: '陈丽华',
    role: 'community-worker' as const,
    areas: [community],
    description: '低保受理、入户抽查、三榜公示',
  },
  {
    sub: 'jiedao',
    label: '鹭江街道 · 民政',
    name: '郑玉梅',
    role: 'subdistrict-staff' as const,
    areas: [subdistrict],
    description: '低保审批、补助发放',
  },
];

const story = consoleStory('subsidies', {
  services: ['registry', 'subsidies'],
  signInAccounts: accounts,
  clock: '2027-01-04T09:00+08:00',
});
const tokens = { worker: '', admin: '', resident: '' };
const applicant = { id: '', name: '林秀英', citizenId: withCheckCharacter('35020319560312002') };
let applicationId = '';

async function register(name: string, citizenId: string): Promise<string> {
  const created = await story.api.request('POST', '/registry/persons', {
    token: tokens.worker,
    body: { name, citizenId, residence: 'registered', area: grid },
  });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  return created.json.id as string;
}

beforeAll(async () => {
  tokens.worker = await story.platform.issuer.sign({ sub: 'setup', role: 'community-worker', areas: [community] });
  tokens.admin = await story.platform.issuer.sign({ sub: 'admin', role: 'district-admin', areas: ['350203'] });
  // The district's sub-districts and communities from the division data, so screens name them.
  await runJob(story.api, 'registry.seed-areas', tokens.admin);
  applicant.id = await register(applicant.name, applicant.citizenId);
  const spouse = await register('黄国强', withCheckCharacter('35020319541108013'));
  const household = await story.api.request('POST', '/registry/households', {
    token: tokens.worker,
    body: { area: grid, headPersonId: applicant.id, perCapitaIncome: 750 },
  });
  expect(household.status, JSON.stringify(household.json)).toBe(201);
  const joined = await story.api.request('POST', `/registry/households/${household.json.id}/members`, {
    token: tokens.worker,
    body: { personId: spouse, relationship: 'spouse', version: household.json.version },
  });
  expect(joined.status, JSON.stringify(joined.json)).toBe(201);
  // Subsidies decides on its own copy of the registry's facts: both members are in it once it says 300.
  await eventually(async () => {
    const check = await story.api.request('GET', `/subsidies/persons/${applicant.id}/eligibility?programme=dibao`, {
      token: tokens.worker,
    });
    return check.json.items?.[0]?.amountYuan === 300 ? true : undefined;
  }, 30_000);
  tokens.resident = await story.platform.issuer.sign({
    sub: `resident-${applicant.id}`,
    role: 'resident',
    areas: [grid],
    person: applicant.id,
    name: applicant.name,
  });
}, 120_000);

/** The training clock a week (or to a moment) on, as the district admin moves it. */
async function moveClock(body: { advance: string } | { to: string }): Promise<void> {
  const moved = await story.api.request('POST', '/_local/clock', { token: tokens.admin, body });
  expect(moved.status, JSON.stringify(moved.json)).toBe(200);
}

async function pickDay(page: Page, selector: string, day: string): Promise<void> {
  await page.locator(selector).click();
  await page.locator(selector).fill(day);
  await page.locator(selector).press('Enter');
}

/** Waits for a dialog's opening animation to end, so a look shows it as people see it. */
const settled = (page: Page) => page.locator('.ant-zoom-appear, .ant-zoom-enter').first().waitFor({ state: 'detached' });

/** What the screen shows at this step, once its lists have loaded. */
async function look(page: Page, name: string): Promise<void> {
  await page.locator('.ant-spin-blur').first().waitFor({ state: 'detached' });
  await story.look(page, name);
}

/** Waits until the application's page shows it at this stage (its tag beside the title). */
const atStage = (page: Page, stage: string) =>
  page.locator('.ant-page-header-heading-sub-title').getByText(stage, { exact: true }).waitFor();

/** Gives one command of the application's page: its button, what its dialog asks, 确认办理, the new stage. */
async function command(page: Page, title: string, then: string, fill?: () => Promise<void>): Promise<void> {
  await page
    .getByTestId('application-commands')
    .getByRole('button', { name: buttonName(title) })
    .click();
  await page.locator('.ant-modal-content').waitFor();
  await fill?.();
  await page.getByRole('button', { name: buttonName('确认办理') }).click();
  await page.locator('.ant-modal-content').waitFor({ state: 'detached' });
  await atStage(page, then);
}

/**
 * Opens the application from the community's list, as a worker comes back to it. (Not by its address: the
 * console's /subsidies/… screens are the API's paths when loaded straight from the address bar.)
 */
async function openApplication(page: Page, stage: string): Promise<void> {
  await openFromMenu(page, '补助', '补助申请');
  await page.locator('.ant-table-row', { hasText: applicant.name }).getByRole('link', { name: applicant.name }).click();
  await atStage(page, stage);
}

/** A week of 公示 over: the application read again on the new day, the round closed. */
async function closeRound(page: Page, stage: string, then: string): Promise<void> {
  await moveClock({ advance: 'P7D' });
  await openApplication(page, stage);
  await page.getByTestId('round-note').getByText('可以结束本榜公示').waitFor();
  await command(page, '结束本榜公示', then);
}

describe('低保, from the community’s desk through 三榜公示', () => {
  it('a worker files on the resident’s behalf, reviews, records the home visit and posts the first round', {
    timeout: 90_000,
  }, async () => {
    const page = await story.signIn('worker');
    await openFromMenu(page, '补助', '补助申请');
    await page.getByRole('button', { name: buttonName('代为申请') }).click();
    await page.getByTestId('person-picker-citizen-id').fill(applicant.citizenId);
    await page.getByTestId('person-picker-citizen-id').press('Enter');
    await page.getByTestId('picked-person').getByText(applicant.name).waitFor();
    await page.locator('#programme').click();
    await page.locator('.ant-select-item-option', { hasText: '最低生活保障（低保）' }).click();
    await page.locator('#statement').fill('夫妻二人均年过七十，无固定收入，家庭人均月收入 750 元，低于本区低保标准');
    await page.locator('#account_bank').fill('厦门农商银行思明支行');
    expect(await page.locator('#account_holder').inputValue()).toBe(applicant.name);
    await page.locator('#account_number').fill('6230 0001 2345 6789 012');
    await page.getByRole('button', { name: buttonName('提交申请') }).click();
    await page.waitForURL(/\/subsidy\/applications\/[0-9a-z]+$/);
    applicationId = page.url().split('/').pop() ?? '';
    await atStage(page, '已提交');

    await command(page, '开始社区审核', '社区审核');
    await command(page, '登记入户抽查', '社区审核', async () => {
      await pickDay(page, '#visitedOn', '2027-01-04');
      await page.locator('#findings').fill('入户核实夫妻二人同住，均无劳动能力，仅有少量养老金，住房为自有老房，情况属实');
      await page.getByText('通过（情况属实）').click();
    });
    await command(page, '张榜公示', '第一榜公示');
    await page.getByTestId('round-note').getByText('2027-01-04 至 2027-01-10').waitFor();
    await look(page, 'application-round-1');

    // The board as the public will read it, and its first round on A4 under the committee's name.
    await openFromMenu(page, '补助', '公示栏');
    const round = page.getByTestId('notice-round-1');
    await round.locator('.ant-table-row', { hasText: applicant.name }).waitFor();
    expect(await round.textContent()).toContain('350203********002');
    expect(await round.textContent()).toContain('¥300.00');
    await look(page, 'notices');
    await round.getByRole('button', { name: buttonName('打印本榜') }).click();
    const sheet = page.locator('.ant-modal-content').getByTestId('notice-sheet');
    await sheet.getByText('补助对象第一榜公示').waitFor();
    await settled(page);
    expect(await sheet.textContent()).toContain('小学社区居委会（盖章）');
    expect(await sheet.textContent()).not.toContain(community);
    await look(page, 'notice-print-preview');
    await page.emulateMedia({ media: 'print' });
    await look(page, 'notice-print-paper');
    await page.emulateMedia({ media: 'screen' });
    expect(story.scriptErrors(page)).toEqual([]);
  });

  it('the rounds pass a week at a time; an objection holds the second until it is resolved', { timeout: 90_000 }, async () => {
    expect(applicationId).not.toBe('');
    const page = await story.signIn('worker');
    await closeRound(page, '第一榜公示', '第二榜公示');

    await command(page, '登记异议', '第二榜公示', async () => {
      await page.locator('#content').fill('有邻居反映申请人家中有一辆小汽车');
    });
    await page.getByTestId('round-note').getByText('有 1 条异议未处理').waitFor();
    await command(page, '处理异议', '第二榜公示', async () => {
      await page.getByText('异议不成立').click();
      await page.locator('#note').fill('经入户核实，车辆登记在其子名下，儿子已另立户口，不在本户');
    });
    await page.getByTestId('objections-2').getByText('异议不成立').waitFor();
    await look(page, 'application-objection');

    // Anyone may read the board, without signing in: on a phone, the community picked by name.
    const visitor = await newPage(story.browser, phone);
    await visitor.page.goto(`${story.platform.url}/public/subsidy/notices`);
    await visitor.page.getByText('请在上方选择您所在的社区').waitFor();
    await visitor.page.getByRole('combobox', { name: '社区' }).click();
    await visitor.page.locator('.ant-select-tree-treenode', { hasText: '鹭江街道' }).locator('.ant-select-tree-switcher').click();
    await visitor.page.locator('.ant-select-tree-node-content-wrapper', { hasText: '小学社区居委会' }).click();
    const board = visitor.page.getByTestId('notice-round-2');
    await board.getByText(applicant.name).waitFor();
    expect(await visitor.page.getByRole('heading', { level: 3 }).textContent()).toBe('小学社区居委会 · 补助公示栏');
    expect(await board.textContent()).not.toContain('异议');
    await look(visitor.page, 'public-board');
    expect(visitor.errors).toEqual([]);
    await visitor.close();

    // The applicant sees the same on her phone: her community's board, and her application among her own.
    const mine = await story.withToken(tokens.resident, '/me');
    await mine.getByTestId('more-/me/notices').click();
    await mine.getByTestId('notice-round-2').getByText(applicant.name).waitFor();
    await look(mine, 'me-notices');
    await mine.goBack();
    await mine.getByTestId('more-/me/applications').click();
    await expect
      .poll(() => mine.getByTestId('my-application-stage').textContent(), { timeout: 10_000 })
      .toBe('第二榜公示中，公示至 2027-01-17；三榜公示期满后报街道审批');
    await look(mine, 'me-applications-round-2');
    expect(story.scriptErrors(mine)).toEqual([]);
    await story.close(mine);

    await closeRound(page, '第二榜公示', '第三榜公示');
    await closeRound(page, '第三榜公示', '街道审批');
    expect(story.scriptErrors(page)).toEqual([]);
  });
});

describe('低保, approved and paid by the sub-district', () => {
  it('sub-district staff approve it and see the household in the month’s payment preview', { timeout: 90_000 }, async () => {
    const page = await story.signIn('jiedao');
    // Staff above a community pick the one they work on in the header.
    await page.getByRole('combobox', { name: '工作地区' }).click();
    await page.locator('.ant-select-tree-treenode', { hasText: '鹭江街道' }).locator('.ant-select-tree-switcher').click();
    await page.locator('.ant-select-tree-node-content-wrapper', { hasText: '小学社区居委会' }).click();
    await openApplication(page, '街道审批');
    await command(page, '街道审批通过', '享受中');
    await page.getByText('核定金额').waitFor();
    expect(await page.locator('.ant-descriptions-item', { hasText: '核定金额' }).textContent()).toContain('¥300.00');

    await openFromMenu(page, '补助', '补助发放');
    const preview = page.getByTestId('payment-preview');
    // Each community is previewed on its own; 小学社区 has the one benefit, the others nothing.
    const row = preview.locator('.ant-table-row', { hasText: '小学社区居委会' });
    await row.getByText('¥300.00').waitFor();
    await look(page, 'payments-preview-subdistrict');
    await row.getByText('小学社区居委会').click();
    await preview.locator('.ant-table-row', { hasText: applicant.name }).waitFor();
    expect(await preview.locator('.ant-table-row', { hasText: applicant.name }).textContent()).toContain('2027年1月');
    await look(page, 'payments-preview');
    expect(story.scriptErrors(page)).toEqual([]);
  });

  it('the 5th’s run pays it; the run, the payment, the bank file and the ledger show it', { timeout: 90_000 }, async () => {
    await moveClock({ to: '2027-02-05T02:00+08:00' });
    const run = await runJob(story.api, 'subsidies.run-payments', tokens.admin);
    expect(run).toMatchObject({ month: '2027-02', payments: 2, paidYuan: 600 });

    const page = await story.signIn('jiedao');
    await openFromMenu(page, '补助', '补助发放');
    await page.getByRole('tab', { name: '发放批次' }).click();
    const runs = page.getByTestId('payment-runs');
    await runs.locator('.ant-table-row', { hasText: '已完成' }).waitFor();
    expect(await runs.textContent()).toContain('¥600.00');
    await look(page, 'payment-runs');

    await page.getByRole('tab', { name: '发放明细' }).click();
    await page.locator('.ant-table-row', { hasText: '2027年1月' }).waitFor();
    expect(await page.locator('.ant-table-row', { hasText: applicant.name }).count()).toBe(2);
    expect(await page.locator('.ant-table-row', { hasText: '2027年1月' }).textContent()).toContain('小学社区居委会');
    const [bankFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: buttonName('导出银行代发文件') }).click(),
    ]);
    expect(bankFile.suggestedFilename()).toMatch(/^代发清单.*2027-02\.xlsx$/);
    await look(page, 'payments');

    await openFromMenu(page, '补助', '补助台帐');
    const ledger = page.getByTestId('ledger-rows');
    await ledger.locator('.ant-table-row', { hasText: '小学社区居委会' }).waitFor();
    expect(await ledger.textContent()).toContain('¥600.00');
    await look(page, 'ledger');
    await page.getByRole('tab', { name: '全年按月' }).click();
    await page.locator('.ant-table-row', { hasText: '最低生活保障（低保）' }).getByText('¥600.00').first().waitFor();
    await look(page, 'ledger-year');
    expect(story.scriptErrors(page)).toEqual([]);
  });

  it('the applicant follows her application on her phone', { timeout: 60_000 }, async () => {
    const page = await story.withToken(tokens.resident, '/me');
    await page.getByTestId('more-/me/applications').click();
    const item = page.getByTestId(`my-application-${applicationId}`);
    await item.waitFor();
    expect(await item.getByTestId('my-application-stage').textContent()).toContain('享受中：每期 ¥300.00');
    await look(page, 'me-applications');
    await item.click();
    await page.waitForURL(/\/me\/applications\/[0-9a-z]+$/);
    await page.getByTestId('application-timeline').waitFor();
    await look(page, 'me-application');
    expect(story.scriptErrors(page)).toEqual([]);
  });
});
