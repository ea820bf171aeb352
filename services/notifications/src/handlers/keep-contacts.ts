import {
  type EventEnvelope,
  GroupMembershipChanged,
  parseEvent,
  personFactsChange,
  TeamMembershipChanged,
} from '@shequ/contracts';
import { batchEventConsumer } from '@shequ/kit';
import { type ContactChange, keepContacts, personOf, teamSegment } from '../store/contacts.ts';
import { defaultNotificationsDeps, type NotificationsDeps } from '../store/deps.ts';

/**
 * Keeps this service's copy of contact details and group memberships from the registry's events: who a
 * message is addressed to, where their phone is (sealed), and which segments they belong to (registry
 * groups, and volunteer teams from volunteering's events). A batch folds each person's events in order and
 * commits all persons in a few transactions.
 */
export function createHandler(deps: () => NotificationsDeps = defaultNotificationsDeps) {
  return batchEventConsumer('keep-contacts', async (events, log) => {
    const changes: { change: ContactChange; envelope: EventEnvelope }[] = [];
    const failed: EventEnvelope[] = [];
    for (const envelope of events) {
      try {
        const change = changeOf(envelope);
        if (change === 'ignored')
          log.warn('event not for this consumer, ignored', { eventId: envelope.id, eventType: envelope.type });
        else if (change) changes.push({ change, envelope });
      } catch (error) {
        log.error('event could not be read', { eventId: envelope.id, eventType: envelope.type, error });
        failed.push(envelope);
      }
    }
    const result = await keepContacts(
      deps(),
      changes.map(({ change }) => change),
    );
    for (const { personId, error } of result.failed) {
      log.error('person kept changing, events left to redelivery', { personId, error });
      failed.push(...changes.filter(({ change }) => personOf(change) === personId).map(({ envelope }) => envelope));
    }
    log.debug('contacts kept', {
      events: events.length,
      changed: result.changed,
      unchanged: result.unchanged,
      transactions: result.transactions,
    });
    return failed;
  });
}

/** What an event changes; undefined when there is nothing to keep, 'ignored' when it is not for this consumer. */
function changeOf(envelope: EventEnvelope): ContactChange | 'ignored' | undefined {
  const change = personFactsChange(envelope);
  if (change) return { kind: 'contact', facts: change.facts, asOf: change.asOf, status: change.status, movedTo: change.movedTo };
  if (envelope.type === TeamMembershipChanged.type) {
    const { data, occurredAt } = parseEvent(TeamMembershipChanged, envelope);
    // A volunteer with no registry person has no contact here to reach: nothing to keep.
    if (!data.personId) return undefined;
    const member = data.change === 'joined';
    return {
      kind: 'membership',
      personId: data.personId,
      group: teamSegment(data.teamId),
      area: data.community,
      member,
      asOf: occurredAt,
    };
  }
  if (envelope.type === GroupMembershipChanged.type) {
    const { data, occurredAt } = parseEvent(GroupMembershipChanged, envelope);
    const member = data.change !== 'left';
    return { kind: 'membership', personId: data.personId, group: data.group, area: data.area, member, asOf: occurredAt };
  }
  return 'ignored';
}

export const handler = createHandler();
