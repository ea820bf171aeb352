import { withCheckCharacter } from '@shequ/registry/domain/citizen-id';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buttonName, openFromMenu } from '../support/browser.ts';
import { consoleStory } from '../support/console-story.ts';
import { eventually, runJob } from '../support/platform.ts';

/**
 * The 民生流水线 in a real browser on the training clock (Monday 30 November 2026): a resident files a case
 * from a phone, the community worker accepts, handles and publishes it on the board, the resident rates the
 * outcome; a case left past its deadline shows escalated to the sub-district once the day's job has run.
 */
const community = '350203006029';
const grid = `${community}-03`;
const start = '2026-11-30T10:00+08:00';
const accounts: {
  sub: string;
  label: string;
  name: string;
  role: 'community-worker' | 'resident';
  areas: string[];
  description: string;
  person?: string;
}[] = [
  {
    sub: 'worker',
    label: '小学社区 · 社区工作者',
    name: '陈丽华',
    role: 'community-worker',
    areas: [community],
    description: '民生流水线',
  },
];

const tokens = { worker: '', admin: '', resident: '' };
let residentId = '';
let overdueCaseId = '';

const story = consoleStory('cases', { services: ['registry', 'cases'], signInAccounts: accounts, clock: start });

beforeAll(async () => {
  tokens.worker = await story.platform.issuer.sign({ sub: 'worker', role: 'community-worker', areas: [community] });
  tokens.admin = await story.platform.issuer.sign({ sub: 'admin', role: 'district-admin', areas: ['350203'] });
  // The district's sub-districts and communities from the division data, so screens name them.
  await runJob(story.api, 'registry.seed-areas', tokens.admin);
  const registered = await story.api.request('POST', '/registry/persons', {
    token: tokens.worker,
    body: { name: '郑雅婷', citizenId: withCheckCharacter('35020319780312002'), residence: 'registered', area: grid },
  });
  expect(registered.status, JSON.stringify(registered.json)).toBe(201);
  residentId = registered.json.id;
  // The sign-in page offers the resident once the registry knows her.
  accounts.push({
    sub: 'resident-zheng',
    label: '小学社区居民 · 郑雅婷',
    name: '郑雅婷',
    role: 'resident',
    areas: [grid],
    description: '居民本人',
    person: residentId,
  });
  tokens.resident = await story.platform.issuer.sign({
    sub: 'resident-zheng',
    role: 'resident',
    areas: [grid],
    person: residentId,
  });
  // A reception-day case accepted today is due in 3 working days (3 December); cases learns of her by event first.
  const filed = await eventually(async () => {
    const answer = await story.api.request('POST', '/cases', {
      token: tokens.worker,
      body: {
        channel: 'reception-day',
        category: 'security',
        topic: '单元门禁损坏',
        description: '3号楼门禁坏了一个月',
        personId: residentId,
      },
    });
    return answer.status === 404 ? undefined : answer;
  });
  expect(filed.status, JSON.stringify(filed.json)).toBe(201);
  overdueCaseId = filed.json.id;
  const accepted = await story.api.request('POST', `/cases/items/${overdueCaseId}/commands`, {
    token: tokens.worker,
    body: { type: 'accept', version: 1, assignee: { kind: 'department', name: '物业服务中心' } },
  });
  expect(accepted.json).toMatchObject({ dueOn: '2026-12-03' });
}, 120_000);

async function titled(page: Page, title: string): Promise<void> {
  await page.locator('.ant-page-header-heading-title', { hasText: title }).waitFor();
}

async function pick(page: Page, field: string, option: string): Promise<void> {
  await page.locator(`#${field}`).click();
  await page.locator('.ant-select-item-option', { hasText: option }).first().click();
}

const readCase = async (id: string) => (await story.api.request('GET', `/cases/items/${id}`, { token: tokens.worker })).json;

