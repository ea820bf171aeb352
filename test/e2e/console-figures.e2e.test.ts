import { withCheckCharacter } from '@shequ/registry/domain/citizen-id';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buttonName, openFromMenu } from '../support/browser.ts';
import { consoleStory } from '../support/console-story.ts';
import { type ApiClient, eventually } from '../support/platform.ts';

/**
 * The figures the offices report by year and by village, and the mutual-aid association's year and the legal
 * advisors, as a sub-district's staff and a community worker see them in a browser.
 */
const subdistrict = '350203006';
const community = '350203006029';
const neighbour = '350203006002';
const accounts = [
  {
    sub: 'staff',
    label: '鹭江街道 · 民政',
    name: '王海燕',
    role: 'subdistrict-staff' as const,
    areas: [subdistrict],
    description: '街道民政',
  },
  {
    sub: 'worker',
    label: '小学社区 · 社区工作者',
    name: '陈丽华',
    role: 'community-worker' as const,
    areas: [community],
    description: '社区',
  },
];
const year = String(new Date().getFullYear());

let http: ApiClient;
let staffToken: string;
let workerToken: string;

let sequence = 0;
const citizenId = () =>
  withCheckCharacter(`35020319560${1 + (++sequence % 9)}1${sequence % 9}${String(700 + sequence).padStart(3, '0')}`);

async function ok(method: string, path: string, body: unknown, token = workerToken, key?: string) {
  const answer = await http.request(method, path, {
    token,
    body,
    ...(key ? { headers: { 'Idempotency-Key': `figures-seed-${key}` } } : {}),
  });
  expect(answer.status, `${method} ${path} ${JSON.stringify(answer.json)}`).toBeLessThan(300);
  return answer.json;
}

const story = consoleStory('figures', { services: ['registry', 'statistics'], signInAccounts: accounts });

beforeAll(async () => {
  http = story.api;
  staffToken = await story.platform.issuer.sign({ sub: 'setup-staff', role: 'subdistrict-staff', areas: [subdistrict] });
  workerToken = await story.platform.issuer.sign({ sub: 'setup', role: 'community-worker', areas: [community] });
  const admin = await story.platform.issuer.sign({ sub: 'setup-admin', role: 'district-admin', areas: ['350203'] });
  expect((await http.request('POST', '/_local/jobs/registry.seed-areas', { token: admin })).status).toBeLessThan(300);
  // Two households in housing hardship and a death with cremation this year, in 小学社区.
  for (const [index, kind] of (['hardship', 'low-rent-housing'] as const).entries()) {
    const person = await ok(
      'POST',
      '/registry/persons',
      { name: `户主${index + 1}`, citizenId: citizenId(), residence: 'registered', area: community },
      workerToken,
      `p-${index}`,
    );
    await ok(
      'POST',
      '/registry/households',
      { area: community, headPersonId: person.id, housingHardship: { kind } },
      workerToken,
      `h-${index}`,
    );
  }
  const dying = await ok(
    'POST',
    '/registry/persons',
    { name: '陈老伯', citizenId: citizenId(), residence: 'registered', area: community },
    workerToken,
    'p-dying',
  );
  await ok('POST', `/registry/persons/${dying.id}/deceased`, {
    dateOfDeath: new Date().toISOString().slice(0, 10),
    burial: { method: 'cremation' },
    reason: '家属申报，凭死亡医学证明',
    version: dying.version,
  });
  // The association: two units, one activity both took part in; one lawyer for two communities.
  const units = [];
  for (const name of ['鹭江物业公司', '公园南路小学']) {
    units.push(
      await ok('POST', '/registry/units', { name, kind: 'enterprise', area: community }, workerToken, `u-${units.length}`),
    );
  }
  await ok(
    'POST',
    '/registry/mutual-aid/applications',
    { unitId: units[0].id, statement: '愿开放食堂办养老助残餐桌' },
    workerToken,
    'apply-1',
  );
  await ok(
    'POST',
    '/registry/mutual-aid/activities',
    {
      community,
      title: '企业税务政策讲座',
      kind: 'training',
      heldOn: `${year}-01-15`,
      unitIds: units.map((unit) => unit.id),
    },
    workerToken,
    'activity-1',
  );
  for (const target of [community, neighbour]) {
    await ok(
      'PUT',
      `/registry/communities/${target}/legal-advisor`,
      {
        name: '孔律师',
        firm: '福建鹭江律师事务所',
        phone: '0592-5551234',
        serviceHours: target === community ? '每周三下午' : '每周五上午',
      },
      staffToken,
    );
  }
  // The counters move as the statistics consumers take the events.
  await eventually(async () => {
    const figures = await http.request('GET', `/statistics/figures?area=${community}`, { token: workerToken });
    return figures.json.housingHardship === 2 ? true : undefined;
  }, 30_000);
}, 120_000);

