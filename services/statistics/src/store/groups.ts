import type { EventEnvelope, GroupMembershipChanged } from '@shequ/contracts';
import type { z } from 'zod';
import { isNewer, type MembershipState, type Stamp } from '../domain/population.ts';
import type { StatisticsDeps } from './deps.ts';
import { changePerson } from './persons.ts';

type GroupChange = EventEnvelope<z.infer<(typeof GroupMembershipChanged)['data']>>;

/** The disability grade as a number 1–4 whichever way the attributes carry it. */
function gradeOf(value: unknown): number | undefined {
  const grade = typeof value === 'string' ? Number(value) : value;
  return typeof grade === 'number' && Number.isInteger(grade) ? grade : undefined;
}

/**
 * Keeps one (person, group) membership from GroupMembershipChanged and moves the GROUPS counters by the
 * difference: joined and changed count the person (with the disabled category and grade as they are now),
 * left stops counting them, and an event not newer than the membership kept changes nothing. The person's
 * own area (from their person events) decides where they count, so a move, which the registry makes
 * without a group event, moves their memberships with them. False when nothing changed.
 */
export async function countGroupChange(deps: StatisticsDeps, event: GroupChange): Promise<boolean> {
  const stamp: Stamp = { asOf: event.occurredAt, eventId: event.id };
  const { personId, group, change, area, attributes } = event.data;
  const category = typeof attributes.category === 'string' ? attributes.category : undefined;
  const grade = gradeOf(attributes.grade);
  return changePerson(deps, personId, (read) => {
    const kept = read.memberships.find((membership) => membership.group === group);
    if (!isNewer(kept?.stamp, stamp)) return undefined;
    const membership: MembershipState = {
      group,
      area,
      member: change !== 'left',
      ...(category ? { category } : {}),
      ...(grade !== undefined ? { grade } : {}),
      stamp,
    };
    return { person: read.person, membership };
  });
}
