import { DeleteCommand, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { communityOf, type PersonFacts } from '@shequ/contracts';
import { key, type Page, type PageRequest, putIfNewer, queryAll, queryPage, recordOf } from '@shequ/ddb';
import type { NotificationsDeps } from './deps.ts';

/**
 * Contact details and group memberships kept from registry events, so nothing here reads the registry's
 * table: a contact per person (name, masked ID for public lists, the sealed phone), and one segment item
 * per (community, group, person) for broadcasts. Writes are ordered by the registry's event time, so late
 * or repeated events change nothing.
 */

export type ContactStatus = 'active' | 'moved-out' | 'deceased';

export interface ContactRecord {
  personId: string;
  name: string;
  citizenIdMasked: string;
  area: string;
  phoneCipher?: string;
  status: ContactStatus;
  asOf: string;
}

export interface SegmentMember {
  personId: string;
  community: string;
  group: string;
  member: boolean;
  asOf: string;
}

/** The segment of a volunteer team: broadcast to `team-<teamId>` reaches all its volunteers. */
export const teamSegment = (teamId: string) => `team-${teamId}`;

const contactKey = (personId: string) => ({ pk: key('CONTACT', personId), sk: 'CONTACT' });
const segmentKey = (community: string, group: string, personId: string) => ({
  pk: key('SEGMENT', community, group),
  sk: personId,
});

/** Keeps a person's contact as of the event; moving out or dying keeps the record but stops messages. */
export function keepContact(deps: NotificationsDeps, facts: PersonFacts, asOf: string, status: ContactStatus = 'active') {
  const record: ContactRecord = {
    personId: facts.personId,
    name: facts.name,
    citizenIdMasked: facts.citizenIdMasked,
    area: facts.area,
    ...(facts.phoneCipher ? { phoneCipher: facts.phoneCipher } : {}),
    status,
    asOf,
  };
  return putIfNewer(deps, { ...contactKey(facts.personId), entity: 'contact', ...record });
}

export async function contactOf(deps: NotificationsDeps, personId: string): Promise<ContactRecord | undefined> {
  const out = await deps.client.send(new GetCommand({ TableName: deps.tableName, Key: contactKey(personId) }));
  return out.Item ? recordOf<ContactRecord>(out.Item) : undefined;
}

const membershipKey = (personId: string, group: string) => ({ pk: key('CONTACT', personId), sk: key('GROUP', group) });

/**
 * Keeps one group membership: on the person (what a move re-keys) and in the community's segment (what a
 * broadcast reads). Someone who left stays on the person as `member: false`, so a late "joined" cannot
 * bring them back; the segment holds current members only.
 */
export async function keepMembership(
  deps: NotificationsDeps,
  membership: { personId: string; group: string; area: string; member: boolean; asOf: string },
): Promise<boolean> {
  const community = communityOf(membership.area);
  const record: SegmentMember = {
    personId: membership.personId,
    community,
    group: membership.group,
    member: membership.member,
    asOf: membership.asOf,
  };
  const previous = await deps.client.send(
    new GetCommand({ TableName: deps.tableName, Key: membershipKey(membership.personId, membership.group) }),
  );
  if (!(await putIfNewer(deps, { ...membershipKey(membership.personId, membership.group), entity: 'membership', ...record }))) {
    return false;
  }
  const before = previous.Item ? recordOf<SegmentMember>(previous.Item) : undefined;
  if (before && before.community !== community)
    await dropSegmentMember(deps, before.community, membership.group, membership.personId);
  if (record.member) {
    await deps.client.send(
      new PutCommand({
        TableName: deps.tableName,
        Item: { ...segmentKey(community, record.group, record.personId), entity: 'segment-member', ...record },
      }),
    );
  } else {
    await dropSegmentMember(deps, community, membership.group, membership.personId);
  }
  return true;
}

/** After a move, the person's groups follow them to the new community's segments. */
export async function moveMemberships(deps: NotificationsDeps, personId: string, area: string, asOf: string): Promise<void> {
  const items = await queryAll(deps, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': key('CONTACT', personId), ':prefix': 'GROUP#' },
  });
  for (const membership of items.map((item) => recordOf<SegmentMember>(item)).filter((m) => m.member)) {
    await keepMembership(deps, { personId, group: membership.group, area, member: true, asOf });
  }
}

/** Drops a person from a community's segment. */
async function dropSegmentMember(deps: NotificationsDeps, community: string, group: string, personId: string) {
  await deps.client.send(new DeleteCommand({ TableName: deps.tableName, Key: segmentKey(community, group, personId) }));
}

/** One page of the current members of a group in a community. */
export function segmentMembers(
  deps: NotificationsDeps,
  segment: { community: string; group: string },
  page: PageRequest,
): Promise<Page<SegmentMember>> {
  return queryPage<SegmentMember>(
    deps,
    {
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': key('SEGMENT', segment.community, segment.group) },
    },
    page,
  );
}

/** How many current members a segment has: what a broadcast to it would reach. */
export async function segmentSize(deps: NotificationsDeps, segment: { community: string; group: string }): Promise<number> {
  let count = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const out = await deps.client.send(
      new QueryCommand({
        TableName: deps.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': key('SEGMENT', segment.community, segment.group) },
        Select: 'COUNT',
        ExclusiveStartKey: start,
      }),
    );
    count += out.Count ?? 0;
    start = out.LastEvaluatedKey;
  } while (start);
  return count;
}
