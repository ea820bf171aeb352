import { createEvent, type PersonFacts, PersonRegistered } from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { sqsBatch } from '../../../test/support/events.ts';
import { call, claimsFor } from '../../../test/support/http.ts';
import { outboxEvents } from '../../../test/support/outbox.ts';
import { createServiceTables } from '../../../test/support/tables.ts';
import { createHandler as closeAt } from '../src/handlers/close-questionnaire.ts';
import { createHandler as createAt } from '../src/handlers/create-questionnaire.ts';
import { createHandler as getAt } from '../src/handlers/get-questionnaire.ts';
import { createHandler as tallyAt } from '../src/handlers/get-questionnaire-tally.ts';
import { handler as keepPersons } from '../src/handlers/keep-persons.ts';
import { createHandler as listAt } from '../src/handlers/list-questionnaires.ts';
import { createHandler as openAt } from '../src/handlers/open-questionnaire.ts';
import { createHandler as respondAt } from '../src/handlers/respond-to-questionnaire.ts';
import { type CasesDeps, defaultCasesDeps } from '../src/store/deps.ts';

const community = '350203006029';
const otherCommunity = '350203006030';
const clock = { now: new Date('2026-05-06T02:00:00Z') };
const deps = (): CasesDeps => ({ ...defaultCasesDeps(), now: () => clock.now });

const create = createAt(deps);
const list = listAt(deps);
const get = getAt(deps);
const open = openAt(deps);
const close = closeAt(deps);
const respond = respondAt(deps);
const tally = tallyAt(deps);

const worker = claimsFor('community-worker', [community]);
const stranger = claimsFor('community-worker', ['350203007001']);
const resident = (personId: string) => claimsFor('resident', [community], { sub: `resident-${personId}`, person: personId });

async function person(name: string, area = `${community}-02`) {
  const personId = newId();
  const facts: PersonFacts = {
    personId,
    name,
    citizenIdMasked: '350203********0002',
    area,
    birthDate: '1958-04-12',
    sex: 'male',
    residence: 'registered',
  };
  const result = await keepPersons(
    sqsBatch([createEvent(PersonRegistered, { id: newId(), district: '350203', area, data: facts })]),
  );
  expect(result.batchItemFailures).toEqual([]);
  return personId;
}

const questions = [
  { kind: 'single', text: '您最希望服务周提供哪项服务？', options: ['义诊', '家电维修', '法律咨询', '理发'] },
  { kind: 'multi', text: '您方便参加的时间（可多选）', options: ['上午', '下午', '晚上'] },
  { kind: 'text', text: '其他需求和建议', required: false },
];

const createQuestionnaire = (body: Record<string, unknown> = {}, claims = worker) =>
  call(create, 'POST', '/cases/questionnaires', {
    claims,
    body: { community, month: '2026-05', title: '五月服务周需求问卷', questions, ...body },
  });
const respondAs = (
  questionnaireId: string,
  claims: Record<string, unknown>,
  body: unknown,
  headers: Record<string, string> = {},
) =>
  call(respond, 'POST', '/cases/questionnaires/{questionnaireId}/responses', {
    params: { questionnaireId },
    claims,
    body,
    headers,
  });
const tallyOf = async (questionnaireId: string) =>
  (await call(tally, 'GET', '/cases/questionnaires/{questionnaireId}/tally', { params: { questionnaireId }, claims: worker }))
    .json;
const openIt = (questionnaireId: string, claims = worker) =>
  call(open, 'POST', '/cases/questionnaires/{questionnaireId}/open', { params: { questionnaireId }, claims });
const closeIt = (questionnaireId: string, claims = worker) =>
  call(close, 'POST', '/cases/questionnaires/{questionnaireId}/close', { params: { questionnaireId }, claims });

beforeAll(async () => {
  await createServiceTables();
});

