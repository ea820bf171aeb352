import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  communityOf,
  createEvent,
  type VisitFrequency,
  type VisitKind,
  VisitOverdue,
  VisitPlanSet,
  VisitRecorded,
} from '@shequ/contracts';
import {
  ConcurrentModificationError,
  createPut,
  failedConditionIndex,
  isConditionFailure,
  isTransactionConflict,
  key,
  newId,
  type Page,
  type PageRequest,
  queryPage,
  recordOf,
  type TransactItem,
  versionedPut,
  writeWithEvents,
} from '@shequ/ddb';
import { gridOf } from '../domain/areas.ts';
import { nextDueAfterVisit } from '../domain/visits.ts';
import type { RecordVisitBody, SetVisitPlanBody } from '../schemas/visits.ts';
import { auditPut } from './audit.ts';
import type { RegistryDeps } from './deps.ts';
import type { PersonRecord } from './persons.ts';

export interface VisitRecord {
  id: string;
  personId: string;
  area: string;
  visitedOn: string;
  kind: VisitKind;
  findings: string;
  needs?: string[];
  followUp?: string;
  visitor: string;
  visitorName?: string;
  recordedAt: string;
}

export interface VisitPlanRecord {
  personId: string;
  area: string;
  kind: VisitKind;
  every: VisitFrequency;
  assignedTo: string;
  assignedToName?: string;
  startOn: string;
  nextDue: string;
  /** The due date a VisitOverdue was raised for, so a re-run of the job raises nothing new. */
  overdueReportedFor?: string;
  updatedAt: string;
  updatedBy: string;
  version: number;
}

/** Visit entity name on plan items; the overdue job's scan filters on it. */
export const VISIT_PLAN_ENTITY = 'visit-plan';

/** A person's visits and plans live in the person's partition, visits sorted by date. */
function planKey(personId: string, kind: VisitKind) {
  return { pk: key('PERSON', personId), sk: key('VISITPLAN', kind) };
}

/**
 * Due lists: gsi1 by the community (grid is a filter inside it, as with persons, so a grid worker's list
 * and the community's are the same partition and a move between grids needs no re-keying beyond `area`);
 * gsi2 by the assigned worker. Both sort by due date, so "due before D" is a key range.
 */
function planItem(plan: VisitPlanRecord) {
  const dueKey = key(plan.nextDue, plan.personId, plan.kind);
  return {
    ...planKey(plan.personId, plan.kind),
    entity: VISIT_PLAN_ENTITY,
    ...plan,
    gsi1pk: key('AREA', communityOf(plan.area), 'VISITDUE'),
    gsi1sk: dueKey,
    gsi2pk: key('VISITOR', plan.assignedTo),
    gsi2sk: dueKey,
  };
}

/**
 * The person's visit plans re-keyed to where the person now is (a move), or taken off the due lists when
 * the person moved out of the district or died: written in the person's own transaction (persons store).
 */
export async function visitPlanReindexItems(
  deps: RegistryDeps,
  person: { id: string; area: string; status?: string | undefined },
): Promise<TransactItem[]> {
  const listed = (person.status ?? 'active') === 'active';
  const out = await deps.client.send(
    new QueryCommand({
      TableName: deps.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :plan)',
      ExpressionAttributeValues: { ':pk': key('PERSON', person.id), ':plan': 'VISITPLAN#' },
      ConsistentRead: true,
    }),
  );
  return (out.Items ?? [])
    .filter((item) => item.area !== person.area || (!listed && item.gsi1pk !== undefined))
    .map((item) => {
      const plan = recordOf<VisitPlanRecord>(item);
      const next = planItem({ ...plan, area: person.area });
      const { gsi1pk: _a, gsi1sk: _b, gsi2pk: _c, gsi2sk: _d, ...offTheLists } = next;
      return versionedPut(deps.tableName, listed ? next : offTheLists, plan.version);
    });
}

