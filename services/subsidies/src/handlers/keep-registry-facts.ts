import { type EventEnvelope, GroupMembershipChanged, HouseholdChanged, parseEvent, personFactsChange } from '@shequ/contracts';
import { batchEventConsumer, handleEach, type Logger } from '@shequ/kit';
import { endBenefitsOf } from '../application-commands.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';
import { type FactItem, groupFactItem, keepFacts, keepHousehold, personFactsItem } from '../store/facts.ts';

const leavingReasons = { deceased: '居民已去世', 'moved-out': '居民已迁出本区' } as const;

/**
 * Keeps this service's copy of the registry facts eligibility is decided on. Writes are ordered by the
 * registry's own time or version, so a late or repeated event changes nothing; a death or a move out of
 * the district also ends the person's benefits (and closes open applications) as of that day. A batch's
 * person and group facts go in a few transactions; households and endings, which are rare, one by one.
 */
export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return batchEventConsumer('keep-registry-facts', async (events, log) => {
    const d = deps();
    const facts: FactItem[] = [];
    const leaving = new Map<EventEnvelope, { personId: string; leftOn: string; reason: string }>();
    const others: EventEnvelope[] = [];
    const failed: EventEnvelope[] = [];
    for (const envelope of events) {
      try {
        const change = personFactsChange(envelope);
        if (change) {
          facts.push(personFactsItem(change.facts, change.asOf, change.status, change.leftOn));
          if (change.status !== 'active' && change.leftOn) {
            leaving.set(envelope, {
              personId: change.facts.personId,
              leftOn: change.leftOn,
              reason: leavingReasons[change.status],
            });
          }
        } else if (envelope.type === GroupMembershipChanged.type) {
          const { data, occurredAt } = parseEvent(GroupMembershipChanged, envelope);
          const member = data.change !== 'left';
          facts.push(
            groupFactItem({ personId: data.personId, group: data.group, member, attributes: data.attributes, asOf: occurredAt }),
          );
        } else {
          others.push(envelope);
        }
      } catch (error) {
        log.error('event could not be read', { eventId: envelope.id, eventType: envelope.type, error });
        failed.push(envelope);
      }
    }
    log.debug('facts kept', await keepFacts(d, facts));
    failed.push(...(await handleEach(others, log, (envelope, eventLog) => keepOther(d, envelope, eventLog))));
    // Ending benefits is idempotent, so a redelivered death finishes what a crash left undone.
    const endBenefits = async (envelope: EventEnvelope) => {
      const ending = leaving.get(envelope);
      if (ending) await endBenefitsOf(d, ending.personId, ending.leftOn, ending.reason);
    };
    failed.push(...(await handleEach([...leaving.keys()], log, endBenefits)));
    return failed;
  });
}

async function keepOther(deps: SubsidiesDeps, envelope: EventEnvelope, log: Logger): Promise<void> {
  if (envelope.type !== HouseholdChanged.type) {
    log.warn('event not for this consumer, ignored');
    return;
  }
  const { data } = parseEvent(HouseholdChanged, envelope);
  const kept = await keepHousehold(deps, {
    householdId: data.householdId,
    area: data.area,
    size: data.size,
    ...(data.perCapitaIncome !== undefined ? { perCapitaIncome: data.perCapitaIncome } : {}),
    housingHardship: data.housingHardship,
    memberIds: data.memberIds,
    ...(data.headPersonId ? { headPersonId: data.headPersonId } : {}),
    householdVersion: data.version,
  });
  if (!kept) log.info('household change older than the one kept, skipped');
}

export const handler = createHandler();
