import { GroupMembershipChanged, parseEvent, personFactsChange, TeamMembershipChanged } from '@shequ/contracts';
import { eventConsumer } from '@shequ/kit';
import { keepContact, keepMembership, moveMemberships, teamSegment } from '../store/contacts.ts';
import { defaultNotificationsDeps, type NotificationsDeps } from '../store/deps.ts';

/**
 * Keeps this service's copy of contact details and group memberships from the registry's events: who a
 * message is addressed to, where their phone is (sealed), and which segments they belong to (registry
 * groups, and volunteer teams from volunteering's events).
 */
export function createHandler(deps: () => NotificationsDeps = defaultNotificationsDeps) {
  return eventConsumer('keep-contacts', async (envelope, log) => {
    const d = deps();
    const change = personFactsChange(envelope);
    if (change) {
      await keepContact(d, change.facts, change.asOf, change.status);
      if (change.movedTo) await moveMemberships(d, change.facts.personId, change.movedTo, change.asOf);
      return;
    }
    if (envelope.type === TeamMembershipChanged.type) {
      const { data, occurredAt } = parseEvent(TeamMembershipChanged, envelope);
      // A volunteer with no registry person has no contact here to reach: nothing to keep.
      if (data.personId) {
        await keepMembership(d, {
          personId: data.personId,
          group: teamSegment(data.teamId),
          area: data.community,
          member: data.change === 'joined',
          asOf: occurredAt,
        });
      }
      return;
    }
    if (envelope.type === GroupMembershipChanged.type) {
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
    log.warn('event not for this consumer, ignored');
  });
}

export const handler = createHandler();
