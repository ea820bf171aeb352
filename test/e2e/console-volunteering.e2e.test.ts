import { join } from 'node:path';
import { REPO_ROOT } from '@shequ/local/platform';
import { withCheckCharacter } from '@shequ/registry/domain/citizen-id';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buttonName, openFromMenu } from '../support/browser.ts';
import { consoleStory } from '../support/console-story.ts';
import { eventually } from '../support/platform.ts';

/**
 * 志愿服务 in the console as 小学社区's community worker, eleven residents on their phones and a team
 * leader: a squad formed, a self-registration approved, an activity of 10 places filled from the resident
 * view with the 11th waitlisted and promoted on a cancel, check-in/out on the day at a phone's width
 * crediting a volunteer's hours, and the leader confirming a member's own logged hours.
 */
const community = '350203006029';
const grid = `${community}-03`;

type Account = {
  sub: string;
  label: string;
  name: string;
  role: 'community-worker' | 'resident' | 'volunteer';
  areas: string[];
  description: string;
  person?: string;
};
const accounts: Account[] = [
  {
    sub: 'worker',
    label: '小学社区 · 社区工作者',
    name: '陈丽华',
    role: 'community-worker',
    areas: [community],
    description: '志愿服务',
  },
];

const tokens = { worker: '', admin: '', member: '' };
const residents: { id: string; name: string }[] = [];
const people = { leader: '', member: '', applicant: '' };
const volunteers = { leader: '', member: '' };
let activityId = '';

let sequence = 0;
async function register(name: string): Promise<string> {
  sequence++;
  const citizenId = withCheckCharacter(
    `35020319${70 + (sequence % 20)}0${1 + (sequence % 9)}1${sequence % 9}${String(300 + sequence).padStart(3, '0')}`,
  );
  const created = await story.api.request('POST', '/registry/persons', {
    token: tokens.worker,
    body: { name, citizenId, residence: 'registered', area: grid },
  });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  return created.json.id;
}

/** Volunteering learns of a person by the registry's event: a first request about one is retried until it has. */
function once<T extends { status: number; json: any }>(send: () => Promise<T>): Promise<T> {
  return eventually(async () => {
    const answer = await send();
    const unknown = answer.status >= 400 && JSON.stringify(answer.json).includes('未找到');
    return unknown ? undefined : answer;
  }, 20_000);
}

const survey = { skills: ['medical'], availability: { weekdays: ['thu'], slots: ['morning'] } };

const story = consoleStory('volunteering', {
  // The training clock runs from now, so the day's check-out can come two hours after the check-in.
  services: ['registry', 'volunteering'],
  signInAccounts: accounts,
  clock: new Date(),
});

beforeAll(async () => {
  tokens.worker = await story.platform.issuer.sign({ sub: 'worker', role: 'community-worker', areas: [community] });
  tokens.admin = await story.platform.issuer.sign({ sub: 'admin', role: 'district-admin', areas: ['350203'] });
  for (const [index, surname] of ['林', '陈', '黄', '张', '李', '王', '吴', '刘', '蔡', '杨', '许'].entries()) {
    const name = `${surname}居民${index + 1}`;
    const id = await register(name);
    residents.push({ id, name });
    accounts.push({
      sub: `resident-${index + 1}`,
      label: `居民 · ${name}`,
      name,
      role: 'resident',
      areas: [grid],
      description: '居民本人',
      person: id,
    });
  }
  people.leader = await register('郑队长');
  people.member = await register('苏志愿');
  people.applicant = await register('何申请');
  accounts.push({
    sub: 'leader',
    label: '志愿者 · 郑队长',
    name: '郑队长',
    role: 'volunteer',
    areas: [grid],
    description: '队长',
    person: people.leader,
  });
  tokens.member = await story.platform.issuer.sign({ sub: 'member', role: 'volunteer', areas: [grid], person: people.member });
  const applicantToken = await story.platform.issuer.sign({
    sub: 'applicant',
    role: 'resident',
    areas: [grid],
    person: people.applicant,
  });
  for (const who of ['leader', 'member'] as const) {
    const created = await once(() =>
      story.api.request('POST', '/volunteering/volunteers', { token: tokens.worker, body: { personId: people[who], ...survey } }),
    );
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    volunteers[who] = created.json.volunteerId;
  }
  const applied = await once(() =>
    story.api.request('POST', '/volunteering/volunteers', { token: applicantToken, body: survey }),
  );
  expect(applied.json).toMatchObject({ status: 'pending', selfRegistered: true });
}, 120_000);

async function titled(page: Page, title: string): Promise<void> {
  await page.locator('.ant-page-header-heading-title', { hasText: title }).waitFor();
}

