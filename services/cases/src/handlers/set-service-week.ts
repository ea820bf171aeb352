import { shanghaiDay } from '@shequ/contracts';
import { ConcurrentModificationError } from '@shequ/ddb';
import { assertInScope, Conflict, httpHandler, ValidationFailed } from '@shequ/kit';
import { serviceWeekProblem } from '../domain/civic-calendar.ts';
import { presentMonth, setServiceWeek as route } from '../schemas/civic-calendar.ts';
import { communityMonthOf, monthItemsOf, saveServiceWeek } from '../store/civic-calendar.ts';
import { type CasesDeps, defaultCasesDeps } from '../store/deps.ts';

/** Moves a month's service week to the week the community's needs questionnaire asked for. */
export function createHandler(deps: () => CasesDeps = defaultCasesDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    assertInScope(caller, params.community);
    const d = deps();
    const problem = serviceWeekProblem(params.month, body.start, d.calendar);
    if (problem) throw ValidationFailed.field('body.start', problem);
    const today = shanghaiDay(d.now());
    if (body.start < today) throw ValidationFailed.field('body.start', `服务周不能改到已过去的日子（今天是 ${today}）`);
    const { settings, records } = await monthItemsOf(d, params.community, params.month, true);
    if ((settings?.version ?? 0) !== body.version) throw new ConcurrentModificationError();
    const held = records.get('service-week');
    if (held?.attendance || held?.minutes) {
      throw new Conflict('service-week-held', '本月服务周已登记出席或纪要，不能再调整');
    }
    await saveServiceWeek(
      d,
      { community: params.community, month: params.month, serviceWeekStart: body.start },
      body.version,
      caller.subject,
    );
    return { body: presentMonth(params.community, await communityMonthOf(d, params.community, params.month, true), true) };
  });
}

export const handler = createHandler();
