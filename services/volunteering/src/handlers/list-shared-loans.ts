import { shanghaiDay } from '@shequ/contracts';
import type { Page } from '@shequ/ddb';
import { assertInScope, httpHandler, isStaff, NotFound } from '@shequ/kit';
import type { Loan } from '../domain/sharing.ts';
import { presentLoan, listSharedLoans as route } from '../schemas/sharing.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { personOf } from '../store/persons.ts';
import { actingResident, listLoansOf, listOpenLoansIn } from '../store/sharing.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    const d = deps();
    const today = shanghaiDay(d.now());
    const present = (page: Page<Loan>) => ({
      body: { items: page.items.map((loan) => presentLoan(loan, today)), ...(page.cursor ? { cursor: page.cursor } : {}) },
    });
    if (isStaff(caller) && !query.personId && query.community) {
      assertInScope(caller, query.community);
      return present(await listOpenLoansIn(d, query.community, query));
    }
    let personId: string;
    if (isStaff(caller)) {
      // Staff may look up a resident who has since moved out: their unreturned items still matter.
      const person = query.personId ? await personOf(d, query.personId) : undefined;
      if (!person) throw new NotFound('未找到该居民，请指定 personId（或指定 community 查看社区全部未还的借用）');
      assertInScope(caller, person.area);
      personId = person.personId;
    } else {
      personId = (await actingResident(d, caller, query.personId)).personId;
    }
    return present(await listLoansOf(d, personId, query));
  });
}

export const handler = createHandler();
