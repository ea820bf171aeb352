import { PutCommand } from '@aws-sdk/lib-dynamodb';
import {
  CaseEscalated,
  CaseFiled,
  CaseOutcomePublished,
  type CaseStatus,
  CaseStatusChanged,
  type EventEnvelope,
} from '@shequ/contracts';
import {
  createPut,
  getItem,
  key,
  type Page,
  type PageRequest,
  queryAll,
  queryPage,
  raiseEvent,
  recordOf,
  type TransactItem,
  versionedPut,
  writeWithEventsOrConflict,
} from '@shequ/ddb';
import { type CaseRecord, caseCategories } from '../domain/cases.ts';
import type { TopicGroup } from '../domain/topics.ts';
import type { CasesDeps } from './deps.ts';
import { countTowardsTopic } from './topics.ts';

/** Accepted cases by due day, district-wide: the daily escalation and the overdue count read it with a Query. */
const CASES_DUE = 'CASES-DUE';

const caseKey = (id: string) => ({ pk: key('CASE', id), sk: 'CASE' });

function caseItem(record: CaseRecord) {
  return {
    ...caseKey(record.id),
    entity: 'case',
    ...record,
    gsi1pk: key('AREA', record.community, 'CASE'),
    gsi1sk: record.id,
    ...(record.personId ? { gsi2pk: key('PERSON', record.personId, 'CASE'), gsi2sk: record.id } : {}),
    ...(record.status === 'accepted' && record.dueOn ? { gsi3pk: CASES_DUE, gsi3sk: key(record.dueOn, record.id) } : {}),
  };
}

export function getCase(deps: CasesDeps, id: string, consistent = false): Promise<CaseRecord | undefined> {
  return getItem<CaseRecord>(deps, caseKey(id), consistent);
}

function statusEvent(
  deps: CasesDeps,
  record: CaseRecord,
  from: CaseStatus | undefined,
  by: string,
  today: string,
): EventEnvelope {
  const last = record.history.at(-1);
  const followUp = record.followUps.at(-1);
  return raiseEvent(deps, CaseStatusChanged, record.area, {
    caseId: record.id,
    area: record.area,
    ...(from ? { from } : {}),
    to: record.status,
    category: record.category,
    categoryLabel: record.categoryLabel,
    topic: record.topic,
    ...(record.personId ? { personId: record.personId } : {}),
    ...(record.status === 'accepted' && record.dueOn ? { dueOn: record.dueOn } : {}),
    level: record.level,
    ...(record.outcome && (record.status === 'handled' || record.status === 'published') ? { outcome: record.outcome.text } : {}),
    ...(record.status === 'handled' && record.handledInTime !== undefined ? { handledInTime: record.handledInTime } : {}),
    ...(record.reason && (record.status === 'declined' || record.status === 'referred' || record.status === 'withdrawn')
      ? { reason: record.reason }
      : {}),
    ...(record.status === 'referred' && record.referredTo ? { referredTo: record.referredTo } : {}),
    ...(last?.action === 'follow-up' && followUp ? { satisfaction: followUp.satisfaction } : {}),
    by,
    on: today,
  });
}

/** Registers a case, counts it towards its topic group and raises CaseFiled, all in one transaction. */
export async function fileCase(
  deps: CasesDeps,
  record: CaseRecord,
  topic: Omit<TopicGroup, 'caseIds' | 'caseCount'>,
): Promise<CaseRecord> {
  await writeWithEventsOrConflict(
    deps.client,
    deps.tableName,
    [createPut(deps.tableName, caseItem(record)), countTowardsTopic(deps, topic, record.id)],
    [
      raiseEvent(deps, CaseFiled, record.area, {
        caseId: record.id,
        area: record.area,
        channel: record.channel,
        category: record.category,
        topic: record.topic,
        ...(record.personId ? { personId: record.personId } : {}),
        filedBy: record.filedBy,
        filedOn: record.filedOn,
        possibleDuplicates: record.possibleDuplicates,
      }),
      statusEvent(deps, record, undefined, record.filedBy, record.filedOn),
    ],
  );
  return { ...record, version: 1 };
}

/** Counts a first handling towards its community's compliance for the month it was handled in. */
function countHandling(deps: CasesDeps, record: CaseRecord): TransactItem {
  const handledOn = record.outcome?.handledOn as string;
  return {
    Update: {
      TableName: deps.tableName,
      Key: { pk: key('COMPLIANCE', handledOn.slice(0, 7)), sk: key(record.community, record.category) },
      UpdateExpression: 'SET entity = :entity, community = :community, category = :category ADD #counter :one',
      ExpressionAttributeNames: { '#counter': record.handledInTime ? 'handledInTime' : 'handledLate' },
      ExpressionAttributeValues: {
        ':entity': 'compliance',
        ':community': record.community,
        ':category': record.category,
        ':one': 1,
      },
    },
  };
}

/**
 * Saves a step of the pipeline on the case's version with its status event; a published outcome also raises
 * CaseOutcomePublished for the board, and the first handling is counted for compliance. A lost race is a 409.
 */
