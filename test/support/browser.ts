import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@shequ/local/platform';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's Chromium (installed by the test command when missing); `CHROMIUM_PATH` points elsewhere. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const screenshotDir = join(REPO_ROOT, '.test-results');

/**
 * Headless Chromium as the console's users would run it, without the background services that reach for
 * the internet (this platform runs offline) and without the sandbox, which root cannot use.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A fresh page (own storage, so sign-ins never leak between scenarios) that records what the browser reports. */
export async function newPage(browser: Browser, viewport = { width: 1400, height: 900 }) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors, close: () => context.close() };
}

/** Keeps what the page showed when a test failed, to look at afterwards. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name.replace(/[^\w\u4e00-\u9fa5-]+/g, '_').slice(0, 120)}.png`);
  await page.screenshot({ path, fullPage: true }).catch(() => undefined);
  return path;
}

/**
 * antd renders two-character button labels with a space between them (登 记), and an icon's label comes
 * first in the name (search 查找): match the label at the end, spaced or not.
 */
export function buttonName(label: string): RegExp {
  return new RegExp(`(^|\\s)${[...label].join('\\s*')}\\s*$`);
}

/**
 * Opens a screen from the worker's menu. Screens sit in one group per service (人口台账, 补助, 民生流水线,
 * 志愿服务, 通知, 统计), closed until opened: the group is opened first when its entry is not showing.
 */
export async function openFromMenu(page: Page, section: string, screen: string): Promise<void> {
  // An entry's accessible name starts with its icon's label ("team 人员台账"): match the text at the end.
  const named = (text: string) => new RegExp(`(^|\\s)${text}$`);
  const entry = page.getByRole('menuitem', { name: named(screen) });
  if (!(await entry.isVisible())) await page.getByRole('menuitem', { name: named(section) }).click();
  // A click that lands while the group is still sliding open can miss the entry (seen on a busy machine):
  // the entry is open once the menu marks it selected, otherwise it is clicked again.
  const selected = page.locator('.ant-menu-item-selected').filter({ hasText: new RegExp(`^${screen}$`) });
  for (let attempt = 1; ; attempt++) {
    await entry.click();
    try {
      await selected.waitFor({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}
