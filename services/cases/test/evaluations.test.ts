import { newId } from '@shequ/ddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, claimsFor } from '../../../test/support/http.ts';
import { outboxEvents } from '../../../test/support/outbox.ts';
import { createServiceTables } from '../../../test/support/tables.ts';
import { createHandler as answerAt } from '../src/handlers/answer-evaluation-card.ts';
import { createHandler as closeAt } from '../src/handlers/close-evaluation.ts';
import { createHandler as createAt } from '../src/handlers/create-evaluation.ts';
import { createHandler as cardAt } from '../src/handlers/get-evaluation-card.ts';
import { createHandler as resultsAt } from '../src/handlers/get-evaluation-results.ts';
import { createHandler as issueAt } from '../src/handlers/issue-evaluation-cards.ts';
import { createHandler as listCardsAt } from '../src/handlers/list-evaluation-cards.ts';
import { createHandler as listAt } from '../src/handlers/list-evaluations.ts';
import { type CasesDeps, defaultCasesDeps } from '../src/store/deps.ts';
import { getCard } from '../src/store/evaluations.ts';
import { saveRepresentatives } from '../src/store/representatives.ts';

const clock = { now: new Date('2026-03-20T02:00:00Z') };
const setDay = (day: string) => {
  clock.now = new Date(`${day}T02:00:00Z`);
};
const deps = (): CasesDeps => ({ ...defaultCasesDeps(), now: () => clock.now });

const create = createAt(deps);
const list = listAt(deps);
const issue = issueAt(deps);
const listCards = listCardsAt(deps);
const results = resultsAt(deps);
const close = closeAt(deps);
const card = cardAt(deps);
const answer = answerAt(deps);

// Each test uses its own community (a sub-district worker's scope covers them all).
const subdistrict = '350203006';
const worker = claimsFor('subdistrict-staff', [subdistrict]);
const stranger = claimsFor('community-worker', ['350203007001']);
let nextCommunity = 10;
const newCommunity = () => `${subdistrict}0${nextCommunity++}`;

const workers = [
  { name: '王秀兰', title: '社区党委书记、居委会主任', subject: 'sub-wang' },
  { name: '陈志强', title: '居委会副主任' },
  { name: '林美华', title: '网格员' },
];

async function representatives(community: string, count: number) {
  const persons = Array.from({ length: count }, (_, index) => ({ personId: newId(), name: `居民代表${index + 1}` }));
  await saveRepresentatives(deps(), { community, persons, staff: ['sub-wang'] }, 0, 'test');
  return persons;
}

