import { assertInScope, Conflict, HttpProblem, httpHandler } from '@shequ/kit';
import { archiveMonthProblem } from '../domain/certificates.ts';
import { shanghaiDate } from '../domain/persons.ts';
import { archiveBatchView, handOverArchiveBatch as route } from '../schemas/certificates.ts';
import { ArchiveBatchExistsError, handOverArchiveBatch } from '../store/certificates.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ body, caller }) => {
    assertInScope(caller, body.community);
    const d = deps();
    const early = archiveMonthProblem(body.month, shanghaiDate(d.now()));
    if (early) throw new HttpProblem(422, 'month-not-ended', '尚未到月末', early);
    try {
      const batch = await handOverArchiveBatch(d, body.community, body.month, caller.subject);
      return { status: 201, body: archiveBatchView.parse(batch) };
    } catch (error) {
      if (error instanceof ArchiveBatchExistsError) {
        throw new Conflict('archive-batch-exists', `社区 ${body.community} ${body.month} 的三证档案已移交街道，不能重复移交`);
      }
      throw error;
    }
  });
}

export const handler = createHandler();
