import { shanghaiDay } from '@shequ/contracts';
import { assertInScope, httpHandler, isStaff, NotFound } from '@shequ/kit';
import { presentLoan, listSharedLoans as route } from '../schemas/sharing.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { personOf } from '../store/persons.ts';
import { actingResident, listLoansOf } from '../store/sharing.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    const d = deps();
    let personId: string;
    if (isStaff(caller)) {
      // Staff may look up a resident who has since moved out: their unreturned items still matter.
      const person = query.personId ? await personOf(d, query.personId) : undefined;
      if (!person) throw new NotFound('未找到该居民，请指定 personId');
      assertInScope(caller, person.area);
      personId = person.personId;
    } else {
      personId = (await actingResident(d, caller, query.personId)).personId;
    }
    const page = await listLoansOf(d, personId, query);
    const today = shanghaiDay(d.now());
    return {
      body: { items: page.items.map((loan) => presentLoan(loan, today)), ...(page.cursor ? { cursor: page.cursor } : {}) },
    };
  });
}

export const handler = createHandler();
