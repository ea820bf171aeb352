import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { sharedDocumentClient } from '@shequ/ddb';
import { tableOf, ValidationFailed } from '@shequ/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { outboxEvents } from '../../../test/support/outbox.ts';
import { handler as countMembers, createHandler as createCountMembers } from '../src/handlers/count-group-members.ts';
import { handler as createHousehold } from '../src/handlers/create-household.ts';
import { handler as leaveGroup } from '../src/handlers/leave-group.ts';
import { createHandler as createListMembers, handler as listMembers } from '../src/handlers/list-group-members.ts';
import { createHandler as createListPersonGroups, handler as listPersonGroups } from '../src/handlers/list-person-groups.ts';
import { handler as registerPerson } from '../src/handlers/register-person.ts';
import { handler as setMembership } from '../src/handlers/set-group-membership.ts';
import { defaultRegistryDeps } from '../src/store/deps.ts';
import { joinOrUpdateGroup } from '../src/store/groups.ts';
import { auditOf, call, claimsFor, createServiceTables, nextCitizenId } from './support.ts';

const community = '350203006029';
const grid = `${community}-03`;
const worker = claimsFor('community-worker', [community]);
const gridWorker = claimsFor('grid-worker', [grid]);
const registrar = claimsFor('district-admin', ['350203']);

interface Registered {
  id: string;
  citizenId: string;
}

async function person(
  options: { name?: string; birth?: string; sex?: 'male' | 'female'; area?: string } = {},
): Promise<Registered> {
  const citizenId = nextCitizenId(options.birth ?? '19700101', options.sex);
  const response = await call(registerPerson, 'POST', '/registry/persons', {
    body: { name: options.name ?? '测试人员', citizenId, residence: 'registered', area: options.area ?? grid },
    claims: registrar,
  });
  expect(response.status).toBe(201);
  return { id: response.json.id, citizenId };
}

const put = (personId: string, group: string, body: Record<string, unknown>, claims = worker) =>
  call(setMembership, 'PUT', '/registry/persons/{id}/groups/{group}', { params: { id: personId, group }, body, claims });
const leave = (personId: string, group: string, body: Record<string, unknown>, claims = worker) =>
  call(leaveGroup, 'DELETE', '/registry/persons/{id}/groups/{group}', { params: { id: personId, group }, body, claims });
const groupsOf = (personId: string, claims = worker, query?: Record<string, string>, handler = listPersonGroups) =>
  call(handler, 'GET', '/registry/persons/{id}/groups', { params: { id: personId }, claims, ...(query ? { query } : {}) });
const members = (group: string, query: Record<string, string>, claims = worker, handler = listMembers) =>
  call(handler, 'GET', '/registry/groups/{group}/members', { params: { group }, query, claims });
const counts = (group: string, area: string, claims = worker, handler = countMembers) =>
  call(handler, 'GET', '/registry/groups/{group}/counts', { params: { group }, query: { area }, claims });

const disabled = (holder: Registered, category = 'limb', grade = 2, extra: Record<string, unknown> = {}) => {
  const digit = { visual: 1, hearing: 2, speech: 3, limb: 4, intellectual: 5, mental: 6, multiple: 7 }[category];
  return { category, grade, certificateNumber: `${holder.citizenId}${digit}${grade}`, ...extra };
};

const outboxFor = (personId: string) => outboxEvents('registry', 'GroupMembershipChanged', { personId });

const auditFields = async (personId: string) => (await auditOf(personId)).flatMap((item) => item.fields ?? []);

beforeAll(createServiceTables);

