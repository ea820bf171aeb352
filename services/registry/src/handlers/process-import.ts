import { parseEvent } from '@shequ/contracts';
import { eventConsumer } from '@shequ/kit';
import type { SQSEvent } from 'aws-lambda';
import { ImportRequested } from '../domain/imports.ts';
import { newImportBudget, processImport } from '../store/import-processing.ts';
import { defaultImportDeps, type ImportDeps } from '../store/imports.ts';

/**
 * Works import jobs forward from their checkpoints (see `processImport`); a finished job's request does
 * nothing. The requests of one batch share one time budget, so the invocation ends within its timeout.
 */
export function createHandler(deps: () => ImportDeps = defaultImportDeps) {
  return (batch: SQSEvent) => {
    const d = deps();
    const budget = newImportBudget(d);
    return eventConsumer('process-import', async (event, log) => {
      const { data } = parseEvent(ImportRequested, event);
      const job = await processImport(d, data.importId, { budget, log });
      if (job) {
        log.info('import progress', {
          importId: job.id,
          status: job.status,
          processedRows: job.processedRows,
          rowsTotal: job.rowsTotal,
        });
      }
    })(batch);
  };
}

export const handler = createHandler();
