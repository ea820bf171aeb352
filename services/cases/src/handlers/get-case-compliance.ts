import { shanghaiDay } from '@shequ/contracts';
import { assertInScope, httpHandler } from '@shequ/kit';
import { caseCategories } from '../domain/cases.ts';
import { type ComplianceCount, complianceRows } from '../domain/compliance.ts';
import { getCompliance as route } from '../schemas/cases.ts';
import { complianceCounts, overdueCases } from '../store/cases.ts';
import { type CasesDeps, defaultCasesDeps } from '../store/deps.ts';

/**
 * Deadline compliance for a month: cases first handled that month, in time or late, plus the cases overdue
 * and still open today — all from counters and the due index, never a scan.
 */
export function createHandler(deps: () => CasesDeps = defaultCasesDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(caller, query.area);
    const d = deps();
    const today = shanghaiDay(d.now());
    const counts: ComplianceCount[] = await complianceCounts(d, query.area, query.month);
    const overdue = (await overdueCases(d, today)).filter((record) => record.community.startsWith(query.area));
    const rows = complianceRows(counts, overdue, caseCategories);
    return { body: { area: query.area, month: query.month, ...rows } };
  });
}

export const handler = createHandler();
