import { withCheckCharacter } from '@shequ/registry/domain/citizen-id';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buttonName, openFromMenu } from '../support/browser.ts';
import { consoleStory, phone } from '../support/console-story.ts';
import { apiClient } from '../support/platform.ts';

/**
 * The subsidies funds screens in a real browser: a sub-district's staff run a winter donation drive to the
 * seed's figures (residents 18,248, units 3,575, party dues 5,940, which add up to 27,763 yuan where the seed states
 * 27,753, and 363 winter garments); a
 * unit's disabled-employment base passes its self-check, applies before 30 April, is inspected in late July
 * on the training clock, is paid its funds by the district, and a training plan filed too late is refused at
 * its date. A failing step leaves a screenshot in .test-results/.
 */
const subdistrict = '350203006';
const community = `${subdistrict}029`;
const accounts = [
  {
    sub: 'jiedao',
    label: '鹭江街道 · 残联',
    name: '郑玉梅',
    role: 'subdistrict-staff' as const,
    areas: [subdistrict],
    description: '街道残联、慈善募捐',
  },
  {
    sub: 'jumin',
    label: '小学社区 · 居民',
    name: '王建华',
    role: 'resident' as const,
    areas: [`${community}-03`],
    description: '看招聘岗位',
  },
  {
    sub: 'qu',
    label: '思明区 · 区残联',
    name: '许文斌',
    role: 'district-admin' as const,
    areas: ['350203'],
    description: '扶持资金拨付',
  },
];

const tokens = { staff: '', admin: '' };

const story = consoleStory('subsidies-funds', {
  services: ['registry', 'subsidies'],
  signInAccounts: accounts,
  clock: '2026-04-10T09:00+08:00',
});

beforeAll(async () => {
  tokens.staff = await story.platform.issuer.sign({ sub: 'jiedao', role: 'subdistrict-staff', areas: [subdistrict] });
  tokens.admin = await story.platform.issuer.sign({ sub: 'qu', role: 'district-admin', areas: ['350203'] });
  // The district's sub-districts and communities from the division data, so screens name them.
  const seeded = await apiClient(story.platform.url).request('POST', '/_local/jobs/registry.seed-areas', { token: tokens.admin });
  expect(seeded.status, JSON.stringify(seeded.json)).toBe(200);
}, 120_000);

async function titled(page: Page, title: string): Promise<void> {
  await page.locator('.ant-page-header-heading-title', { hasText: title }).waitFor();
}

/** Types a day into an antd date picker and confirms it. */
async function pickDay(page: Page, selector: string, day: string): Promise<void> {
  await page.locator(selector).click();
  await page.locator(selector).fill(day);
  await page.locator(selector).press('Enter');
}

const drawer = (page: Page) => page.locator('.ant-drawer-content:visible');

