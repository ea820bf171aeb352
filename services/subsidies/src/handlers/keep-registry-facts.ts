import {
  GroupMembershipChanged,
  HouseholdChanged,
  PersonCitizenIdCorrected,
  PersonDeceased,
  PersonMoved,
  PersonMovedOut,
  PersonRegistered,
  PersonUpdated,
  parseEvent,
  personFactsSchema,
} from '@shequ/contracts';
import { eventConsumer } from '@shequ/kit';
import { endBenefitsOf } from '../application-commands.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';
import { keepGroupFact, keepHousehold, keepPersonFacts } from '../store/facts.ts';

const personFactEvents = [PersonRegistered, PersonUpdated, PersonMoved, PersonCitizenIdCorrected];

/**
 * Keeps this service's copy of the registry facts eligibility is decided on. Writes are ordered by the
 * registry's own time or version, so a late or repeated event changes nothing; a death or a move out of
 * the district also ends the person's benefits (and closes open applications) as of that day.
 */
export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return eventConsumer('keep-registry-facts', async (envelope, log) => {
    const d = deps();
    const contract = personFactEvents.find((c) => c.type === envelope.type);
    if (contract) {
      const event = parseEvent(contract, envelope);
      await keepPersonFacts(d, personFactsSchema.parse(event.data), event.occurredAt);
      return;
    }
    switch (envelope.type) {
      case PersonMovedOut.type: {
        const event = parseEvent(PersonMovedOut, envelope);
        await keepPersonFacts(d, personFactsSchema.parse(event.data), event.occurredAt, 'moved-out', event.data.date);
        await endBenefitsOf(d, event.data.personId, event.data.date, '居民已迁出本区');
        return;
      }
      case PersonDeceased.type: {
        const event = parseEvent(PersonDeceased, envelope);
        await keepPersonFacts(d, personFactsSchema.parse(event.data), event.occurredAt, 'deceased', event.data.dateOfDeath);
        await endBenefitsOf(d, event.data.personId, event.data.dateOfDeath, '居民已去世');
        return;
      }
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
