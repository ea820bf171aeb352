import { getItem, putAtVersion, queryAll, recordOf } from '@shequ/ddb';
import type { NotificationsDeps } from './deps.ts';

/**
 * Who takes part in a community's 五日一周 days: resident representatives (registry persons) and staff
 * (their sign-in subjects). One item per community in one partition, so the daily reminder job reads
 * every community's list with one Query.
 */
export interface CivicParticipantsRecord {
  community: string;
  persons: string[];
  staff: string[];
  setBy: string;
  setAt: string;
  version: number;
}

const PARTITION = 'CIVIC-PARTICIPANTS';
const participantsKey = (community: string) => ({ pk: PARTITION, sk: community });

export function participantsOf(deps: NotificationsDeps, community: string): Promise<CivicParticipantsRecord | undefined> {
  return getItem<CivicParticipantsRecord>(deps, participantsKey(community), true);
}

export async function allParticipants(deps: NotificationsDeps): Promise<CivicParticipantsRecord[]> {
  const items = await queryAll(deps, { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': PARTITION } });
  return items.map((item) => recordOf<CivicParticipantsRecord>(item));
}

export async function saveParticipants(
  deps: NotificationsDeps,
  input: { community: string; persons: string[]; staff: string[] },
  expectedVersion: number,
  actor: string,
): Promise<CivicParticipantsRecord> {
  const {
    pk: _pk,
    sk: _sk,
    entity: _entity,
    ...record
  } = await putAtVersion(
    deps,
    {
      ...participantsKey(input.community),
      entity: 'civic-participants',
      ...input,
      setBy: actor,
      setAt: deps.now().toISOString(),
    },
    expectedVersion,
  );
  return record;
}
