import { shanghaiDay } from '@shequ/contracts';
import { ConcurrentModificationError } from '@shequ/ddb';
import { assertInScope, Conflict, Forbidden, httpHandler, isStaff, NotFound } from '@shequ/kit';
import { applyCommand } from '../domain/cases.ts';
import { presentCase, runCaseCommand as route } from '../schemas/cases.ts';
import { categoryDeadline, getCase, saveStep } from '../store/cases.ts';
import { type CasesDeps, defaultCasesDeps } from '../store/deps.ts';

/** Staff in scope run every step; the resident a case is about may withdraw it, and rate its published outcome. */
export function createHandler(deps: () => CasesDeps = defaultCasesDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const now = d.now();
    const today = shanghaiDay(now);
    const record = await getCase(d, params.caseId, true);
    const staff = isStaff(caller);
    if (!record || (!staff && (!caller.personId || record.personId !== caller.personId))) throw new NotFound('未找到该诉求');
    if (staff) assertInScope(caller, record.area);
    else if (body.type !== 'withdraw' && body.type !== 'follow-up') {
      throw new Forbidden('居民只能撤回本人的诉求或评价办理结果，其他办理由社区工作人员进行');
    }
    // The version the worker saw: acting on a case that changed since would act on what they did not read.
    if (record.version !== body.version) throw new ConcurrentModificationError();
    const { version: _version, ...command } = body;
    const step = applyCommand(record, command, {
      today,
      at: now.toISOString(),
      by: caller.subject,
      calendar: d.calendar,
      defaultDeadlineDays: await categoryDeadline(d, record.category),
    });
    if (!step.ok) throw new Conflict('invalid-transition', step.message);
    const saved = await saveStep(d, record, step.record, { by: caller.subject, today, published: step.published });
    return { body: presentCase(saved, today, { staff }) };
  });
}

export const handler = createHandler();
