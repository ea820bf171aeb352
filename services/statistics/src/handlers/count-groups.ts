import { GroupMembershipChanged, parseEvent } from '@shequ/contracts';
import { eventConsumer } from '@shequ/kit';
import { defaultStatisticsDeps, type StatisticsDeps } from '../store/deps.ts';
import { countGroupChange } from '../store/groups.ts';

/** Keeps the special-group counters (members per group, disabled by category and grade, left-behind per village). */
export function createHandler(deps: () => StatisticsDeps = defaultStatisticsDeps) {
  return eventConsumer('count-groups', async (envelope, log) => {
    const event = parseEvent(GroupMembershipChanged, envelope);
    if (!(await countGroupChange(deps(), event))) log.info('not newer than the membership kept, skipped');
  });
}

export const handler = createHandler();
