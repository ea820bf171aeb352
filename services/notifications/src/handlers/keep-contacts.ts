import {
  GroupMembershipChanged,
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
import { keepContact, keepMembership, moveMemberships } from '../store/contacts.ts';
import { defaultNotificationsDeps, type NotificationsDeps } from '../store/deps.ts';

const activeEvents = [PersonRegistered, PersonUpdated, PersonCitizenIdCorrected];

/**
 * Keeps this service's copy of contact details and group memberships from the registry's events: who a
 * message is addressed to, where their phone is (sealed), and which segments they belong to.
 */
export function createHandler(deps: () => NotificationsDeps = defaultNotificationsDeps) {
  return eventConsumer('keep-contacts', async (envelope, log) => {
    const d = deps();
    const contract = activeEvents.find((c) => c.type === envelope.type);
    if (contract) {
      const event = parseEvent(contract, envelope);
      await keepContact(d, personFactsSchema.parse(event.data), event.occurredAt);
      return;
    }
    switch (envelope.type) {
      case PersonMoved.type: {
        const event = parseEvent(PersonMoved, envelope);
        await keepContact(d, personFactsSchema.parse(event.data), event.occurredAt);
        await moveMemberships(d, event.data.personId, event.data.to, event.occurredAt);
        return;
      }
      case PersonMovedOut.type: {
        const event = parseEvent(PersonMovedOut, envelope);
        await keepContact(d, personFactsSchema.parse(event.data), event.occurredAt, 'moved-out');
        return;
      }
      case PersonDeceased.type: {
        const event = parseEvent(PersonDeceased, envelope);
        await keepContact(d, personFactsSchema.parse(event.data), event.occurredAt, 'deceased');
        return;
      }
      case GroupMembershipChanged.type: {
        const { data, occurredAt } = parseEvent(GroupMembershipChanged, envelope);
        await keepMembership(d, {
          personId: data.personId,
          group: data.group,
          area: data.area,
          member: data.change !== 'left',
          asOf: occurredAt,
        });
        return;
      }
      default:
        log.warn('event not for this consumer, ignored');
    }
  });
}

export const handler = createHandler();
