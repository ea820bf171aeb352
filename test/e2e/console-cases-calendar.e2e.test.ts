import { withCheckCharacter } from '@shequ/registry/domain/citizen-id';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buttonName, openFromMenu } from '../support/browser.ts';
import { consoleStory } from '../support/console-story.ts';
import { eventually } from '../support/platform.ts';

/**
 * 五日一周 in a real browser on the training clock (Wednesday 30 December 2026, evaluation day of the fourth
 * quarter): the community worker of 小学社区 adds a resident representative and reads the contact card, keeps
 * the month's deliberation day (agenda, attendance, minutes), creates the quarter's evaluation and issues a
 * card to each representative; one representative answers on her phone, a paper card is keyed in, the results
 * rank the workers and the commendation list is fixed when the evaluation closes. Then a needs questionnaire for
 * January's service week is defined, opened, answered on paper and on a phone, and tallied.
 */
const community = '350203006029';
const grid = `${community}-03`;
const start = '2026-12-30T09:00+08:00';
const worker = {
  sub: 'worker',
  label: '小学社区 · 社区工作者',
  name: '陈丽华',
  role: 'community-worker' as const,
  areas: [community],
  description: '五日一周',
};

const story = consoleStory('cases-calendar', {
  services: ['registry', 'cases'],
  signInAccounts: [worker],
  clock: start,
});
const tokens = { worker: '', resident: '' };
const people: Record<'zheng' | 'wang' | 'li', string> = { zheng: '', wang: '', li: '' };

async function register(name: string, serial: string): Promise<string> {
  const created = await story.api.request('POST', '/registry/persons', {
    token: tokens.worker,
    body: { name, citizenId: withCheckCharacter(`35020319${serial}`), residence: 'registered', area: grid },
  });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  return created.json.id;
}

const representativesPath = `/cases/communities/${community}/representatives`;

beforeAll(async () => {
  tokens.worker = await story.platform.issuer.sign({ sub: worker.sub, role: worker.role, areas: [community], name: worker.name });
  people.zheng = await register('郑雅婷', '780312002');
  people.wang = await register('王秀英', '560821004');
  people.li = await register('李建国', '611105013');
  tokens.resident = await story.platform.issuer.sign({
    sub: 'resident-zheng',
    role: 'resident',
    areas: [grid],
    person: people.zheng,
    name: '郑雅婷',
  });
  // Cases hears of the three by event: the list is refused until it knows them; then two stay, the worker adds the third.
  const all = await eventually(async () => {
    const answer = await story.api.request('PUT', representativesPath, {
      token: tokens.worker,
      body: { persons: [people.zheng, people.wang, people.li], staff: [worker.sub], version: 0 },
    });
    return answer.status === 422 ? undefined : answer;
  }, 30_000);
  expect(all.status, JSON.stringify(all.json)).toBe(200);
  const two = await story.api.request('PUT', representativesPath, {
    token: tokens.worker,
    body: { persons: [people.zheng, people.wang], staff: [worker.sub], version: 1 },
  });
  expect(two.status, JSON.stringify(two.json)).toBe(200);
}, 120_000);

async function titled(page: Page, title: string): Promise<void> {
  await page.locator('.ant-page-header-heading-title', { hasText: title }).waitFor();
}

/** Picks an option of a select by typing part of it, as a worker searches a long list. */
async function choose(page: Page, selector: string, typed: string, option: string): Promise<void> {
  await page.locator(selector).fill(typed);
  await page.locator('.ant-select-item-option', { hasText: option }).first().click();
}

/** Ticks a box and waits until the form shows it ticked (the form re-renders it a moment after the click). */
async function tick(box: Locator): Promise<void> {
  await box.click();
  await expect.poll(() => box.isChecked()).toBe(true);
}

async function toast(page: Page, text: string): Promise<void> {
  await page.locator('.ant-message-notice', { hasText: text }).first().waitFor();
}

/**
 * What a print button puts on paper: the browser's print dialog is left out (headless it would return at once
 * and the sheet go with it), the page is shown as printed, then as on screen again.
 */