async function pick(page: Page, field: string, option: string, typed?: string): Promise<void> {
  await page.locator(`#${field}`).click();
  if (typed) await page.keyboard.type(typed);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

const signUps = async () =>
  (await story.api.request('GET', `/volunteering/activities/${activityId}/sign-ups`, { token: tokens.worker })).json.signUps as {
    personId: string;
    status: string;
  }[];

describe('志愿服务 in the console', () => {
  it('forms a vanguard squad covering six buildings with a leader, takes a member in, and approves a self-registration', async () => {
    const page = await story.signIn('worker');
    await openFromMenu(page, '志愿服务', '志愿服务队');
    await titled(page, '志愿服务队');
    await page.getByRole('button', { name: buttonName('成立队伍') }).click();
    await pick(page, 'kind', '先锋小分队');
    await page.locator('#name').fill('第一先锋小分队');
    await page.locator('#buildings').click();
    for (const building of ['1号楼', '2号楼', '3号楼', '4号楼', '5号楼', '6号楼']) {
      await page.keyboard.type(building);
      await page.keyboard.press('Enter');
    }
    await pick(page, 'leaderIds', '郑队长', '郑');
    await page.getByRole('button', { name: buttonName('成立') }).click();
    await page.waitForURL(/\/teams\/[0-9a-z]{19,40}$/);
    await titled(page, '第一先锋小分队');
    await expect.poll(() => page.getByText('1号楼、2号楼、3号楼、4号楼、5号楼、6号楼（6 栋）').count()).toBe(1);
    const teamId = page.url().split('/').pop() ?? '';

    await page.locator('.ant-select', { hasText: '把已审核的志愿者加入本队' }).click();
    await page.keyboard.type('苏');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '苏志愿' }).click();
    await page.getByRole('button', { name: buttonName('入队') }).click();
    await page.getByRole('link', { name: '苏志愿' }).waitFor();
    const team = await story.api.request('GET', `/volunteering/teams/${teamId}`, { token: tokens.worker });
    expect(team.json).toMatchObject({
      kind: 'vanguard',
      leaderIds: [volunteers.leader],
      buildings: ['1号楼', '2号楼', '3号楼', '4号楼', '5号楼', '6号楼'],
    });
    expect(team.json.members.map((member: { name: string }) => member.name).sort()).toEqual(['苏志愿']);
    // The leader leads: they join the team too, so their own hours are the team's.
    await story.api.request('PUT', `/volunteering/teams/${teamId}/members/${volunteers.leader}`, { token: tokens.worker });
    await story.readmeShot(page, 'volunteering-team');

    await openFromMenu(page, '志愿服务', '志愿者');
    await titled(page, '志愿者');
    await page.getByRole('tab', { name: '待审核' }).click();
    const row = page.locator('tr', { hasText: '何申请' });
    await row.getByRole('button', { name: buttonName('通过') }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: buttonName('通过') })
      .click();
    await page.getByText('何申请 已成为本社区志愿者').waitFor();
    const approved = await story.api.request('GET', `/volunteering/volunteers?community=${community}&status=approved`, {
      token: tokens.worker,
    });
    expect(approved.json.items.map((volunteer: { name: string }) => volunteer.name)).toContain('何申请');
  }, 90_000);

  it('publishes an activity of 10 places; eleven residents sign up on their phones, the 11th waitlisted and promoted on a cancel', async () => {
    const page = await story.signIn('worker');
    await openFromMenu(page, '志愿服务', '活动');
    await titled(page, '活动');
    await page.getByRole('button', { name: buttonName('发布活动') }).click();
    await pick(page, 'kind', '义诊');
    await page.locator('#title').fill('社区义诊');
    await page.locator('#place').fill('社区卫生服务站');
    const now = new Date();
    const at = (minutes: number) => {
      const time = new Date(now.getTime() + minutes * 60_000);
      // The browser and the platform both keep Beijing time.
      return time.toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 16);
    };
    await page.getByPlaceholder('开始时间').click();
    await page.getByPlaceholder('开始时间').fill(at(30));
    await page.keyboard.press('Enter');
    await page.getByPlaceholder('结束时间').fill(at(240));
    await page.keyboard.press('Enter');
    await page.locator('#capacity').fill('10');
    await page.getByRole('button', { name: buttonName('发布') }).click();
    await page.waitForURL(/\/activities\/[0-9a-z]{19,40}$/);
    await titled(page, '社区义诊');
    activityId = page.url().split('/').pop() ?? '';

    for (const [index, resident] of residents.entries()) {
      const phone = await story.signIn(`resident-${index + 1}`, { width: 390, height: 844 });
      await phone.getByTestId('tab-/me/activities').click();
      const card = phone.getByTestId('activity-社区义诊');
      await card.getByRole('button').click();
      if (index < 10) await phone.getByText('报名成功').waitFor();
      else {
        await phone.getByText('您排在候补第 1 位').first().waitFor();
        await phone.getByTestId('my-sign-up-社区义诊').getByText('候补第 1 位').waitFor();
        await story.readmeShot(phone, 'volunteering-resident-activities');
      }
      await story.close(phone);
      expect(resident.id).toBeTruthy();
    }
    const filled = await signUps();
    expect(filled.filter((signUp) => signUp.status === 'confirmed')).toHaveLength(10);
    expect(filled.filter((signUp) => signUp.status === 'waitlisted').map((signUp) => signUp.personId)).toEqual([
      residents[10]?.id,
    ]);

    // The third resident cancels on her phone; the waitlisted one gets her place.
    const third = await story.signIn('resident-3', { width: 390, height: 844 });
    await third.getByTestId('tab-/me/activities').click();
    await third
      .getByTestId('my-sign-up-社区义诊')
      .getByRole('button', { name: buttonName('取消') })
      .click();
    await third
      .locator('.ant-popconfirm')
      .getByRole('button', { name: buttonName('取消报名') })
      .click();
    await third.getByText('已取消报名').waitFor();
    const after = await signUps();
    expect(after.find((signUp) => signUp.personId === residents[2]?.id)?.status).toBe('cancelled');
    expect(after.find((signUp) => signUp.personId === residents[10]?.id)?.status).toBe('confirmed');

    await page.reload();
    await page.getByRole('tab', { name: /已获名额（10）/ }).waitFor();
    await page.getByRole('tab', { name: /已取消（1）/ }).waitFor();
    await story.readmeShot(page, 'volunteering-activity');
  }, 120_000);

  it('checks people in and out on the day at a phone’s width; the volunteer’s check-out credits hours the leader sees, and the leader confirms logged hours', async () => {
    const phone = await story.signIn('worker', { width: 390, height: 844 });
    await phone.goto(`${story.platform.url}/activities/${activityId}/on-the-day`);
    const first = phone.getByTestId(`attendee-${residents[0]?.name}`);
    await first.getByRole('button', { name: buttonName('签到') }).click();
    await first.getByRole('button', { name: buttonName('签退') }).waitFor();

    await phone.getByText(/^志愿者 \d+$/).click();
    await phone.locator('.ant-select', { hasText: '为来服务的志愿者签到' }).click();
    await phone.keyboard.type('苏');
    await phone.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '苏志愿' }).click();
    await phone.getByRole('button', { name: buttonName('签到') }).click();
    const served = phone.getByTestId('served-苏志愿');
    await served.getByRole('button', { name: buttonName('签退') }).waitFor();
    // Two hours of service go by on the training clock.
    const moved = await story.api.request('POST', '/_local/clock', { token: tokens.admin, body: { advance: 'PT2H' } });
    expect(moved.status, JSON.stringify(moved.json)).toBe(200);
    await served.getByRole('button', { name: buttonName('签退') }).click();
    await served.getByText('记入 2 小时').waitFor();
    await phone.screenshot({ path: join(REPO_ROOT, '.test-results', 'volunteering-on-the-day.png') });

    const year = new Date().getFullYear();
    const memberHours = await story.api.request('GET', `/volunteering/volunteers/${volunteers.member}/hours?year=${year}`, {
      token: tokens.worker,
    });
    expect(memberHours.json).toMatchObject({
      totalHours: 2,
      entries: [{ source: 'activity', status: 'approved', what: '社区义诊' }],
    });

    // The member logs an evening's patrol himself; his team's leader confirms it on the phone.
    const today = new Date(Date.now()).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 10);
    const logged = await story.api.request('POST', `/volunteering/volunteers/${volunteers.member}/hours`, {
      token: tokens.member,
      body: { date: today, hours: 1.5, what: '夜间楼道巡查' },
    });
    expect(logged.status, JSON.stringify(logged.json)).toBe(201);
    const leader = await story.signIn('leader', { width: 390, height: 844 });
    await leader.getByTestId('tab-/me/activities').click();
    await leader.getByText('我的志愿服务时长').click();
    const review = leader.getByTestId('leader-review');
    await review.getByText('苏志愿 2 小时').waitFor();
    await review
      .locator('tr', { hasText: '夜间楼道巡查' })
      .getByRole('button', { name: buttonName('确认') })
      .click();
    await leader
      .locator('.ant-popconfirm')
      .getByRole('button', { name: buttonName('确认') })
      .click();
    await review.getByText('苏志愿 3.5 小时').waitFor();
    const reviewed = await story.api.request('GET', `/volunteering/volunteers/${volunteers.member}/hours?year=${year}`, {
      token: tokens.worker,
    });
    expect(reviewed.json.totalHours).toBe(3.5);

    const desk = await story.signIn('worker');
    await openFromMenu(desk, '志愿服务', '服务时长');
    await titled(desk, '服务时长');
    await desk.locator('tr', { hasText: '苏志愿' }).getByText('3.5 小时').waitFor();
    await story.readmeShot(desk, 'volunteering-hours');
    expect(story.scriptErrors()).toEqual([]);
  }, 120_000);
});