export async function getVisitPlan(deps: RegistryDeps, personId: string, kind: VisitKind): Promise<VisitPlanRecord | undefined> {
  const out = await deps.client.send(
    new GetCommand({ TableName: deps.tableName, Key: planKey(personId, kind), ConsistentRead: true }),
  );
  return out.Item ? recordOf<VisitPlanRecord>(out.Item) : undefined;
}

/** Plans re-read when a racing visit advanced the same plan first; more than this is not a race but a loop. */
const PLAN_ATTEMPTS = 3;

/**
 * Logs a visit with its audit entry and VisitRecorded, and advances the person's plan of the same kind
 * in the same transaction, so a plan never says "due" for a visit that was logged.
 */
export async function recordVisit(
  deps: RegistryDeps,
  person: PersonRecord,
  input: RecordVisitBody,
  visitor: string,
): Promise<{ visit: VisitRecord; plan?: VisitPlanRecord }> {
  const now = deps.now();
  const visit: VisitRecord = {
    id: newId(now),
    personId: person.id,
    area: person.area,
    visitedOn: input.visitedOn,
    kind: input.kind,
    findings: input.findings,
    ...(input.needs?.length ? { needs: input.needs } : {}),
    ...(input.followUp ? { followUp: input.followUp } : {}),
    visitor,
    ...(input.visitorName ? { visitorName: input.visitorName } : {}),
    recordedAt: now.toISOString(),
  };
  const event = createEvent(VisitRecorded, {
    id: newId(now),
    district: deps.district,
    area: person.area,
    occurredAt: now,
    data: {
      visitId: visit.id,
      personId: person.id,
      area: person.area,
      kind: visit.kind,
      visitedOn: visit.visitedOn,
      visitor,
      ...(visit.needs ? { needs: visit.needs } : {}),
      ...(visit.followUp ? { followUp: visit.followUp } : {}),
    },
  });
  const visitPut = createPut(deps.tableName, {
    pk: key('PERSON', person.id),
    sk: key('VISIT', visit.visitedOn, visit.id),
    entity: 'visit',
    ...visit,
  });
  for (let attempt = 1; attempt <= PLAN_ATTEMPTS; attempt++) {
    const current = await getVisitPlan(deps, person.id, input.kind);
    const advanced = current && advancedPlan(current, person.area, visit.visitedOn);
    const plan = current && advanced ? { ...advanced, version: current.version + 1 } : undefined;
    try {
      await writeWithEvents(
        deps.client,
        deps.tableName,
        [
          visitPut,
          ...(plan ? [versionedPut(deps.tableName, planItem(plan), plan.version - 1)] : []),
          auditPut(deps.tableName, person.id, { action: 'visit', actor: visitor, at: visit.recordedAt }),
        ],
        [event],
      );
      return { visit, ...(plan ? { plan } : {}) };
    } catch (error) {
      // Only the plan's version can fail besides the new visit: a racing visit advanced it first.
      const planRaced = plan && (failedConditionIndex(error) === 1 || isTransactionConflict(error));
      if (!planRaced) throw error;
    }
  }
  throw new ConcurrentModificationError('visit plan kept changing');
}

/**
 * The plan after a visit, or undefined when the visit changes nothing (a backdated entry). The plan follows
 * the person's current area, so due lists stay right after a move between grids.
 */
function advancedPlan(plan: VisitPlanRecord, area: string, visitedOn: string): VisitPlanRecord | undefined {
  const nextDue = nextDueAfterVisit(plan, visitedOn);
  return nextDue === plan.nextDue && area === plan.area ? undefined : { ...plan, area, nextDue };
}

/** A person's visits, newest first. */
export function listVisits(deps: RegistryDeps, personId: string, page: PageRequest): Promise<Page<VisitRecord>> {
  return queryPage<VisitRecord>(
    deps,
    {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :visit)',
      ExpressionAttributeValues: { ':pk': key('PERSON', personId), ':visit': 'VISIT#' },
      ScanIndexForward: false,
    },
    page,
  );
}

/**
 * Sets (creates, or replaces at `input.version`) a person's plan of one kind; the first visit is due on
 * `startOn`. Another plan created meanwhile, or a stale version, is a ConcurrentModificationError.
 */
