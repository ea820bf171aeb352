import { getItem, key, putAtVersion, queryAll, recordOf } from '@shequ/ddb';
import type { CasesDeps } from './deps.ts';

/**
 * A community's resident representatives (居民代表, 50 by custom) and the staff who take part in its 五日一周
 * days. Representatives are registry persons, named as the registry knows them; staff are sign-in subjects.
 * Evaluation cards go to the representatives; 五日一周 reminders go to both.
 */
export interface RepresentativesRecord {
  community: string;
  persons: { personId: string; name: string }[];
  staff: string[];
  setBy: string;
  setAt: string;
  version: number;
}

const representativesKey = (community: string) => ({ pk: key('COMMUNITY', community), sk: 'REPRESENTATIVES' });
/** Every community's list is also in one gsi1 partition, so the daily reminder job lists them with one Query. */
const REPRESENTATIVES_INDEX = 'REPRESENTATIVES';

export function representativesOf(deps: CasesDeps, community: string): Promise<RepresentativesRecord | undefined> {
  return getItem<RepresentativesRecord>(deps, representativesKey(community), true);
}

/** Replaces the list if it is still at `expectedVersion` (0 when none was set); a lost race is a 409. */
export async function saveRepresentatives(
  deps: CasesDeps,
  input: { community: string; persons: RepresentativesRecord['persons']; staff: string[] },
  expectedVersion: number,
  actor: string,
): Promise<RepresentativesRecord> {
  const stored = await putAtVersion(
    deps,
    {
      ...representativesKey(input.community),
      entity: 'representatives',
      ...input,
      setBy: actor,
      setAt: deps.now().toISOString(),
      gsi1pk: REPRESENTATIVES_INDEX,
      gsi1sk: input.community,
    },
    expectedVersion,
  );
  return recordOf<RepresentativesRecord>(stored);
}

/** Every community that has set its representatives, in code order (the reminder job's one Query). */
export async function allRepresentatives(deps: CasesDeps): Promise<RepresentativesRecord[]> {
  const items = await queryAll(deps, {
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': REPRESENTATIVES_INDEX },
  });
  return items.map((item) => recordOf<RepresentativesRecord>(item));
}
