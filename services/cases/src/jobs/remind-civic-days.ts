import { addDays, shanghaiDay } from '@shequ/contracts';
import { scheduledJob } from '@shequ/kit';
import { agendaOf } from '../schemas/civic-calendar.ts';
import { civicDaysHeldOn, raiseCivicDayDue } from '../store/civic-calendar.ts';
import { type CasesDeps, defaultCasesDeps } from '../store/deps.ts';
import { allRepresentatives } from '../store/representatives.ts';

/**
 * The day before each 五日一周 day (the service week: before its first day), raises CivicDayDue for every
 * community that has named its representatives, with the day's agenda and who takes part; notifications tells
 * them. A marker per community, date and kind is written with the event, so a second run raises nothing.
 */
export async function remindCivicDays(deps: CasesDeps): Promise<{ day: string; raised: number; alreadyRaised: number }> {
  const day = addDays(shanghaiDay(deps.now()), 1);
  let raised = 0;
  let alreadyRaised = 0;
  for (const representatives of await allRepresentatives(deps)) {
    for (const { day: planned, month } of await civicDaysHeldOn(deps, representatives.community, day)) {
      const fresh = await raiseCivicDayDue(deps, {
        community: representatives.community,
        date: planned.date,
        kind: planned.kind,
        name: planned.name,
        what: planned.what,
        agenda: agendaOf(planned, month, false).map((item) => item.text),
        persons: representatives.persons.map((person) => person.personId),
        staff: representatives.staff,
      });
      if (fresh) raised++;
      else alreadyRaised++;
    }
  }
  return { day, raised, alreadyRaised };
}

export function createHandler(deps: () => CasesDeps = defaultCasesDeps) {
  return scheduledJob('remind-civic-days', ({ now }) => remindCivicDays({ ...deps(), now: () => now }));
}

export const handler = createHandler();
