import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { BroadcastRequested, createEvent } from '@shequ/contracts';
import {
  ConcurrentModificationError,
  createPut,
  getItem,
  isConditionFailure,
  key,
  newId,
  type Page,
  type PageRequest,
  queryPage,
  writeWithEvents,
} from '@shequ/ddb';
import type { NotificationsDeps } from './deps.ts';
import { broadcastKey } from './messages.ts';

/**
 * A broadcast to one segment (a special group of one community): the request, the fan-out's checkpoint,
 * and counters that every message and delivery of it moves in its own transaction, so the report is
 * exact however often a page is retried.
 */

export type BroadcastStatus = 'queued' | 'sending' | 'done' | 'cancelled';

export interface BroadcastCounts {
  /** Recipients whose inbox has the message. */
  inbox: number;
  queued: number;
  held: number;
  sending: number;
  sent: number;
  failed: number;
  suppressed: number;
}

export interface BroadcastRecord extends Partial<BroadcastCounts> {
  id: string;
  community: string;
  group: string;
  title: string;
  body: string;
  urgent: boolean;
  /** Members of the segment when the broadcast was sent (absent on broadcasts from before it was kept). */
  audience?: number;
  status: BroadcastStatus;
  /** Where the fan-out resumes: the segment page it has not finished. */
  cursor?: string;
  createdBy: string;
  createdAt: string;
  finishedAt?: string;
  cancelledAt?: string;
  cancelledBy?: string;
}

export function getBroadcast(deps: NotificationsDeps, id: string): Promise<BroadcastRecord | undefined> {
  return getItem<BroadcastRecord>(deps, broadcastKey(id), true);
}

export function requestedEvent(deps: NotificationsDeps, broadcast: Pick<BroadcastRecord, 'id' | 'community' | 'group'>) {
  const now = deps.now();
  return createEvent(BroadcastRequested, {
    id: newId(now),
    district: deps.district,
    area: broadcast.community,
    occurredAt: now,
    data: { broadcastId: broadcast.id, community: broadcast.community, group: broadcast.group },
  });
}

/** Records the broadcast and its BroadcastRequested in one transaction; the fan-out does the rest. */
export async function createBroadcast(
  deps: NotificationsDeps,
  input: { community: string; group: string; title: string; body: string; urgent: boolean; audience?: number },
  actor: string,
): Promise<BroadcastRecord> {
  const now = deps.now();
  const record: BroadcastRecord = { id: newId(now), ...input, status: 'queued', createdBy: actor, createdAt: now.toISOString() };
  await writeWithEvents(
    deps.client,
    deps.tableName,
    [
      createPut(deps.tableName, {
        ...broadcastKey(record.id),
        entity: 'broadcast',
        ...record,
        // A community's broadcasts, newest first.
        gsi1pk: key('AREA', record.community, 'BROADCAST'),
        gsi1sk: record.createdAt,
      }),
    ],
    [requestedEvent(deps, record)],
  );
  return record;
}

/** Saves where the fan-out got to; with `continueWith`, the event that carries it on in a fresh invocation. */
export async function checkpoint(
  deps: NotificationsDeps,
  broadcast: BroadcastRecord,
  cursor: string | undefined,
  continueWith?: ReturnType<typeof requestedEvent>,
): Promise<void> {
  const done = cursor === undefined;
  const update = {
    Update: {
      TableName: deps.tableName,
      Key: broadcastKey(broadcast.id),
      UpdateExpression: done
        ? 'SET #status = :done, finishedAt = :at REMOVE #cursor'
        : 'SET #status = :sending, #cursor = :cursor',
      // A cancelled broadcast stays cancelled: the fan-out never overwrites it.
      ConditionExpression: '#status IN (:queued, :sending)',
      ExpressionAttributeNames: { '#status': 'status', '#cursor': 'cursor' },
      ExpressionAttributeValues: {
        ':queued': 'queued',
        ':sending': 'sending',
        ...(done ? { ':done': 'done', ':at': deps.now().toISOString() } : { ':cursor': cursor }),
      },
    },
  };
  try {
    await writeWithEvents(deps.client, deps.tableName, [update], continueWith ? [continueWith] : []);
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

/** Cancels a broadcast not yet done: no more messages are written, deliveries not yet sent are suppressed. */
export async function cancelBroadcast(deps: NotificationsDeps, id: string, actor: string): Promise<void> {
  try {
    await deps.client.send(
      new UpdateCommand({
        TableName: deps.tableName,
        Key: broadcastKey(id),
        UpdateExpression: 'SET #status = :cancelled, cancelledAt = :at, cancelledBy = :by',
        ConditionExpression: '#status IN (:queued, :sending)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':cancelled': 'cancelled',
          ':queued': 'queued',
          ':sending': 'sending',
          ':at': deps.now().toISOString(),
          ':by': actor,
        },
      }),
    );
  } catch (error) {
    if (isConditionFailure(error)) throw new ConcurrentModificationError('broadcast is finished');
    throw error;
  }
}

/** A community's broadcasts, newest first. */
export function listBroadcasts(deps: NotificationsDeps, community: string, page: PageRequest): Promise<Page<BroadcastRecord>> {
  return queryPage<BroadcastRecord>(
    deps,
    {
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': key('AREA', community, 'BROADCAST') },
      ScanIndexForward: false,
    },
    page,
  );
}