describe('joining, changing and leaving a group', () => {
  let holder: Registered;

  beforeAll(async () => {
    holder = await person({ name: '陈伟', birth: '19700510', sex: 'male' });
  });

  it('joins with validated attributes, the certificate number stored encrypted and shown masked', async () => {
    const response = await put(holder.id, 'disabled', {
      attributes: disabled(holder, 'limb', 2, { needs: ['rehabilitation', 'employment', 'rehabilitation'] }),
    });
    expect(response.status).toBe(201);
    expect(response.json).toMatchObject({
      group: 'disabled',
      label: '残疾人',
      category: 'limb',
      categoryLabel: '肢体残疾',
      grade: 2,
      gradeLabel: '二级',
      version: 1,
      attributes: {
        category: 'limb',
        grade: 2,
        needs: ['employment', 'rehabilitation'],
        certificateNumber: `${holder.citizenId.slice(0, 6)}********${holder.citizenId.slice(-4)}42`,
      },
    });
    const stored = await sharedDocumentClient().send(
      new GetCommand({ TableName: tableOf('registry'), Key: { pk: `PERSON#${holder.id}`, sk: 'GROUP#disabled' } }),
    );
    expect(JSON.stringify(stored.Item)).not.toContain(holder.citizenId);

    const [event] = await outboxFor(holder.id);
    expect(event).toMatchObject({
      type: 'GroupMembershipChanged',
      area: grid,
      data: {
        personId: holder.id,
        area: grid,
        group: 'disabled',
        change: 'joined',
        attributes: { category: 'limb', grade: 2, needs: ['employment', 'rehabilitation'] },
        birthDate: '1970-05-10',
        sex: 'male',
      },
    });
    expect(JSON.stringify(event)).not.toContain(holder.citizenId);
    expect(await auditFields(holder.id)).toContain('groups.disabled');
  });

  it('treats the same join again as done, and a different one as a conflict', async () => {
    const again = await put(holder.id, 'disabled', {
      attributes: disabled(holder, 'limb', 2, { needs: ['employment', 'rehabilitation'] }),
    });
    expect(again.status).toBe(200);
    expect(again.json.version).toBe(1);
    const different = await put(holder.id, 'disabled', { attributes: disabled(holder, 'limb', 1) });
    expect(different.status).toBe(409);
    expect(different.json.code).toBe('already-member');
  });

  it('changes only what is named, at the version last read', async () => {
    const changed = await put(holder.id, 'disabled', {
      attributes: { grade: 1, certificateNumber: `${holder.citizenId}41` },
      version: 1,
    });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({ grade: 1, version: 2, attributes: { needs: ['employment', 'rehabilitation'] } });
    const stale = await put(holder.id, 'disabled', { attributes: { needs: [] }, version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe('concurrent-modification');
    expect((await outboxFor(holder.id)).map((event) => [event.data.change, event.data.attributes.grade])).toEqual([
      ['joined', 2],
      ['changed', 1],
    ]);
  });

  it('reveals the certificate number only to roles allowed to, and audits it', async () => {
    const revealed = await groupsOf(holder.id, worker, { reveal: 'true' });
    expect(revealed.json.memberships[0].attributes.certificateNumber).toBe(`${holder.citizenId}41`);
    expect(await auditFields(holder.id)).toContain('groups.disabled.certificateNumber');
    expect((await groupsOf(holder.id, claimsFor('grid-worker', [grid]), { reveal: 'true' })).status).toBe(403);
  });

  it('leaves with a reason and keeps the whole history', async () => {
    const left = await leave(holder.id, 'disabled', { reason: '残疾证注销', version: 2 });
    expect(left.status).toBe(200);
    expect(left.json).toMatchObject({ personId: holder.id, group: 'disabled', label: '残疾人' });
    expect((await leave(holder.id, 'disabled', { reason: '再次退出' })).status).toBe(404);
    const changeGone = await put(holder.id, 'disabled', { attributes: { needs: [] }, version: 2 });
    expect(changeGone.status).toBe(404);
    expect(changeGone.json.detail).toBe('该人员不在「残疾人」中，请先纳入');
    expect((await leave(holder.id, 'disabled', {})).json.errors).toEqual([{ field: 'body.reason', message: '请填写退出原因' }]);

    const response = await groupsOf(holder.id);
    expect(response.status).toBe(200);
    expect(response.json.memberships).toEqual([]);
    const history = response.json.history;
    expect(history.map((entry: { change: string }) => entry.change)).toEqual(['joined', 'changed', 'left']);
    expect(history[0]).toMatchObject({ group: 'disabled', label: '残疾人', actor: worker.sub, after: { grade: 2 } });
    expect(history[0].before).toBeUndefined();
    expect(history[1]).toMatchObject({ before: { grade: 2 }, after: { grade: 1 } });
    expect(history[2]).toMatchObject({ before: { grade: 1 }, reason: '残疾证注销' });
    expect(history[2].after).toBeUndefined();
    expect(JSON.stringify(history)).not.toContain(holder.citizenId);
    expect((await outboxFor(holder.id)).at(-1)?.data).toMatchObject({
      change: 'left',
      attributes: { category: 'limb', grade: 1 },
    });
  });
});

describe('attributes each group refuses, in Chinese', () => {
  let subject: Registered;
  let stranger: Registered;

  beforeAll(async () => {
    [subject, stranger] = await Promise.all([person({ birth: '19800101', sex: 'female' }), person()]);
  });

  const contact = { name: '社区干部', phone: '13800138000' };
  const cases: [string, () => Record<string, unknown>, string, string | RegExp][] = [
    [
      'disabled',
      () => ({ ...disabled(subject), category: 'wing' }),
      'category',
      /^残疾类别须为：visual（视力残疾）、hearing（听力残疾）/,
    ],
    ['disabled', () => disabled(subject, 'limb', 5), 'grade', '残疾等级须为 1–4 级（一级最重）'],
    [
      'disabled',
      () => ({ ...disabled(subject), certificateNumber: `${subject.citizenId}12` }),
      'certificateNumber',
      /^残疾人证号第 19 位/,
    ],
    ['disabled', () => disabled(stranger), 'certificateNumber', '证号的前 18 位须与本人公民身份号码一致'],
    ['empty-nest', () => ({ childrenCount: 0 }), 'childrenCount', '空巢老人须至少有 1 名子女；无子女的老人请登记为孤老'],
    [
      'living-alone',
      () => ({ emergencyContact: { name: '张三', phone: '123' } }),
      'emergencyContact.phone',
      '电话号码须为 11 位手机号或带区号的固定电话',
    ],
    ['solitary-elderly', () => ({ support: 'institution' }), 'institution', '集中供养须填写供养机构'],
    [
      'left-behind-child',
      () => ({ guardian: { name: '李奶奶', relationship: 'neighbour' }, contactPerson: contact }),
      'guardian.relationship',
      /^监护人关系须为：grandparent（祖父母\/外祖父母）/,
    ],
    ['left-behind-woman', () => ({ spouseWorkingIn: '深圳' }), 'contactPerson', '请填写包保联系人（姓名和电话）'],
    [
      'left-behind-elderly',
      () => ({ contactPerson: { name: ' ', phone: '13800138000' } }),
      'contactPerson.name',
      '请填写包保联系人姓名',
    ],
    ['dibao', () => ({}), 'householdId', '请填写所属户编号'],
    [
      'tekun',
      () => ({ householdId: '0000000000000000000', support: 'hotel' }),
      'support',
      /^供养方式须为：home（分散供养（居家））/,
    ],
    ['unemployed', () => ({ since: '2024/01/01' }), 'since', '失业日期格式须为 YYYY-MM-DD'],
    ['laid-off', () => ({ since: '2020-01-01', skills: [''] }), 'skills.0', '请填写技能'],
    [
      'military-family',
      () => ({ serviceMemberName: '王强', relationship: 'cousin' }),
      'relationship',
      /^与本人关系须为：parent（父母）/,
    ],
    ['martyr-family', () => ({ relationship: 'parent' }), 'martyrName', '请填写烈士姓名'],
    ['active-military', () => ({ enlistedOn: '2025-13-01' }), 'enlistedOn', '入伍日期格式须为 YYYY-MM-DD'],
    ['transferred-officer', () => ({ transferredOn: '2010-05-01', rank: '少校' }), '', '不支持的属性：rank'],
    [
      'mental-illness',
      () => ({ cardNumber: '卡', medication: '利培酮' }),
      'cardNumber',
      '长期服药卡号须为 4–30 位字母、数字或连字符',
    ],
  ];

  it.each(cases)('%s: refuses %#', async (group, attributes, field, message) => {
    const response = await put(subject.id, group, { attributes: attributes() });
    expect(response.status).toBe(422);
    expect(response.json.code).toBe('validation-failed');
    const error = response.json.errors.find(
      (entry: { field: string }) => entry.field === `body.attributes${field ? `.${field}` : ''}`,
    );
    expect(error, JSON.stringify(response.json.errors)).toBeDefined();
    expect(error.message).toMatch(message);
  });

  it('refuses people the group is not for, and unknown groups', async () => {
    const tooYoung = await put(subject.id, 'empty-nest', { attributes: { childrenCount: 2 } });
    expect(tooYoung.status).toBe(422);
    expect(tooYoung.json.errors).toEqual([{ field: 'path.personId', message: '空巢老人须年满 60 周岁' }]);
    const unknown = await put(subject.id, 'vip', { attributes: {} });
    expect(unknown.status).toBe(422);
    expect(unknown.json.errors[0]).toMatchObject({ field: 'path.group' });
    expect(unknown.json.errors[0].message).toMatch(/^群体须为：disabled（残疾人）、empty-nest（空巢老人）/);
  });

  it('wrote nothing for any refusal', async () => {
    const response = await groupsOf(subject.id);
    expect(response.json.memberships).toEqual([]);
    expect(response.json.history).toEqual([]);
    expect(await outboxFor(subject.id)).toEqual([]);
  });
});

describe('who may change which group', () => {
  let resident: Registered;
  let child: Registered;

  beforeAll(async () => {
    [resident, child] = await Promise.all([person({ name: '低保对象' }), person({ name: '留守儿童', birth: '20160601' })]);
  });

  it('links 低保 to the person own household, joined by community workers only', async () => {
    const byGrid = await put(resident.id, 'dibao', { attributes: { householdId: '0000000000000000000' } }, gridWorker);
    expect(byGrid.status).toBe(403);
    expect(byGrid.json.detail).toBe('低保的认定须由社区工作者及以上人员办理，网格员不能纳入');

    const notHers = await put(resident.id, 'dibao', { attributes: { householdId: '0000000000000000000' } });
    expect(notHers.status).toBe(422);
    expect(notHers.json.errors[0]).toEqual({
      field: 'body.attributes.householdId',
      message: '所属户须为本人当前所在的户（请先在户籍中把本人加入该户）',
    });

    const household = await call(createHousehold, 'POST', '/registry/households', {
      body: { area: grid, headPersonId: resident.id, perCapitaIncome: 400 },
      claims: worker,
    });
    const joined = await put(resident.id, 'dibao', { attributes: { householdId: household.json.id, since: '2026-01-01' } });
    expect(joined.status).toBe(201);
    expect((await outboxFor(resident.id)).at(-1)?.data.attributes).toEqual({
      householdId: household.json.id,
      since: '2026-01-01',
    });

    const note = await put(resident.id, 'dibao', { attributes: { note: '每月走访' }, version: 1 }, gridWorker);
    expect(note.status).toBe(200);
    const since = await put(resident.id, 'dibao', { attributes: { since: '2025-01-01' }, version: 2 }, gridWorker);
    expect(since.status).toBe(403);
    expect(since.json.detail).toBe('网格员只能记录低保的 note，不能修改 since');
    expect((await leave(resident.id, 'dibao', { reason: '收入超标' }, gridWorker)).status).toBe(403);
  });

  it('lets grid workers record the everyday groups of their own grid only', async () => {
    const attributes = {
      guardian: { name: '刘奶奶', relationship: 'grandparent' },
      school: '鹭江小学',
      contactPerson: { name: '网格员小林', phone: '13912345678' },
    };
    expect((await put(child.id, 'left-behind-child', { attributes }, claimsFor('grid-worker', [`${community}-04`]))).status).toBe(
      403,
    );
    expect((await put(child.id, 'left-behind-child', { attributes }, gridWorker)).status).toBe(201);
    expect(
      (await put(child.id, 'left-behind-child', { attributes }, claimsFor('resident', [community], { person: child.id }))).status,
    ).toBe(403);
  });

  it('shows residents their own groups and nobody else', async () => {
    const own = await groupsOf(child.id, claimsFor('resident', [community], { person: child.id }));
    expect(own.status).toBe(200);
    expect(own.json.memberships.map((m: { group: string }) => m.group)).toEqual(['left-behind-child']);
    expect((await groupsOf(child.id, claimsFor('resident', [community], { person: resident.id }))).status).toBe(404);
    expect((await groupsOf(child.id, claimsFor('volunteer', [community]))).status).toBe(404);
    expect((await groupsOf(child.id, claimsFor('community-worker', ['350203006002']))).status).toBe(403);
  });
});

describe('members and counts by category and grade', () => {
  const counted = '350203006034';
  const countedWorker = claimsFor('community-worker', [counted]);
  // 12 disabled persons as the brief's seed-like mix: 5 limb, 3 intellectual, 2 visual, 1 hearing, 1 mental.
  const roster: [string, number, string][] = [
    ['limb', 1, '-01'],
    ['limb', 2, '-01'],
    ['limb', 2, '-01'],
    ['limb', 3, '-02'],
    ['limb', 4, '-02'],
    ['intellectual', 2, '-01'],
    ['intellectual', 3, '-01'],
    ['intellectual', 4, '-02'],
    ['visual', 1, '-01'],
    ['visual', 2, '-02'],
    ['hearing', 3, '-01'],
    ['mental', 2, '-01'],
  ];
  const ids: Record<string, string[]> = {};

  beforeAll(async () => {
    await Promise.all(
      roster.map(async ([category, grade, gridSuffix], index) => {
        const holder = await person({ name: `残${String(index).padStart(2, '0')}`, area: `${counted}${gridSuffix}` });
        const response = await put(holder.id, 'disabled', { attributes: disabled(holder, category, grade) }, countedWorker);
        expect(response.status).toBe(201);
        ids[category] = [...(ids[category] ?? []), holder.id];
      }),
    );
  });

  async function allMembers(query: Record<string, string>): Promise<string[]> {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await members(
        'disabled',
        { area: counted, limit: '2', ...query, ...(cursor ? { cursor } : {}) },
        countedWorker,
      );
      expect(page.status).toBe(200);
      seen.push(...page.json.items.map((item: { personId: string }) => item.personId));
      cursor = page.json.cursor;
    } while (cursor);
    return seen.sort();
  }

  it('counts the community exactly, by category and by grade', async () => {
    const response = await counts('disabled', counted, countedWorker);
    expect(response.status).toBe(200);
    expect(response.json).toEqual({
      group: 'disabled',
      label: '残疾人',
      area: counted,
      total: 12,
      byCategory: { limb: 5, intellectual: 3, visual: 2, hearing: 1, mental: 1, speech: 0, multiple: 0 },
      byGrade: { 1: 2, 2: 5, 3: 3, 4: 2 },
    });
    const gridCounts = await counts('disabled', `${counted}-02`, countedWorker);
    expect(gridCounts.json).toMatchObject({ total: 4, byCategory: { limb: 2, intellectual: 1, visual: 1, hearing: 0 } });
  });

  it('lists by category, grade, both, and grid, page by page', async () => {
    expect(await allMembers({ category: 'limb' })).toEqual([...(ids.limb ?? [])].sort());
    expect(await allMembers({ category: 'intellectual' })).toHaveLength(3);
    expect(await allMembers({ grade: '2' })).toHaveLength(5);
    expect(await allMembers({ category: 'limb', grade: '2' })).toHaveLength(2);
    expect(await allMembers({})).toHaveLength(12);
    expect(await allMembers({ area: `${counted}-01` })).toHaveLength(8);
    // The grid is filtered out of the community's partition, yet a page of it comes full.
    const gridPage = await members('disabled', { area: `${counted}-01`, limit: '7' }, countedWorker);
    expect(gridPage.json.items).toHaveLength(7);
    const page = await members('disabled', { area: counted, category: 'mental' }, countedWorker);
    expect(page.json.items[0]).toMatchObject({ category: 'mental', grade: 2, attributes: { category: 'mental' } });
    expect(page.json.items[0].attributes.certificateNumber).toMatch(/\*{8}/);
  });

  it('refuses unknown facets and callers out of scope', async () => {
    const wing = await members('disabled', { area: counted, category: 'wing' }, countedWorker);
    expect(wing.status).toBe(422);
    expect(wing.json.errors[0]).toMatchObject({ field: 'query.category' });
    const grade = await members('disabled', { area: counted, grade: '7' }, countedWorker);
    expect(grade.json.errors).toEqual([{ field: 'query.grade', message: '等级须为 1–4' }]);
    expect((await members('dibao', { area: counted, category: 'limb' }, countedWorker)).json.errors[0].message).toBe(
      '低保不按类别分类',
    );
    expect((await counts('disabled', counted, claimsFor('grid-worker', [`${counted}-01`]))).status).toBe(403);
    expect((await counts('disabled', '350203006', claimsFor('subdistrict-staff', ['350203006']))).status).toBe(422);
  });
});

describe('joinOrUpdateGroup, as bulk import calls it', () => {
  it('joins, changes nothing on a re-import, merges a partial row, and refuses bad rows', async () => {
    const deps = defaultRegistryDeps();
    const holder = await person({ name: '导入人员' });
    const row = disabled(holder, 'hearing', 3);
    const first = await joinOrUpdateGroup(deps, { personId: holder.id, group: 'disabled', attributes: row }, 'import-1');
    expect(first.changed).toBe(true);
    expect(first.membership).toMatchObject({ version: 1, category: 'hearing', grade: 3 });

    const again = await joinOrUpdateGroup(deps, { personId: holder.id, group: 'disabled', attributes: { ...row } }, 'import-2');
    expect(again).toMatchObject({ changed: false, membership: { version: 1 } });
    expect(await outboxFor(holder.id)).toHaveLength(1);

    await put(holder.id, 'disabled', { attributes: { needs: ['assistive-devices'] }, version: 1 });
    const partial = await joinOrUpdateGroup(deps, { personId: holder.id, group: 'disabled', attributes: row }, 'import-3');
    expect(partial.changed).toBe(false);
    const regraded = await joinOrUpdateGroup(
      deps,
      { personId: holder.id, group: 'disabled', attributes: disabled(holder, 'hearing', 2) },
      'import-4',
    );
    expect(regraded.changed).toBe(true);
    expect(regraded.membership).toMatchObject({ version: 3, grade: 2, attributes: { needs: ['assistive-devices'] } });
    const history = (await groupsOf(holder.id)).json.history;
    expect(history.map((entry: { actor: string }) => entry.actor)).toEqual(['import-1', worker.sub, 'import-4']);

    const bad = joinOrUpdateGroup(deps, { personId: holder.id, group: 'disabled', attributes: { grade: 'x' } }, 'import-5');
    await expect(bad).rejects.toBeInstanceOf(ValidationFailed);
    await expect(bad).rejects.toMatchObject({
      errors: [{ field: 'attributes.grade', message: '残疾等级须为 1–4 的数字（一级最重）' }],
    });
  });
});

describe('derived groups on a given day', () => {
  const derivedArea = '350203006035';
  const derivedWorker = claimsFor('community-worker', [derivedArea]);
  // Noon of 15 March 2026 in Shanghai.
  const onDay = () => ({ ...defaultRegistryDeps(), now: () => new Date('2026-03-15T04:00:00Z') });
  const listOn = createListMembers(onDay);
  const countOn = createCountMembers(onDay);
  const people: Record<string, string> = {};

  beforeAll(async () => {
    const births: [string, string, 'male' | 'female'][] = [
      ['sixtyToday', '19660315', 'male'],
      ['sixtyTomorrow', '19660316', 'male'],
      ['seventySix', '19500101', 'female'],
      ['eightyToday', '19460315', 'female'],
      ['eightyTomorrow', '19460316', 'male'],
      ['fifteenToday', '20110315', 'female'],
      ['fifteenTomorrow', '20110316', 'female'],
      ['fortyNine', '19760316', 'female'],
      ['fiftyToday', '19760315', 'female'],
      ['manOfThirty', '19960505', 'male'],
      ['womanOfThirty', '19960505', 'female'],
    ];
    await Promise.all(
      births.map(async ([label, birth, sex]) => {
        people[label] = (await person({ name: label, birth, sex, area: `${derivedArea}-01` })).id;
      }),
    );
  });

  const listed = async (group: string) => {
    const response = await members(group, { area: derivedArea, limit: '100' }, derivedWorker, listOn);
    expect(response.status).toBe(200);
    return response.json.items.map((item: { personId: string }) => item.personId).sort();
  };

  it('lists 60+ on the day: turning 60 today is in, tomorrow is not', async () => {
    expect(await listed('elderly')).toEqual(
      [people.sixtyToday, people.seventySix, people.eightyToday, people.eightyTomorrow].sort(),
    );
    const response = await counts('elderly', derivedArea, derivedWorker, countOn);
    expect(response.json).toEqual({
      group: 'elderly',
      label: '60 岁及以上老人',
      area: derivedArea,
      total: 4,
      byAgeBand: { '60-69': 1, '70-79': 2, '80-89': 1, '90+': 0 },
    });
  });

  it('lists 80+ (高龄) apart: turning 80 today is in, tomorrow is not', async () => {
    expect(await listed('elderly-80')).toEqual([people.eightyToday]);
    const response = await counts('elderly-80', derivedArea, derivedWorker, countOn);
    expect(response.json).toMatchObject({ total: 1, byAgeBand: { '80-89': 1, '90-99': 0, '100+': 0 } });
  });

  it('lists women aged 15–49 on the day, men never', async () => {
    expect(await listed('women-childbearing-age')).toEqual([people.fifteenToday, people.fortyNine, people.womanOfThirty].sort());
    const response = await counts('women-childbearing-age', `${derivedArea}-01`, derivedWorker, countOn);
    expect(response.json).toMatchObject({ total: 3, byAgeBand: { '15-19': 1, '25-29': 1, '45-49': 1 } });
    const filtered = await members('elderly', { area: derivedArea, grade: '1' }, derivedWorker, listOn);
    expect(filtered.status).toBe(422);
  });

  it('names the derived groups on a person, computed for the day', async () => {
    const listOwn = createListPersonGroups(onDay);
    const response = await groupsOf(people.sixtyToday as string, derivedWorker, undefined, listOwn);
    expect(response.json.derived).toEqual([{ group: 'elderly', label: '60 岁及以上老人' }]);
    expect((await groupsOf(people.sixtyTomorrow as string, derivedWorker, undefined, listOwn)).json.derived).toEqual([]);
  });
});
