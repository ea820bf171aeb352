import { shanghaiDay } from '@shequ/contracts';
import { ConcurrentModificationError } from '@shequ/ddb';
import { scheduledJob } from '@shequ/kit';
import { escalate } from '../domain/cases.ts';
import { getCase, overdueCases, saveEscalation } from '../store/cases.ts';
import { type CasesDeps, defaultCasesDeps } from '../store/deps.ts';

/**
 * Escalates every accepted case past its deadline one level up (community → sub-district → district) with a
 * fresh deadline, and tells the staff who accepted and who handles it. Each case is re-read before acting
 * and saved on its version: a rerun the same day finds nothing overdue, and a case a worker handled meanwhile
 * is left alone.
 */
export async function escalateOverdue(deps: CasesDeps): Promise<{ escalated: string[]; skipped: string[] }> {
  const now = deps.now();
  const today = shanghaiDay(now);
  const escalated: string[] = [];
  const skipped: string[] = [];
  for (const listed of await overdueCases(deps, today)) {
    const record = await getCase(deps, listed.id, true);
    const next = record && escalate(record, today, now.toISOString(), deps.calendar);
    if (!record || !next) continue;
    try {
      await saveEscalation(deps, record, next);
      escalated.push(record.id);
    } catch (error) {
      // A worker acted on the case between the read and the write: their step stands, the next run looks again.
      if (!(error instanceof ConcurrentModificationError)) throw error;
      skipped.push(record.id);
    }
  }
  return { escalated, skipped };
}

export function createHandler(deps: () => CasesDeps = defaultCasesDeps) {
  return scheduledJob('escalate-overdue', ({ now }) => escalateOverdue({ ...deps(), now: () => now }));
}

export const handler = createHandler();
