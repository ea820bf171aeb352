import { communityOf, shanghaiDay } from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { assertInScope, Forbidden, httpHandler, isStaff, NotFound, ValidationFailed } from '@shequ/kit';
import { type CaseRecord, caseCategories, likelyDuplicates } from '../domain/cases.ts';
import { nextCivicDay } from '../domain/civic-calendar.ts';
import { topicIdOf } from '../domain/topics.ts';
import { presentCase, fileCase as route } from '../schemas/cases.ts';
import { allPersonCases, fileCase } from '../store/cases.ts';
import { type CasesDeps, defaultCasesDeps } from '../store/deps.ts';
import { personOf } from '../store/persons.ts';

export function createHandler(deps: () => CasesDeps = defaultCasesDeps) {
  return httpHandler(route, async ({ body, caller }) => {
    const d = deps();
    const now = d.now();
    const today = shanghaiDay(now);
    const staff = isStaff(caller);
    // A resident files for themself through the mailbox; a worker names the resident, or files an anonymous letter by area.
    const personId = staff ? body.personId : caller.personId;
    if (!staff && !personId) throw new Forbidden('您的账号尚未关联居民身份，请到社区登记后再提交');
    if (!staff && body.personId && body.personId !== personId) {
      throw ValidationFailed.field('body.personId', '居民只能提交本人的诉求');
    }
    const person = personId ? await personOf(d, personId) : undefined;
    if (personId && !person) throw new NotFound('未找到该居民，请确认已在人口库登记');
    if (person && person.status !== 'active') {
      throw ValidationFailed.field('body.personId', `${person.name}已迁出或已故，不能登记诉求`);
    }
    const area = person?.area ?? body.area;
    if (!area) throw ValidationFailed.field('body.area', '匿名诉求请填写所涉社区或网格（area）');
    if (area.length < 12) throw ValidationFailed.field('body.area', '诉求须落到社区或网格（12 位社区代码或网格代码）');
    if (staff) assertInScope(caller, area);
    const category = caseCategories.find((candidate) => candidate.code === body.category);
    if (!category) throw ValidationFailed.field('body.category', '诉求类别不正确');
    const community = communityOf(area);
    const deliberation = nextCivicDay('deliberation', today, d.calendar);
    if (!deliberation) throw new Error('no deliberation day in the next months');
    const topicId = topicIdOf(category.code, body.topic);
    const previous = person ? await allPersonCases(d, person.personId) : [];
    const record: CaseRecord = {
      id: newId(now),
      area,
      community,
      channel: staff ? (body.channel ?? 'walk-in') : 'mailbox',
      category: category.code,
      categoryLabel: category.label,
      topic: body.topic,
      topicId,
      description: body.description,
      ...(person ? { personId: person.personId, personName: person.name } : {}),
      filedBy: caller.subject,
      filedByRole: caller.role,
      filedOn: today,
      filedAt: now.toISOString(),
      status: 'received',
      possibleDuplicates: likelyDuplicates({ category: category.code, topic: body.topic }, previous),
      level: 'community',
      escalations: [],
      followUps: [],
      reopenings: 0,
      history: [{ at: now.toISOString(), by: caller.subject, action: 'file', to: 'received' }],
      version: 1,
    };
    const filed = await fileCase(d, record, {
      community,
      deliberationDate: deliberation.date,
      topicId,
      category: category.code,
      categoryLabel: category.label,
      topic: body.topic,
    });
    return { status: 201, body: presentCase(filed, today, { staff }) };
  });
}

export const handler = createHandler();
