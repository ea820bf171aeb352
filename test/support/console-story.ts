import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Platform, type PlatformOptions, REPO_ROOT } from '@shequ/local/platform';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchBrowser, newPage, saveScreenshot, screenshotDir } from './browser.ts';
import { type ApiClient, apiClient, startTestPlatform } from './platform.ts';

/** A phone held upright, as residents and organisers on the day use the console. */
export const phone = { width: 390, height: 844 };

export interface ConsoleStory {
  readonly platform: Platform;
  readonly browser: Browser;
  readonly api: ApiClient;
  /** Signs in on the local sign-in page as one of the story's accounts and waits for the first screen. */
  signIn(account: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** Opens a path with a token of one's own (a resident: the local sign-in page lists staff accounts only). */
  withToken(token: string, path: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** What the screen shows at this step, kept beside the failure screenshots to look at. */
  look(page: Page, name: string): Promise<void>;
  /** A README picture, taken when the run is asked for them (`CONSOLE_SCREENSHOTS=1`). */
  readmeShot(page: Page, name: string): Promise<void>;
  /** The script errors a page (or every open page) of the story has thrown so far: a screen that works throws none. */
  scriptErrors(page?: Page): string[];
  /** Closes a page before the test ends (a resident's phone put away). */
  close(page: Page): Promise<void>;
}

/**
 * One browser story of the console: its own local platform (the services it needs, its sign-in accounts,
 * its training clock) and one Chromium, started together before the file's tests and stopped after them.
 * Every page it opens records what went wrong in it (script errors, console errors, answers ≥ 500); when a
 * test fails, each open page is kept as a screenshot and its record printed, then all pages are closed.
 */
export function consoleStory(story: string, options: PlatformOptions & { services: readonly string[] }): ConsoleStory {
  let platform: Platform | undefined;
  let browser: Browser | undefined;
  let api: ApiClient | undefined;
  const pages: { page: Page; errors: string[]; log: string[]; close: () => Promise<void> }[] = [];

  beforeAll(async () => {
    [platform, browser] = await Promise.all([startTestPlatform(options), launchBrowser()]);
    api = apiClient(platform.url);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') {
      // Events a consumer gave up on explain most screens left waiting for something that never came.
      if (platform?.delivery.deadLetters.length)
        console.log(`${story} dead letters:`, JSON.stringify(platform.delivery.deadLetters));
      for (const [index, open] of pages.entries()) {
        // The test's name is cut short here, not the whole name, so each page keeps its own file.
        await saveScreenshot(open.page, `${story}-${context.task.name.slice(0, 80)}-${index}`);
        console.log(`${story} page ${index} (${open.page.url()}) reported:`, [...open.errors, ...open.log]);
      }
    }
    for (const open of pages.splice(0)) await open.close();
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the story's ${what} is not started yet (use it inside a test or a beforeAll)`);
    return value;
  };
  const open = async (viewport?: { width: number; height: number }) => {
    const opened = { ...(await newPage(started(browser, 'browser'), viewport)), log: [] as string[] };
    pages.push(opened);
    // Printed when a test fails: what the browser logged as an error and every answer ≥ 500.
    opened.page.on('console', (entry) => {
      if (entry.type() === 'error') opened.log.push(entry.text());
    });
    opened.page.on('response', (response) => {
      if (response.status() >= 500) opened.log.push(`${response.status()} ${response.url()}`);
    });
    return opened.page;
  };

  return {
    get platform() {
      return started(platform, 'platform');
    },
    get browser() {
      return started(browser, 'browser');
    },
    get api() {
      return started(api, 'platform');
    },
    async signIn(account, viewport) {
      const page = await open(viewport);
      await page.goto(`${started(platform, 'platform').url}/`);
      await page.waitForURL(/\/sign-in/);
      await page.getByTestId(`account-${account}`).click();
      await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
      return page;
    },
    async withToken(token, path, viewport = phone) {
      const page = await open(viewport);
      const { url } = started(platform, 'platform');
      await page.goto(`${url}/sign-in`);
      await page.evaluate((session) => localStorage.setItem('shequ.session', session), token);
      await page.goto(`${url}${path}`);
      return page;
    },
    async look(page, name) {
      mkdirSync(screenshotDir, { recursive: true });
      await page.screenshot({ path: join(screenshotDir, `look-${story}-${name}.png`), fullPage: false });
    },
    scriptErrors(page) {
      return pages.filter((open) => page === undefined || open.page === page).flatMap((open) => open.errors);
    },
    async close(page) {
      const index = pages.findIndex((open) => open.page === page);
      if (index >= 0) await pages.splice(index, 1)[0]?.close();
    },
    async readmeShot(page, name) {
      if (!process.env.CONSOLE_SCREENSHOTS) return;
      // Once every list has loaded and the last toast has gone.
      await page.locator('.ant-spin-blur, .ant-message-notice').first().waitFor({ state: 'detached', timeout: 10_000 });
      const dir = join(REPO_ROOT, 'docs', 'screenshots');
      mkdirSync(dir, { recursive: true });
      await page.screenshot({ path: join(dir, `${name}.png`), fullPage: false });
    },
  };
}
