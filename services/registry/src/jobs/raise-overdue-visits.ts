import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { recordOf } from '@shequ/ddb';
import { scheduledJob } from '@shequ/kit';
import { shanghaiDate } from '../domain/persons.ts';
import { isOverdueUnreported } from '../domain/visits.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { getPerson } from '../store/persons.ts';
import { raiseVisitOverdue, VISIT_PLAN_ENTITY, type VisitPlanRecord } from '../store/visits.ts';

/** Parallel scan segments: jobs may scan (never a request path), and four keep a large district quick. */
const SEGMENTS = 4;

interface Summary {
  checked: number;
  raised: number;
}

/**
 * Daily: raises VisitOverdue once for every plan whose due day (Asia/Shanghai) has passed unvisited.
 * The job does not know the communities, so it scans the table for plan items instead of querying each
 * community's due partition.
 */
export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return scheduledJob('raise-overdue-visits', async ({ now }): Promise<Summary> => {
    const d = deps();
    const today = shanghaiDate(now);
    const segments = await Promise.all(Array.from({ length: SEGMENTS }, (_, segment) => checkSegment(d, segment, today, now)));
    return segments.reduce((total, part) => ({ checked: total.checked + part.checked, raised: total.raised + part.raised }), {
      checked: 0,
      raised: 0,
    });
  });
}

async function checkSegment(deps: RegistryDeps, segment: number, today: string, now: Date): Promise<Summary> {
  const summary: Summary = { checked: 0, raised: 0 };
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await deps.client.send(
      new ScanCommand({
        TableName: deps.tableName,
        Segment: segment,
        TotalSegments: SEGMENTS,
        FilterExpression: 'entity = :entity',
        ExpressionAttributeValues: { ':entity': VISIT_PLAN_ENTITY },
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of out.Items ?? []) {
      const plan = recordOf<VisitPlanRecord>(item);
      summary.checked++;
      if (!isOverdueUnreported(plan, today)) continue;
      // Nobody is to visit a person who moved out of the district or died.
      if ((await getPerson(deps, plan.personId))?.status !== 'active') continue;
      if (await raiseVisitOverdue(deps, plan, now)) summary.raised++;
    }
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return summary;
}

export const handler = createHandler();