export async function saveStep(
  deps: CasesDeps,
  before: CaseRecord,
  after: CaseRecord,
  context: { by: string; today: string; published?: { postedFrom: string; postedUntil: string; text: string } | undefined },
): Promise<CaseRecord> {
  const firstHandling = after.status === 'handled' && !before.history.some((entry) => entry.action === 'handle');
  const events = [
    ...(before.status !== after.status || after.history.length !== before.history.length
      ? [statusEvent(deps, after, before.status, context.by, context.today)]
      : []),
    ...(context.published
      ? [
          raiseEvent(deps, CaseOutcomePublished, after.area, {
            caseId: after.id,
            area: after.area,
            community: after.community,
            categoryLabel: after.categoryLabel,
            topic: after.topic,
            outcome: context.published.text,
            postedFrom: context.published.postedFrom,
            postedUntil: context.published.postedUntil,
            by: context.by,
          }),
        ]
      : []),
  ];
  await writeWithEventsOrConflict(
    deps.client,
    deps.tableName,
    [versionedPut(deps.tableName, caseItem(after), before.version), ...(firstHandling ? [countHandling(deps, after)] : [])],
    events,
  );
  return { ...after, version: before.version + 1 };
}

/** Saves an escalation with the event that tells the staff; a lost race (a worker acted meanwhile) is a 409. */
export async function saveEscalation(deps: CasesDeps, before: CaseRecord, after: CaseRecord): Promise<CaseRecord> {
  const step = after.escalations.at(-1) as CaseRecord['escalations'][number];
  const notify = [
    ...new Set([after.assignee?.subject, after.acceptedBy].filter((subject): subject is string => Boolean(subject))),
  ];
  await writeWithEventsOrConflict(
    deps.client,
    deps.tableName,
    [versionedPut(deps.tableName, caseItem(after), before.version)],
    [
      raiseEvent(deps, CaseEscalated, after.area, {
        caseId: after.id,
        area: after.area,
        categoryLabel: after.categoryLabel,
        topic: after.topic,
        level: step.level,
        overdueSince: step.overdueSince,
        dueOn: step.dueOn,
        notify,
      }),
    ],
  );
  return { ...after, version: before.version + 1 };
}

/** A community's cases, oldest first. */
export function listCases(deps: CasesDeps, community: string, page: PageRequest): Promise<Page<CaseRecord>> {
  return queryPage<CaseRecord>(
    deps,
    {
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': key('AREA', community, 'CASE') },
    },
    page,
  );
}

/** A person's cases, newest first. */
export function listPersonCases(deps: CasesDeps, personId: string, page: PageRequest): Promise<Page<CaseRecord>> {
  return queryPage<CaseRecord>(
    deps,
    {
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': key('PERSON', personId, 'CASE') },
      ScanIndexForward: false,
    },
    page,
  );
}

/** Every case of a person (a person files a handful): for the duplicate check at intake. */
export async function allPersonCases(deps: CasesDeps, personId: string): Promise<CaseRecord[]> {
  const items = await queryAll(deps, {
    IndexName: 'gsi2',
    KeyConditionExpression: 'gsi2pk = :pk',
    ExpressionAttributeValues: { ':pk': key('PERSON', personId, 'CASE') },
  });
  return items.map((item) => recordOf<CaseRecord>(item));
}

/** Accepted cases whose deadline was before `today` (read from the index, then re-read before acting). */
export async function overdueCases(deps: CasesDeps, today: string): Promise<CaseRecord[]> {
  const items = await queryAll(deps, {
    IndexName: 'gsi3',
    KeyConditionExpression: 'gsi3pk = :pk AND gsi3sk < :today',
    ExpressionAttributeValues: { ':pk': CASES_DUE, ':today': today },
  });
  return items.map((item) => recordOf<CaseRecord>(item));
}

/** Handled-in-time and late counts by community and category for a month, under a sub-district or community. */
export async function complianceCounts(
  deps: CasesDeps,
  area: string,
  month: string,
): Promise<{ community: string; category: string; handledInTime: number; handledLate: number }[]> {
  const items = await queryAll(deps, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :area)',
    ExpressionAttributeValues: { ':pk': key('COMPLIANCE', month), ':area': area },
  });
  return items.map((item) => ({
    community: String(item.community),
    category: String(item.category),
    handledInTime: Number(item.handledInTime ?? 0),
    handledLate: Number(item.handledLate ?? 0),
  }));
}

/** A district's own deadline for a category, if it set one. */
const categoryKey = (code: string) => ({ pk: 'CATEGORY', sk: code });

export async function categoryDeadlines(deps: CasesDeps): Promise<Map<string, number>> {
  const items = await queryAll(deps, { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': 'CATEGORY' } });
  return new Map(items.map((item) => [String(item.sk), Number(item.deadlineDays)]));
}

export async function categoryDeadline(deps: CasesDeps, code: string): Promise<number> {
  const stored = await getItem<{ deadlineDays: number }>(deps, categoryKey(code));
  return stored?.deadlineDays ?? (caseCategories.find((category) => category.code === code)?.deadlineDays as number);
}

export async function setCategoryDeadline(deps: CasesDeps, code: string, deadlineDays: number, by: string): Promise<void> {
  await deps.client.send(
    new PutCommand({
      TableName: deps.tableName,
      Item: { ...categoryKey(code), entity: 'category', deadlineDays, setBy: by, setAt: deps.now().toISOString() },
    }),
  );
}
