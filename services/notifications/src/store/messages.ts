import { createHash } from 'node:crypto';
import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { createEvent, DeliveryQueued, type EventEnvelope, shanghaiDay } from '@shequ/contracts';
import {
  ConcurrentModificationError,
  failedConditionIndex,
  isLostRace,
  key,
  newId,
  type Page,
  type PageRequest,
  queryAll,
  queryPage,
  recordOf,
  type TransactItem,
  writeWithEvents,
  writeWithEventsRetryingConflicts,
} from '@shequ/ddb';
import { type ChannelName, channelsFor, type MessageKind, releaseAt } from '../domain/preferences.ts';
import { render, type Variables } from '../domain/templates.ts';
import { contactOf } from './contacts.ts';
import type { NotificationsDeps } from './deps.ts';
import { preferencesOf } from './preferences.ts';
import { currentTemplate } from './templates.ts';

/**
 * Messages: one per (source, recipient), its inbox entry, and one delivery per outside channel, written
 * together with the DeliveryQueued events in one transaction. The message id is derived from the source
 * and the recipient and put only if absent, so an event delivered twice makes one message; a delivery is
 * marked `sending` before the provider is called and `sent` after, so it is never sent twice.
 */

export type ExternalChannel = Exclude<ChannelName, 'in-app'>;
export type DeliveryStatus = 'queued' | 'held' | 'sending' | 'sent' | 'failed' | 'suppressed';

export interface MessageRecord {
  id: string;
  recipient: string;
  personId?: string;
  kind: MessageKind;
  templateKey: string;
  templateVersion: number;
  title: string;
  body: string;
  urgent: boolean;
  source: string;
  broadcastId?: string;
  channels: ChannelName[];
  createdAt: string;
}

export interface InboxEntry {
  messageId: string;
  recipient: string;
  kind: MessageKind;
  title: string;
  body: string;
  createdAt: string;
  read: boolean;
  readAt?: string;
}

