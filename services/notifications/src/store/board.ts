import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  ConcurrentModificationError,
  createPut,
  expiresAfter,
  failedConditionIndex,
  isConditionFailure,
  key,
  queryAll,
  recordOf,
  type TransactItem,
  versionedPut,
  writeWithEvents,
} from '@shequ/ddb';
import { boardAreasOf, isPostedOn, type Notice, newestFirst, type RoundPointer, type RoundStep } from '../domain/board.ts';
import type { NotificationsDeps } from './deps.ts';

/**
 * The notice board's items. A notice lives at `NOTICE#<id>`; while it is up it is also in gsi1 under
 * `BOARD#<area>` sorted by `<postedUntil>#<id>`, so one Query per area level reads a board and the key
 * condition skips expired notices. Taking a notice down removes it from the index (and keeps the record).
 * Per application a small pointer holds the furthest stage seen and the round notice now up.
 */

export interface NoticeRecord extends Notice {
  version: number;
}

export interface RoundPointerRecord extends RoundPointer {
  applicationId: string;
  /** When the event that moved it happened. */
  asOf: string;
  version: number;
}

const noticeKey = (id: string) => ({ pk: key('NOTICE', id), sk: 'NOTICE' });
const pointerKey = (applicationId: string) => ({ pk: key('ROUNDS', applicationId), sk: 'ROUNDS' });
const boardKeys = (notice: Notice) => ({ gsi1pk: key('BOARD', notice.area), gsi1sk: key(notice.postedUntil, notice.id) });

/** A pointer past the board is only needed while late events may still arrive; the queues keep them two weeks at most. */
const SETTLED_POINTER_TTL_SECONDS = 180 * 24 * 3600;

function noticeItem(notice: Notice) {
  return { ...noticeKey(notice.id), ...(notice.takenDownAt ? {} : boardKeys(notice)), entity: 'notice', ...notice };
}

/** Posts a new notice (a worker's); the id is fresh, so the write only fails on a clash. */
export async function postNotice(deps: NotificationsDeps, notice: Notice): Promise<NoticeRecord> {
  await writeWithEvents(deps.client, deps.tableName, [createPut(deps.tableName, noticeItem(notice))], []);
  return { ...notice, version: 1 };
}

/** Posts a notice whose id its workflow fixed (a case's outcome) unless it is there already: false when it was. */
export async function postNoticeOnce(deps: NotificationsDeps, notice: Notice): Promise<boolean> {
  try {
    await writeWithEvents(deps.client, deps.tableName, [createPut(deps.tableName, noticeItem(notice))], []);
    return true;
  } catch (error) {
    if (failedConditionIndex(error) === 0) return false;
    throw error;
  }
}

export async function noticeOf(deps: NotificationsDeps, id: string): Promise<NoticeRecord | undefined> {
  const out = await deps.client.send(new GetCommand({ TableName: deps.tableName, Key: noticeKey(id), ConsistentRead: true }));
  return out.Item ? recordOf<NoticeRecord>(out.Item) : undefined;
}

/**
 * Takes a notice down once: it leaves the board at once whatever its period says. Returns undefined when
 * it was already down (the first take-down and its reason stand).
 */
export async function takeDownNotice(
  deps: NotificationsDeps,
  id: string,
  takeDown: { at: string; by: string; reason: string },
): Promise<NoticeRecord | undefined> {
  try {
    const out = await deps.client.send(
      new UpdateCommand({
        TableName: deps.tableName,
        Key: noticeKey(id),
        UpdateExpression:
          'SET takenDownAt = :at, takenDownBy = :by, takeDownReason = :reason REMOVE gsi1pk, gsi1sk ADD #version :one',
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(takenDownAt)',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':at': takeDown.at, ':by': takeDown.by, ':reason': takeDown.reason, ':one': 1 },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return recordOf<NoticeRecord>(out.Attributes ?? {});
  } catch (error) {
    if (isConditionFailure(error)) return undefined;
    throw error;
  }
}

/**
 * The notices up on `day` on the board of `area`: its own and its parents' (one Query per level, expired
 * ones skipped by the key condition, not-yet-started ones dropped here), newest first.
 */
export async function boardNotices(deps: NotificationsDeps, area: string, day: string): Promise<NoticeRecord[]> {
  const levels = await Promise.all(
    boardAreasOf(area).map((code) =>
      queryAll(deps, {
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk >= :day',
        ExpressionAttributeValues: { ':pk': key('BOARD', code), ':day': day },
      }),
    ),
  );
  return levels
    .flat()
    .map((item) => recordOf<NoticeRecord>(item))
    .filter((notice) => isPostedOn(notice, day))
    .sort(newestFirst);
}

export async function roundPointerOf(deps: NotificationsDeps, applicationId: string): Promise<RoundPointerRecord | undefined> {
  const out = await deps.client.send(
    new GetCommand({ TableName: deps.tableName, Key: pointerKey(applicationId), ConsistentRead: true }),
  );
  return out.Item ? recordOf<RoundPointerRecord>(out.Item) : undefined;
}

/**
 * Applies a board step for an application in one transaction: the pointer moves (only from the version
 * read, so two deliveries racing cannot both act), the new round's notice goes up and the previous one
 * comes down. Throws ConcurrentModificationError when another delivery moved the pointer first.
 */
export async function advanceRounds(
  deps: NotificationsDeps,
  applicationId: string,
  read: RoundPointerRecord | undefined,
  step: Extract<RoundStep, { kind: 'advance' }>,
  change: { at: string; notice?: Notice | undefined; takeDownReason: string },
): Promise<void> {
  const settled = step.stage > 3;
  const pointer = {
    ...pointerKey(applicationId),
    entity: 'round-pointer',
    applicationId,
    stage: step.stage,
    ...(change.notice ? { noticeId: change.notice.id } : {}),
    asOf: change.at,
    ...(settled ? { ttl: expiresAfter(new Date(change.at), SETTLED_POINTER_TTL_SECONDS) } : {}),
  };
  const items: TransactItem[] = [read ? versionedPut(deps.tableName, pointer, read.version) : createPut(deps.tableName, pointer)];
  // The notice's id is fixed by application and round, and the pointer guarantees a round goes up once.
  if (change.notice) items.push({ Put: { TableName: deps.tableName, Item: { ...noticeItem(change.notice), version: 1 } } });
  if (step.takeDown) {
    items.push({
      Update: {
        TableName: deps.tableName,
        Key: noticeKey(step.takeDown),
        UpdateExpression:
          'SET takenDownAt = if_not_exists(takenDownAt, :at), takenDownBy = if_not_exists(takenDownBy, :by), ' +
          'takeDownReason = if_not_exists(takeDownReason, :reason) REMOVE gsi1pk, gsi1sk ADD #version :one',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':at': change.at, ':by': 'subsidies', ':reason': change.takeDownReason, ':one': 1 },
      },
    });
  }
  try {
    await writeWithEvents(deps.client, deps.tableName, items, []);
  } catch (error) {
    if (failedConditionIndex(error) === 0) throw new ConcurrentModificationError(`round pointer of ${applicationId} moved`);
    throw error;
  }
}