describe('needs questionnaires (需求问卷)', () => {
  it('opens, takes one response per person, tallies and closes', async () => {
    const [zhang, li, zhao] = await Promise.all([person('张建国'), person('李桂英'), person('赵德明')]);
    const created = await createQuestionnaire();
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    expect(created.json).toMatchObject({
      status: 'draft',
      questions: [
        { questionId: 'q1', kind: 'single', required: true, options: [{ optionId: 'o1', label: '义诊' }, {}, {}, {}] },
        { questionId: 'q2', kind: 'multi' },
        { questionId: 'q3', kind: 'text', required: false },
      ],
    });
    expect(created.json.questions[2].options).toBeUndefined();
    const id = created.json.id as string;

    // A draft is the staff's: residents neither see nor answer it.
    const residentList = await call(list, 'GET', '/cases/questionnaires', { claims: resident(zhang), query: { community } });
    expect(residentList.json.items.some((q: { id: string }) => q.id === id)).toBe(false);
    expect(
      (
        await call(get, 'GET', '/cases/questionnaires/{questionnaireId}', {
          params: { questionnaireId: id },
          claims: resident(zhang),
        })
      ).status,
    ).toBe(404);
    expect((await respondAs(id, resident(zhang), { answers: { q1: 'o1', q2: ['o1'] } })).status).toBe(404);

    const opened = await openIt(id);
    expect(opened.status, JSON.stringify(opened.json)).toBe(200);
    expect(opened.json.status).toBe('open');
    expect((await openIt(id)).status).toBe(409);
    const [openedEvent] = await outboxEvents('cases', 'QuestionnaireOpened', { questionnaireId: id });
    expect(openedEvent?.data).toMatchObject({ community, month: '2026-05', questions: 3, openedOn: '2026-05-06' });

    const mine = { answers: { q1: 'o1', q2: ['o3', 'o1'], q3: '  希望请眼科医生来社区  ' } };
    const first = await respondAs(id, resident(zhang), mine, { 'idempotency-key': `resp-${zhang}` });
    expect(first.status, JSON.stringify(first.json)).toBe(201);
    expect(first.json).toMatchObject({
      personId: zhang,
      channel: 'self',
      answers: { q1: 'o1', q2: ['o1', 'o3'], q3: '希望请眼科医生来社区' },
    });
    // A retry (with or without the key) gets the first answer back and counts nothing.
    const replay = await respondAs(id, resident(zhang), mine, { 'idempotency-key': `resp-${zhang}` });
    expect(replay.headers['idempotent-replayed']).toBe('true');
    const retry = await respondAs(id, resident(zhang), mine);
    expect(retry.status).toBe(200);
    expect(retry.json.respondedAt).toBe(first.json.respondedAt);
    const changed = await respondAs(id, resident(zhang), { answers: { q1: 'o2', q2: ['o2'] } });
    expect(changed.status).toBe(409);
    expect(changed.json.detail).toContain('每人只能填写一份');

    // Concurrent different answers by one person: one counts.
    const racing = await Promise.all([
      respondAs(id, resident(li), { answers: { q1: 'o2', q2: ['o2'] } }),
      respondAs(id, resident(li), { answers: { q1: 'o3', q2: ['o3'] } }),
    ]);
    expect(racing.map((r) => r.status).sort()).toEqual([201, 409]);

    // A worker enters a paper questionnaire for a resident.
    const paper = await respondAs(id, worker, { personId: zhao, answers: { q1: 'o1', q2: 'o2' } });
    expect(paper.status, JSON.stringify(paper.json)).toBe(201);
    expect(paper.json).toMatchObject({ channel: 'staff', answers: { q1: 'o1', q2: ['o2'] } });

    const counted = await tallyOf(id);
    expect(counted.responses).toBe(3);
    const [q1, q2, q3] = counted.questions;
    expect(q1.answered).toBe(3);
    expect(q1.options.find((o: { optionId: string }) => o.optionId === 'o1')).toMatchObject({
      label: '义诊',
      count: 2,
      share: 0.667,
    });
    expect(q1.options.reduce((sum: number, o: { count: number }) => sum + o.count, 0)).toBe(3);
    expect(q2.options.map((o: { count: number }) => o.count).reduce((a: number, b: number) => a + b, 0)).toBe(4);
    expect(q3).toMatchObject({ answered: 1, texts: ['希望请眼科医生来社区'] });

    const closed = await closeIt(id);
    expect(closed.status, JSON.stringify(closed.json)).toBe(200);
    expect(closed.json).toMatchObject({ status: 'closed', responses: 3 });
    const [closedEvent] = await outboxEvents('cases', 'QuestionnaireClosed', { questionnaireId: id });
    expect(closedEvent?.data).toMatchObject({ responses: 3, closedOn: '2026-05-06' });
    expect(closedEvent?.data.choices[0].options[0]).toEqual({ optionId: 'o1', label: '义诊', count: 2 });
    expect(closedEvent?.data.choices).toHaveLength(2);

    const late = await respondAs(id, resident(await person('钱小红')), { answers: { q1: 'o1', q2: ['o1'] } });
    expect(late.status).toBe(409);
    expect(late.json.detail).toContain('已经结束');
    expect((await closeIt(id)).status).toBe(409);

    const listed = await call(list, 'GET', '/cases/questionnaires', {
      claims: resident(zhang),
      query: { community, month: '2026-05' },
    });
    expect(listed.json.items.find((q: { id: string }) => q.id === id)).toMatchObject({
      status: 'closed',
      title: '五月服务周需求问卷',
    });
    const otherMonth = await call(list, 'GET', '/cases/questionnaires', {
      claims: worker,
      query: { community, month: '2026-06' },
    });
    expect(otherMonth.json.items.some((q: { id: string }) => q.id === id)).toBe(false);
  });

  it('refuses bad input in Chinese and changes nothing', async () => {
    const noOptions = await createQuestionnaire({ questions: [{ kind: 'single', text: '选哪个', options: ['只有一个'] }] });
    expect(noOptions.status).toBe(422);
    expect(noOptions.json.errors[0]).toMatchObject({ field: 'body.questions.0.options' });
    expect(noOptions.json.detail).toContain('至少需要 2 个选项');
    const badKind = await createQuestionnaire({ questions: [{ kind: 'rating', text: '打分' }] });
    expect(badKind.status).toBe(422);
    expect(badKind.json.errors[0].message).toContain('题型');
    const noTitle = await createQuestionnaire({ title: ' ' });
    expect(noTitle.status).toBe(422);
    expect(noTitle.json.errors[0].message).toContain('问卷标题');
    expect((await createQuestionnaire({}, stranger)).status).toBe(403);
    const listed = await call(list, 'GET', '/cases/questionnaires', { claims: worker, query: { community: '3502' } });
    expect(listed.status).toBe(422);

    const created = await createQuestionnaire();
    const id = created.json.id as string;
    expect((await closeIt(id)).status).toBe(409);
    expect((await openIt(id, stranger)).status).toBe(403);
    await openIt(id);

    const zhang = await person('孙丽');
    const incomplete = await respondAs(id, resident(zhang), { answers: { q1: 'o9', q2: [], q7: 'x' } });
    expect(incomplete.status).toBe(422);
    const messages = incomplete.json.errors.map((e: { message: string }) => e.message).join(' ');
    expect(messages).toContain('没有选项 o9');
    expect(messages).toContain('请回答“您方便参加的时间（可多选）”');
    expect(messages).toContain('没有编号为 q7');
    const twoForSingle = await respondAs(id, resident(zhang), { answers: { q1: ['o1', 'o2'], q2: ['o1'] } });
    expect(twoForSingle.status).toBe(422);
    expect(twoForSingle.json.detail).toContain('单选');

    // Only residents of the community, and staff must name the resident.
    const outsider = await person('周强', `${otherCommunity}-01`);
    expect((await respondAs(id, resident(outsider), { answers: { q1: 'o1', q2: ['o1'] } })).status).toBe(403);
    const noPerson = await respondAs(id, worker, { answers: { q1: 'o1', q2: ['o1'] } });
    expect(noPerson.status).toBe(422);
    expect(noPerson.json.errors[0].field).toBe('body.personId');
    const volunteer = claimsFor('volunteer', [community], { person: zhang });
    expect((await respondAs(id, volunteer, { answers: { q1: 'o1', q2: ['o1'] } })).status).toBe(403);
    const forOther = await respondAs(id, resident(zhang), { personId: outsider, answers: { q1: 'o1', q2: ['o1'] } });
    expect(forOther.status).toBe(403);

    const counted = await tallyOf(id);
    expect(counted.responses).toBe(0);
    expect(counted.questions[0].answered).toBe(0);
    expect(
      (
        await call(tally, 'GET', '/cases/questionnaires/{questionnaireId}/tally', {
          params: { questionnaireId: id },
          claims: stranger,
        })
      ).status,
    ).toBe(403);
  });

  it('does not open a questionnaire for a month that is over', async () => {
    const created = await createQuestionnaire({ month: '2026-04' });
    expect(created.status).toBe(201);
    const refused = await openIt(created.json.id);
    expect(refused.status).toBe(409);
    expect(refused.json.detail).toContain('2026-04 已经过去');
  });
});