export interface DeliveryRecord {
  id: string;
  messageId: string;
  recipient: string;
  personId?: string;
  channel: ExternalChannel;
  status: DeliveryStatus;
  /** When a held delivery may go (end of the recipient's quiet hours). */
  holdUntil?: string;
  attempts: number;
  lastError?: string;
  providerId?: string;
  sentAt?: string;
  suppressedReason?: 'daily-limit' | 'unreachable' | 'cancelled';
  broadcastId?: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** Tries a provider gets before the delivery is marked failed and parked (the `deliver` queue's maxReceiveCount). */
export const MAX_SEND_ATTEMPTS = 3;

export const messageKey = (id: string) => ({ pk: key('MSG', id), sk: 'MSG' });
export const deliveryKey = (messageId: string, channel: ExternalChannel) => ({
  pk: key('MSG', messageId),
  sk: key('DELIVERY', channel),
});
export const deliveryId = (messageId: string, channel: ExternalChannel) => `${messageId}.${channel}`;
const inboxKey = (recipient: string, createdAt: string, messageId: string) => ({
  pk: key('INBOX', recipient),
  sk: key('M', createdAt, messageId),
});
const unreadKey = (recipient: string) => ({ pk: key('INBOX', recipient), sk: 'UNREAD' });
const rateKey = (recipient: string, day: string) => ({ pk: key('RATE', recipient, day), sk: 'RATE' });
export const broadcastKey = (id: string) => ({ pk: key('BROADCAST', id), sk: 'BROADCAST' });

/** The one message id for a source (an event, a broadcast) and a recipient. */
export function messageIdFor(source: string, recipient: string): string {
  return createHash('sha256').update(`${source}\n${recipient}`).digest('base64url').slice(0, 32);
}

export class UnknownTemplateError extends Error {
  override name = 'UnknownTemplateError';
}

export interface NewMessage {
  /** What caused it, unique per cause: an event id, `broadcast:<id>`. */
  source: string;
  /** `person:<id>` or `user:<subject>`. */
  recipient: string;
  /** Set for registry persons: their contact (sealed phone) is how SMS reaches them. */
  personId?: string;
  templateKey: string;
  variables: Variables;
  broadcastId?: string;
  /** Marks a message urgent although its template is not (a broadcast about a storm tonight). */
  urgent?: boolean;
}

/** The broadcast's counters a new message moves, in the same transaction. */
function broadcastCounters(deps: NotificationsDeps, broadcastId: string, counts: Record<string, number>): TransactItem {
  const entries = Object.entries(counts).filter(([, n]) => n !== 0);
  return {
    Update: {
      TableName: deps.tableName,
      Key: broadcastKey(broadcastId),
      UpdateExpression: `ADD ${entries.map(([field]) => `${field} :${field}`).join(', ')}`,
      ExpressionAttributeValues: Object.fromEntries(entries.map(([field, n]) => [`:${field}`, n])),
    },
  };
}

/**
 * Creates the message for `input` unless it exists: rendered from the current template (a missing
 * variable throws TemplateVariableError), put in the inbox, and queued for SMS/e-mail as the recipient's
 * preferences, quiet hours and daily limit allow. Returns false when the message existed already.
 */
export async function createMessage(
  deps: NotificationsDeps,
  input: NewMessage,
): Promise<{ created: boolean; messageId: string }> {
  const template = await currentTemplate(deps, input.templateKey);
  if (!template) throw new UnknownTemplateError(`no template ${input.templateKey}`);
  const { title, body } = render(template, input.variables);
  const contact = input.personId ? await contactOf(deps, input.personId) : undefined;
  const messageId = messageIdFor(input.source, input.recipient);
  // The dead are told nothing; someone who moved away keeps their inbox but no longer gets texts from here.
  if (contact?.status === 'deceased') return { created: false, messageId };
  const preferences = await preferencesOf(deps, input.recipient);
  const reachable = { phone: contact?.status === 'active' && contact.phoneCipher !== undefined, email: false };
  const chosen = channelsFor(preferences, template.kind, reachable);
  const now = deps.now();
  const createdAt = now.toISOString();
  const urgent = template.urgent || input.urgent === true;
  const release = urgent ? now : releaseAt(now, preferences.quietHours);
  const held = release.getTime() > now.getTime();
  const external = chosen.filter((c): c is ExternalChannel => c !== 'in-app');

  const message: MessageRecord = {
    id: messageId,
    recipient: input.recipient,
    ...(input.personId ? { personId: input.personId } : {}),
    kind: template.kind,
    templateKey: template.key,
    templateVersion: template.version,
    title,
    body,
    urgent,
    source: input.source,
    ...(input.broadcastId ? { broadcastId: input.broadcastId } : {}),
    channels: chosen,
    createdAt,
  };
  const inbox: InboxEntry = { messageId, recipient: input.recipient, kind: template.kind, title, body, createdAt, read: false };

  const attempt = async (limited: boolean) => {
    const deliveries: DeliveryRecord[] = external.map((channel) => ({
      id: deliveryId(messageId, channel),
      messageId,
      recipient: input.recipient,
      ...(input.personId ? { personId: input.personId } : {}),
      channel,
      status: limited ? 'suppressed' : held ? 'held' : 'queued',
      ...(limited ? { suppressedReason: 'daily-limit' as const } : {}),
      ...(held && !limited ? { holdUntil: release.toISOString() } : {}),
      attempts: 0,
      ...(input.broadcastId ? { broadcastId: input.broadcastId } : {}),
      createdAt,
      updatedAt: createdAt,
      version: 1,
    }));
    const countsLimit = !urgent && !limited && deliveries.length > 0;
    const items: TransactItem[] = [
      {
        Put: {
          TableName: deps.tableName,
          Item: { ...messageKey(messageId), entity: 'message', ...message },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      ...(countsLimit
        ? [
            {
              Update: {
                TableName: deps.tableName,
                Key: rateKey(input.recipient, shanghaiDay(release)),
                UpdateExpression: 'ADD sent :one',
                ConditionExpression: 'attribute_not_exists(sent) OR sent < :limit',
                ExpressionAttributeValues: { ':one': 1, ':limit': preferences.dailyLimit },
              },
            },
          ]
        : []),
      {
        Put: {
          TableName: deps.tableName,
          Item: { ...inboxKey(input.recipient, createdAt, messageId), entity: 'inbox', ...inbox },
        },
      },
      {
        Update: {
          TableName: deps.tableName,
          Key: unreadKey(input.recipient),
          UpdateExpression: 'ADD unread :one',
          ExpressionAttributeValues: { ':one': 1 },
        },
      },
      ...deliveries.map(
        (delivery): TransactItem => ({
          Put: {
            TableName: deps.tableName,
            Item: {
              ...deliveryKey(messageId, delivery.channel),
              entity: 'delivery',
              ...delivery,
              // Held deliveries wait in one index ordered by release time, for the release job.
              ...(delivery.status === 'held' ? { gsi1pk: 'HELD', gsi1sk: key(delivery.holdUntil as string, delivery.id) } : {}),
            },
          },
        }),
      ),
      ...(input.broadcastId
        ? [
            broadcastCounters(deps, input.broadcastId, {
              inbox: 1,
              ...Object.fromEntries(
                (['queued', 'held', 'suppressed'] as const).map((status) => [
                  status,
                  deliveries.filter((d) => d.status === status).length,
                ]),
              ),
            }),
          ]
        : []),
    ];
    const events: EventEnvelope[] = deliveries
      .filter((delivery) => delivery.status === 'queued')
      .map((delivery) =>
        createEvent(DeliveryQueued, {
          id: newId(now),
          district: deps.district,
          area: contact?.area ?? deps.district,
          occurredAt: now,
          data: { deliveryId: delivery.id, messageId, channel: delivery.channel },
        }),
      );
    await writeWithEvents(deps.client, deps.tableName, items, events);
  };

  try {
    await attempt(false);
  } catch (error) {
    const index = failedConditionIndex(error);
    if (index === 0) return { created: false, messageId };
    // The daily limit is reached: the message still goes to the inbox, its texts are suppressed.
    if (index === 1) {
      try {
        await attempt(true);
      } catch (retryError) {
        if (failedConditionIndex(retryError) === 0) return { created: false, messageId };
        throw retryError;
      }
      return { created: true, messageId };
    }
    throw error;
  }
  return { created: true, messageId };
}

export async function getDelivery(
  deps: NotificationsDeps,
  messageId: string,
  channel: ExternalChannel,
): Promise<DeliveryRecord | undefined> {
  const out = await deps.client.send(
    new GetCommand({ TableName: deps.tableName, Key: deliveryKey(messageId, channel), ConsistentRead: true }),
  );
  return out.Item ? recordOf<DeliveryRecord>(out.Item) : undefined;
}

/**
 * Moves a delivery from the status it was read in to `next` (with its other changes), if nobody moved it
 * meanwhile; a broadcast's counters follow in the same transaction. A lost race is ConcurrentModificationError.
 */
export async function moveDelivery(
  deps: NotificationsDeps,
  delivery: DeliveryRecord,
  next: Partial<DeliveryRecord> & { status: DeliveryStatus },
  events: readonly EventEnvelope[] = [],
): Promise<DeliveryRecord> {
  const updated: DeliveryRecord = { ...delivery, ...next, updatedAt: deps.now().toISOString(), version: delivery.version + 1 };
  const { gsi1pk: _pk, gsi1sk: _sk, ...plain } = updated as DeliveryRecord & { gsi1pk?: string; gsi1sk?: string };
  const items: TransactItem[] = [
    {
      Put: {
        TableName: deps.tableName,
        Item: { ...deliveryKey(delivery.messageId, delivery.channel), entity: 'delivery', ...plain },
        ConditionExpression: '#status = :status AND version = :version',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':status': delivery.status, ':version': delivery.version },
      },
    },
    ...(delivery.broadcastId && delivery.status !== next.status
      ? [broadcastCounters(deps, delivery.broadcastId, { [delivery.status]: -1, [next.status]: 1 })]
      : []),
  ];
  try {
    // The deliveries of one broadcast all move its one report item, many at the same moment: a transaction
    // that only lost that conflict is tried again. Left failed, a text already handed to the provider would
    // stay "sending" for good (never sent twice, by design), and the report would never add up.
    await writeWithEventsRetryingConflicts(deps.client, deps.tableName, items, events);
  } catch (error) {
    if (isLostRace(error)) throw new ConcurrentModificationError();
    throw error;
  }
  return updated;
}

/** The message with each of its deliveries. */
export async function getMessage(
  deps: NotificationsDeps,
  messageId: string,
): Promise<{ message: MessageRecord; deliveries: DeliveryRecord[] } | undefined> {
  const items = await queryAll(deps, {
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': key('MSG', messageId) },
    ConsistentRead: true,
  });
  const message = items.find((item) => item.entity === 'message');
  if (!message) return undefined;
  return {
    message: recordOf<MessageRecord>(message),
    deliveries: items.filter((item) => item.entity === 'delivery').map((item) => recordOf<DeliveryRecord>(item)),
  };
}

/** One page of a recipient's inbox, newest first (only the unread with `unreadOnly`), and how many are unread. */
export async function inboxPage(
  deps: NotificationsDeps,
  recipient: string,
  page: PageRequest,
  unreadOnly = false,
): Promise<Page<InboxEntry> & { unread: number }> {
  const [entries, counter] = await Promise.all([
    queryPage<InboxEntry>(
      deps,
      {
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: {
          ':pk': key('INBOX', recipient),
          ':prefix': 'M#',
          ...(unreadOnly ? { ':false': false } : {}),
        },
        ...(unreadOnly ? { FilterExpression: '#read = :false', ExpressionAttributeNames: { '#read': 'read' } } : {}),
        ScanIndexForward: false,
      },
      page,
    ),
    deps.client.send(new GetCommand({ TableName: deps.tableName, Key: unreadKey(recipient) })),
  ]);
  return { ...entries, unread: Math.max(0, Number(counter.Item?.unread ?? 0)) };
}

/**
 * Marks one inbox entry read, and counts it off the unread total in the same transaction; reading it
 * again changes nothing. False when the recipient has no such message.
 */
export async function markRead(deps: NotificationsDeps, recipient: string, messageId: string): Promise<boolean> {
  const found = await getMessage(deps, messageId);
  if (!found || found.message.recipient !== recipient) return false;
  const readAt = deps.now().toISOString();
  try {
    await deps.client.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: deps.tableName,
              Key: inboxKey(recipient, found.message.createdAt, messageId),
              UpdateExpression: 'SET #read = :true, readAt = :at',
              ConditionExpression: 'attribute_exists(pk) AND #read = :false',
              ExpressionAttributeNames: { '#read': 'read' },
              ExpressionAttributeValues: { ':true': true, ':false': false, ':at': readAt },
            },
          },
          {
            Update: {
              TableName: deps.tableName,
              Key: unreadKey(recipient),
              UpdateExpression: 'ADD unread :minus',
              ExpressionAttributeValues: { ':minus': -1 },
            },
          },
        ],
      }),
    );
  } catch (error) {
    if (failedConditionIndex(error) !== 0) throw error;
  }
  return true;
}

/** Held deliveries whose release time has come, oldest first, a page at a time. */
export async function dueHeldDeliveries(deps: NotificationsDeps, now: Date, limit: number): Promise<DeliveryRecord[]> {
  const page = await queryPage<DeliveryRecord>(
    deps,
    {
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :held AND gsi1sk <= :now',
      ExpressionAttributeValues: { ':held': 'HELD', ':now': `${now.toISOString()}#~` },
    },
    { limit },
  );
  return page.items;
}

/** A delivery queued with its DeliveryQueued event: what the release job and a redrive do. */
export function queueEvent(deps: NotificationsDeps, delivery: DeliveryRecord, area: string): EventEnvelope {
  const now = deps.now();
  return createEvent(DeliveryQueued, {
    id: newId(now),
    district: deps.district,
    area,
    occurredAt: now,
    data: { deliveryId: delivery.id, messageId: delivery.messageId, channel: delivery.channel },
  });
}