const titled = (page: Page, title: string) => page.locator('.ant-page-header-heading-title', { hasText: title }).waitFor();

/** A worker's first screen after signing in. */
async function signedIn(account: string): Promise<Page> {
  const page = await story.signIn(account);
  await page.getByText('工作台', { exact: true }).first().waitFor();
  return page;
}

describe('figures by year and by village', () => {
  it('compiles the year’s report, sees the death and its cremation, and the housing hardship per community', async () => {
    const page = await signedIn('staff');
    await openFromMenu(page, '统计', '年报');
    await titled(page, '年报');
    await page.getByText('尚未编制').waitFor();
    await page.getByRole('button', { name: /立即编制/ }).click();
    await page.getByText('编制完成').waitFor();
    await page.getByRole('button', { name: buttonName('知道了') }).click();
    await page.getByTestId('yearly-table').getByText('小学社区居委会').waitFor();
    const headline = (title: string) =>
      page.locator('.ant-statistic', { hasText: title }).locator('.ant-statistic-content-value');
    await expect.poll(() => headline('死亡人数').textContent()).toBe('1');
    await expect.poll(() => headline('其中：火化').textContent()).toBe('1');
    await story.readmeShot(page, 'statistics-yearly');
    const stored = await http.request('GET', `/statistics/reports/civil-affairs-yearly/${year}?area=${subdistrict}`, {
      token: staffToken,
    });
    expect(stored.json.totals).toMatchObject({ deaths: 1, deathsCremated: 1 });

    await openFromMenu(page, '统计', '专项统计');
    await titled(page, '专项统计');
    const row = page.getByTestId('figures-table').locator('tr', { hasText: '小学社区居委会' });
    await expect.poll(() => row.locator('td').nth(1).textContent()).toBe('2');
    await expect.poll(() => headline('住房困难户').textContent()).toBe('2');
    await story.readmeShot(page, 'statistics-figures');

    await openFromMenu(page, '人口台账', '法律顾问');
    await titled(page, '法律顾问');
    const card = page.getByTestId('legal-advisors').locator('.ant-card', { hasText: '孔律师' });
    await card.getByText('小学社区居委会').waitFor();
    await card.getByText('营平社区居委会').waitFor();
    expect(await card.getByText('包保 2 个').count()).toBe(1);
    expect(story.scriptErrors(page)).toEqual([]);
  }, 90_000);

  it('shows the community worker the association’s year: the application, the activity and the units that took part', async () => {
    const page = await signedIn('worker');
    await openFromMenu(page, '人口台账', '共建互助联合会');
    await titled(page, '共建互助联合会');
    await page.getByTestId('mutual-aid-activities').getByText('企业税务政策讲座').waitFor();
    const value = (title: string) => page.locator('.ant-statistic', { hasText: title }).locator('.ant-statistic-content-value');
    await expect.poll(() => value('提交入会申请').textContent()).toBe('1');
    await expect.poll(() => value('参与单位').textContent()).toBe('2');
    await page.getByTestId('mutual-aid-units').getByText('公园南路小学').waitFor();
    await story.readmeShot(page, 'registry-mutual-aid');
    expect(story.scriptErrors(page)).toEqual([]);
  }, 60_000);
});
