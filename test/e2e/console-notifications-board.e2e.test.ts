import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buttonName, newPage, openFromMenu } from '../support/browser.ts';
import { consoleStory, phone } from '../support/console-story.ts';
import { runJob } from '../support/platform.ts';

/**
 * 消息模板 and 社区公告栏 in a real browser, on the training clock: the district office rewords the 补助已发放
 * message (a placeholder it did not declare is marked at the body, then saved as version 1) and previews it
 * with sample values; a worker of 小学社区 posts an activity notice (a full mobile number is refused at the
 * body), anyone reads it on the public board without signing in and prints it with the committee's name, a
 * resident reads it on the phone and sets their own messages, and the worker takes it down with a reason.
 */
const subdistrict = '350203006';
const community = `${subdistrict}029`;
const grid = `${community}-03`;
const accounts = [
  {
    sub: 'admin',
    label: '思明区 · 区民政',
    name: '林建华',
    role: 'district-admin' as const,
    areas: ['350203'],
    description: '消息模板',
  },
  {
    sub: 'worker',
    label: '小学社区 · 社区工作者',
    name: '陈丽华',
    role: 'community-worker' as const,
    areas: [community],
    description: '社区公告栏',
  },
];

// A Tuesday morning: the board's day is 2026-12-01, whatever the machine's own date.
const story = consoleStory('notifications-board', {
  services: ['registry', 'notifications'],
  signInAccounts: accounts,
  clock: '2026-12-01T10:00+08:00',
});
const tokens = { admin: '', resident: '' };
const notice = {
  title: '社区书院周六亲子阅读活动',
  body: '12 月 5 日（周六）上午 9:30 在社区书院开展亲子阅读，欢迎辖区家庭参加。报名电话：',
};

/** The screen once drawers and dialogs have finished opening or closing, as a person would look at it. */
async function look(page: Page, name: string): Promise<void> {
  const moving = page.locator('[class*="-appear-active"], [class*="-enter-active"], [class*="-leave-active"]');
  // A picture to look at, not a check: on a busy machine an animation may outlast the wait, and the story goes on.
  await moving
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
  await story.look(page, name);
}

beforeAll(async () => {
  tokens.admin = await story.platform.issuer.sign({ sub: 'setup-admin', role: 'district-admin', areas: ['350203'] });
  tokens.resident = await story.platform.issuer.sign({ sub: 'resident', role: 'resident', areas: [grid], name: '王秀兰' });
  // The district's sub-districts and communities, so screens and the printed notice name them.
  await runJob(story.api, 'registry.seed-areas', tokens.admin);
}, 120_000);

describe('消息模板', () => {
  it('the district office rewords a template, sees the field it got wrong, saves a new version and previews it', async () => {
    const page = await story.signIn('admin');
    await openFromMenu(page, '通知', '消息模板');
    await page.getByRole('link', { name: '补助已发放' }).waitFor();
    await look(page, 'templates');
    await page.getByRole('link', { name: '补助已发放' }).click();
    const preview = page.getByTestId('template-preview');
    // The built-in text with the sample values, rendered by the API.
    await expect
      .poll(() => preview.textContent(), { timeout: 10_000 })
      .toContain('王秀兰，2026年12月 的「最低生活保障」300.00 元 已发放到您的账户。');
    await page.getByLabel('金额', { exact: true }).fill('285');
    await expect.poll(() => preview.textContent(), { timeout: 10_000 }).toContain('285.00 元');
    await look(page, 'template');

    await page.getByRole('button', { name: buttonName('修改') }).click();
    const editor = page.getByTestId('template-editor');
    const body = editor.getByLabel('正文');
    await body.fill('{{name}}您好：{{period}} 的「{{programme}}」{{amount}} 已发放到您本人的账户，咨询请拨 {{phone}}。');
    // The draft shows as it is typed, and warns of the undeclared placeholder before any save.
    await expect.poll(() => preview.textContent()).toContain('王秀兰您好：2026年12月 的「最低生活保障」300.00 元');
    await page.getByRole('button', { name: buttonName('保存为新版本') }).click();
    await editor.locator('.ant-form-item-explain-error', { hasText: '占位符 {{phone}} 没有声明为变量' }).waitFor();
    await look(page, 'template-error');
    await body.fill('{{name}}您好：{{period}} 的「{{programme}}」{{amount}} 已发放到您本人的账户，请注意查收。');
    await page.getByRole('button', { name: buttonName('保存为新版本') }).click();
    await page.getByText('已保存为第 1 版').waitFor();
    await expect
      .poll(() => preview.textContent(), { timeout: 10_000 })
      .toContain('王秀兰您好：2026年12月 的「最低生活保障」300.00 元 已发放到您本人的账户，请注意查收。');
    const versions = page.getByTestId('template-versions');
    expect(await versions.textContent()).toContain('第 1 版');
    // The built-in text stays readable.
    await versions.locator('.ant-list-item', { hasText: '内置原文' }).getByText('查看全文').click();
    await page.locator('.ant-modal').getByText('已发放到您的账户。').first().waitFor();
    await look(page, 'template-saved');
    await page.keyboard.press('Escape');

    const saved = await story.api.request('GET', '/notifications/templates/payment-made', { token: tokens.admin });
    expect(saved.json.current).toMatchObject({ version: 1, source: 'district', savedBy: 'admin' });
    expect(story.scriptErrors(page)).toEqual([]);
  }, 90_000);
});

