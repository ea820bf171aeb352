import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { communityOf, type PersonFacts } from '@shequ/contracts';
import {
  applyBySubject,
  getItems,
  key,
  keyIdOf,
  type Page,
  type PageRequest,
  putIfNewer,
  queryPage,
  queryPartitions,
  recordOf,
  type TransactItem,
  type TransactUnit,
} from '@shequ/ddb';
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
  return putIfNewer(deps, { ...contactKey(facts.personId), entity: 'contact', ...contactRecord(facts, asOf, status) });
}

function contactRecord(facts: PersonFacts, asOf: string, status: ContactStatus): ContactRecord {
  return {
    personId: facts.personId,
    name: facts.name,
    citizenIdMasked: facts.citizenIdMasked,
    area: facts.area,
    ...(facts.phoneCipher ? { phoneCipher: facts.phoneCipher } : {}),
    status,
    asOf,
  };
}

export async function contactOf(deps: NotificationsDeps, personId: string): Promise<ContactRecord | undefined> {
  const out = await deps.client.send(new GetCommand({ TableName: deps.tableName, Key: contactKey(personId) }));
  return out.Item ? recordOf<ContactRecord>(out.Item) : undefined;
}

const membershipKey = (personId: string, group: string) => ({ pk: key('CONTACT', personId), sk: key('GROUP', group) });

/** One event's change to a person's contact or memberships, as `keepContacts` folds them. */
export type ContactChange =
  | { kind: 'contact'; facts: PersonFacts; asOf: string; status: ContactStatus; movedTo?: string | undefined }
  | { kind: 'membership'; personId: string; group: string; area: string; member: boolean; asOf: string };

/** A person's contact and the memberships read: every one for a person who moved, else those their changes name. */
interface ContactReading {
  contact: ContactRecord | undefined;
  memberships: Map<string, SegmentMember>;
}

/** Whose contact or membership a change is. */
export const personOf = (change: ContactChange) => (change.kind === 'contact' ? change.facts.personId : change.personId);

/**
 * Each person's contact and the memberships their changes touch: one BatchGet per hundred items, and a
 * Query of the whole person only for those who moved (every membership of theirs follows them).
 */
async function readContacts(
  deps: NotificationsDeps,
  personIds: readonly string[],
  changes: ReadonlyMap<string, readonly ContactChange[]>,
): Promise<Map<string, ContactReading>> {
  const moved = (personId: string) => changes.get(personId)?.some((c) => c.kind === 'contact' && c.movedTo) ?? false;
  const keysOf = (personId: string) => [
    contactKey(personId),
    ...(changes.get(personId) ?? []).flatMap((c) => (c.kind === 'membership' ? [membershipKey(personId, c.group)] : [])),
  ];
  const [items, partitions] = await Promise.all([
    getItems(deps, personIds.filter((personId) => !moved(personId)).flatMap(keysOf)),
    queryPartitions(
      deps,
      personIds.filter(moved).map((personId) => contactKey(personId).pk),
    ),
  ]);
  const readings = new Map<string, ContactReading>();
  for (const personId of personIds) {
    const stored =
      partitions.get(contactKey(personId).pk) ??
      keysOf(personId).flatMap((k) => {
        const item = items.get(keyIdOf(k));
        return item ? [item] : [];
      });
    const contact = stored.find((item) => item.entity === 'contact');
    const memberships = stored.filter((item) => item.entity === 'membership').map((item) => recordOf<SegmentMember>(item));
    readings.set(personId, {
      contact: contact ? recordOf<ContactRecord>(contact) : undefined,
      memberships: new Map(memberships.map((membership) => [membership.group, membership])),
    });
  }
  return readings;
}

/** The condition that the item read is still the one stored (`asOf` orders every item here). */
function unchangedSince(read: { asOf: string } | undefined) {
  return read
    ? { ConditionExpression: 'asOf = :seen', ExpressionAttributeValues: { ':seen': read.asOf } }
    : { ConditionExpression: 'attribute_not_exists(pk)' };
}

/**
 * A person's changes folded in order onto what was read, as one unit: the contact when newer, and for each
 * membership that changed the membership item, the segment of its community (current members only), and
 * the old community's segment dropped after a move. A moved person's memberships follow them; someone who
 * left stays on the person as `member: false`, so a late "joined" cannot bring them back.
 */
function contactUnit(
  deps: NotificationsDeps,
  personId: string,
  read: ContactReading,
  changes: readonly ContactChange[],
): TransactUnit | undefined {
  let contact: ContactRecord | undefined;
  const memberships = new Map(read.memberships);
  const changed = new Set<string>();
  const keep = (group: string, area: string, member: boolean, asOf: string) => {
    const previous = memberships.get(group);
    if (previous && !(previous.asOf < asOf)) return;
    memberships.set(group, { personId, community: communityOf(area), group, member, asOf });
    changed.add(group);
  };
  for (const change of changes) {
    if (change.kind === 'membership') {
      keep(change.group, change.area, change.member, change.asOf);
      continue;
    }
    const kept = contact ?? read.contact;
    if (!kept || kept.asOf < change.asOf) contact = contactRecord(change.facts, change.asOf, change.status);
    if (change.movedTo) {
      for (const membership of [...memberships.values()].filter((m) => m.member)) {
        keep(membership.group, change.movedTo, true, change.asOf);
      }
    }
  }
  const items: TransactItem[] = [];
  if (contact) {
    items.push({
      Put: {
        TableName: deps.tableName,
        Item: { ...contactKey(personId), entity: 'contact', ...contact },
        ...unchangedSince(read.contact),
      },
    });
  }
  for (const group of changed) {
    const before = read.memberships.get(group);
    const after = memberships.get(group) as SegmentMember;
    items.push({
      Put: {
        TableName: deps.tableName,
        Item: { ...membershipKey(personId, group), entity: 'membership', ...after },
        ...unchangedSince(before),
      },
    });
    if (before && before.community !== after.community) {
      items.push({ Delete: { TableName: deps.tableName, Key: segmentKey(before.community, group, personId) } });
    }
    const segment = segmentKey(after.community, group, personId);
    items.push(
      after.member
        ? { Put: { TableName: deps.tableName, Item: { ...segment, entity: 'segment-member', ...after } } }
        : { Delete: { TableName: deps.tableName, Key: segment } },
    );
  }
  return items.length > 0 ? { items } : undefined;
}

export interface ContactsKept {
  changed: number;
  unchanged: number;
  /** Persons whose changes kept losing to concurrent ones: their events are to be delivered again. */
  failed: { personId: string; error: unknown }[];
  transactions: number;
}

/**
 * Keeps many contact and membership changes at once, as if one by one in the order given: each person's
 * changes fold onto a fresh reading, and all persons commit in as few transactions as fit; a person who
 * changed meanwhile is read and folded again, the others stay written.
 */
export async function keepContacts(deps: NotificationsDeps, changes: readonly ContactChange[]): Promise<ContactsKept> {
  const byPerson = new Map<string, ContactChange[]>();
  for (const change of changes) byPerson.set(personOf(change), [...(byPerson.get(personOf(change)) ?? []), change]);
  const applied = await applyBySubject(deps, [...byPerson.keys()], {
    read: (personIds) => readContacts(deps, personIds, byPerson),
    plan: (personId, read) =>
      contactUnit(deps, personId, read ?? { contact: undefined, memberships: new Map() }, byPerson.get(personId) ?? []),
  });
  return {
    changed: applied.written.length,
    unchanged: applied.unchanged.length,
    failed: applied.failed.map(({ subject, error }) => ({ personId: subject, error })),
    transactions: applied.transactions,
  };
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
