import { createEvent, type PersonFacts, PersonRegistered } from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { sqsBatch } from '../../../test/support/events.ts';
import { call, claimsFor } from '../../../test/support/http.ts';
import { outboxEvents } from '../../../test/support/outbox.ts';
import { createServiceTables } from '../../../test/support/tables.ts';
import { createHandler as fileAt } from '../src/handlers/file-case.ts';
import { createHandler as getAt } from '../src/handlers/get-case.ts';
import { createHandler as complianceAt } from '../src/handlers/get-case-compliance.ts';
import { handler as keepPersons } from '../src/handlers/keep-persons.ts';
import { createHandler as categoriesAt } from '../src/handlers/list-case-categories.ts';
import { createHandler as topicsAt } from '../src/handlers/list-case-topics.ts';
import { createHandler as listAt } from '../src/handlers/list-cases.ts';
import { createHandler as mineAt } from '../src/handlers/list-my-cases.ts';
import { createHandler as commandAt } from '../src/handlers/run-case-command.ts';
import { createHandler as setDeadlineAt } from '../src/handlers/set-case-category-deadline.ts';
import { escalateOverdue } from '../src/jobs/escalate-overdue.ts';
import { getCase } from '../src/store/cases.ts';
import { type CasesDeps, defaultCasesDeps } from '../src/store/deps.ts';

/** The 民生流水线 against DynamoDB Local, with the real official calendar (2026's holidays and 调休). */
const community = '350203006029';
const grid = `${community}-03`;
const otherCommunity = '350203007001';
const clock = { now: new Date('2026-03-02T02:00:00Z') };
const setDay = (day: string) => {
  clock.now = new Date(`${day}T02:00:00Z`);
};
const deps = (): CasesDeps => ({ ...defaultCasesDeps(), now: () => clock.now });

const file = fileAt(deps);
const get = getAt(deps);
const list = listAt(deps);
const mine = mineAt(deps);
const command = commandAt(deps);
const topics = topicsAt(deps);
const compliance = complianceAt(deps);
const categories = categoriesAt(deps);
const setDeadline = setDeadlineAt(deps);

const worker = claimsFor('community-worker', [community], { sub: 'worker-029' });
const otherWorker = claimsFor('community-worker', [otherCommunity]);
const resident = (personId: string) => claimsFor('resident', [community], { sub: `resident-${personId}`, person: personId });

async function person(name: string, area = grid): Promise<string> {
  const personId = newId();
  const facts: PersonFacts = {
    personId,
    name,
    citizenIdMasked: '350203********0011',
    area,
    birthDate: '1960-04-01',
    sex: 'male',
    residence: 'registered',
  };
  const result = await keepPersons(
    sqsBatch([createEvent(PersonRegistered, { id: newId(), district: '350203', area, data: facts })]),
  );
  expect(result.batchItemFailures).toEqual([]);
  return personId;
}

