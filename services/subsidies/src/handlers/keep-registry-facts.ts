import { GroupMembershipChanged, HouseholdChanged, parseEvent, personFactsChange } from '@shequ/contracts';
import { eventConsumer } from '@shequ/kit';
import { endBenefitsOf } from '../application-commands.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';
import { keepGroupFact, keepHousehold, keepPersonFacts } from '../store/facts.ts';

const leavingReasons = { deceased: '居民已去世', 'moved-out': '居民已迁出本区' } as const;

/**
 * Keeps this service's copy of the registry facts eligibility is decided on. Writes are ordered by the
 * registry's own time or version, so a late or repeated event changes nothing; a death or a move out of
 * the district also ends the person's benefits (and closes open applications) as of that day.
 */
export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return eventConsumer('keep-registry-facts', async (envelope, log) => {
    const d = deps();
    const change = personFactsChange(envelope);
    if (change) {
      await keepPersonFacts(d, change.facts, change.asOf, change.status, change.leftOn);
      // Ending benefits is idempotent, so a redelivered death finishes what a crash left undone.
      if (change.status !== 'active' && change.leftOn) {
        await endBenefitsOf(d, change.facts.personId, change.leftOn, leavingReasons[change.status]);
      }
      return;
    }
    switch (envelope.type) {
      case GroupMembershipChanged.type: {
        const { data, occurredAt } = parseEvent(GroupMembershipChanged, envelope);
        await keepGroupFact(d, {
          personId: data.personId,
          group: data.group,
          member: data.change !== 'left',
          attributes: data.attributes,
          asOf: occurredAt,
        });
        return;
      }
      case HouseholdChanged.type: {
        const { data } = parseEvent(HouseholdChanged, envelope);
        const kept = await keepHousehold(d, {
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
        return;
      }
      default:
        log.warn('event not for this consumer, ignored');
    }
  });
}

export const handler = createHandler();
