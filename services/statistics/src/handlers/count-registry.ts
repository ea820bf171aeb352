import { GroupMembershipChanged, parseEvent, personFactsChange } from '@shequ/contracts';
import { eventConsumer } from '@shequ/kit';
import { defaultStatisticsDeps, type StatisticsDeps } from '../store/deps.ts';
import { countGroupChange } from '../store/groups.ts';
import { countPersonChange } from '../store/persons.ts';

/**
 * Keeps the population counters (totals, residence, sex, birthdays, deaths) and the special-group counters
 * (members per group, disabled by category and grade, left-behind per village) from the registry's events.
 * One consumer for both: a person's facts and memberships share one partition and the same area counters,
 * so two consumers would only race each other for them.
 */
export function createHandler(deps: () => StatisticsDeps = defaultStatisticsDeps) {
  return eventConsumer('count-registry', async (envelope, log) => {
    if (envelope.type === GroupMembershipChanged.type) {
      const event = parseEvent(GroupMembershipChanged, envelope);
      if (!(await countGroupChange(deps(), event))) log.info('not newer than the membership kept, skipped');
      return;
    }
    const change = personFactsChange(envelope);
    if (!change) {
      log.warn('neither a person nor a group event, ignored');
      return;
    }
    if (!(await countPersonChange(deps(), envelope.id, change))) log.info('not newer than the facts kept, skipped');
  });
}

export const handler = createHandler();
