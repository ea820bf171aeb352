import { CertificateIssued, parseEvent, shanghaiDay } from '@shequ/contracts';
import { applyOnce } from '@shequ/ddb';
import { eventConsumer } from '@shequ/kit';
import { addAtEveryLevel, flowBucket } from '../store/counters.ts';
import { defaultStatisticsDeps, type StatisticsDeps } from '../store/deps.ts';

/** Counts certificates issued in the month (Asia/Shanghai) of issue, in total and by type, exactly once per event. */
export function createHandler(deps: () => StatisticsDeps = defaultStatisticsDeps) {
  return eventConsumer('count-certificates', async (envelope, log) => {
    const d = deps();
    const event = parseEvent(CertificateIssued, envelope);
    const month = shanghaiDay(new Date(event.data.issuedAt)).slice(0, 7);
    const updates = addAtEveryLevel(d, event.data.area, flowBucket(month), {
      'certificates:issued': 1,
      [`certificates:${event.data.type}`]: 1,
    });
    if (!(await applyOnce(d.client, d.tableName, 'count-certificates', event.id, updates, d.now())))
      log.info('already counted, skipped');
  });
}

export const handler = createHandler();