describe('社区公告栏', () => {
  it('a worker posts a notice, the public and residents read it, the worker takes it down', async () => {
    const page = await story.signIn('worker');
    await openFromMenu(page, '通知', '社区公告栏');
    await page.getByText('公告栏上目前没有正在公示的公告').waitFor();
    await page.getByRole('button', { name: buttonName('发布公告') }).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByLabel('标题').fill(notice.title);
    // A full mobile number has no place on a public board: refused at the body.
    await drawer.getByLabel('正文').fill(`${notice.body}13812345678`);
    await drawer.getByRole('button', { name: buttonName('发布') }).click();
    await drawer.locator('.ant-form-item-explain-error', { hasText: '不得包含完整的手机号码' }).waitFor();
    await look(page, 'board-post-error');
    await drawer.getByLabel('正文').fill(`${notice.body}0592-2025678`);
    await drawer.getByRole('button', { name: buttonName('发布') }).click();
    await page.getByText('已发布，公示至 2026-12-14').waitFor();
    const posted = page.getByTestId('board-notice').filter({ hasText: notice.title });
    await posted.waitFor();
    await look(page, 'board-staff');

    // Anyone, without signing in, on a phone: the address the 公开页面 button gives.
    const visitor = await newPage(story.browser, phone);
    await visitor.page.goto(`${story.platform.url}/public/community-board?area=${community}`);
    const seen = visitor.page.getByTestId('board-notice').filter({ hasText: notice.title });
    await seen.waitFor();
    expect(await visitor.page.getByRole('heading', { level: 3 }).textContent()).toBe('小学社区居委会 · 社区公告栏');
    expect(await seen.textContent()).toContain('0592-2025678');
    expect(await seen.textContent()).not.toContain('撤下');
    await look(visitor.page, 'board-public');
    await seen.getByRole('button', { name: buttonName('打印') }).click();
    await visitor.page.locator('.ant-modal').getByText('小学社区居委会（盖章）').waitFor();
    await look(visitor.page, 'board-print');
    expect(visitor.errors).toEqual([]);
    await visitor.close();

    // A resident reads the same board on the phone, then chooses no texts for community broadcasts.
    const mine = await story.withToken(tokens.resident, '/me/board');
    await mine.getByTestId('board-notice').filter({ hasText: notice.title }).waitFor();
    await look(mine, 'board-resident');
    await mine.getByTestId('tab-/me/inbox').click();
    await mine.getByRole('button', { name: /消息设置/ }).click();
    const preferences = mine.getByTestId('preferences');
    await preferences.waitFor();
    await preferences.locator('.ant-form-item', { hasText: '社区通知' }).getByLabel('短信').uncheck();
    await preferences.getByLabel('每天最多发到手机或邮箱的消息').fill('5');
    await mine.getByRole('button', { name: buttonName('保存设置') }).click();
    await mine.getByText('已保存：每天 22:00 至次日 08:00 免打扰').waitFor();
    await look(mine, 'preferences');
    const settings = await story.api.request('GET', '/notifications/preferences', { token: tokens.resident });
    expect(settings.json).toMatchObject({ dailyLimit: 5, version: 1, channels: { broadcast: ['in-app'] } });
    expect(story.scriptErrors(mine)).toEqual([]);

    // Taken down early, with the reason kept: gone from the board for everyone.
    await posted.getByRole('button', { name: buttonName('撤下') }).click();
    const modal = page.locator('.ant-modal');
    await modal.getByRole('button', { name: buttonName('撤下') }).click();
    await modal.getByText('请填写撤下原因').waitFor();
    await modal.getByLabel('撤下原因').fill('活动因场地维修改期');
    await modal.getByRole('button', { name: buttonName('撤下') }).click();
    await page.getByText('公告栏上目前没有正在公示的公告').waitFor();
    const board = await story.api.request('GET', `/notifications/board?area=${community}`);
    expect(board.json.notices).toEqual([]);
    expect(story.scriptErrors(page)).toEqual([]);
  }, 120_000);
});