async function lookAtPaper(page: Page, button: string, name: string): Promise<void> {
  await page.locator('body').evaluate((body) => {
    const view = body.ownerDocument.defaultView;
    if (view) view.print = () => undefined;
  });
  await page.getByRole('button', { name: buttonName(button) }).click();
  await page.locator('.print-sheet').waitFor({ state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  await story.look(page, name);
  await page.emulateMedia({ media: 'screen' });
}

const read = async (path: string) => (await story.api.request('GET', path, { token: tokens.worker })).json;

describe('五日一周 in the console', () => {
  it('adds a representative, shows the contact card and keeps the deliberation day of December', async () => {
    const desk = await story.signIn(worker.sub);
    await openFromMenu(desk, '民生流水线', '接待日与连心卡');
    await titled(desk, '接待日与连心卡');
    await desk.getByTestId('representatives').getByText('王秀英').waitFor();
    await choose(desk, '#representative-search', '李建', '李建国');
    await desk.getByTestId('representatives-save').click();
    await toast(desk, '已保存：居民代表 3 人');
    await expect.poll(() => desk.getByTestId('contact-card').textContent()).toContain('郑雅婷、王秀英、李建国');
    await story.look(desk, 'representatives');
    await lookAtPaper(desk, '打印连心卡', 'contact-card-paper');
    expect((await read(representativesPath)).persons.map((person: { name: string }) => person.name)).toEqual([
      '郑雅婷',
      '王秀英',
      '李建国',
    ]);

    await openFromMenu(desk, '民生流水线', '五日一周');
    await titled(desk, '五日一周');
    const month = desk.getByLabel('月份');
    await month.click();
    await month.fill('2026-12');
    await month.press('Enter');
    // 5 December is a Saturday: disclosure day is held on Monday the 7th.
    await expect.poll(() => desk.getByTestId('civic-day-disclosure').textContent()).toContain('12月7日 周一');
    await desk.getByTestId('civic-day-evaluation').getByText('12月30日 周三').waitFor();
    await desk.getByTestId('record-deliberation').click();
    const drawer = desk.locator('.ant-drawer-content');
    await drawer.getByRole('button', { name: buttonName('添加议程事项') }).click();
    await drawer.getByTestId('agenda-0').fill('3号楼楼道堆物清理方案');
    await tick(drawer.getByRole('checkbox', { name: '郑雅婷' }));
    await tick(drawer.getByRole('checkbox', { name: '王秀英' }));
    await drawer.locator('#otherResidents').fill('12');
    await drawer.locator('#minutes').fill('议定：物业本周内清理3号楼楼道纸箱，网格员每周巡查一次，1月5日公开日向居民反馈。');
    await drawer.getByTestId('civic-day-save').click();
    await toast(desk, '已登记议事日');
    const deliberation = desk.getByTestId('civic-day-deliberation');
    await expect.poll(() => deliberation.textContent()).toContain('居民代表出席 2 / 3 人：郑雅婷、王秀英');
    await expect.poll(() => deliberation.textContent()).toContain('工作人员：陈丽华（我）');
    await expect.poll(() => deliberation.textContent()).toContain('网格员每周巡查一次');
    await drawer.waitFor({ state: 'hidden' });
    await desk.locator('body').evaluate((body) => body.ownerDocument.defaultView?.scrollTo(0, 0));
    await story.look(desk, 'calendar');
    await deliberation.scrollIntoViewIfNeeded();
    await story.look(desk, 'calendar-deliberation');
    await desk.getByRole('button', { name: buttonName('调整服务周') }).click();
    const weekModal = desk.locator('.ant-modal-content');
    await weekModal.locator('#start').waitFor();
    await story.look(desk, 'calendar-service-week');
    await weekModal.getByRole('button', { name: buttonName('取消') }).click();
    await weekModal.waitFor({ state: 'hidden' });
    // January's reception day has not come: its attendance is refused at the field it concerns.
    await month.click();
    await month.fill('2027-01');
    await month.press('Enter');
    await desk.getByTestId('civic-day-reception').getByText('1月4日 周一').waitFor();
    await desk.getByTestId('record-reception').click();
    await tick(drawer.getByRole('checkbox', { name: '李建国' }));
    await drawer.getByTestId('civic-day-save').click();
    const present = drawer.locator('.ant-form-item', { hasText: '出席的居民代表' });
    await present.getByText('接待日在 2027-01-04 举行，当天或之后才能登记出席情况').waitFor();
    await story.look(desk, 'calendar-refused');
    await drawer.locator('.ant-drawer-close').click();

    const december = await read(`/cases/communities/${community}/calendar/2026-12`);
    expect(december.days.find((day: { kind: string }) => day.kind === 'deliberation')).toMatchObject({
      date: '2026-12-28',
      agenda: [{ text: '3号楼楼道堆物清理方案', source: 'worker' }],
      attendance: { representativesPresent: 2, representativesTotal: 3, otherResidents: 12, staff: [worker.sub] },
      minutes: { text: expect.stringContaining('1月5日公开日') },
    });
    expect(story.scriptErrors()).toEqual([]);
  }, 90_000);

  it('holds evaluation day: cards issued, answered on a phone and on paper, results ranked, commendation fixed', async () => {
    const desk = await story.signIn(worker.sub);
    await openFromMenu(desk, '民生流水线', '评议日');
    await titled(desk, '评议日');
    await desk.getByTestId('evaluation-new').click();
    const drawer = desk.locator('.ant-drawer-content');
    await choose(desk, '#month', '2026 年第四', '2026 年第四季度');
    await drawer.getByTestId('worker-0-name').fill('林美华');
    await drawer.getByTestId('worker-0-title').fill('社区党委书记、居委会主任');
    await drawer.getByTestId('worker-add').click();
    await drawer.getByTestId('worker-1-name').fill('陈志明');
    await drawer.getByTestId('worker-1-title').fill('网格员');
    await story.look(desk, 'evaluation-create');
    await drawer.getByTestId('evaluation-create-submit').click();
    await titled(desk, '2026 年第四季度评议');
    await desk.getByTestId('issue-cards').click();
    await toast(desk, '已发放 3 张评议卡');
    await expect.poll(() => desk.getByTestId('evaluation-cards').locator('tbody tr').count()).toBe(3);
    await story.look(desk, 'evaluation-cards');
    await lookAtPaper(desk, '打印评议卡', 'evaluation-cards-paper');
    const evaluationId = `${community}-2026-12`;
    const cards: { code: string; personId: string }[] = (await read(`/cases/evaluations/${evaluationId}/cards`)).items;
    const cardOf = (personId: string) => cards.find((card) => card.personId === personId)?.code ?? '';

    // 郑雅婷 scans her card's QR code: no sign-in, everyone satisfied.
    const phone = await story.withToken(tokens.resident, `/public/evaluation-cards/${cardOf(people.zheng)}`);
    await phone.getByText('持卡居民代表：郑雅婷').waitFor();
    await story.look(phone, 'evaluation-card-phone');
    await phone
      .getByTestId('card-worker-w1')
      .getByRole('button', { name: buttonName('全部满意') })
      .click();
    await phone
      .getByTestId('card-worker-w2')
      .getByRole('button', { name: buttonName('全部满意') })
      .click();
    await phone.locator('#comment').fill('希望接待日延长到晚上，方便上班族');
    await phone.getByTestId('card-submit').click();
    await phone.getByText('评议卡已收到，感谢您对社区工作的监督').waitFor();

    // 王秀英's paper card: satisfied with 林美华, half her marks for 陈志明 are 不满意.
    await desk.getByTestId('enter-paper-card').click();
    const modal = desk.locator('.ant-modal-content');
    await modal.locator('#code').fill(cardOf(people.wang).toLowerCase());
    await modal.getByTestId('paper-card-open').click();
    await modal
      .getByTestId('card-worker-w1')
      .getByRole('button', { name: buttonName('全部满意') })
      .click();
    const chen = modal.getByTestId('card-worker-w2');
    for (const [item, level] of [
      ['服务态度', '基本满意'],
      ['办事效率', '不满意'],
      ['工作实绩', '基本满意'],
      ['廉洁自律', '不满意'],
    ] as const) {
      await chen.locator('.ant-form-item', { hasText: item }).getByText(level, { exact: true }).click();
    }
    await modal.getByTestId('card-submit').click();
    await toast(desk, '已录入王秀英的评议卡');
    await modal.locator('.ant-modal-close').click();
    await modal.waitFor({ state: 'hidden' });

    // Two of three cards answered is the two thirds a valid evaluation needs.
    await desk.getByRole('tab', { name: '评议结果' }).click();
    const results = desk.getByTestId('evaluation-results');
    await expect.poll(() => results.locator('tbody tr').first().textContent()).toContain('林美华');
    await expect.poll(() => results.textContent()).toContain('75%');
    await desk.getByText('已收回 2 / 3 张，达到有效所需的 2 张，评议有效').waitFor();
    await story.look(desk, 'evaluation-results');
    await desk.getByTestId('close-evaluation').click();
    await desk
      .locator('.ant-popconfirm')
      .getByRole('button', { name: buttonName('结束评议') })
      .click();
    await toast(desk, '评议已结束，结果已固定');
    const commendation = desk.getByTestId('commendation');
    await expect.poll(() => commendation.textContent()).toContain('林美华（社区党委书记、居委会主任）');
    expect(await commendation.textContent()).not.toContain('陈志明');
    await desk.getByRole('tab', { name: /意见建议/ }).click();
    await desk.getByText('希望接待日延长到晚上，方便上班族').waitFor();
    await desk.getByRole('tab', { name: /表彰推荐/ }).click();
    await commendation.waitFor();
    await story.look(desk, 'evaluation-commendation');

    const fixed = await read(`/cases/evaluations/${evaluationId}/results`);
    expect(fixed).toMatchObject({
      frozen: true,
      cards: { issued: 3, answered: 2, needed: 2, valid: true },
      commended: [{ name: '林美华' }],
      comments: ['希望接待日延长到晚上，方便上班族'],
    });
    expect(
      fixed.workers.map((each: { name: string; overall: { average: number } }) => [each.name, each.overall.average]),
    ).toEqual([
      ['林美华', 100],
      ['陈志明', 65],
    ]);
    expect(story.scriptErrors()).toEqual([]);
  }, 90_000);

  it('defines January’s needs questionnaire, takes a paper and a phone response and tallies them', async () => {
    const desk = await story.signIn(worker.sub);
    await openFromMenu(desk, '民生流水线', '需求问卷');
    await titled(desk, '需求问卷');
    await desk.getByTestId('questionnaire-new').click();
    const drawer = desk.locator('.ant-drawer-content');
    const month = drawer.locator('#month');
    await month.click();
    await month.fill('2027-01');
    await month.press('Enter');
    await expect.poll(() => drawer.locator('#title').inputValue()).toBe('2027 年 1 月服务周需求调查');
    await drawer.getByTestId('use-common-questions').click();
    await story.look(desk, 'questionnaire-define');
    await drawer.getByTestId('questionnaire-create-submit').click();
    await titled(desk, '2027 年 1 月服务周需求调查');
    await desk.getByTestId('open-questionnaire').click();
    await desk
      .locator('.ant-popconfirm')
      .getByRole('button', { name: buttonName('发放') })
      .click();
    await toast(desk, '问卷已发放');

    // 李建国 filled in a paper copy at the reception desk.
    await desk.getByTestId('enter-paper-response').click();
    const paper = desk.locator('.ant-drawer-content');
    await choose(desk, '#respondent-search', '李建', '李建国');
    await paper.getByTestId('question-q1').getByText('免费健康体检和义诊').click();
    await paper.getByTestId('question-q2').getByText('独居或空巢老人').click();
    await paper.getByTestId('question-q3').getByText('周末').click();
    await story.look(desk, 'questionnaire-paper');
    await paper.getByTestId('questionnaire-submit').click();
    await toast(desk, '已录入李建国的问卷');
    await paper.locator('.ant-drawer-close').click();
    await paper.waitFor({ state: 'hidden' });

    // 郑雅婷 answers on her phone, from the open questionnaires on her 诉求 tab.
    const phone = await story.withToken(tokens.resident, '/me/cases');
    await phone.getByTestId('open-questionnaires').getByText('2027 年 1 月服务周需求调查').click();
    await phone.getByTestId('question-q1').getByText('免费健康体检和义诊').click();
    await phone.getByTestId('question-q2').getByText('0–3 岁婴幼儿').click();
    await phone.getByTestId('question-q2').getByText('独居或空巢老人').click();
    await phone.getByTestId('question-q3').getByText('工作日上午').click();
    await phone.getByTestId('question-q4').locator('textarea').fill('希望增加儿童疫苗接种咨询');
    await story.look(phone, 'questionnaire-phone');
    await phone.getByTestId('questionnaire-submit').click();
    await phone.getByTestId('questionnaire-thanks').waitFor();

    await desk.getByTestId('tally-refresh').click();
    await expect.poll(() => desk.getByTestId('tally-responses').textContent()).toContain('2');
    await expect.poll(() => desk.getByTestId('tally-q2').textContent()).toContain('100%');
    await desk.getByTestId('tally-q4').getByText('希望增加儿童疫苗接种咨询').waitFor();
    await story.look(desk, 'questionnaire-tally');
    await desk.getByTestId('close-questionnaire').click();
    await desk
      .locator('.ant-popconfirm')
      .getByRole('button', { name: buttonName('结束') })
      .click();
    await toast(desk, '问卷已结束，共收回 2 份');

    const [questionnaire] = (await read(`/cases/questionnaires?community=${community}&month=2027-01`)).items;
    const tally = await read(`/cases/questionnaires/${questionnaire.id}/tally`);
    expect(tally).toMatchObject({ status: 'closed', responses: 2 });
    const counts = (questionId: string) =>
      Object.fromEntries(
        tally.questions
          .find((question: { questionId: string }) => question.questionId === questionId)
          .options.map((option: { label: string; count: number }) => [option.label, option.count]),
      );
    expect(counts('q1')).toMatchObject({ 免费健康体检和义诊: 2 });
    expect(counts('q2')).toMatchObject({ 独居或空巢老人: 2, '0–3 岁婴幼儿': 1, 残疾人: 0 });
    expect(story.scriptErrors()).toEqual([]);
  }, 90_000);
});
