import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withCheckCharacter } from '@shequ/registry/domain/citizen-id';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buttonName, newPage, openFromMenu } from '../support/browser.ts';
import { consoleStory } from '../support/console-story.ts';
import { eventually } from '../support/platform.ts';

/**
 * 共享驿站 in a real browser, on the training clock: a worker of 小学社区 records a donated bicycle with its
 * photo; a resident holds and borrows it on her phone; three weeks later the desk's loans list shows it
 * overdue in red and the worker takes it back. Then two residents go for the same garden plot.
 */
const community = '350203006029';
const grid = `${community}-03`;
const start = '2026-12-01T09:00+08:00';
const accounts = [
  {
    sub: 'worker',
    label: '小学社区 · 社区工作者',
    name: '陈丽华',
    role: 'community-worker' as const,
    areas: [community],
    description: '共享驿站',
  },
];

const story = consoleStory('sharing', {
  services: ['registry', 'volunteering'],
  signInAccounts: accounts,
  clock: start,
});
const tokens = { worker: '', admin: '' };
const residents: { id: string; name: string; token: string }[] = [];

async function register(name: string, serial: string) {
  const created = await story.api.request('POST', '/registry/persons', {
    token: tokens.worker,
    body: { name, citizenId: withCheckCharacter(`35020319850612${serial}`), residence: 'registered', area: grid },
  });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  const id = created.json.id as string;
  const token = await story.platform.issuer.sign({ sub: `resident-${id}`, role: 'resident', areas: [grid], person: id, name });
  // Volunteering learns of the resident by event before she can borrow.
  await eventually(async () => {
    const loans = await story.api.request('GET', '/volunteering/sharing/loans', { token });
    return loans.status === 200 ? true : undefined;
  }, 30_000);
  return { id, name, token };
}

beforeAll(async () => {
  tokens.worker = await story.platform.issuer.sign({ sub: 'setup', role: 'community-worker', areas: [community] });
  tokens.admin = await story.platform.issuer.sign({ sub: 'admin', role: 'district-admin', areas: ['350203'] });
  residents.push(await register('王芳', '002'), await register('李娜', '004'));
}, 120_000);

async function workerPage(): Promise<Page> {
  const page = await story.signIn('worker');
  await page.getByText('工作台', { exact: true }).first().waitFor();
  return page;
}

/** A resident on her phone, signed in with her own token. */
const residentPage = (resident: { token: string }, path: string) => story.withToken(resident.token, path);
const look = (page: Page, name: string) => story.look(page, name);

/** A real photo of a bicycle drawing, made by the browser itself. */
async function bicyclePhoto(): Promise<string> {
  const opened = await newPage(story.browser, { width: 480, height: 360 });
  await opened.page.setContent(`
    <body style="margin:0;background:#e6f4ff;display:grid;place-items:center;height:360px">
      <svg width="400" height="260" viewBox="0 0 400 260" fill="none" stroke-width="10" stroke-linecap="round">
        <circle cx="100" cy="180" r="60" stroke="#1677ff"/><circle cx="300" cy="180" r="60" stroke="#1677ff"/>
        <path d="M100 180 L170 80 L270 80 L300 180 M170 80 L210 180 L100 180 M210 180 L270 80 M150 60 L190 60 M260 50 L285 50 L270 80"
          stroke="#fa541c"/>
      </svg>
    </body>`);
  const file = join(mkdtempSync(join(tmpdir(), 'shequ-sharing-')), '儿童自行车.png');
  writeFileSync(file, await opened.page.screenshot({ type: 'png' }));
  await opened.close();
  return file;
}