describe('民生流水线 in the console', () => {
  let caseId = '';

  it('takes a case filed from a phone through the board to the resident’s rating', async () => {
    const phone = await story.signIn('resident-zheng', { width: 390, height: 844 });
    await phone.getByTestId('tab-/me/cases').click();
    await phone.getByRole('button', { name: buttonName('我要反映') }).click();
    await pick(phone, 'category', '环境卫生');
    await phone.locator('#topic').fill('楼道堆物');
    await phone.locator('#description').fill('3号楼二单元楼道堆满纸箱，影响通行也有火灾隐患');
    await phone.getByTestId('my-case-submit').click();
    await phone.waitForURL(/\/me\/cases\/[0-9a-z]{10,}$/);
    caseId = phone.url().split('/').at(-1) ?? '';
    await expect.poll(() => phone.getByTestId('my-case').textContent()).toContain('社区已收到，正在安排受理');
    expect(await readCase(caseId)).toMatchObject({ status: 'received', channel: 'mailbox', personId: residentId });

    const desk = await story.signIn('worker');
    await openFromMenu(desk, '民生流水线', '流水线看板');
    await titled(desk, '流水线看板');
    const intake = desk.getByTestId('stage-intake');
    await intake.getByText('楼道堆物').click();
    await titled(desk, '楼道堆物');
    await desk.getByTestId('command-accept').click();
    await desk.locator('#assigneeName').fill('物业服务中心');
    await desk.getByTestId('command-submit').click();
    await desk.getByTestId('command-handle').waitFor();
    // Accepted on Monday 30 November: 5 working days for 环境卫生, due Monday 7 December.
    await desk.getByText('2026-12-07 前办结').first().waitFor();
    await desk.getByTestId('command-handle').click();
    await desk.locator('#outcome').fill('物业已清理楼道纸箱，并张贴禁止堆物提示');
    await desk.getByTestId('command-submit').click();
    await desk.getByTestId('command-publish').click();
    await desk.getByTestId('command-submit').click();
    await desk.getByText('结果已公示，待回访').first().waitFor();
    await story.readmeShot(desk, 'cases-case');
    expect(await readCase(caseId)).toMatchObject({
      status: 'published',
      assignee: { name: '物业服务中心' },
      outcome: { text: '物业已清理楼道纸箱，并张贴禁止堆物提示' },
      publication: { postedFrom: '2026-11-30', postedUntil: '2026-12-06' },
    });

    await phone.reload();
    await phone.getByTestId('rate-case').waitFor();
    await phone.getByTestId('rate-case').getByText('满意', { exact: true }).click();
    await phone.locator('#note').fill('清理得很干净');
    await phone.getByTestId('rate-submit').click();
    await expect.poll(() => phone.getByTestId('my-case').textContent()).toContain('已回访，办结');
    expect(await readCase(caseId)).toMatchObject({
      status: 'closed',
      followUps: [{ satisfaction: 'satisfied', note: '清理得很干净', on: '2026-11-30' }],
    });
    expect(story.scriptErrors()).toEqual([]);
  }, 90_000);

  it('registers a walk-in’s anonymous letter from 诉求登记', async () => {
    const desk = await story.signIn('worker');
    await openFromMenu(desk, '民生流水线', '诉求登记');
    await titled(desk, '诉求登记');
    await desk.getByText('连心卡', { exact: true }).click();
    await desk.getByText('匿名来信（只填所涉网格）').click();
    await desk.getByTestId('case-intake-submit').click();
    await desk.getByText('请选择诉求类别').waitFor();
    // The letter's place starts as the worker's community.
    await expect.poll(() => desk.locator('.ant-form-item', { hasText: '所涉网格' }).last().textContent()).toContain('小学社区');
    await pick(desk, 'category', '设施维修');
    await desk.locator('#topic').fill('路灯不亮');
    await desk.locator('#description').fill('小区东门路灯坏了一周，晚上很黑');
    await desk.getByTestId('case-intake-submit').click();
    await titled(desk, '路灯不亮');
    const id = desk.url().split('/').at(-1) ?? '';
    expect(await readCase(id)).toMatchObject({ channel: 'contact-card', category: 'facilities', area: community });
    expect(await readCase(id)).not.toHaveProperty('personId');
  }, 60_000);

  it('shows an overdue case escalated to the sub-district after the day’s job', async () => {
    const moved = await story.api.request('POST', '/_local/clock', {
      token: tokens.admin,
      body: { to: '2026-12-04T10:00+08:00' },
    });
    expect(moved.status, JSON.stringify(moved.json)).toBe(200);
    const ran = await story.api.request('POST', '/_local/jobs/cases.escalate-overdue', { token: tokens.admin });
    expect(ran.json.result.escalated).toContain(overdueCaseId);

    const desk = await story.signIn('worker');
    await openFromMenu(desk, '民生流水线', '流水线看板');
    const card = desk.getByTestId(`case-card-${overdueCaseId}`);
    await expect.poll(() => card.textContent()).toContain('已上报街道督办');
    await story.readmeShot(desk, 'cases-board');
    await card.getByText('单元门禁损坏').click();
    await expect.poll(() => desk.getByTestId('case-escalations').textContent()).toContain('2026-12-04 上报街道');
    expect(await readCase(overdueCaseId)).toMatchObject({ level: 'subdistrict', levelLabel: '街道' });

    await openFromMenu(desk, '民生流水线', '按期办结率');
    await titled(desk, '按期办结率');
    await desk.getByTestId('compliance-rate').waitFor();
    await story.readmeShot(desk, 'cases-compliance');
  }, 60_000);
});
