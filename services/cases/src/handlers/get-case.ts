import { shanghaiDay } from '@shequ/contracts';
import { assertInScope, httpHandler, isStaff, NotFound } from '@shequ/kit';
import { presentCase, getCase as route } from '../schemas/cases.ts';
import { getCase } from '../store/cases.ts';
import { type CasesDeps, defaultCasesDeps } from '../store/deps.ts';

/** Staff in scope, or the resident the case is about. */
export function createHandler(deps: () => CasesDeps = defaultCasesDeps) {
  return httpHandler(route, async ({ params, caller }) => {
    const d = deps();
    const record = await getCase(d, params.caseId);
    const staff = isStaff(caller);
    // Someone else's case reads as absent: its existence is not public either.
    if (!record || (!staff && (!caller.personId || record.personId !== caller.personId))) throw new NotFound('未找到该诉求');
    if (staff) assertInScope(caller, record.area);
    return { body: presentCase(record, shanghaiDay(d.now()), { staff }) };
  });
}

export const handler = createHandler();