const createFor = (community: string, body: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  call(create, 'POST', '/cases/evaluations', {
    claims: worker,
    headers,
    body: { community, month: '2026-03', workers, ...body },
  });
const issueFor = (evaluationId: string, claims = worker) =>
  call(issue, 'POST', '/cases/evaluations/{evaluationId}/cards', { params: { evaluationId }, claims });
const resultsOf = async (evaluationId: string) =>
  (await call(results, 'GET', '/cases/evaluations/{evaluationId}/results', { params: { evaluationId }, claims: worker })).json;
const answerWith = (code: string, body: unknown) =>
  call(answer, 'POST', '/cases/evaluation-cards/{code}/answer', { params: { code }, body });

type Level = 'satisfied' | 'fair' | 'dissatisfied';
/** A full card: every worker, every default item (i1–i4), at `levels[worker]`. */
const fullCard = (levels: Level[] = ['satisfied', 'satisfied', 'satisfied'], comment?: string) => ({
  scores: Object.fromEntries(levels.map((level, w) => [`w${w + 1}`, { i1: level, i2: level, i3: level, i4: level }])),
  ...(comment ? { comment } : {}),
});

async function issuedEvaluation(count: number) {
  const community = newCommunity();
  await representatives(community, count);
  setDay('2026-03-20');
  const created = await createFor(community);
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  const issued = await issueFor(created.json.id);
  expect(issued.status, JSON.stringify(issued.json)).toBe(201);
  return {
    community,
    evaluationId: created.json.id as string,
    codes: issued.json.cards.map((c: { code: string }) => c.code) as string[],
  };
}

beforeAll(async () => {
  await createServiceTables();
});

describe('evaluation day (评议日)', () => {
  it('issues 50 cards once, counts 50 answers exactly and refuses a second answer on one card', async () => {
    const community = newCommunity();
    const persons = await representatives(community, 50);
    setDay('2026-03-20');

    const created = await createFor(community, {}, { 'idempotency-key': `create-${community}` });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    expect(created.json).toMatchObject({
      id: `${community}-2026-03`,
      date: '2026-03-30',
      status: 'draft',
      items: [
        { itemId: 'i1', name: '服务态度' },
        { itemId: 'i2', name: '办事效率' },
        { itemId: 'i3', name: '工作实绩' },
        { itemId: 'i4', name: '廉洁自律' },
      ],
    });
    expect(created.json.workers[0]).toMatchObject({ workerId: 'w1', name: '王秀兰', subject: 'sub-wang' });
    const replay = await createFor(community, {}, { 'idempotency-key': `create-${community}` });
    expect(replay.status).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    const again = await createFor(community);
    expect(again.status).toBe(409);
    expect(again.json.detail).toContain('已经创建');
    const evaluationId = created.json.id as string;

    const issued = await issueFor(evaluationId);
    expect(issued.status, JSON.stringify(issued.json)).toBe(201);
    expect(issued.json.issuedNow).toBe(50);
    expect(issued.json.cards).toHaveLength(50);
    const codes: string[] = issued.json.cards.map((c: { code: string }) => c.code);
    expect(new Set(codes).size).toBe(50);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/);
    expect(new Set(issued.json.cards.map((c: { personId: string }) => c.personId))).toEqual(
      new Set(persons.map((p) => p.personId)),
    );

    // Issuing again gives nobody a second card.
    const reissued = await issueFor(evaluationId);
    expect(reissued.json.issuedNow).toBe(0);
    expect(reissued.json.evaluation.cardsIssued).toBe(50);
    const stored = await call(listCards, 'GET', '/cases/evaluations/{evaluationId}/cards', {
      params: { evaluationId },
      claims: worker,
    });
    expect(stored.json.items).toHaveLength(50);
    const issuedEvents = await outboxEvents('cases', 'EvaluationCardsIssued', { evaluationId });
    expect(issuedEvents).toHaveLength(1);
    expect(issuedEvents[0]?.data).toMatchObject({ issuedNow: 50, issuedTotal: 50, date: '2026-03-30' });
    expect(JSON.stringify(issuedEvents[0])).not.toContain(codes[0]);

    // Before evaluation day the card shows its form but takes no answer.
    const early = await answerWith(codes[0] as string, fullCard());
    expect(early.status).toBe(409);
    expect(early.json.detail).toContain('2026-03-30');
    const form = await call(card, 'GET', '/cases/evaluation-cards/{code}', {
      params: { code: (codes[0] as string).toLowerCase() },
    });
    expect(form.status).toBe(200);
    expect(form.json).toMatchObject({ canAnswer: false, answered: false, workers: [{ workerId: 'w1', name: '王秀兰' }, {}, {}] });
    expect(form.json.workers[0].subject).toBeUndefined();

    setDay('2026-03-30');
    const answers = await Promise.all(
      codes.map((code, index) =>
        answerWith(
          code,
          fullCard(
            index < 47 ? ['satisfied', 'fair', 'dissatisfied'] : ['fair', 'fair', 'fair'],
            index === 0 ? '希望多组织义诊' : undefined,
          ),
        ),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(codes.map(() => 201));

    const second = await answerWith(codes[7] as string, fullCard());
    expect(second.status).toBe(409);
    expect(second.json.detail).toContain('只能评议一次');

    const tallied = await resultsOf(evaluationId);
    expect(tallied.cards).toEqual({ issued: 50, answered: 50, needed: 34, valid: true });
    const wang = tallied.workers.find((w: { workerId: string }) => w.workerId === 'w1');
    expect(wang.items[0]).toMatchObject({ name: '服务态度', counts: { satisfied: 47, fair: 3, dissatisfied: 0 }, average: 97.6 });
    expect(wang.overall).toMatchObject({ counts: { satisfied: 188, fair: 12, dissatisfied: 0 }, satisfactionRate: 1 });
    expect(tallied.workers.map((w: { workerId: string; rank: number }) => [w.workerId, w.rank])).toEqual([
      ['w1', 1],
      ['w2', 2],
      ['w3', 3],
    ]);
    expect(tallied.commended).toEqual([{ workerId: 'w1', name: '王秀兰', title: '社区党委书记、居委会主任' }]);
    expect(tallied.comments).toEqual(['希望多组织义诊']);

    const closed = await call(close, 'POST', '/cases/evaluations/{evaluationId}/close', {
      params: { evaluationId },
      claims: worker,
    });
    expect(closed.status, JSON.stringify(closed.json)).toBe(200);
    expect(closed.json).toMatchObject({ status: 'closed', frozen: true, cards: { answered: 50 } });
    const [event] = await outboxEvents('cases', 'EvaluationClosed', { evaluationId });
    expect(event?.data).toMatchObject({
      cardsIssued: 50,
      cardsAnswered: 50,
      valid: true,
      commended: ['w1'],
      closedOn: '2026-03-30',
    });
    expect(event?.data.workers[0]).toMatchObject({ workerId: 'w1', subject: 'sub-wang', rank: 1, commended: true });

    // Closed: no more answers, no more cards, the same results.
    const late = await answerWith(codes[0] as string, fullCard());
    expect(late.status).toBe(409);
    expect((await issueFor(evaluationId)).status).toBe(409);
    expect((await resultsOf(evaluationId)).cards.answered).toBe(50);
    const listed = await call(list, 'GET', '/cases/evaluations', { claims: worker, query: { community } });
    expect(listed.json.items).toMatchObject([{ id: evaluationId, status: 'closed', cardsIssued: 50 }]);
  });

  it('counts one answer when the same card is sent twice at once', async () => {
    const { evaluationId, codes } = await issuedEvaluation(3);
    setDay('2026-03-31');
    const code = codes[0] as string;
    const [a, b] = await Promise.all([answerWith(code, fullCard()), answerWith(code, fullCard(['fair', 'fair', 'fair']))]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const tallied = await resultsOf(evaluationId);
    expect(tallied.cards.answered).toBe(1);
    expect(tallied.workers[0].overall.counts.satisfied + tallied.workers[0].overall.counts.fair).toBe(4);
    expect((await getCard(deps(), code))?.answeredAt).toBeDefined();
  });

  it('proposes for commendation only in a valid evaluation, by the documented rule', async () => {
    const { evaluationId, codes } = await issuedEvaluation(6);
    setDay('2026-03-30');
    // 3 of 6 answered: below two thirds, nobody is commended.
    for (const code of codes.slice(0, 3)) expect((await answerWith(code, fullCard())).status).toBe(201);
    let tallied = await resultsOf(evaluationId);
    expect(tallied.cards).toEqual({ issued: 6, answered: 3, needed: 4, valid: false });
    expect(tallied.commended).toEqual([]);
    // A 4th card makes it valid; w3 got one 不满意 on every item: 75% < 90%.
    expect((await answerWith(codes[3] as string, fullCard(['satisfied', 'fair', 'dissatisfied']))).status).toBe(201);
    tallied = await resultsOf(evaluationId);
    expect(tallied.cards.valid).toBe(true);
    expect(tallied.commended.map((w: { workerId: string }) => w.workerId)).toEqual(['w1', 'w2']);
    const w3 = tallied.workers.find((w: { workerId: string }) => w.workerId === 'w3');
    expect(w3).toMatchObject({ rank: 3, commended: false, overall: { satisfactionRate: 0.75, average: 75 } });
  });

  it('refuses bad input in Chinese and changes nothing', async () => {
    const community = newCommunity();
    setDay('2026-03-20');
    const wrongMonth = await createFor(community, { month: '2026-04' });
    expect(wrongMonth.status).toBe(422);
    expect(wrongMonth.json.errors[0]).toMatchObject({ field: 'body.month' });
    expect(wrongMonth.json.errors[0].message).toContain('季度');
    const noWorkers = await createFor(community, { workers: [] });
    expect(noWorkers.status).toBe(422);
    expect(noWorkers.json.errors[0].message).toContain('至少');
    const twice = await createFor(community, { workers: [workers[0], workers[0]] });
    expect(twice.status).toBe(422);
    expect(twice.json.detail).toContain('重复');
    expect((await createFor('350203007001')).status).toBe(403);

    // No representatives yet: no cards.
    const created = await createFor(community, { items: ['服务态度', '为民办实事'] });
    expect(created.status).toBe(201);
    const evaluationId = created.json.id as string;
    const none = await issueFor(evaluationId);
    expect(none.status).toBe(422);
    expect(none.json.detail).toContain('尚未设置居民代表');
    expect((await issueFor(evaluationId, stranger)).status).toBe(403);
    expect(
      (await call(listCards, 'GET', '/cases/evaluations/{evaluationId}/cards', { params: { evaluationId }, claims: worker })).json
        .items,
    ).toEqual([]);
    const early = await call(close, 'POST', '/cases/evaluations/{evaluationId}/close', {
      params: { evaluationId },
      claims: worker,
    });
    expect(early.status).toBe(409);
    expect(early.json.detail).toContain('尚未发放');

    await representatives(community, 2);
    const issued = await issueFor(evaluationId);
    const code = issued.json.cards[0].code as string;
    setDay('2026-03-30');
    const incomplete = await answerWith(code, { scores: { w1: { i1: 'satisfied' }, w9: { i1: 'fair' } } });
    expect(incomplete.status).toBe(422);
    const messages = incomplete.json.errors.map((e: { message: string }) => e.message).join(' ');
    expect(messages).toContain('没有编号为 w9');
    expect(messages).toContain('为民办实事');
    const wrongLevel = await answerWith(code, { scores: { w1: { i1: '很好' } } });
    expect(wrongLevel.status).toBe(422);
    expect(wrongLevel.json.errors[0].message).toContain('满意');
    expect((await answerWith('not-a-code', fullCard())).status).toBe(422);
    const unknown = await answerWith('2222-3333-4444-5555', fullCard());
    expect(unknown.status).toBe(404);
    expect(unknown.json.detail).toContain('评议卡');
    expect((await resultsOf(evaluationId)).cards.answered).toBe(0);
    expect((await getCard(deps(), code))?.answeredAt).toBeUndefined();
    expect(
      (await call(results, 'GET', '/cases/evaluations/{evaluationId}/results', { params: { evaluationId }, claims: stranger }))
        .status,
    ).toBe(403);
    expect(
      (await call(results, 'GET', '/cases/evaluations/{evaluationId}/results', { params: { evaluationId: 'x' }, claims: worker }))
        .status,
    ).toBe(422);
  });
});
