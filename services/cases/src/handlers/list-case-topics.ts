import { shanghaiDay } from '@shequ/contracts';
import { assertInScope, httpHandler, NotFound } from '@shequ/kit';
import { nextCivicDay } from '../domain/civic-calendar.ts';
import { RECURRING_CASES } from '../domain/topics.ts';
import { listTopics as route } from '../schemas/cases.ts';
import { type CasesDeps, defaultCasesDeps } from '../store/deps.ts';
import { topicGroupsFor } from '../store/topics.ts';

export function createHandler(deps: () => CasesDeps = defaultCasesDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(caller, query.community);
    const d = deps();
    const date = query.deliberationDate ?? nextCivicDay('deliberation', shanghaiDay(d.now()), d.calendar)?.date;
    if (!date) throw new NotFound('近期没有议事日');
    const groups = await topicGroupsFor(d, query.community, date);
    return {
      body: {
        deliberationDate: date,
        items: groups.map(({ community: _community, deliberationDate: _date, ...group }) => ({
          ...group,
          onAgenda: group.caseCount >= RECURRING_CASES,
        })),
      },
    };
  });
}

export const handler = createHandler();
