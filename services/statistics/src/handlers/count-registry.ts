import { type EventEnvelope, GroupMembershipChanged, PersonDeceased, parseEvent, personFactsChange } from '@shequ/contracts';
import { batchEventConsumer } from '@shequ/kit';
import { membershipStep, type PersonStep, personFactsStep } from '../domain/registry-changes.ts';
import { defaultStatisticsDeps, type StatisticsDeps } from '../store/deps.ts';
import { changePersons } from '../store/persons.ts';

/**
 * Keeps the population counters (totals, residence, sex, birthdays, deaths) and the special-group counters
 * (members per group, disabled by category and grade, left-behind per village) from the registry's events.
 * One consumer for both: a person's facts and memberships share one projection and the same area counters,
 * so two consumers would only race each other for them. A batch folds each person's events in order and
 * commits every person with the summed counters in a few transactions.
 */
export function createHandler(deps: () => StatisticsDeps = defaultStatisticsDeps) {
  return batchEventConsumer('count-registry', async (events, log) => {
    const steps: { personId: string; step: PersonStep; envelope: EventEnvelope }[] = [];
    const failed: EventEnvelope[] = [];
    for (const envelope of events) {
      try {
        const step = stepOf(envelope);
        if (step) steps.push({ ...step, envelope });
        else log.warn('neither a person nor a group event, ignored', { eventId: envelope.id, eventType: envelope.type });
      } catch (error) {
        log.error('event could not be read', { eventId: envelope.id, eventType: envelope.type, error });
        failed.push(envelope);
      }
    }
    const result = await changePersons(deps(), steps);
    for (const { personId, error } of result.failed) {
      log.error('person kept changing, events left to redelivery', { personId, error });
      failed.push(...steps.filter((step) => step.personId === personId).map((step) => step.envelope));
    }
    log.debug('registry events counted', {
      events: events.length,
      changed: result.changed,
      unchanged: result.unchanged,
      transactions: result.transactions,
    });
    return failed;
  });
}

function stepOf(envelope: EventEnvelope): { personId: string; step: PersonStep } | undefined {
  if (envelope.type === GroupMembershipChanged.type) {
    const { id, occurredAt, data } = parseEvent(GroupMembershipChanged, envelope);
    return { personId: data.personId, step: membershipStep(id, occurredAt, data) };
  }
  const change = personFactsChange(envelope);
  if (!change) return undefined;
  // The burial method feeds the 殡葬 figures; only a death carries it.
  const burialMethod = envelope.type === PersonDeceased.type ? parseEvent(PersonDeceased, envelope).data.burialMethod : undefined;
  return { personId: change.facts.personId, step: personFactsStep(envelope.id, { ...change, burialMethod }) };
}

export const handler = createHandler();