export async function setVisitPlan(
  deps: RegistryDeps,
  person: PersonRecord,
  input: SetVisitPlanBody,
  actor: string,
): Promise<VisitPlanRecord> {
  const now = deps.now();
  const plan: VisitPlanRecord = {
    personId: person.id,
    area: person.area,
    kind: input.kind,
    every: input.every,
    assignedTo: input.assignedTo,
    ...(input.assignedToName ? { assignedToName: input.assignedToName } : {}),
    startOn: input.startOn,
    nextDue: input.startOn,
    updatedAt: now.toISOString(),
    updatedBy: actor,
    version: (input.version ?? 0) + 1,
  };
  const put =
    input.version === undefined
      ? createPut(deps.tableName, planItem(plan))
      : versionedPut(deps.tableName, planItem(plan), input.version);
  const event = createEvent(VisitPlanSet, {
    id: newId(now),
    district: deps.district,
    area: person.area,
    occurredAt: now,
    data: {
      personId: person.id,
      area: person.area,
      kind: plan.kind,
      every: plan.every,
      assignedTo: plan.assignedTo,
      nextDue: plan.nextDue,
    },
  });
  try {
    await writeWithEvents(
      deps.client,
      deps.tableName,
      [put, auditPut(deps.tableName, person.id, { action: 'visit-plan', actor, at: plan.updatedAt, fields: ['visitPlan'] })],
      [event],
    );
  } catch (error) {
    if (failedConditionIndex(error) === 0) throw new ConcurrentModificationError('visit plan changed');
    throw error;
  }
  return plan;
}

type DueQuery = PageRequest & { before: string };

/** Plans of a community (or one of its grids) due before a day, earliest first. */
export function listDueVisits(deps: RegistryDeps, query: DueQuery & { area: string }): Promise<Page<VisitPlanRecord>> {
  return queryPage<VisitPlanRecord>(
    deps,
    {
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk < :before',
      ExpressionAttributeValues: { ':pk': key('AREA', communityOf(query.area), 'VISITDUE'), ':before': query.before },
    },
    query,
    { area: gridOf(query.area) },
  );
}

/** Plans assigned to one worker due before a day, earliest first. */
export function listVisitsDueFor(deps: RegistryDeps, query: DueQuery & { assignedTo: string }): Promise<Page<VisitPlanRecord>> {
  return queryPage<VisitPlanRecord>(
    deps,
    {
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk < :before',
      ExpressionAttributeValues: { ':pk': key('VISITOR', query.assignedTo), ':before': query.before },
    },
    query,
  );
}

/**
 * Marks a plan reported as overdue for its current due date and raises VisitOverdue, together. The
 * condition makes it once per due date (a re-run, or two overlapping runs, raise nothing new) and skips a
 * plan a visit advanced since it was read. The plan's version is left alone: this is the job's
 * bookkeeping, not an edit that should make a worker's pending change conflict.
 */
export async function raiseVisitOverdue(deps: RegistryDeps, plan: VisitPlanRecord, now: Date): Promise<boolean> {
  const event = createEvent(VisitOverdue, {
    id: newId(now),
    district: deps.district,
    area: plan.area,
    occurredAt: now,
    data: { personId: plan.personId, area: plan.area, kind: plan.kind, dueOn: plan.nextDue, assignedTo: plan.assignedTo },
  });
  try {
    await writeWithEvents(
      deps.client,
      deps.tableName,
      [
        {
          Update: {
            TableName: deps.tableName,
            Key: planKey(plan.personId, plan.kind),
            UpdateExpression: 'SET overdueReportedFor = :due',
            ConditionExpression: 'nextDue = :due AND (attribute_not_exists(overdueReportedFor) OR overdueReportedFor <> :due)',
            ExpressionAttributeValues: { ':due': plan.nextDue },
          },
        },
      ],
      [event],
    );
    return true;
  } catch (error) {
    // A racing visit, or another run: nothing to raise now; a plan still overdue is raised by the next run.
    if (isConditionFailure(error) || isTransactionConflict(error)) return false;
    throw error;
  }
}