describe('共享驿站 in the browser, on the training clock', () => {
  let itemId = '';

  it('a worker records a donated bicycle with its photo', { timeout: 60_000 }, async () => {
    const page = await workerPage();
    await openFromMenu(page, '志愿服务', '共享驿站');
    await page.getByText('驿站还没有物品').waitFor();
    // The station's first week: a few donations already on the shelf (20 in the seed's first week).
    for (const [index, [name, category, condition, donorKind, donorName]] of [
      ['绘本《小猪佩奇》一套', '图书', 'good', 'resident', '林阿姨'],
      ['电钻', '工具', 'good', 'unit', '厦门某物业公司'],
      ['羽毛球拍（两支）', '运动', 'new', 'anonymous', undefined],
      ['电饭煲', '家电', 'fair', 'resident', '黄伯'],
    ].entries()) {
      const recorded = await story.api.request('POST', '/volunteering/sharing/items', {
        token: tokens.worker,
        headers: { 'Idempotency-Key': `seed-item-${index}` },
        body: { community, name, category, condition, donorKind, ...(donorName ? { donorName } : {}) },
      });
      expect(recorded.status, JSON.stringify(recorded.json)).toBe(201);
    }
    await page.getByRole('button', { name: buttonName('登记捐赠') }).click();
    await page.locator('#name').fill('儿童自行车');
    await page.locator('#category').fill('玩具');
    await page.locator('#description').fill('八成新，带辅助轮，适合 4–7 岁');
    await page
      .getByTestId('item-photos')
      .locator('input[type=file]')
      .setInputFiles(await bicyclePhoto());
    await page.getByTestId('item-photos').locator('.ant-upload-list-item-done').waitFor();
    await page.locator('#donorName').fill('张阿姨');
    await look(page, 'record');
    await page.getByRole('button', { name: buttonName('登记') }).click();
    await page.getByText('已登记“儿童自行车”，已上架可借').waitFor();

    // The catalogue shows it with its photo, read back from the API.
    const row = page.locator('tr', { hasText: '儿童自行车' });
    await row.locator('img[alt="儿童自行车"]').waitFor();
    expect(await row.textContent()).toContain('可借');
    await look(page, 'catalogue');
    const listed = await story.api.request('GET', `/volunteering/sharing/items?community=${community}`, { token: tokens.worker });
    const bike = listed.json.items.find((item: { name: string }) => item.name === '儿童自行车');
    expect(bike).toMatchObject({ category: '玩具', donorKind: 'resident', donorName: '张阿姨', status: 'available' });
    expect(bike.photos).toHaveLength(1);
    itemId = bike.id;
    const photo = await fetch(`${story.platform.url}/volunteering/sharing/items/${itemId}/photos/0`, {
      headers: { authorization: `Bearer ${tokens.worker}` },
    });
    expect(photo.headers.get('content-type')).toBe('image/png');
  });

  it('a resident holds and borrows it on her phone', { timeout: 60_000 }, async () => {
    const [wang] = residents;
    if (!wang) throw new Error('no resident');
    const page = await residentPage(wang, '/me/sharing');
    const card = page.getByTestId('item-儿童自行车');
    await card.getByRole('button', { name: buttonName('预约') }).click();
    await page.getByText(/已预约“儿童自行车”，为您保留至/).waitFor();
    await card.getByText('我的预约').waitFor();
    await card.getByRole('button', { name: buttonName('借用') }).click();
    await page.getByText(/已借用“儿童自行车”，请于 2026-12-15 前归还/).waitFor();
    await page.getByTestId('my-loans').getByText('儿童自行车').waitFor();
    await look(page, 'resident');
    const item = await story.api.request('GET', `/volunteering/sharing/items/${itemId}`, { token: tokens.worker });
    expect(item.json.status).toBe('on-loan');
    // At the desk the same day, the worker lends Li the drill for a month.
    const listed = await story.api.request('GET', `/volunteering/sharing/items?community=${community}`, { token: tokens.worker });
    const drill = listed.json.items.find((each: { name: string }) => each.name === '电钻');
    const lent = await story.api.request('POST', `/volunteering/sharing/items/${drill.id}/loans`, {
      token: tokens.worker,
      headers: { 'Idempotency-Key': 'lend-drill' },
      body: { personId: residents[1]?.id, days: 30 },
    });
    expect(lent.status, JSON.stringify(lent.json)).toBe(201);
  });

  it('shows the loan overdue in red once the due date has passed, and records its return', { timeout: 60_000 }, async () => {
    const moved = await story.api.request('POST', '/_local/clock', {
      token: tokens.admin,
      body: { to: '2026-12-19T10:00+08:00' },
    });
    expect(moved.status, JSON.stringify(moved.json)).toBe(200);
    const page = await workerPage();
    await openFromMenu(page, '志愿服务', '共享驿站');
    await page.getByRole('tab', { name: '借用与归还' }).click();
    const row = page.getByTestId('shared-loans').locator('tr', { hasText: '儿童自行车' });
    await row.getByText('已逾期').waitFor();
    expect(await row.textContent()).toContain('王芳');
    expect(await row.evaluate((element) => element.ownerDocument.defaultView?.getComputedStyle(element).backgroundColor)).toBe(
      'rgb(255, 241, 240)',
    );
    await page.getByText('1 件物品已逾期未还').waitFor();
    await look(page, 'overdue');

    await row.getByRole('button', { name: buttonName('归还') }).click();
    await page.getByRole('button', { name: buttonName('确认归还') }).click();
    await page.getByText('已归还，逾期 4 天；物品已恢复可借').waitFor();
    await row.waitFor({ state: 'detached' });
    expect(await page.getByTestId('shared-loans').textContent()).toContain('电钻');
    const loans = await story.api.request('GET', `/volunteering/sharing/loans?personId=${residents[0]?.id}`, {
      token: tokens.worker,
    });
    expect(loans.json.items[0]).toMatchObject({ itemName: '儿童自行车', status: 'returned', daysLate: 4 });
  });

  it("refuses a second resident's claim of a plot already taken, with a clear message", { timeout: 60_000 }, async () => {
    const [wang, li] = residents;
    if (!wang || !li) throw new Error('no residents');
    const defined = await story.api.request('POST', '/volunteering/sharing/plots', {
      token: tokens.worker,
      headers: { 'Idempotency-Key': 'plot-a01' },
      body: { community, code: 'A-01', sizeSqm: 12, note: '靠近水龙头' },
    });
    expect(defined.status, JSON.stringify(defined.json)).toBe(201);
    // Li opens her page while A-01 is still free; Wang claims it first.
    const page = await residentPage(li, '/me/sharing');
    const plots = page.getByTestId('my-plot');
    await plots.getByText('地块 A-01').waitFor();
    const claimed = await story.api.request('POST', `/volunteering/sharing/plots/${defined.json.id}/claim`, {
      token: wang.token,
      body: { season: '2026' },
    });
    expect(claimed.status, JSON.stringify(claimed.json)).toBe(200);

    await plots.getByRole('button', { name: buttonName('认领') }).click();
    await plots.getByText('地块 A-01 已被认领，请选择其他空闲地块').waitFor();
    await plots.scrollIntoViewIfNeeded();
    await look(page, 'plot-refused');
    const after = await story.api.request('GET', `/volunteering/sharing/plots?community=${community}`, { token: tokens.worker });
    expect(after.json.items[0]).toMatchObject({ code: 'A-01', status: 'claimed', holderPersonId: wang.id });

    // The worker's view of the garden: who holds which plot, for which season.
    for (const [code, sizeSqm] of [
      ['A-02', 12],
      ['B-01', 20],
    ] as const) {
      await story.api.request('POST', '/volunteering/sharing/plots', {
        token: tokens.worker,
        headers: { 'Idempotency-Key': `plot-${code}` },
        body: { community, code, sizeSqm },
      });
    }
    const desk = await workerPage();
    await openFromMenu(desk, '志愿服务', '共享菜园');
    const taken = desk.locator('tr', { hasText: 'A-01' });
    await taken.getByText('王芳').waitFor();
    expect(await taken.textContent()).toContain('2026 年度');
    await desk.getByText('共 3 块，空闲 2 块').waitFor();
    await look(desk, 'plots');
  });

  it('a worker posts a child’s wish, a resident claims it and fulfils it with a photo', { timeout: 90_000 }, async () => {
    const [wang] = residents;
    if (!wang) throw new Error('no resident');
    const child = await story.api.request('POST', '/registry/persons', {
      token: tokens.worker,
      body: { name: '陈小宇', citizenId: withCheckCharacter('35020320180512013'), residence: 'registered', area: grid },
    });
    expect(child.status, JSON.stringify(child.json)).toBe(201);
    const page = await workerPage();
    await openFromMenu(page, '志愿服务', '微心愿');
    await page.getByText('心愿池还是空的').waitFor();
    await page.getByRole('button', { name: buttonName('发布心愿') }).click();
    await page.getByTestId('person-picker-citizen-id').fill(withCheckCharacter('35020320180512013'));
    // Volunteering learns of the child by event: the picker finds him in the registry at once, the post may wait.
    await page.getByRole('button', { name: buttonName('查找') }).click();
    await page.getByTestId('picked-person').getByText('陈小宇').waitFor();
    await page.locator('#title').fill('一套恐龙科普绘本');
    await page.locator('#description').fill('小学二年级，喜欢恐龙');
    await page.locator('#deadline').click();
    await page.locator('#deadline').fill('2026-12-31');
    await page.keyboard.press('Enter');
    const posted = page.getByText('已发布“一套恐龙科普绘本”，进入心愿池等待认领');
    for (let attempt = 1; ; attempt++) {
      await page.getByRole('button', { name: buttonName('发布') }).click();
      await posted.or(page.getByText('未找到该儿童，请确认已在人口库登记')).first().waitFor();
      if ((await posted.count()) > 0) break;
      if (attempt >= 10) throw new Error('volunteering never learnt of the child');
      await page.waitForTimeout(1_000);
    }

    const phonePage = await residentPage(wang, '/me/wishes');
    const pool = phonePage.getByTestId('wish-pool');
    // Residents see the child as 某小朋友, never by name.
    await pool.getByText('一套恐龙科普绘本').waitFor();
    expect(await pool.textContent()).not.toContain('陈小宇');
    await pool.getByRole('button', { name: buttonName('认领') }).click();
    await phonePage.locator('#contact').fill('13800000000');
    await phonePage.getByRole('button', { name: buttonName('确认认领') }).click();
    await phonePage.getByText(/已认领，请于 .* 前帮孩子实现心愿/).waitFor();
    await look(phonePage, 'resident-wishes');
    await phonePage
      .getByTestId('my-wishes')
      .getByRole('button', { name: buttonName('上传照片登记实现') })
      .click();
    await phonePage
      .getByTestId('wish-photo')
      .locator('input[type=file]')
      .setInputFiles(await bicyclePhoto());
    await phonePage.getByTestId('wish-photo').locator('.ant-upload-list-item-done').waitFor();
    await phonePage.getByRole('button', { name: buttonName('登记实现') }).click();
    await phonePage.getByText('“一套恐龙科普绘本”已实现，谢谢您').waitFor();

    await page.reload();
    const row = page.locator('tr', { hasText: '一套恐龙科普绘本' });
    await row.getByText('已实现').waitFor();
    await row.locator('img[alt="一套恐龙科普绘本 实现照片"]').waitFor();
    await look(page, 'wishes');
    const wishes = await story.api.request('GET', `/volunteering/wishes?community=${community}`, { token: tokens.worker });
    expect(wishes.json.items[0]).toMatchObject({ child: '陈小宇', status: 'fulfilled' });
    expect(wishes.json.items[0].fulfilment.photoKey).toMatch(/^volunteering\/wishes\//);
  });
});
