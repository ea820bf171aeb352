import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { shanghaiDay } from '@shequ/contracts';
import { recordOf } from '@shequ/ddb';
import { scheduledJob } from '@shequ/kit';
import { isBehindUnreported, type Pairing } from '../domain/pairing.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { PAIRING_ENTITY, raiseVisitsBehind } from '../store/pairing.ts';
import { personOf } from '../store/persons.ts';

/** Parallel scan segments: jobs may scan (never a request path), and four keep a large district quick. */
const SEGMENTS = 4;

interface Summary {
  checked: number;
  raised: number;
}

/**
 * Daily: raises PairingVisitsBehind once for every running pairing whose due visit (Asia/Shanghai) has
 * passed unlogged. The job does not know the communities, so it scans for pairing items.
 */
export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return scheduledJob('raise-pairing-visits-due', async ({ now }): Promise<Summary> => {
    const d = deps();
    const today = shanghaiDay(now);
    const parts = await Promise.all(Array.from({ length: SEGMENTS }, (_, segment) => checkSegment(d, segment, today, now)));
    return parts.reduce((total, part) => ({ checked: total.checked + part.checked, raised: total.raised + part.raised }), {
      checked: 0,
      raised: 0,
    });
  });
}

async function checkSegment(deps: VolunteeringDeps, segment: number, today: string, now: Date): Promise<Summary> {
  const summary: Summary = { checked: 0, raised: 0 };
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await deps.client.send(
      new ScanCommand({
        TableName: deps.tableName,
        Segment: segment,
        TotalSegments: SEGMENTS,
        FilterExpression: 'entity = :entity AND #status = :active',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':entity': PAIRING_ENTITY, ':active': 'active' },
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of out.Items ?? []) {
      const pairing = recordOf<Pairing>(item);
      summary.checked++;
      if (!isBehindUnreported(pairing, today)) continue;
      // Nobody is to visit a household whose head moved out of the district or died.
      const head = await personOf(deps, pairing.headPersonId);
      if (head && head.status !== 'active') continue;
      if (await raiseVisitsBehind(deps, pairing, now)) summary.raised++;
    }
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return summary;
}

export const handler = createHandler();