/** Picks an option of an antd select by its field's id (a chosen value covers the field, so the select is clicked). */
async function choose(page: Page, field: string, option: string): Promise<void> {
  await page.locator('.ant-select', { has: page.locator(`#${field}`) }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

/** A worker's first screen after signing in. */
async function signedIn(account: string): Promise<Page> {
  const page = await story.signIn(account);
  await page.getByText('工作台', { exact: true }).first().waitFor();
  return page;
}

/** What the screen shows at this step, and the README picture of it when asked for. */
async function lookAt(page: Page, name: string): Promise<void> {
  await story.look(page, name);
  await story.readmeShot(page, `subsidies-${name}`);
}

describe('慈善募捐, as the sub-district’s staff', () => {
  it('runs a drive to the seed’s figures and sees their sum, 27,763, on its page', { timeout: 90_000 }, async () => {
    const page = await signedIn('jiedao');
    await openFromMenu(page, '补助', '慈善募捐');
    await titled(page, '慈善募捐');
    await page.getByText('还没有募捐活动').waitFor();
    await page.getByRole('button', { name: buttonName('发起募捐') }).click();
    await page.locator('#name').fill('2026 年冬季送温暖募捐');
    await page.locator('#purpose').fill('为辖区困难家庭、孤寡老人筹集过冬衣物和慰问金');
    await page.locator('#earmark').fill('困难家庭冬季慰问');
    await pickDay(page, '#startsOn', '2026-04-01');
    await pickDay(page, '#endsOn', '2026-04-30');
    await drawer(page)
      .getByRole('button', { name: buttonName('发起募捐') })
      .click();
    await page.waitForURL(/\/subsidy\/drives\/[0-9a-z]+$/);
    await titled(page, '2026 年冬季送温暖募捐');
    const driveId = page.url().split('/').pop() ?? '';

    // Money by source, one line of the paper register after another (the drawer stays open between them).
    await page.getByRole('button', { name: buttonName('登记善款') }).click();
    for (const [source, amount] of [
      ['居民', '18248'],
      ['单位', '3575'],
      ['党费（党员捐款）', '5940'],
    ] as const) {
      await drawer(page).getByText(source, { exact: true }).click();
      await page.locator('#amount').fill(amount);
      await drawer(page)
        .getByRole('button', { name: buttonName('保存') })
        .click();
      await page
        .getByText(`善款 ${Number(amount).toLocaleString('zh-CN')}.00 元`)
        .first()
        .waitFor();
    }
    await drawer(page)
      .getByRole('button', { name: buttonName('完成') })
      .click();

    await page.getByRole('button', { name: buttonName('登记物资') }).click();
    await page.locator('#item').fill('棉衣');
    await page.locator('#quantity').fill('363');
    await page.locator('#donorName').fill('辖区居民');
    await drawer(page).getByText('保存后关闭').click();
    await drawer(page)
      .getByRole('button', { name: buttonName('保存') })
      .click();
    await drawer(page).waitFor({ state: 'hidden' });

    // The seed's register states 27,753 in all, but its three sources add up to 27,763: the page adds them.
    await expect.poll(() => page.getByTestId('drive-total').textContent()).toContain('27,763.00');
    expect(await page.getByTestId('source-residents').textContent()).toContain('18,248.00 元');
    expect(await page.getByTestId('source-units').textContent()).toContain('3,575.00 元');
    expect(await page.getByTestId('source-party-dues').textContent()).toContain('5,940.00 元');
    expect(await page.getByTestId('goods-line').textContent()).toMatch(/棉衣\s*363\s*件/);
    await page.getByText('辖区居民').waitFor();
    await lookAt(page, 'drive');

    const drive = await apiClient(story.platform.url).request('GET', `/subsidies/drives/${driveId}`, { token: tokens.staff });
    expect(drive.json.totals).toMatchObject({
      moneyFen: 2_776_300,
      donationCount: 4,
      goods: [{ item: '棉衣', unit: '件', quantity: 363 }],
    });
    expect(drive.json.area).toBe(subdistrict);
    // The garments came with no source picked: the last money line's 党费 is not carried over to them.
    const donations = await apiClient(story.platform.url).request('GET', `/subsidies/drives/${driveId}/donations`, {
      token: tokens.staff,
    });
    const garments = donations.json.items.find((donation: { kind: string }) => donation.kind === 'goods');
    expect(garments).toMatchObject({ item: '棉衣', donorName: '辖区居民' });
    expect(garments.source).toBeUndefined();

    await page.getByRole('button', { name: buttonName('结束活动') }).click();
    await page.locator('#note').fill('善款已转入街道慈善专户，棉衣已分发各社区');
    await page.getByRole('button', { name: buttonName('确认结束') }).click();
    await page.getByText('活动已结束，合计已定稿').waitFor();
    // The page reads the closed drive again: 登记善款 goes once it has.
    await expect.poll(() => page.getByRole('button', { name: buttonName('登记善款') }).count()).toBe(0);
    expect(story.scriptErrors(page)).toEqual([]);
  });
});

describe('就业扶贫基地, from self-check to funds', () => {
  let baseId = '';

  /** The base's page as staff find it: from the menu, in the year's list of bases. */
  async function openBase(page: Page): Promise<void> {
    await openFromMenu(page, '补助', '就业扶贫基地');
    await titled(page, '残疾人就业扶贫基地');
    await page.getByRole('link', { name: '同和工艺品有限公司' }).click();
    await page.waitForURL((url) => url.pathname.endsWith(`/subsidy/employment/bases/${baseId}`));
    await titled(page, '同和工艺品有限公司');
  }

  it('a unit passes its self-check and applies before 30 April', { timeout: 90_000 }, async () => {
    const unit = await apiClient(story.platform.url).request('POST', '/registry/units', {
      token: tokens.staff,
      headers: { 'Idempotency-Key': 'unit-tonghe' },
      body: { name: '同和工艺品有限公司', kind: 'enterprise', area: community, contactName: '陈志明' },
    });
    expect(unit.status, JSON.stringify(unit.json)).toBe(201);

    const page = await signedIn('jiedao');
    await openFromMenu(page, '补助', '就业扶贫基地');
    await titled(page, '残疾人就业扶贫基地');
    await page.getByRole('tab', { name: '标准与自查' }).click();
    // 企业安置型 is chosen first: one field per standard.
    const figures: [string, string][] = [
      ['#figures_disabledEmployees', '12'],
      ['#figures_annualOutputYuan', '360000'],
      ['#figures_incomePerPersonYuan', '12000'],
      ['#figures_contractYears', '3'],
      ['#figures_lowestMonthlyWageYuan', '2000'],
    ];
    for (const [field, value] of figures) await page.locator(field).fill(value);
    await page.locator('#figures_pensionInsurance').getByText('是', { exact: true }).click();
    await page.locator('#figures_medicalInsurance').getByText('是', { exact: true }).click();
    await page.getByRole('button', { name: buttonName('逐项自查') }).click();
    // The wage is under the district's minimum: that standard alone is not met, with the figure beside it.
    await expect.poll(() => page.getByTestId('check-verdict').textContent()).toContain('有 1 项未达标');
    const wage = page.getByTestId('check-lowestMonthlyWageYuan');
    expect(await wage.textContent()).toContain('2,000 元');
    expect(await wage.textContent()).toContain('未达标');

    await page.locator('#figures_lowestMonthlyWageYuan').fill('2300');
    await page.getByRole('button', { name: buttonName('逐项自查') }).click();
    await expect.poll(() => page.getByTestId('check-verdict').textContent()).toContain('各项均达到基地标准');
    expect(await page.getByTestId('check-disabledEmployees').textContent()).toContain('达标');
    await lookAt(page, 'base-self-check');

    // The unit is 小学社区's: its community is picked first, then the unit found by name.
    await choose(page, 'community', '小学');
    await page.locator('#unitId').click();
    await page.locator('#unitId').fill('同和');
    await page.locator('.ant-select-item-option', { hasText: '同和工艺品有限公司' }).click();
    await page.locator('#contactName').fill('陈志明');
    await page.getByRole('button', { name: buttonName('提交申报') }).click();
    await page.waitForURL(/\/subsidy\/employment\/bases\/[0-9a-z]+$/);
    await titled(page, '同和工艺品有限公司');
    await expect.poll(() => page.getByTestId('base-state').textContent()).toBe('已申报待验收');
    baseId = page.url().split('/').pop() ?? '';
    expect(story.scriptErrors(page)).toEqual([]);
  });

  it('is inspected in late July and plaqued, then paid its funds by the district', { timeout: 90_000 }, async () => {
    expect(baseId).not.toBe('');
    // The training clock moves a month at most at a time, running the schedules it passes.
    for (const to of ['2026-05-10', '2026-06-10', '2026-07-10', '2026-07-24']) {
      const moved = await apiClient(story.platform.url).request('POST', '/_local/clock', {
        token: tokens.admin,
        body: { to: `${to}T10:00+08:00` },
      });
      expect(moved.status, JSON.stringify(moved.json)).toBe(200);
    }

    let page = await signedIn('jiedao');
    await openBase(page);
    await page.getByText('达标（挂牌）').click();
    await page.locator('#findings').fill('现场核查安置残疾职工 12 人，劳动合同和社保缴费记录齐全');
    await page.locator('#evidence_0_description').fill('生产车间现场照片 6 张');
    await page.getByRole('button', { name: buttonName('登记验收') }).click();
    await expect.poll(() => page.getByTestId('base-state').textContent()).toBe('已挂牌');
    // Sub-district staff do not pay funds: the district does.
    expect(await page.getByRole('button', { name: buttonName('拨付到基地') }).count()).toBe(0);

    page = await signedIn('qu');
    await openBase(page);
    await page.locator('#amountYuan').fill('50000');
    await page.getByRole('button', { name: buttonName('拨付到基地') }).click();
    await expect.poll(() => page.getByTestId('fund-amount').textContent()).toBe('50,000.00 元');
    const base = await apiClient(story.platform.url).request('GET', `/subsidies/employment/bases/${baseId}`, {
      token: tokens.admin,
    });
    expect(base.json).toMatchObject({ state: 'plaqued', fund: { amountFen: 5_000_000, paidOn: '2026-07-24' } });
    await lookAt(page, 'base');
    expect(story.scriptErrors(page)).toEqual([]);
  });

  it('refuses a training plan filed less than 10 days ahead, at the date field', { timeout: 60_000 }, async () => {
    const page = await signedIn('jiedao');
    await openBase(page);
    await page.getByRole('button', { name: buttonName('报送培训计划') }).click();
    await page.locator('#title').fill('残疾人手工编织技能培训班');
    await page.locator('#content').fill('竹编、草编基础技法，产品质量要求');
    await pickDay(page, '#startsOn', '2026-07-30');
    await page.locator('#plannedTrainees').fill('20');
    await drawer(page)
      .getByRole('button', { name: buttonName('报送') })
      .click();
    const explained = page.locator('.ant-form-item', { has: page.locator('#startsOn') }).locator('.ant-form-item-explain-error');
    await expect.poll(() => explained.textContent()).toContain('开班日期最早为 2026 年 8 月 3 日');
    const plans = await apiClient(story.platform.url).request('GET', `/subsidies/employment/bases/${baseId}/training-plans`, {
      token: tokens.staff,
    });
    expect(plans.json.items).toEqual([]);

    // Ten days ahead is accepted, and the plan shows in the base's list.
    await pickDay(page, '#startsOn', '2026-08-03');
    await drawer(page)
      .getByRole('button', { name: buttonName('报送') })
      .click();
    await page.locator('.ant-table-row', { hasText: '残疾人手工编织技能培训班' }).waitFor();
    expect(story.scriptErrors(page)).toEqual([]);
  });
});

describe('预算 and 就业岗位', () => {
  it('the district sets a year’s earmarked budget; sub-district staff read it', { timeout: 60_000 }, async () => {
    let page = await signedIn('qu');
    await openFromMenu(page, '补助', '预算');
    await titled(page, '预算');
    await page.getByText('2026 年度还没有设定预算').waitFor();
    await page.getByRole('button', { name: buttonName('设定预算') }).click();
    await page.locator('#programme').click();
    await page.locator('.ant-select-item-option', { hasText: '大病医疗救助' }).click();
    await page.locator('#totalYuan').fill('31900');
    await page.locator('#earmark').fill('区级医疗救助专项资金');
    await page.getByRole('button', { name: buttonName('保存预算') }).click();
    await page.locator('.ant-table-row', { hasText: '大病医疗救助' }).waitFor();
    expect(await page.locator('.ant-table-row', { hasText: '大病医疗救助' }).textContent()).toContain(
      '专款专用 · 区级医疗救助专项资金',
    );
    await lookAt(page, 'budgets');

    page = await signedIn('jiedao');
    await openFromMenu(page, '补助', '预算');
    await page.locator('.ant-table-row', { hasText: '大病医疗救助' }).waitFor();
    expect(await page.locator('.ant-table-row', { hasText: '大病医疗救助' }).textContent()).toContain('31,900.00 元');
    expect(await page.getByRole('button', { name: buttonName('设定预算') }).count()).toBe(0);
  });

  const seekerId = withCheckCharacter('35020319850715001');

  it('posts a job opening, registers a placement, and a resident reads the openings on a phone', {
    timeout: 90_000,
  }, async () => {
    const client = apiClient(story.platform.url);
    const person = await client.request('POST', '/registry/persons', {
      token: tokens.staff,
      body: { name: '李春生', citizenId: seekerId, residence: 'registered', area: `${community}-03` },
    });
    expect(person.status, JSON.stringify(person.json)).toBe(201);

    let page = await signedIn('jiedao');
    await openFromMenu(page, '补助', '就业岗位');
    await titled(page, '就业岗位');
    await page.getByRole('button', { name: buttonName('发布岗位') }).click();
    await choose(page, 'community', '小学');
    await choose(page, 'unitId', '同和工艺品有限公司');
    await expect.poll(() => page.locator('#unitName').inputValue()).toBe('同和工艺品有限公司');
    await page.locator('#title').fill('手工编织工');
    await page.locator('#description').fill('竹编、草编产品加工，计件工资，可居家完成部分工序');
    await page.locator('#positions').fill('3');
    await page.locator('#monthlyWageYuan').fill('2600');
    await pickDay(page, '#closesOn', '2026-08-31');
    await drawer(page)
      .getByRole('button', { name: buttonName('发布') })
      .click();
    await page.waitForURL(/\/subsidy\/jobs\/[0-9a-z]+$/);
    await titled(page, '手工编织工');

    await page.getByRole('button', { name: buttonName('登记安置') }).click();
    await page.getByTestId('person-picker-citizen-id').fill(seekerId);
    await page.getByTestId('person-picker-citizen-id').press('Enter');
    await page.getByTestId('picked-person').waitFor();
    await drawer(page)
      .getByRole('button', { name: buttonName('登记安置') })
      .click();
    await page.locator('.ant-table-row', { hasText: '李春生' }).waitFor();
    await page.getByText('已安置 1 人，剩余 2 人').waitFor();
    await lookAt(page, 'job');

    await story.close(page);
    page = await story.signIn('jumin', phone);
    await page.goto(`${story.platform.url}/me/jobs`);
    await page.getByText('手工编织工').waitFor();
    expect(await page.getByText('余 2 人').count()).toBe(1);
    await lookAt(page, 'me-jobs');
    expect(story.scriptErrors(page)).toEqual([]);
  });
});