const fileAs = (claims: Record<string, unknown>, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  call(file, 'POST', '/cases', { claims, body, headers });
const run = (caseId: string, body: Record<string, unknown>, claims: Record<string, unknown> = worker) =>
  call(command, 'POST', '/cases/items/{caseId}/commands', { params: { caseId }, claims, body });
const read = async (caseId: string, claims: Record<string, unknown> = worker) =>
  (await call(get, 'GET', '/cases/items/{caseId}', { params: { caseId }, claims })).json;

beforeAll(async () => {
  await createServiceTables();
});

describe('intake', () => {
  it('takes a resident’s own request through the mailbox and a worker’s on a resident’s behalf', async () => {
    setDay('2026-03-02');
    const wang = await person('王建国');
    const own = await fileAs(resident(wang), {
      category: 'environment',
      topic: '楼道堆物',
      description: '3号楼2单元楼道堆满杂物，影响通行',
      channel: 'walk-in',
    });
    expect(own.status, JSON.stringify(own.json)).toBe(201);
    expect(own.json).toMatchObject({
      channel: 'mailbox',
      channelLabel: '民生信箱',
      status: 'received',
      personName: '王建国',
      area: grid,
      community,
    });

    clock.now = new Date('2026-03-02T03:00:00Z');
    const card = await fileAs(worker, {
      channel: 'contact-card',
      category: 'facilities',
      topic: '路灯不亮',
      description: '小区东门路灯坏了一周',
      personId: wang,
    });
    expect(card.status).toBe(201);
    expect(card.json).toMatchObject({ channel: 'contact-card', channelLabel: '连心卡', personId: wang, possibleDuplicates: [] });

    // The resident follows both; another resident sees neither.
    const listed = await call(mine, 'GET', '/cases/mine', { claims: resident(wang) });
    expect(listed.json.items.map((item: { id: string }) => item.id)).toEqual([card.json.id, own.json.id]);
    const li = await person('李梅');
    expect(
      (await call(get, 'GET', '/cases/items/{caseId}', { params: { caseId: own.json.id }, claims: resident(li) })).status,
    ).toBe(404);
    expect(
      (await call(get, 'GET', '/cases/items/{caseId}', { params: { caseId: own.json.id }, claims: otherWorker })).status,
    ).toBe(403);

    const types = (await outboxEvents('cases', undefined, { caseId: own.json.id })).map((event) => event.type).sort();
    expect(types).toEqual(['CaseFiled', 'CaseStatusChanged']);
  });

  it('files an anonymous letter by area and refuses bad input in Chinese, writing nothing', async () => {
    setDay('2026-03-03');
    const letter = await fileAs(worker, {
      channel: 'mailbox',
      category: 'security',
      topic: '夜间噪音',
      description: '夜里有人在小区里飙车',
      area: community,
    });
    expect(letter.status).toBe(201);
    expect(letter.json.personId).toBeUndefined();

    const before = (await outboxEvents('cases', 'CaseFiled')).length;
    const noArea = await fileAs(worker, { category: 'security', topic: '夜间噪音', description: '匿名来信' });
    expect(noArea.status).toBe(422);
    expect(noArea.json.errors[0]).toMatchObject({ field: 'body.area' });
    const badCategory = await fileAs(worker, { category: 'weather', topic: '下雨', description: '雨太大', area: community });
    expect(badCategory.status).toBe(422);
    expect(badCategory.json.errors[0].message).toContain('诉求类别须为');
    const outside = await fileAs(otherWorker, {
      category: 'security',
      topic: '夜间噪音',
      description: '跨社区',
      area: community,
    });
    expect(outside.status).toBe(403);
    const unknown = await fileAs(worker, {
      category: 'security',
      topic: '夜间噪音',
      description: '未登记的居民',
      personId: newId(),
    });
    expect(unknown.status).toBe(404);
    expect(unknown.json.detail).toContain('未找到该居民');
    const unlinked = await fileAs(claimsFor('resident', [community]), {
      category: 'other',
      topic: '咨询',
      description: '未关联居民',
    });
    expect(unlinked.status).toBe(403);
    expect((await outboxEvents('cases', 'CaseFiled')).length).toBe(before);
  });

  it('flags the same person’s open request on the same topic as a likely duplicate', async () => {
    setDay('2026-03-04');
    const zhao = await person('赵大爷');
    const first = await fileAs(worker, { category: 'environment', topic: '楼道堆物', description: '楼道堆物', personId: zhao });
    const again = await fileAs(resident(zhao), { category: 'environment', topic: '3号楼 楼道堆物！', description: '还是没人管' });
    expect(again.json.possibleDuplicates).toEqual([first.json.id]);
    const different = await fileAs(resident(zhao), { category: 'facilities', topic: '楼道堆物', description: '类别不同' });
    expect(different.json.possibleDuplicates).toEqual([]);
  });

  it('files once for a retried request with the same Idempotency-Key', async () => {
    setDay('2026-03-05');
    const qian = await person('钱阿姨');
    const body = { category: 'assistance', topic: '独居老人送餐', description: '腿脚不便，希望有人送餐', personId: qian };
    const headers = { 'idempotency-key': `file-${qian}` };
    const [one, two] = await Promise.all([fileAs(worker, body, headers), fileAs(worker, body, headers)]);
    const statuses = [one.status, two.status].sort();
    // A concurrent retry is either answered with the first answer or told the first is still in progress.
    expect(statuses[0]).toBe(201);
    const retried = await fileAs(worker, body, headers);
    expect(retried.status).toBe(201);
    expect(retried.json.id).toBe(one.status === 201 ? one.json.id : two.json.id);
    expect((await call(mine, 'GET', '/cases/mine', { claims: resident(qian) })).json.items).toHaveLength(1);
  });
});

describe('the four stages', () => {
  it('accepts with a working-day deadline, handles, publishes on the board and follows up', async () => {
    // Accepted on Friday 2026-02-13, the day before the Spring Festival holiday: 5 working days skip 15–23 Feb
    // and count the make-up Saturday the 14th.
    setDay('2026-02-13');
    const sun = await person('孙秀英');
    const filed = await fileAs(worker, {
      channel: 'reception-day',
      category: 'environment',
      topic: '垃圾清运不及时',
      description: '垃圾桶满了两天没人收',
      personId: sun,
    });
    const caseId = filed.json.id as string;
    const accepted = await run(caseId, { type: 'accept', version: 1, assignee: { kind: 'department', name: '环卫所' } });
    expect(accepted.status, JSON.stringify(accepted.json)).toBe(200);
    expect(accepted.json).toMatchObject({ status: 'accepted', dueOn: '2026-02-27', level: 'community', overdue: false });

    const transferred = await run(caseId, {
      type: 'transfer',
      version: 2,
      assignee: { kind: 'person', name: '网格员小陈', subject: 'grid-chen' },
      reason: '环卫所人手不足，由网格员协调物业',
    });
    expect(transferred.json.assignee).toEqual({ kind: 'person', name: '网格员小陈', subject: 'grid-chen' });

    setDay('2026-02-26');
    const handled = await run(caseId, { type: 'handle', version: 3, outcome: '已协调物业每日清运两次，王师傅 13812345678 负责' });
    expect(handled.json).toMatchObject({ status: 'handled', handledInTime: true });
    const published = await run(caseId, { type: 'publish', version: 4, days: 7, summary: '已协调物业每日清运两次' });
    expect(published.json).toMatchObject({
      status: 'published',
      publication: { postedFrom: '2026-02-26', postedUntil: '2026-03-04' },
    });
    const [notice] = await outboxEvents('cases', 'CaseOutcomePublished', { caseId });
    expect(notice?.data).toMatchObject({
      community,
      topic: '垃圾清运不及时',
      outcome: '已协调物业每日清运两次',
      categoryLabel: '环境卫生',
    });
    expect(JSON.stringify(notice?.data)).not.toContain('孙秀英');

    setDay('2026-03-06');
    const closed = await run(caseId, { type: 'follow-up', version: 5, satisfaction: 'satisfied', note: '电话回访，居民满意' });
    expect(closed.json).toMatchObject({
      status: 'closed',
      statusLabel: '已回访，办结',
      followUps: [{ satisfaction: 'satisfied', on: '2026-03-06' }],
    });

    const changes = (await outboxEvents('cases', 'CaseStatusChanged', { caseId })).map((event) => event.data.to);
    expect(changes.sort()).toEqual(['accepted', 'accepted', 'closed', 'handled', 'published', 'received'].sort());
    // The resident sees what was done, not which worker did it.
    const seen = await read(caseId, resident(sun));
    expect(seen.history.every((entry: { by: string }) => ['本人', '社区'].includes(entry.by))).toBe(true);
  });

  it('refuses a step out of order or on a stale version, changing nothing', async () => {
    setDay('2026-03-09');
    const zhou = await person('周师傅');
    const { json: filed } = await fileAs(worker, {
      category: 'facilities',
      topic: '电梯故障',
      description: '电梯经常停',
      personId: zhou,
    });
    const early = await run(filed.id, { type: 'publish', version: 1 });
    expect(early.status).toBe(409);
    expect(early.json.detail).toContain('不能公示结果');
    const stale = await run(filed.id, { type: 'accept', version: 7, assignee: { kind: 'department', name: '物业' } });
    expect(stale.status).toBe(409);
    const bad = await run(filed.id, { type: 'accept', version: 1, assignee: { kind: 'team', name: '' } });
    expect(bad.status).toBe(422);
    const tooLong = await run(filed.id, {
      type: 'accept',
      version: 1,
      assignee: { kind: 'department', name: '物业' },
      deadlineDays: 90,
    });
    expect(tooLong.status).toBe(422);
    expect(tooLong.json.errors[0].message).toContain('最长 60 个工作日');
    expect(await read(filed.id)).toMatchObject({ status: 'received', version: 1 });

    // Two workers accepting at once: one wins, the other is told to refresh.
    const both = await Promise.all([
      run(filed.id, { type: 'accept', version: 1, assignee: { kind: 'department', name: '物业' } }),
      run(filed.id, { type: 'accept', version: 1, assignee: { kind: 'department', name: '维修队' } }),
    ]);
    expect(both.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect((await outboxEvents('cases', 'CaseStatusChanged', { caseId: filed.id, to: 'accepted' })).length).toBe(1);
  });

  it('reopens on a dissatisfied follow-up and ends honestly when referred, declined or withdrawn', async () => {
    setDay('2026-03-10');
    const wu = await person('吴阿婆');
    const { json: filed } = await fileAs(worker, {
      category: 'neighbourhood',
      topic: '楼上漏水',
      description: '楼上漏水到我家',
      personId: wu,
    });
    await run(filed.id, { type: 'accept', version: 1, assignee: { kind: 'person', name: '调解员老林' } });
    await run(filed.id, { type: 'handle', version: 2, outcome: '双方协商，楼上修补防水' });
    await run(filed.id, { type: 'publish', version: 3 });
    const reopened = await run(filed.id, { type: 'follow-up', version: 4, satisfaction: 'dissatisfied', note: '还在漏' });
    expect(reopened.json).toMatchObject({ status: 'accepted', reopenings: 1, dueOn: '2026-03-19' });
    expect(reopened.json.outcome).toBeUndefined();

    const { json: referred } = await fileAs(worker, {
      category: 'other',
      topic: '违章建筑',
      description: '邻居在楼顶搭棚',
      personId: wu,
    });
    const done = await run(referred.id, { type: 'refer', version: 1, to: '区城管执法局', reason: '违章建筑由城管执法部门查处' });
    expect(done.json).toMatchObject({ status: 'referred', statusLabel: '已转交其他单位办理', referredTo: '区城管执法局' });

    const { json: declined } = await fileAs(worker, {
      category: 'policy',
      topic: '买房补贴',
      description: '想要买房补贴',
      personId: wu,
    });
    expect((await run(declined.id, { type: 'decline', version: 1, reason: '本市无此项补贴，已当面解释' })).json.status).toBe(
      'declined',
    );

    const { json: own } = await fileAs(resident(wu), { category: 'other', topic: '咨询', description: '随便问问' });
    expect(
      (await run(own.id, { type: 'accept', version: 1, assignee: { kind: 'department', name: '社区' } }, resident(wu))).status,
    ).toBe(403);
    const withdrawn = await run(own.id, { type: 'withdraw', version: 1, reason: '问题已自行解决' }, resident(wu));
    expect(withdrawn.json.status).toBe('withdrawn');
  });

  it('lets the resident rate the published outcome of their own case, and no one else’s', async () => {
    setDay('2026-03-16');
    const feng = await person('冯女士');
    const stranger = await person('褚先生');
    const { json: own } = await fileAs(resident(feng), {
      category: 'environment',
      topic: '垃圾桶满溢',
      description: '每天傍晚溢出',
    });
    await run(own.id, { type: 'accept', version: 1, assignee: { kind: 'department', name: '物业服务中心' } });
    await run(own.id, { type: 'handle', version: 2, outcome: '已增加傍晚清运一次' });
    const published = await run(own.id, { type: 'publish', version: 3 });
    expect(published.json.status).toBe('published');
    const rate = { type: 'follow-up', version: 4, satisfaction: 'basically-satisfied', note: '好多了' };
    expect((await run(own.id, rate, resident(stranger))).status).toBe(404);
    const rated = await run(own.id, rate, resident(feng));
    expect(rated.status, JSON.stringify(rated.json)).toBe(200);
    expect(rated.json).toMatchObject({
      status: 'closed',
      followUps: [{ satisfaction: 'basically-satisfied', note: '好多了', on: '2026-03-16' }],
    });
    expect(rated.json.history.at(-1)).toMatchObject({ by: '本人', to: 'closed' });
    // Only the published outcome is theirs to rate: handling stays with the staff.
    const { json: other } = await fileAs(resident(feng), { category: 'other', topic: '咨询', description: '问问' });
    expect((await run(other.id, { type: 'handle', version: 1, outcome: '自己办了' }, resident(feng))).status).toBe(403);
  });
});

describe('deadlines', () => {
  it('escalates an overdue case to the sub-district once, then to the district, telling the staff', async () => {
    setDay('2026-04-01');
    const zheng = await person('郑先生');
    const { json: filed } = await fileAs(worker, {
      category: 'security',
      topic: '单元门禁坏了',
      description: '门禁坏了陌生人随便进',
      personId: zheng,
    });
    await run(filed.id, {
      type: 'accept',
      version: 1,
      assignee: { kind: 'person', name: '网格员小陈', subject: 'grid-chen' },
      deadlineDays: 2,
    });
    expect((await read(filed.id)).dueOn).toBe('2026-04-03');

    setDay('2026-04-03');
    expect((await escalateOverdue(deps())).escalated).not.toContain(filed.id);
    // 4–6 April is the Qingming holiday; the job still runs and finds the case overdue from the 4th.
    setDay('2026-04-07');
    const first = await escalateOverdue(deps());
    expect(first.escalated).toContain(filed.id);
    expect((await escalateOverdue(deps())).escalated).not.toContain(filed.id);
    const escalated = await read(filed.id);
    expect(escalated).toMatchObject({ level: 'subdistrict', levelLabel: '街道', dueOn: '2026-04-14', overdue: false });
    expect(escalated.escalations).toEqual([
      { level: 'subdistrict', on: '2026-04-07', overdueSince: '2026-04-04', dueOn: '2026-04-14' },
    ]);
    const [event] = await outboxEvents('cases', 'CaseEscalated', { caseId: filed.id });
    expect(event?.data).toMatchObject({ level: 'subdistrict', notify: ['grid-chen', 'worker-029'] });

    setDay('2026-04-15');
    await escalateOverdue(deps());
    expect((await read(filed.id)).level).toBe('district');
    const listed = await call(list, 'GET', '/cases', {
      claims: worker,
      query: { community, overdue: 'false', status: 'accepted' },
    });
    expect(listed.json.items.map((item: { id: string }) => item.id)).toContain(filed.id);
  });

  it('leaves a case a worker handled between the job’s read and its write alone', async () => {
    setDay('2026-04-20');
    const feng = await person('冯女士');
    const { json: filed } = await fileAs(worker, {
      category: 'policy',
      topic: '医保报销',
      description: '医保怎么报',
      personId: feng,
    });
    await run(filed.id, { type: 'accept', version: 1, assignee: { kind: 'department', name: '社保站' }, deadlineDays: 1 });
    setDay('2026-04-23');
    const racing = deps();
    const original = racing.client.send.bind(racing.client);
    let raced = false;
    // The worker's step lands just before the job writes.
    racing.client.send = (async (cmd: Parameters<typeof original>[0]) => {
      if (!raced && cmd.constructor.name === 'TransactWriteCommand' && JSON.stringify(cmd.input).includes('CaseEscalated')) {
        raced = true;
        await run(filed.id, { type: 'handle', version: 2, outcome: '已电话解答报销流程' });
      }
      return original(cmd as never);
    }) as typeof racing.client.send;
    const result = await escalateOverdue(racing);
    expect(result.skipped).toContain(filed.id);
    const record = await getCase(deps(), filed.id, true);
    expect(record).toMatchObject({ status: 'handled', level: 'community', handledInTime: false });
    expect(await outboxEvents('cases', 'CaseEscalated', { caseId: filed.id })).toEqual([]);
  });

  it('lets the district set a category’s deadline for cases accepted from then on', async () => {
    const set = await call(setDeadline, 'PUT', '/cases/categories/{category}', {
      params: { category: 'facilities' },
      claims: claimsFor('district-admin', ['350203']),
      body: { deadlineDays: 15 },
    });
    expect(set.json).toEqual({ code: 'facilities', label: '设施维修', deadlineDays: 15, customised: true });
    const refused = await call(setDeadline, 'PUT', '/cases/categories/{category}', {
      params: { category: 'facilities' },
      claims: worker,
      body: { deadlineDays: 1 },
    });
    expect(refused.status).toBe(403);
    const listed = await call(categories, 'GET', '/cases/categories', { claims: worker });
    expect(listed.json.items.find((item: { code: string }) => item.code === 'facilities')).toMatchObject({
      deadlineDays: 15,
      customised: true,
    });

    setDay('2026-05-11');
    const chu = await person('褚先生');
    const { json: filed } = await fileAs(worker, {
      category: 'facilities',
      topic: '健身器材损坏',
      description: '单杠松了',
      personId: chu,
    });
    expect(
      (await run(filed.id, { type: 'accept', version: 1, assignee: { kind: 'department', name: '物业' } })).json.deadlineDays,
    ).toBeUndefined();
    expect((await read(filed.id)).dueOn).toBe('2026-06-01');
  });

  it('reports deadline compliance per community and category', async () => {
    const counted = await call(compliance, 'GET', '/cases/compliance', {
      claims: worker,
      query: { area: community, month: '2026-04' },
    });
    expect(counted.status).toBe(200);
    const policy = counted.json.byCategory.find((row: { key: string }) => row.key === 'policy');
    expect(policy).toMatchObject({ label: '政策咨询', handledLate: 1 });
    expect(counted.json.total.due).toBe(
      counted.json.total.handledInTime + counted.json.total.handledLate + counted.json.total.overdueOpen,
    );
    const bad = await call(compliance, 'GET', '/cases/compliance', {
      claims: worker,
      query: { area: community, month: '2026-13' },
    });
    expect(bad.status).toBe(422);
    expect(bad.json.errors[0].message).toBe('月份格式须为 YYYY-MM，如 2026-02');
  });
});

describe('recurring topics', () => {
  it('puts a topic raised three times before a deliberation day on its agenda', async () => {
    setDay('2026-07-06');
    const people = await Promise.all(['甲', '乙', '丙', '丁'].map((name) => person(`居民${name}`)));
    for (const [index, personId] of people.slice(0, 3).entries()) {
      await fileAs(worker, {
        category: 'property',
        topic: index === 1 ? '停车 难' : '停车难',
        description: '车位不够',
        personId,
      });
    }
    await fileAs(worker, { category: 'property', topic: '物业费', description: '物业费太贵', personId: people[3] });
    const listed = await call(topics, 'GET', '/cases/topics', { claims: worker, query: { community } });
    expect(listed.json.deliberationDate).toBe('2026-07-28');
    const parking = listed.json.items.find((item: { topic: string }) => item.topic === '停车难');
    expect(parking).toMatchObject({ caseCount: 3, onAgenda: true, categoryLabel: '物业管理' });
    expect(listed.json.items.find((item: { topic: string }) => item.topic === '物业费')).toMatchObject({
      caseCount: 1,
      onAgenda: false,
    });
  });
});
